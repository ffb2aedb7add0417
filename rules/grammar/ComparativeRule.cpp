// grammar/comparative: A comparative or superlative marked twice (more faster, most easiest). The patterns are data
// (data/patterns.txt, rule "comparative").
#include "grammar/GrammarRules.h"
#include "grammar/support/PatternRule.h"

namespace copydesk {

namespace {

constexpr RuleInfo kInfo{
    "grammar/comparative",
    Severity::Warning,
    "A comparative or superlative marked twice (more faster, most easiest)",
    "An adjective that already ends in -er or -est (or is *better*, *best*, *worse*, *worst*) is already a comparative "
    "or superlative; *more* or *most* in front of it says it twice: *more faster*, *most easiest*, *more "
    "better*.\n\n**Fix:** delete *more*/*most* (safe).",
};

}  // namespace

std::unique_ptr<Rule> makeGrammarComparativeRule() {
  return std::make_unique<grammar::PatternRule>(kInfo, "comparative");
}

}  // namespace copydesk
