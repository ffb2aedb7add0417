#include "rules/RuleTestHelpers.h"

#include <string>

namespace copydesk::testing {
namespace {

constexpr std::string_view kRule = "style/sentence-length";

// A sentence of `n` words ending with a period.
std::string words(int n, std::string_view word = "word") {
  std::string s;
  for (int i = 0; i < n; ++i) {
    if (i) s += ' ';
    s += i == 0 ? std::string("Every") : std::string(word);
  }
  return s + ".";
}

TEST(StyleSentenceLength, FlagsLongSentences) {
  for (int n : {36, 40, 50, 80}) expectFindings(kRule, "[[" + words(n) + "]]");
  expectFindings(kRule, "Short one. [[" + words(36) + "]] Another short one.");
  expectFindings(kRule, "[[" + words(41) + "]]", {{"max", 40}});
  expectFindings(kRule, "[[" + words(11) + "]]", {{"max", 10}});
  expectFindings(kRule, "[[" + words(36, "WORD") + "]]");
  expectFindings(kRule, "- [[" + words(37) + "]]\n");
  expectFindings(kRule, "[[" + words(36) + "]]\n\n[[" + words(36) + "]]\n");
  expectFindings(kRule, "[[" + words(20) + "]] [[" + words(39) + "]]", {{"max", 19}});
}

TEST(StyleSentenceLength, LeavesShortSentencesAlone) {
  for (int n : {1, 10, 20, 34, 35}) expectNoFindings(kRule, words(n));
  expectNoFindings(kRule, words(40), {{"max", 40}});
  expectNoFindings(kRule, words(20) + " " + words(20));
  expectNoFindings(kRule, words(30) + " `a b c d e f g h i j` ok.");
  expectNoFindings(kRule, "```\n" + words(60) + "\n```\n");
  expectNoFindings(kRule, words(36), {{"max", 50}});
  expectNoFindings(kRule, words(59), {{"max", 60}});
}

TEST(StyleSentenceLength, MessageGivesTheCount) {
  const RuleRun run = runRule(kRule, words(42));
  ASSERT_EQ(run.findings.size(), 1u);
  EXPECT_NE(run.findings[0].message.find("42 words"), std::string::npos);
  EXPECT_NE(run.findings[0].message.find("35"), std::string::npos);
}

TEST(StyleSentenceLength, BadOptionFallsBackToDefault) {
  expectNoFindings(kRule, words(35), {{"max", "forty"}});
  expectFindings(kRule, "[[" + words(36) + "]]", {{"max", -3}});
}

}  // namespace
}  // namespace copydesk::testing
