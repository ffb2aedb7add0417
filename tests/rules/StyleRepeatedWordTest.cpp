#include "rules/RuleTestHelpers.h"

namespace copydesk::testing {
namespace {

constexpr std::string_view kRule = "style/repeated-word";

TEST(StyleRepeatedWord, FlagsDoubledWords) {
  expectFindings(kRule, "Feed [[the the]] cat.");
  expectFindings(kRule, "[[The the]] cat sat.");
  expectFindings(kRule, "It [[is is]] here.");
  expectFindings(kRule, "This is [[very very]] slow.");
  expectFindings(kRule, "Add it [[to to]] the list.");
  expectFindings(kRule, "We [[can can]] do it.");
  expectFindings(kRule, "Run [[a a]] test.");
  expectFindings(kRule, "The [[cache cache]] grows.");
  expectFindings(kRule, "Ship [[it It]] now.");
  expectFindings(kRule, "Feed [[the\nthe]] cat.");
  expectFindings(kRule, "Feed [[the *the]]* cat.");
  expectFindings(kRule, "Feed *[[the* the]] cat.");
}

TEST(StyleRepeatedWord, LeavesLegitimateDoublesAlone) {
  expectNoFindings(kRule, "She had had enough.");
  expectNoFindings(kRule, "He said that that was fine.");
  expectNoFindings(kRule, "What they do do is test.");
  expectNoFindings(kRule, "Bye bye, old parser.");
  expectNoFindings(kRule, "It was so so.");
  expectNoFindings(kRule, "Blah blah, said the log.");
  expectNoFindings(kRule, "Knock knock.");
  expectNoFindings(kRule, "Walla Walla is a town.");
  expectNoFindings(kRule, "The cat the dog chased ran.");
  expectNoFindings(kRule, "It is, is it not?");
}

TEST(StyleRepeatedWord, NotAcrossSentencesBlocksOrCode) {
  expectNoFindings(kRule, "We tried Go. Go was fast.");
  expectNoFindings(kRule, "# Rust\n\nRust is a language.\n");
  expectNoFindings(kRule, "Use the `the` keyword.");
  expectNoFindings(kRule, "Call the `x` the next time.");
  expectNoFindings(kRule, "```\nthe the\n```\n");
  expectNoFindings(kRule, "Type 42 42 twice.");
}

TEST(StyleRepeatedWord, FixRemovesTheSecondCopy) {
  expectFix(kRule, "Feed the the cat.", "Feed the cat.");
  expectFix(kRule, "The the cat sat.", "The cat sat.");
  expectFix(kRule, "Feed the\nthe cat.", "Feed the cat.");
  expectFix(kRule, "Feed the *the* cat.", "Feed *the* cat.");
  expectFix(kRule, "Feed *the* the cat.", "Feed *the* cat.");
  expectFix(kRule, "The *the* cat.", "*The* cat.");
  expectFixSafety(kRule, "Feed the the cat.", true);
}

}  // namespace
}  // namespace copydesk::testing
