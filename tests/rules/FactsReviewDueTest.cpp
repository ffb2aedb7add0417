#include "rules/RuleTestHelpers.h"

namespace copydesk::testing {
namespace {

// The review marker is a known directive: the engine adds nothing about it.
std::vector<Finding> runAt(const std::string& text, CivilDate check_date,
                           const nlohmann::json& options = nlohmann::json::object()) {
  return copydesk::testing::runAt("facts/review-due", text, check_date, false, options);
}

const std::string kFront = "---\ntitle: T\nreview_after: 2026-06-01\n---\n\nBody.\n";

TEST(FactsReviewDue, FrontMatterWarningThenError) {
  EXPECT_TRUE(runAt(kFront, {2026, 5, 31}).empty());
  auto findings = runAt(kFront, {2026, 6, 15});
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].severity, Severity::Warning);
  EXPECT_EQ(kFront.substr(findings[0].span.begin, findings[0].span.size()), "review_after: 2026-06-01");
  findings = runAt(kFront, {2026, 11, 21});
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].severity, Severity::Error);
  EXPECT_EQ(runAt(kFront, {2026, 11, 21}, {{"graceDays", 365}})[0].severity, Severity::Warning);
  EXPECT_EQ(applyEdits(kFront, findings[0].fixes[0].edits), "---\ntitle: T\n---\n\nBody.\n");
}

TEST(FactsReviewDue, InlineMarker) {
  const std::string text = "Intro.\n\n<!-- copydesk-review-after 2026-06 -->\nPrices start at $5.\n\nEnd.\n";
  const auto findings = runAt(text, {2026, 7, 1});
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(text.substr(findings[0].span.begin, findings[0].span.size()), "Prices start at $5.");
  EXPECT_EQ(applyEdits(text, findings[0].fixes[0].edits), "Intro.\n\nPrices start at $5.\n\nEnd.\n");
  EXPECT_TRUE(runAt(text, {2026, 5, 1}).empty());
}

}  // namespace
}  // namespace copydesk::testing
