#include "engine/Session.h"

#include "engine/ParagraphCache.h"

namespace copydesk {

DocumentSession::DocumentSession() : paragraphs_(std::make_unique<ParagraphCache>()) {}

DocumentSession::~DocumentSession() = default;

DocumentSession::Checked DocumentSession::check(const std::string& path, std::string text, DocumentFormat format,
                                                std::int64_t version, const RuleSet& rules,
                                                const CheckServices& services, std::uint64_t salt) {
  const std::shared_ptr<const Document> previous = paragraphs_->lastDocument();
  Checked checked;
  checked.document = previous && previous->path() == path && previous->format() == format
                         ? Document::revise(*previous, std::move(text), version)
                         : Document::create(path, std::move(text), format, version);
  checked.findings = paragraphs_->check(checked.document, rules, services, salt);
  return checked;
}

DocumentSession::Checked DocumentSession::check(const std::string& path, std::shared_ptr<const IndexedText> text,
                                                std::span<const TextStep> history, DocumentFormat format,
                                                std::int64_t version, const RuleSet& rules,
                                                const CheckServices& services, std::uint64_t salt) {
  const std::shared_ptr<const Document> previous = paragraphs_->lastDocument();
  Checked checked;
  if (!previous || previous->path() != path || previous->format() != format) {
    checked.document = Document::create(path, std::move(text), format, version);
  } else if (const auto changes = changesAfter(history, previous->indexedText()->id(), text->id())) {
    checked.document = Document::revise(*previous, std::move(text), *changes, version);
  } else {
    checked.document = Document::revise(*previous, std::move(text), version);
  }
  checked.findings = paragraphs_->check(checked.document, rules, services, salt);
  return checked;
}

std::uint64_t DocumentSession::lastTextId() const {
  const std::shared_ptr<const Document> last = paragraphs_->lastDocument();
  return last ? last->indexedText()->id() : 0;
}

}  // namespace copydesk
