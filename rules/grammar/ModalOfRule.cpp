// grammar/modal-of: 'have' written as it sounds after a modal (could of, should of). The patterns are data
// (data/patterns.txt, rule "modal-of").
#include "grammar/GrammarRules.h"
#include "grammar/support/PatternRule.h"

namespace copydesk {

namespace {

constexpr RuleInfo kInfo{
    "grammar/modal-of",
    Severity::Error,
    "'have' written as it sounds after a modal (could of, should of, must of)",
    "After could, should, would, must or might, the word that sounds like \"of\" is \"have\" (\"could've\" said "
    "aloud): *could of gone* is *could have gone*.\n\n**Fix:** replace *of* with *have* (safe; *could of course* is "
    "left alone).",
};

}  // namespace

std::unique_ptr<Rule> makeGrammarModalOfRule() { return std::make_unique<grammar::PatternRule>(kInfo, "modal-of"); }

}  // namespace copydesk
