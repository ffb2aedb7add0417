// grammar/modal-of: Could of, should of: 'have' written as it sounds. The patterns are data (data/patterns.txt, rule "modal-of").
#include "grammar/GrammarRules.h"
#include "grammar/support/PatternRule.h"

namespace copydesk {

namespace {

constexpr RuleInfo kInfo{
    "grammar/modal-of",
    Severity::Error,
    "Could of, should of: 'have' written as it sounds",
    "After could, should, would, must or might, the word that sounds like \"of\" is \"have\" (\"could've\" said aloud): *could of gone* is *could have gone*.\n\n**Fix:** replace *of* with *have* (safe, except before *course*, which is left alone).",
};

}  // namespace

std::unique_ptr<Rule> makeGrammarModalOfRule() { return std::make_unique<grammar::PatternRule>(kInfo, "modal-of"); }

}  // namespace copydesk
