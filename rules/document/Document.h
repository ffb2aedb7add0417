#pragma once
// An immutable snapshot of one document: its text, version, line index, prose
// map and tokens. Built once per version; workers share it through
// shared_ptr<const Document>, so an edit never races a check.
//
// Each block has a key (blockKeys()): a hash of the block as written — its
// bytes and the rest of its first and last lines, kind, pieces and links. Two
// blocks with the same key have the same prose and tokens up to a shift of
// offsets, so the next version of a document (revise()) reuses the tokens of
// unchanged blocks, and the engine reuses their findings (incremental/).
//
// A part (part()) is a view of some blocks of a whole document, for checking
// only those: it shares the whole's text and line index, keeps its front
// matter, comments and footnotes, but holds only the chosen blocks with their
// tokens and sentences. Rules read what concerns the document as a whole
// (its date, title, footnote numbering) from whole().
#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "markup/Prose.h"
#include "nlp/Token.h"
#include "text/IndexedText.h"
#include "text/LineIndex.h"
#include "text/TextChange.h"

namespace copydesk {

class Document {
 public:
  static std::shared_ptr<const Document> create(std::string path, std::string text, DocumentFormat format,
                                                std::int64_t version = 0);
  // The same over a text and line index built already (an editor's open
  // document, whose store shares them with the snapshot).
  static std::shared_ptr<const Document> create(std::string path, std::shared_ptr<const IndexedText> text,
                                                DocumentFormat format, std::int64_t version = 0);
  // The next version of `previous` (same path and format): the same snapshot
  // create() builds, but blocks whose key is unchanged copy their tokens and
  // sentences from `previous` instead of being tokenised again, and the line
  // index is revised from the previous one. What changed is found by
  // comparing the texts (findChange).
  static std::shared_ptr<const Document> revise(const Document& previous, std::string text, std::int64_t version);
  static std::shared_ptr<const Document> revise(const Document& previous, std::shared_ptr<const IndexedText> text,
                                                std::int64_t version);
  // The same when the caller knows what changed (an editor sends it):
  // `changes`, applied in order to previous.text() (each in the offsets of the
  // text the ones before it left, as an editor's content changes are), give
  // `text`; no change means the same text. The texts are compared only where
  // the changes are, and `text`'s line index (built by whoever applied the
  // changes) is the snapshot's.
  static std::shared_ptr<const Document> revise(const Document& previous, std::shared_ptr<const IndexedText> text,
                                                std::span<const TextChange> changes, std::int64_t version);
  // The blocks `blocks` (ascending indices into whole.prose().blocks) of
  // `whole`. The part refers to `whole`, which must outlive it.
  static std::unique_ptr<const Document> part(const Document& whole, std::span<const std::uint32_t> blocks);

  const std::string& path() const { return source_->path; }
  std::string_view text() const { return text_; }
  std::int64_t version() const { return version_; }
  DocumentFormat format() const { return format_; }
  const LineIndex& lines() const { return *lines_; }
  // The text and line index, as shared with whoever built them.
  const std::shared_ptr<const IndexedText>& indexedText() const { return source_->text; }
  const ProseMap& prose() const { return prose_; }
  const TokenizedProse& tokens() const { return tokens_; }
  // Per block of prose().blocks, its key (see above); equal within one process.
  const std::vector<std::uint64_t>& blockKeys() const { return block_keys_; }
  // The document this is a part of; itself when it is not a part.
  const Document& whole() const { return whole_ ? *whole_ : *this; }

  std::string_view slice(ByteSpan span) const { return text().substr(span.begin, span.size()); }

  Document(const Document&) = delete;
  Document& operator=(const Document&) = delete;

 private:
  // The path, text and line index, shared by a document and its parts.
  struct Source {
    std::string path;
    std::shared_ptr<const IndexedText> text;
  };

  Document(std::shared_ptr<const Source> source, DocumentFormat format, std::int64_t version);
  // revise() once the edit (nullopt: none) is known.
  static std::shared_ptr<const Document> revise(const Document& base, std::shared_ptr<const IndexedText> text,
                                                const std::optional<TextChange>& edit, std::int64_t version);

  std::shared_ptr<const Source> source_;
  std::string_view text_;             // source_->text's
  const LineIndex* lines_ = nullptr;  // source_->text's
  std::int64_t version_ = 0;
  DocumentFormat format_ = DocumentFormat::Markdown;
  ProseMap prose_;
  TokenizedProse tokens_;
  std::vector<std::uint64_t> block_keys_;
  const Document* whole_ = nullptr;  // null unless a part
};

}  // namespace copydesk
