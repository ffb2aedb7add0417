// facts/incorrect-claim: statements the claims knowledge base knows to be
// wrong whatever the date.
#include "engine/ParagraphRule.h"
#include "facts/FactsRules.h"
#include "facts/support/ClaimCheck.h"

namespace copydesk {

namespace {

constexpr RuleInfo kInfo{
    "facts/incorrect-claim",
    Severity::Warning,
    "Claims that are wrong",
    "Some claims are repeated often and were never true (\"compiling the kernel requires a Rust "
    "toolchain\": Rust support is optional). copydesk's knowledge base lists such claims with the "
    "correction and a source; project entries go in `.copydesk/claims/*.json`.\n\n"
    "**Fix:** correct the sentence as the message says; a fix is offered when the entry gives an "
    "exact replacement.",
};

class IncorrectClaimRule final : public ParagraphRule {
 public:
  const RuleInfo& info() const override { return kInfo; }
  void check(const RuleContext& ctx, FindingSink& sink) const override {
    facts::checkClaims(ctx, facts::ClaimKind::Incorrect, sink);
  }
};

}  // namespace

std::unique_ptr<Rule> makeIncorrectClaimRule() { return std::make_unique<IncorrectClaimRule>(); }

}  // namespace copydesk
