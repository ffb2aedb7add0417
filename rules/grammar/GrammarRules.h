#pragma once
// The grammar rules (grammar/*): the factories the registry (rules/registry)
// lists; grammar/article is defined in ArticleRule.cpp, the pattern rules in
// PatternRules.cpp. Their helpers (lexicon, token patterns) are in support/,
// their data in data/.
#include <memory>

#include "engine/Rule.h"

namespace copydesk {

std::unique_ptr<Rule> makeGrammarAgreementRule();
std::unique_ptr<Rule> makeGrammarArticleRule();
std::unique_ptr<Rule> makeGrammarComparativeRule();
std::unique_ptr<Rule> makeGrammarConfusedWordsRule();
std::unique_ptr<Rule> makeGrammarDoubledWordClassRule();
std::unique_ptr<Rule> makeGrammarModalOfRule();
std::unique_ptr<Rule> makeGrammarVerbFormRule();

}  // namespace copydesk
