#pragma once
// An immutable snapshot of one document: its text, version, line index, prose
// map and tokens. Built once per version; workers share it through
// shared_ptr<const Document>, so an edit never races a check.
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "markup/Prose.h"
#include "nlp/Token.h"
#include "text/LineIndex.h"

namespace copydesk {

class Document {
 public:
  static std::shared_ptr<const Document> create(std::string path, std::string text,
                                                DocumentFormat format, std::int64_t version = 0);

  const std::string& path() const { return path_; }
  std::string_view text() const { return text_; }
  std::int64_t version() const { return version_; }
  DocumentFormat format() const { return format_; }
  const LineIndex& lines() const { return lines_; }
  const ProseMap& prose() const { return prose_; }
  const TokenizedProse& tokens() const { return tokens_; }

  std::string_view slice(ByteSpan span) const { return std::string_view(text_).substr(span.begin, span.size()); }

  Document(const Document&) = delete;
  Document& operator=(const Document&) = delete;

 private:
  Document(std::string path, std::string text, DocumentFormat format, std::int64_t version);

  std::string path_;
  std::string text_;
  std::int64_t version_ = 0;
  DocumentFormat format_ = DocumentFormat::Markdown;
  LineIndex lines_;
  ProseMap prose_;
  TokenizedProse tokens_;
};

}  // namespace copydesk
