// grammar/doubled-word-class: Two articles or two prepositions in a row (a the, of for). The patterns are data
// (data/patterns.txt, rule "doubled-word-class").
#include "grammar/GrammarRules.h"
#include "grammar/support/PatternRule.h"

namespace copydesk {

namespace {

constexpr RuleInfo kInfo{
    "grammar/doubled-word-class",
    Severity::Warning,
    "Two articles or two prepositions in a row (a the, of for)",
    "Two articles in a row (*a the*, *the an*) or two prepositions that never stand together (*of for*, *at from*) are "
    "left over from an edit. The same word twice is style/repeated-word.\n\n**Fix:** delete one of them; which one is "
    "the writer's choice, so the fixes are not marked safe.",
};

}  // namespace

std::unique_ptr<Rule> makeGrammarDoubledWordClassRule() {
  return std::make_unique<grammar::PatternRule>(kInfo, "doubled-word-class");
}

}  // namespace copydesk
