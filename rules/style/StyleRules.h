#pragma once
// The style rules (style/*): the factories the registry (rules/registry) lists; each is
// defined in the rule's own file.
#include <memory>

#include "engine/Rule.h"

namespace copydesk {

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
