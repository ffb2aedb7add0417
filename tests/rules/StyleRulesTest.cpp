#include "registry/Registry.h"
#include "rules/RuleTestHelpers.h"

// What the example sentences of the style rules (tests/data/rules/style/*.txt)
// cannot say: fix safety, options, finding details.

namespace copydesk::testing {
namespace {

// style/capitalization
constexpr std::string_view kCapitalization = "style/capitalization";

TEST(StyleCapitalization, SafeFix) {
  const RuleRun run = runRule(kCapitalization, "Runs on linux.");
  ASSERT_EQ(run.findings.size(), 1u);
  ASSERT_EQ(run.findings[0].fixes.size(), 1u);
  EXPECT_TRUE(run.findings[0].fixes[0].safe);
  EXPECT_EQ(run.findings[0].message, "'linux' is spelled 'Linux'");
}

// style/heading-punctuation
constexpr std::string_view kHeadingPunctuation = "style/heading-punctuation";

TEST(StyleHeadingPunctuation, FlagsFinalPeriod) {
  expectFindings(
      kHeadingPunctuation,
      "Intro text that is long enough to be a paragraph of its own in plain text, with many more words added.\n"
      "Moving past the Experimental phase[[.]]\n"
      "When Rust was first merged into the Linux kernel, the approach was cautious and slow moving.\n",
      {}, DocumentFormat::PlainText);
}

TEST(StyleHeadingPunctuation, SafeFixRemovesThePeriod) { expectFixSafety(kHeadingPunctuation, "# Done.\n", true); }

// style/hedging
constexpr std::string_view kHedging = "style/hedging";

TEST(StyleHedging, FixIsNotSafeAndHedgesHaveNone) {
  expectFixSafety(kHedging, "It is very slow.", false);
  const RuleRun run = runRule(kHedging, "It is arguably slow.");
  ASSERT_EQ(run.findings.size(), 1u);
  EXPECT_TRUE(run.findings[0].fixes.empty());
}

// style/passive-voice
constexpr std::string_view kPassiveVoice = "style/passive-voice";

TEST(StylePassiveVoice, OffByDefault) {
  const Rule* rule = findBuiltinRule(kPassiveVoice);
  ASSERT_NE(rule, nullptr);
  EXPECT_FALSE(rule->info().enabled_by_default);
  EXPECT_EQ(rule->info().default_severity, Severity::Information);
}

// style/puffery
constexpr std::string_view kPuffery = "style/puffery";

TEST(StylePuffery, AcrossLineBreaks) { expectFindings(kPuffery, "It is a [[paradigm\nshift]] for us."); }

TEST(StylePuffery, NoFix) {
  const RuleRun run = runRule(kPuffery, "It was game-changing.");
  ASSERT_EQ(run.findings.size(), 1u);
  EXPECT_TRUE(run.findings[0].fixes.empty());
  EXPECT_NE(run.findings[0].message.find("concretely"), std::string::npos);
}

// style/punctuation-spacing
constexpr std::string_view kPunctuationSpacing = "style/punctuation-spacing";

TEST(StylePunctuationSpacing, SafeFixes) { expectFixSafety(kPunctuationSpacing, "Fast , safe.", true); }

// style/repeated-word
constexpr std::string_view kRepeatedWord = "style/repeated-word";

TEST(StyleRepeatedWord, FixRemovesTheSecondCopy) { expectFixSafety(kRepeatedWord, "Feed the the cat.", true); }

// style/wordiness
constexpr std::string_view kWordiness = "style/wordiness";

TEST(StyleWordiness, FixSafety) {
  RuleRun run = runRule(kWordiness, "We cache in order to win.");
  ASSERT_EQ(run.findings.size(), 1u);
  ASSERT_EQ(run.findings[0].fixes.size(), 1u);
  EXPECT_TRUE(run.findings[0].fixes[0].safe);
  EXPECT_NE(run.findings[0].message.find("'to'"), std::string::npos);
  expectFixSafety(kWordiness, "There are a number of options.", false);
}

}  // namespace
}  // namespace copydesk::testing
