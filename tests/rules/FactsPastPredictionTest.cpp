// facts/past-prediction and facts/stale-as-of with plans relative to the
// article's date, resolved by facts::resolveTimeExpression (issue 20).
#include "rules/RuleTestHelpers.h"

namespace copydesk::testing {
namespace {

constexpr std::string_view kRule = "facts/past-prediction";
constexpr CivilDate kRead{2026, 12, 7};

std::string dated(std::string_view date, std::string_view sentence) {
  return "---\ndate: " + std::string(date) + "\n---\n\n" + std::string(sentence) + "\n";
}

TEST(FactsPastPrediction, RelativePlansResolveAgainstTheArticleDate) {
  const auto findings = runAt(kRule, dated("2020-05-01", "We will ship the new parser next year."), kRead);
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_NE(findings[0].message.find("next year (January 2021 to December 2021)"), std::string::npos)
      << findings[0].message;
  EXPECT_EQ(runAt(kRule, dated("2020-05-01", "Go 1.19 will be released later this year."), kRead).size(), 1u);
  EXPECT_EQ(runAt(kRule, dated("2020-05-01", "We plan to add it in the coming months."), kRead).size(), 1u);
  EXPECT_EQ(runAt(kRule, dated("2020-05-01", "The API will be stable by the end of the year."), kRead).size(), 1u);
  EXPECT_EQ(runAt(kRule, dated("2020-05-01", "The beta is expected in Q3."), kRead).size(), 1u);
  EXPECT_EQ(runAt(kRule, dated("2017-04-10", "For the next three months, this group will work on it."), kRead).size(),
            1u);
  // The message names the period without its preposition: "a plan for the next six months", not "for in the".
  const auto within = runAt(kRule, dated("2022-08-01", "We expect a fix in the next six months."), kRead);
  ASSERT_EQ(within.size(), 1u);
  EXPECT_NE(within[0].message.find("plan for the next six months (August 2022 to January 2023)"), std::string::npos)
      << within[0].message;
}

TEST(FactsPastPrediction, PlansStillAheadOrUndatedAreNotReported) {
  EXPECT_TRUE(runAt(kRule, dated("2026-11-01", "We will ship the new parser next year."), kRead).empty());
  EXPECT_TRUE(runAt(kRule, "We will ship the new parser next year.\n", kRead).empty());  // no article date
  EXPECT_TRUE(runAt(kRule, dated("2020-05-01", "We shipped the parser last year."), kRead).empty());
}

TEST(FactsStaleAsOf, RelativeDatesResolveAgainstTheArticleDate) {
  const auto findings = runAt("facts/stale-as-of", dated("2021-03-01", "As of last year, most teams use it."), kRead);
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_TRUE(runAt("facts/stale-as-of", dated("2026-03-01", "As of last year, most teams use it."), kRead).empty());
  EXPECT_TRUE(runAt("facts/stale-as-of", "As of last year, most teams use it.\n", kRead).empty());
}

}  // namespace
}  // namespace copydesk::testing
