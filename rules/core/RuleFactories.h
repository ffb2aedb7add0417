#pragma once
// Factories of the built-in rules; each is defined in the rule's own file.
#include <memory>

#include "core/Rule.h"

namespace copydesk {

std::unique_ptr<Rule> makeSpellingRule();
std::unique_ptr<Rule> makeIncorrectClaimRule();
std::unique_ptr<Rule> makeOutdatedClaimRule();
std::unique_ptr<Rule> makePastPredictionRule();
std::unique_ptr<Rule> makeRelativeTimeRule();
std::unique_ptr<Rule> makeReviewDueRule();
std::unique_ptr<Rule> makeStaleAsOfRule();
std::unique_ptr<Rule> makeUnattributedClaimRule();
std::unique_ptr<Rule> makeUnsourcedStatisticRule();
std::unique_ptr<Rule> makeCapitalizationRule();
std::unique_ptr<Rule> makeClicheRule();
std::unique_ptr<Rule> makeDuplicateHeadingRule();
std::unique_ptr<Rule> makeDuplicateParagraphRule();
std::unique_ptr<Rule> makeHeadingPunctuationRule();
std::unique_ptr<Rule> makeHedgingRule();
std::unique_ptr<Rule> makePassiveVoiceRule();
std::unique_ptr<Rule> makePufferyRule();
std::unique_ptr<Rule> makePunctuationSpacingRule();
std::unique_ptr<Rule> makeRepeatedWordRule();
std::unique_ptr<Rule> makeSentenceLengthRule();
std::unique_ptr<Rule> makeSpellingVariantRule();
std::unique_ptr<Rule> makeWordinessRule();

}  // namespace copydesk
