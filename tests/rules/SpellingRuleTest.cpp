#include "rules/RuleTestHelpers.h"

#include "spelling/SpellChecker.h"

namespace copydesk::testing {
namespace {

TEST(SpellingRule, FindsTyposWithTheRightFirstSuggestion) {
  expectFindings("spelling", "The recent [[concensus]] among [[mantainers]] is clear.");
  expectFix("spelling", "The kernel inherenttly reduces risk.", "The kernel inherently reduces risk.");
  const RuleRun run = runRule("spelling", "A concensus of mantainers.");
  ASSERT_EQ(run.findings.size(), 2u);
  EXPECT_EQ(run.findings[0].fixes.at(0).edits.at(0).new_text, "consensus");
  EXPECT_EQ(run.findings[1].fixes.at(0).edits.at(0).new_text, "maintainers");
  EXPECT_NE(run.findings[0].message.find("consensus"), std::string::npos);
}

TEST(SpellingRule, AtMostThreeSuggestionsFirstPreferredClearOneSafe) {
  const RuleRun run = runRule("spelling", "We reached a concensus.");
  ASSERT_EQ(run.findings.size(), 1u);
  const auto& fixes = run.findings[0].fixes;
  ASSERT_FALSE(fixes.empty());
  EXPECT_LE(fixes.size(), 3u);
  EXPECT_TRUE(fixes[0].preferred);
  EXPECT_TRUE(fixes[0].safe);
  for (std::size_t i = 1; i < fixes.size(); ++i) EXPECT_FALSE(fixes[i].preferred);
}

TEST(SpellingRule, AcceptsTechnicalVocabulary) {
  expectNoFindings("spelling", "The toolchain builds the codebase for hyperscale microservices on several distros "
                               "with rustc, gcc and kubectl, using a namespace and some middleware.");
}

TEST(SpellingRule, SkipsAcronymsDigitsMixedCaseAndCode) {
  expectNoFindings("spelling", "The NVMe driver and ClamAV run on M1 and QT2025 hardware with GPUs.");
  expectNoFindings("spelling", "Run `frobnicatr --xyzzy` and see https://exampel.com/qwzx or @qwzxhandle.");
  expectNoFindings("spelling", "```\nqwzx blorft\n```\n");
  expectNoFindings("spelling", "Mail qwzx@exampel.com or open /usr/lib/qwzxlib today.");
}

TEST(SpellingRule, ChecksLinkTextButNotDestinations) {
  expectFindings("spelling", "See [the [[documentaton]]](https://exampel.com/qwzxy).");
}

TEST(SpellingRule, ContractionsPossessivesAndHyphens) {
  expectNoFindings("spelling", "It’s the compiler’s job; don't worry about use-after-free bugs.");
  expectFindings("spelling", "A well-[[knwon]] problem.");
}

TEST(SpellingRule, CapitalisedNamesInsideSentencesAreSkippedByDefault) {
  expectNoFindings("spelling", "We talked to Ferrocene and Kbuild maintainers.");
  expectFindings("spelling", "We talked to [[Ferocene]] maintainers.", {{"checkNames", true}});
}

TEST(SpellingRule, SuggestionsPreferSwappedLettersAndCommonWords) {
  const SpellChecker* speller = testSpellChecker();
  ASSERT_NE(speller, nullptr);
  EXPECT_EQ(speller->suggest("Teh", 1).at(0), "The");
  EXPECT_EQ(speller->suggest("wich", 1).at(0), "which");
  EXPECT_EQ(speller->suggest("concensus", 3).at(0), "consensus");
  for (const std::string& s : speller->suggest("concensus", 3)) EXPECT_EQ(s.find(' '), std::string::npos) << s;
}

TEST(SpellingRule, HeadingsAreChecked) { expectFindings("spelling", "# The [[concensus]]\n\nBody text.\n"); }

TEST(SpellingRule, SuggestionsAreCachedAndConsistent) {
  const SpellChecker* speller = testSpellChecker();
  ASSERT_NE(speller, nullptr);
  const auto first = speller->suggest("concensus", 3);
  EXPECT_EQ(speller->suggest("concensus", 3), first);
  EXPECT_FALSE(speller->isCorrect("concensus"));
  EXPECT_TRUE(speller->isCorrect("consensus"));
}

}  // namespace
}  // namespace copydesk::testing
