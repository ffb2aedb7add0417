#include "rules/RuleTestHelpers.h"

namespace copydesk::testing {
namespace {

constexpr std::string_view kRule = "style/hedging";

TEST(StyleHedging, FlagsFillersAndHedges) {
  expectFindings(kRule, "The build is [[very]] slow.");
  expectFindings(kRule, "It is [[really]] simple.");
  expectFindings(kRule, "[[Basically]], the cache is a map.");
  expectFindings(kRule, "This is [[arguably]] the best option.");
  expectFindings(kRule, "It is [[virtually]] free.");
  expectFindings(kRule, "The code is [[essentially]] a loop.");
  expectFindings(kRule, "The API is [[quite]] small.");
  expectFindings(kRule, "It is [[somewhat]] slower.");
  expectFindings(kRule, "[[I think]] this works.");
  expectFindings(kRule, "It is [[seemingly]] fine.");
  expectFindings(kRule, "It is [[sort of]] like a queue.");
  expectFindings(kRule, "[[Apparently]] we should wait.");
}

TEST(StyleHedging, CaseVariants) {
  expectFindings(kRule, "[[Very]] slow builds hurt.");
  expectFindings(kRule, "[[VERY]] slow.");
  expectFindings(kRule, "# [[Really]] Fast Builds");
}

TEST(StyleHedging, LeavesExceptionsAlone) {
  expectNoFindings(kRule, "Use a map rather than a list.");
  expectNoFindings(kRule, "This very feature was added in 1.0.");
  expectNoFindings(kRule, "The very first release was small.");
  expectNoFindings(kRule, "It took quite a few tries.");
  expectNoFindings(kRule, "What kind of error is it?");
  expectNoFindings(kRule, "This sort of thing happens.");
  expectNoFindings(kRule, "It is not quite ready.");
  expectNoFindings(kRule, "The real value is 42.");
  expectNoFindings(kRule, "The kind reviewer helped.");
  expectNoFindings(kRule, "Sort the list of names.");
  expectNoFindings(kRule, "Simply put, it works.");
  expectNoFindings(kRule, "It will probably land in May, or maybe June.");
  expectNoFindings(kRule, "Very few people and very many bots.");
}

TEST(StyleHedging, FillerFixRemovesTheWord) {
  expectFix(kRule, "The build is very slow.", "The build is slow.");
  expectFix(kRule, "Basically, the cache is a map.", "The cache is a map.");
  expectFix(kRule, "Really fast builds matter.", "Fast builds matter.");
  expectFix(kRule, "It is a very easy step.", "It is an easy step.");
  expectFix(kRule, "It works really.", "It works.");
}

TEST(StyleHedging, FixIsNotSafeAndHedgesHaveNone) {
  expectFixSafety(kRule, "It is very slow.", false);
  const RuleRun run = runRule(kRule, "It is arguably slow.");
  ASSERT_EQ(run.findings.size(), 1u);
  EXPECT_TRUE(run.findings[0].fixes.empty());
}

TEST(StyleHedging, NothingInsideCode) {
  expectNoFindings(kRule, "Set `very` to true.");
  expectNoFindings(kRule, "```\nreally basically very\n```\n");
}

}  // namespace
}  // namespace copydesk::testing
