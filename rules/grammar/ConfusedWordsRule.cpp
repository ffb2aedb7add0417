// grammar/confused-words: Words that sound alike used for each other (its/it's, your/you're, then/than...). The
// patterns are data (data/patterns.txt, rule "confused-words").
#include "grammar/GrammarRules.h"
#include "grammar/support/PatternRule.h"

namespace copydesk {

namespace {

constexpr RuleInfo kInfo{
    "grammar/confused-words",
    Severity::Warning,
    "Words that sound alike used for each other (its/it's, your/you're, then/than...)",
    "Homophones and near-homophones slip past a spell checker because both words exist: *its/it's*, *your/you're*, "
    "*their/there/they're*, *then/than*, *lose/loose*, *who's/whose*, *affect/effect*, *accept/except*, "
    "*compliment/complement*, *principal/principle*, *to/too*. The rule decides from the words around, and only where "
    "the context is clear: *its a bug*, *your welcome*, *more then*, *could loose data*, *the principle "
    "engineer*.\n\n**Fix:** the other word; safe only where only one reading is possible.",
};

}  // namespace

std::unique_ptr<Rule> makeGrammarConfusedWordsRule() {
  return std::make_unique<grammar::PatternRule>(kInfo, "confused-words");
}

}  // namespace copydesk
