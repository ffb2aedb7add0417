// grammar/agreement: Subject and verb, or article and noun, that disagree in number. The patterns are data
// (data/patterns.txt, rule "agreement").
#include "grammar/GrammarRules.h"
#include "grammar/support/PatternRule.h"

namespace copydesk {

namespace {

constexpr RuleInfo kInfo{
    "grammar/agreement",
    Severity::Warning,
    "Subject and verb, or article and noun, that disagree in number (he go, they was, the results is)",
    "A singular subject takes a singular verb and a plural one a plural verb: *he go* is *he goes*, *they was* is "
    "*they were*, *the results shows* is *the results show*, *every user have* is *every user has*; *a* and *this* go "
    "with a singular noun, *these* with a plural one (*a users*, *these bug*). Only clear cases are flagged: the "
    "subject right before the verb.\n\n**Fix:** the verb or noun in the other number (safe for pronoun subjects).",
};

}  // namespace

std::unique_ptr<Rule> makeGrammarAgreementRule() { return std::make_unique<grammar::PatternRule>(kInfo, "agreement"); }

}  // namespace copydesk
