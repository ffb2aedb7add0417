#include "rules/RuleTestHelpers.h"

namespace copydesk::testing {
namespace {

constexpr std::string_view kRule = "style/puffery";

TEST(StylePuffery, FlagsHypeWords) {
  expectFindings(kRule, "It was [[game-changing]].");
  expectFindings(kRule, "This brings several [[game-changing]] advantages.");
  expectFindings(kRule, "It creates a [[perfect storm]] for adoption.");
  expectFindings(kRule, "It is a [[paradigm shift]] toward safer systems.");
  expectFindings(kRule, "We ship a [[best-in-class]] debugger.");
  expectFindings(kRule, "A [[world-class]] team built it.");
  expectFindings(kRule, "Our [[cutting-edge]] compiler is [[blazing fast]].");
  expectFindings(kRule, "The [[groundbreaking]] release is here.");
  expectFindings(kRule, "It offers [[state-of-the-art]] caching.");
  expectFindings(kRule, "Meet the [[next-generation]] runtime.");
  expectFindings(kRule, "Performance is [[unparalleled]].");
  expectFindings(kRule, "Upgrades are [[seamless]].");
  expectFindings(kRule, "This is a [[revolutionary]] approach.");
  expectFindings(kRule, "Builds are [[lightning fast]] now.");
}

TEST(StylePuffery, CaseInsensitive) {
  expectFindings(kRule, "[[Game-Changing]] Features of Rust 2.0");
  expectFindings(kRule, "[[GAME-CHANGING]] news.");
  expectFindings(kRule, "[[Revolutionary]] ideas are rare.");
  expectFindings(kRule, "# A [[Paradigm Shift]] in Kernels");
}

TEST(StylePuffery, AcrossLineBreaks) { expectFindings(kRule, "It is a [[paradigm\nshift]] for us."); }

TEST(StylePuffery, LeavesPlainWordsAlone) {
  expectNoFindings(kRule, "The build takes four seconds.");
  expectNoFindings(kRule, "The next generation of contributors joined the team.");
  expectNoFindings(kRule, "We changed the game loop.");
  expectNoFindings(kRule, "The storm took the power out.");
  expectNoFindings(kRule, "The state of the art in 1990 was different.");
  expectNoFindings(kRule, "A paradigm is a model.");
  expectNoFindings(kRule, "The seam of the shirt tore.");
  expectNoFindings(kRule, "It has first-class support for async functions.");
  expectNoFindings(kRule, "Cutting the edge of the board took an hour.");
  expectNoFindings(kRule, "Perfect forwarding keeps value categories.");
  expectNoFindings(kRule, "A world map hangs in the class room.");
}

TEST(StylePuffery, NothingInsideCode) {
  expectNoFindings(kRule, "Call `game-changing` to start.");
  expectNoFindings(kRule, "```\nThis is a game-changing perfect storm.\n```\n");
  expectNoFindings(kRule, "    revolutionary indented code\n");
  expectNoFindings(kRule, "See <https://example.com/game-changing>.");
}

TEST(StylePuffery, NoFix) {
  const RuleRun run = runRule(kRule, "It was game-changing.");
  ASSERT_EQ(run.findings.size(), 1u);
  EXPECT_TRUE(run.findings[0].fixes.empty());
  EXPECT_NE(run.findings[0].message.find("concretely"), std::string::npos);
}

}  // namespace
}  // namespace copydesk::testing
