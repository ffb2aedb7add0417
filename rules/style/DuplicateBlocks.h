#pragma once
// What style/duplicate-heading and style/duplicate-paragraph share: the
// normalised text of a block, and the fix that deletes a whole block.
//
// These rules look at the whole document (the second copy of a paragraph is
// only a duplicate because of the first). An engine that caches findings per
// paragraph must re-run them when any block changes.
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "core/Finding.h"
#include "text/Document.h"

namespace copydesk::style {

struct BlockText {
  std::string normalized;  // lower case, whitespace collapsed, no trailing punctuation
  int words = 0;           // word and number tokens
  std::size_t hash = 0;    // std::hash of `normalized`
};

// A normalised text as a hash-map key, hashed once when its BlockText was made
// (the rules key every block of the document by its text on every edit).
struct TextKey {
  std::string_view text;
  std::size_t hash = 0;
  bool operator==(const TextKey& other) const { return text == other.text; }
};
struct TextKeyHash {
  std::size_t operator()(const TextKey& key) const { return key.hash; }
};
inline TextKey keyOf(const BlockText& text) { return {text.normalized, text.hash}; }

// The block's text as a reader sees it: its pieces (code with its text, line
// breaks as spaces), lower-cased, runs of whitespace collapsed to one space,
// without leading/trailing whitespace and trailing . , : ; ! ? … characters.
BlockText normalizedBlockText(const Document& document, std::size_t block_index);

// normalizedBlockText(), remembered by block key (Document::blockKeys()): the
// duplicate rules look at every heading and paragraph of the document on every
// edit, and most blocks have not changed since the last one (both rules share
// it too). Thread-safe; the memory is bounded (at most about 8 MB of text; the
// least recently used are forgotten first).
std::shared_ptr<const BlockText> rememberedBlockText(const Document& document, std::size_t block_index);

// Deletes the lines of the block (its markup such as "## " or "> " included)
// and the blank lines after it. Nothing when the block shares a line with
// other text (a table cell).
std::optional<TextEdit> blockDeletion(const Document& document, const Block& block);

// 1-based line of a byte offset, for messages.
std::size_t lineNumber(const Document& document, std::size_t offset);

}  // namespace copydesk::style
