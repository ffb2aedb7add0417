#pragma once
// What style/duplicate-heading and style/duplicate-paragraph share: the
// normalised text of a block, and the fix that deletes a whole block.
//
// These rules look at the whole document (the second copy of a paragraph is
// only a duplicate because of the first). An engine that caches findings per
// paragraph must re-run them when any block changes.
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "document/Document.h"
#include "engine/Finding.h"
#include "engine/Rule.h"

namespace copydesk::style {

struct BlockText {
  std::string normalized;  // lower case, whitespace collapsed, no trailing punctuation
  int words = 0;           // word and number tokens
  std::size_t hash = 0;    // std::hash of `normalized`
};

// Numbers the distinct normalised texts of a document's blocks (same text,
// same group, numbered from 0 in order of first appearance) in one flat table:
// the duplicate rules group every heading and paragraph on every edit, and a
// hash map of vectors cost an allocation or two per text. The texts given must
// outlive the groups.
class TextGroups {
 public:
  // `texts`: at most how many texts will be given.
  explicit TextGroups(std::size_t texts);
  std::uint32_t groupOf(const BlockText& text);
  std::size_t size() const { return groups_.size(); }

 private:
  static constexpr std::uint32_t kEmpty = UINT32_MAX;
  std::vector<std::uint32_t> slots_;      // group numbers by hash, open addressing
  std::vector<const BlockText*> groups_;  // each group's first text
};

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

// Reports `block` as a repeat with `message`, and a fix (never safe) titled
// `fix_title` that deletes it when blockDeletion can.
void reportRepeatedBlock(const Document& document, const Block& block, std::string message, std::string_view fix_title,
                         FindingSink& sink);

// 1-based line of a byte offset, for messages.
std::size_t lineNumber(const Document& document, std::size_t offset);

}  // namespace copydesk::style
