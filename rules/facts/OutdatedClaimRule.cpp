// facts/outdated-claim: statements that were true once and no longer are,
// from the claims knowledge base (rules/facts/data/claims.json and the
// project's .copydesk/claims/*.json).
#include "engine/ParagraphRule.h"
#include "facts/FactsRules.h"
#include "facts/support/DocumentInputs.h"
#include "facts/support/ClaimCheck.h"
#include "facts/support/ReleaseCheck.h"

namespace copydesk {

namespace {

constexpr RuleInfo kInfo{
    "facts/outdated-claim",
    Severity::Warning,
    "Claims that are out of date",
    "Technical facts change: a language leaves experimental status, a runtime reaches end of life, a "
    "company is renamed. copydesk keeps a knowledge base of such facts, each with the date it changed "
    "and a source, and reports a sentence that still states the old fact once the reference date (the "
    "check date, or the article's date with `facts.judgeBy: \"document-date\"`) is past that date. A "
    "sentence that already says the fact changed (\"no longer experimental\") is not reported.\n\n"
    "Add your own entries in `.copydesk/claims/*.json` (schema: `copydesk claims check`).\n\n"
    "**Fix:** update the sentence as the message says; a fix is offered when the entry gives an exact "
    "replacement.",
};

class OutdatedClaimRule final : public ParagraphRule {
 public:
  const RuleInfo& info() const override { return kInfo; }
  std::uint64_t documentInputs(const RuleContext& ctx) const override {
    return facts::documentInputs(ctx.document, facts::document_input::kDate);
  }
  void check(const RuleContext& ctx, FindingSink& sink) const override {
    facts::checkClaims(ctx, facts::ClaimKind::Outdated, sink);
    facts::checkReleaseClaims(ctx, sink);
  }
};

}  // namespace

std::unique_ptr<Rule> makeOutdatedClaimRule() { return std::make_unique<OutdatedClaimRule>(); }

}  // namespace copydesk
