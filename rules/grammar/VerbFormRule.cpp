// grammar/verb-form: A verb in the wrong form after a modal, to, do, or have. The patterns are data (data/patterns.txt,
// rule "verb-form").
#include "grammar/GrammarRules.h"
#include "grammar/support/PatternRule.h"

namespace copydesk {

namespace {

constexpr RuleInfo kInfo{
    "grammar/verb-form",
    Severity::Warning,
    "A verb in the wrong form after a modal, to, do, or have (can helps, to went, has went)",
    "After a modal (*can*, *will*, *should*...), *to*, or *do/does/did*, a verb takes its base form: *can helps*, *to "
    "went* and *did not knew* are *can help*, *to go*, *did not know*. After *has/have/had* it takes its past "
    "participle: *has went* is *has gone*.\n\n**Fix:** the right form of the verb (safe when it is known).",
};

}  // namespace

std::unique_ptr<Rule> makeGrammarVerbFormRule() { return std::make_unique<grammar::PatternRule>(kInfo, "verb-form"); }

}  // namespace copydesk
