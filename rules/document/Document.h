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
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "markup/Prose.h"
#include "nlp/Token.h"
#include "text/LineIndex.h"
#include "text/TextChange.h"

namespace copydesk {

class Document {
 public:
  static std::shared_ptr<const Document> create(std::string path, std::string text,
                                                DocumentFormat format, std::int64_t version = 0);
  // The next version of `previous` (same path and format): the same snapshot
  // create() builds, but blocks whose key is unchanged copy their tokens and
  // sentences from `previous` instead of being tokenised again.
  static std::shared_ptr<const Document> revise(const Document& previous, std::string text, std::int64_t version);
  // The blocks `blocks` (ascending indices into whole.prose().blocks) of
  // `whole`. The part refers to `whole`, which must outlive it.
  static std::unique_ptr<const Document> part(const Document& whole, std::span<const std::uint32_t> blocks);

  const std::string& path() const { return source_->path; }
  std::string_view text() const { return source_->text; }
  std::int64_t version() const { return version_; }
  DocumentFormat format() const { return format_; }
  const LineIndex& lines() const { return source_->lines; }
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
  // The text and its line index, shared by a document and its parts.
  struct Source {
    std::string path;
    std::string text;
    LineIndex lines;  // views `text`, which never moves once the Source is built
  };

  Document(std::shared_ptr<const Source> source, DocumentFormat format, std::int64_t version);
  // The line index is built afresh, or from `previous`'s when `change` is given.
  static std::shared_ptr<const Source> makeSource(std::string path, std::string text,
                                                  const Document* previous = nullptr,
                                                  const TextChange* change = nullptr);

  std::shared_ptr<const Source> source_;
  std::int64_t version_ = 0;
  DocumentFormat format_ = DocumentFormat::Markdown;
  ProseMap prose_;
  TokenizedProse tokens_;
  std::vector<std::uint64_t> block_keys_;
  const Document* whole_ = nullptr;  // null unless a part
};

}  // namespace copydesk
