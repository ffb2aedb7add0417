#pragma once
// What the facts/ paragraph rules read outside the paragraph they check,
// hashed for ParagraphRule::documentInputs: findings are reused only while
// these stay the same.
#include <cstdint>

#include "document/Document.h"
#include "engine/ParagraphRule.h"

namespace copydesk::facts {

namespace document_input {
inline constexpr unsigned kDate = 1 << 0;            // documentDate()
inline constexpr unsigned kArticleKind = 1 << 1;     // articleKind()
inline constexpr unsigned kCitationFix = 1 << 2;     // citationPlaceholderFix()'s footnote number and appendix
inline constexpr unsigned kSourceSections = 1 << 3;  // SourceMaterial: reference sections, footnotes
inline constexpr unsigned kFirstPerson = 1 << 4;     // writtenInFirstPerson()
}  // namespace document_input

// A hash of the `inputs` (document_input flags) of the whole of `doc`.
std::uint64_t documentInputs(const Document& doc, unsigned inputs);

// A facts rule checked paragraph by paragraph that also reads the document
// inputs `inputs` (document_input flags): its info() and documentInputs().
// `info` must outlive the rule (a constexpr RuleInfo).
class FactsParagraphRule : public ParagraphRule {
 public:
  FactsParagraphRule(const RuleInfo& info, unsigned inputs) : info_(info), inputs_(inputs) {}
  const RuleInfo& info() const final { return info_; }
  std::uint64_t documentInputs(const RuleContext& ctx) const override {
    return facts::documentInputs(ctx.document, inputs_);
  }

 private:
  const RuleInfo& info_;
  unsigned inputs_;
};

}  // namespace copydesk::facts
