#include "rules/RuleTestHelpers.h"

namespace copydesk::testing {
namespace {

constexpr std::string_view kRule = "facts/relative-time";

TEST(FactsRelativeTime, FlagsRelativeTime) {
  expectFindings(kRule, "The API is [[currently]] unstable.");
  expectFindings(kRule, "[[Right now]], Rust makes up a small fraction of the kernel.");
  expectFindings(kRule, "Compiling the kernel [[now]] requires a Rust toolchain.");
  expectFindings(kRule, "The team [[recently]] merged the patch.");
  expectFindings(kRule, "We shipped two releases [[this year]].");
  expectFindings(kRule, "[[At the time of writing]], the bug is open.");
  expectFindings(kRule, "[[Today]], most teams use CI.");
  expectFindings(kRule, "The feature lands [[soon]].");
}

TEST(FactsRelativeTime, NowAndTodayInOtherSenses) {
  expectNoFindings(kRule, "Now that the build is green, we can merge.");
  expectNoFindings(kRule, "From now on, use the new API.");
  expectNoFindings(kRule, "Now run the tests again.");
  expectNoFindings(kRule, "You can now call the function.");
  expectNoFindings(kRule, "Today we are happy to announce the release.");
  expectNoFindings(kRule, "Send the patch as soon as possible.");
  expectNoFindings(kRule, "Install the latest version of the compiler.");
  expectNoFindings(kRule, "Until recently, this was hard.");
  expectNoFindings(kRule, "Call `now()` to get the time.");
}

TEST(FactsRelativeTime, FixAnchorsToTheDocumentDate) {
  const std::string head = "---\ndate: 2026-03-07\n---\n\n";
  expectFix(kRule, head + "The API is currently unstable.\n", head + "The API is as of March 2026 unstable.\n");
  expectFix(kRule, head + "Recently the team merged it.\n", head + "In March 2026 the team merged it.\n");
  expectFix(kRule, head + "We shipped two releases this year.\n", head + "We shipped two releases in 2026.\n");
  expectFix(kRule, head + "By the end of next year it ships.\n", head + "By the end of 2027 it ships.\n");
  expectFix(kRule, "March 7, 2026\n\nRight now, it is small.\n", "March 7, 2026\n\nAs of March 2026, it is small.\n");
}

TEST(FactsRelativeTime, NoFixWithoutADate) {
  const RuleRun run = runRule(kRule, "The API is currently unstable.\n");
  ASSERT_EQ(run.findings.size(), 1u);
  EXPECT_TRUE(run.findings[0].fixes.empty());
}

}  // namespace
}  // namespace copydesk::testing
