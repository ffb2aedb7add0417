// The grammar rules that are nothing but token patterns: each is a RuleInfo and
// the name of its rule in data/patterns.txt (the patterns, their messages and
// fixes are data; the language is grammar/support/Grammar.h). grammar/article
// is code of its own (ArticleRule.cpp).
#include "grammar/GrammarRules.h"
#include "grammar/support/PatternRule.h"

namespace copydesk {

namespace {

constexpr RuleInfo kAgreement{
    "grammar/agreement",
    Severity::Warning,
    "Subject and verb, or article and noun, that disagree in number (he go, they was, the results is)",
    "A singular subject takes a singular verb and a plural one a plural verb: *he go* is *he goes*, *they was* is "
    "*they were*, *the results shows* is *the results show*, *every user have* is *every user has*; *a* and *this* go "
    "with a singular noun, *these* with a plural one (*a users*, *these bug*). Only clear cases are flagged: the "
    "subject right before the verb.\n\n**Fix:** the verb or noun in the other number (safe for pronoun subjects).",
};

constexpr RuleInfo kComparative{
    "grammar/comparative",
    Severity::Warning,
    "A comparative or superlative marked twice (more faster, most easiest)",
    "An adjective that already ends in -er or -est (or is *better*, *best*, *worse*, *worst*) is already a comparative "
    "or superlative; *more* or *most* in front of it says it twice: *more faster*, *most easiest*, *more "
    "better*.\n\n**Fix:** delete *more*/*most* (safe).",
};

constexpr RuleInfo kConfusedWords{
    "grammar/confused-words",
    Severity::Warning,
    "Words that sound alike used for each other (its/it's, your/you're, then/than...)",
    "Homophones and near-homophones slip past a spell checker because both words exist: *its/it's*, *your/you're*, "
    "*their/there/they're*, *then/than*, *lose/loose*, *who's/whose*, *affect/effect*, *accept/except*, "
    "*compliment/complement*, *principal/principle*, *to/too*. The rule decides from the words around, and only where "
    "the context is clear: *its a bug*, *your welcome*, *more then*, *could loose data*, *the principle "
    "engineer*.\n\n**Fix:** the other word; safe only where only one reading is possible.",
};

constexpr RuleInfo kDoubledWordClass{
    "grammar/doubled-word-class",
    Severity::Warning,
    "Two articles or two prepositions in a row (a the, of for)",
    "Two articles in a row (*a the*, *the an*) or two prepositions that never stand together (*of for*, *at from*) are "
    "left over from an edit. The same word twice is style/repeated-word.\n\n**Fix:** delete one of them; which one is "
    "the writer's choice, so the fixes are not marked safe.",
};

constexpr RuleInfo kModalOf{
    "grammar/modal-of",
    Severity::Error,
    "'have' written as it sounds after a modal (could of, should of, must of)",
    "After could, should, would, must or might, the word that sounds like \"of\" is \"have\" (\"could've\" said "
    "aloud): *could of gone* is *could have gone*.\n\n**Fix:** replace *of* with *have* (safe; *could of course* is "
    "left alone).",
};

constexpr RuleInfo kVerbForm{
    "grammar/verb-form",
    Severity::Warning,
    "A verb in the wrong form after a modal, to, do, or have (can helps, to went, has went)",
    "After a modal (*can*, *will*, *should*...), *to*, or *do/does/did*, a verb takes its base form: *can helps*, *to "
    "went* and *did not knew* are *can help*, *to go*, *did not know*. After *has/have/had* it takes its past "
    "participle: *has went* is *has gone*.\n\n**Fix:** the right form of the verb (safe when it is known).",
};

}  // namespace

std::unique_ptr<Rule> makeGrammarAgreementRule() {
  return std::make_unique<grammar::PatternRule>(kAgreement, "agreement");
}
std::unique_ptr<Rule> makeGrammarComparativeRule() {
  return std::make_unique<grammar::PatternRule>(kComparative, "comparative");
}
std::unique_ptr<Rule> makeGrammarConfusedWordsRule() {
  return std::make_unique<grammar::PatternRule>(kConfusedWords, "confused-words");
}
std::unique_ptr<Rule> makeGrammarDoubledWordClassRule() {
  return std::make_unique<grammar::PatternRule>(kDoubledWordClass, "doubled-word-class");
}
std::unique_ptr<Rule> makeGrammarModalOfRule() { return std::make_unique<grammar::PatternRule>(kModalOf, "modal-of"); }
std::unique_ptr<Rule> makeGrammarVerbFormRule() {
  return std::make_unique<grammar::PatternRule>(kVerbForm, "verb-form");
}

}  // namespace copydesk
