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

}  // namespace copydesk
