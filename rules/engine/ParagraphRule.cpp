#include "engine/ParagraphRule.h"

namespace copydesk {

std::uint64_t ParagraphRule::documentInputs(const RuleContext&) const { return 0; }

bool isParagraphRule(const Rule& rule) {
  // The spelling rule (rules/spelling/SpellingRule.cpp, owned by the batch
  // throughput work) judges each word of each sentence on its own and reads
  // nothing document-wide, but does not derive from ParagraphRule yet.
  return dynamic_cast<const ParagraphRule*>(&rule) != nullptr || rule.info().id == "spelling";
}

std::uint64_t documentInputsOf(const Rule& rule, const RuleContext& ctx) {
  const auto* paragraph = dynamic_cast<const ParagraphRule*>(&rule);
  return paragraph ? paragraph->documentInputs(ctx) : 0;
}

}  // namespace copydesk
