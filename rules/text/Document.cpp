#include "text/Document.h"

#include "nlp/PhraseMatcher.h"
#include "nlp/Tokenizer.h"

namespace copydesk {

Document::Document(std::string path, std::string text, DocumentFormat format, std::int64_t version)
    : path_(std::move(path)), text_(std::move(text)), version_(version), format_(format) {
  // The index, prose map and tokens all view text_, which never moves again.
  lines_ = LineIndex(text_);
  prose_ = extractProse(text_, format_);
  tokens_ = tokenize(text_, prose_);
  foldTokens(text_, tokens_);  // once, for every phrase list
}

std::shared_ptr<const Document> Document::create(std::string path, std::string text,
                                                 DocumentFormat format, std::int64_t version) {
  return std::shared_ptr<const Document>(
      new Document(std::move(path), std::move(text), format, version));
}

}  // namespace copydesk
