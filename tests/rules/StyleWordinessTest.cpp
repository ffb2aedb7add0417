#include "rules/RuleTestHelpers.h"

namespace copydesk::testing {
namespace {

constexpr std::string_view kRule = "style/wordiness";

TEST(StyleWordiness, FlagsWordyPhrases) {
  expectFindings(kRule, "We cache results [[in order to]] save time.");
  expectFindings(kRule, "It failed [[due to the fact that]] the disk was full.");
  expectFindings(kRule, "There are [[a number of]] options.");
  expectFindings(kRule, "[[At this point in time]] we support Linux.");
  expectFindings(kRule, "[[In the event that]] the build fails, retry.");
  expectFindings(kRule, "The tool [[is able to]] read TOML.");
  expectFindings(kRule, "Run the tests [[prior to]] merging.");
  expectFindings(kRule, "We [[made a decision]] to drop it.");
  expectFindings(kRule, "The server is [[in close proximity to]] the client.");
  expectFindings(kRule, "The [[end result]] is faster.");
  expectFindings(kRule, "[[The majority of]] users upgrade.");
  expectFindings(kRule, "We are [[in the process of]] migrating.");
}

TEST(StyleWordiness, LeavesConciseTextAlone) {
  expectNoFindings(kRule, "We cache results to save time.");
  expectNoFindings(kRule, "It failed because the disk was full.");
  expectNoFindings(kRule, "The order of the results is stable.");
  expectNoFindings(kRule, "The number of options grows.");
  expectNoFindings(kRule, "At this point the tree is balanced.");
  expectNoFindings(kRule, "The event fires twice.");
  expectNoFindings(kRule, "The tool can read TOML.");
  expectNoFindings(kRule, "Prior art exists.");
  expectNoFindings(kRule, "The decision was made in March.");
  expectNoFindings(kRule, "The result is final.");
  expectNoFindings(kRule, "In order, the steps are: fetch, build, test.");
}

TEST(StyleWordiness, FixesKeepCapitalisation) {
  expectFix(kRule, "We cache results in order to save time.", "We cache results to save time.");
  expectFix(kRule, "In order to save time, we cache.", "To save time, we cache.");
  expectFix(kRule, "Due to the fact that it failed, we retried.", "Because it failed, we retried.");
  expectFix(kRule, "IN ORDER TO win", "To win");
  expectFix(kRule, "At this point in time we support Linux.", "Now we support Linux.");
  expectFix(kRule, "A number of users asked.", "Several users asked.");
  expectFix(kRule, "We are in the process of migrating.", "We are migrating.");
}

TEST(StyleWordiness, FixSafety) {
  RuleRun run = runRule(kRule, "We cache in order to win.");
  ASSERT_EQ(run.findings.size(), 1u);
  ASSERT_EQ(run.findings[0].fixes.size(), 1u);
  EXPECT_TRUE(run.findings[0].fixes[0].safe);
  EXPECT_NE(run.findings[0].message.find("'to'"), std::string::npos);
  expectFixSafety(kRule, "There are a number of options.", false);
}

TEST(StyleWordiness, NothingInsideCode) {
  expectNoFindings(kRule, "Use `in order to` as the label.");
  expectNoFindings(kRule, "```\nin order to\n```\n");
}

}  // namespace
}  // namespace copydesk::testing
