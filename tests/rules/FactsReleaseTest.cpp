// facts/outdated-claim's release checks (rules/facts/data/releases.txt, endoflife.date):
// one sentence per statement kind, each with its reference date.
#include "rules/RuleTestHelpers.h"

namespace copydesk::testing {
namespace {

std::vector<Finding> runAt(const std::string& text, CivilDate check_date, bool judge_by_document = false,
                           const nlohmann::json& options = nlohmann::json::object()) {
  return copydesk::testing::runAt("facts/outdated-claim", text, check_date, judge_by_document, options);
}

const CivilDate kDec2026{2026, 12, 1};

std::string dated(const std::string& date, const std::string& body) {
  return "---\ndate: " + date + "\n---\n\n" + body + "\n";
}

TEST(FactsRelease, MaintenanceLtsAfterEndOfLife) {
  const auto f = runAt("Node.js 20 is currently the maintenance LTS release.\n", kDec2026);
  ASSERT_EQ(f.size(), 1u);
  EXPECT_NE(f[0].message.find("Node.js 20 reached end of life on 30 April 2026"), std::string::npos) << f[0].message;
  EXPECT_NE(f[0].message.find("endoflife.date/nodejs, snapshot of 22 August 2026"), std::string::npos) << f[0].message;
  EXPECT_NE(f[0].message.find("later changes are not in the data"), std::string::npos) << f[0].message;
  // True when it was written and read then.
  EXPECT_TRUE(runAt("Node.js 20 is currently the maintenance LTS release.\n", {2025, 6, 1}).empty());
}

TEST(FactsRelease, ActiveLtsAfterActiveSupportEnded) {
  const auto f = runAt("Node.js 22 is in active LTS status.\n", kDec2026);
  ASSERT_EQ(f.size(), 1u);
  EXPECT_NE(f[0].message.find("active support for Node.js 22 ended"), std::string::npos) << f[0].message;
  EXPECT_TRUE(runAt("Node.js 22 is in active LTS status.\n", {2025, 3, 1}).empty());
}

TEST(FactsRelease, StillSupportedIsNotFlaggedWhileTrue) {
  EXPECT_TRUE(runAt("Python 3.13 is supported until 2029.\n", kDec2026).empty());
  EXPECT_EQ(runAt("Python 3.8 is still supported.\n", kDec2026).size(), 1u);
}

// The kind of cycle, not its state: true for good.
TEST(FactsRelease, AnLtsReleaseIsAKindOfCycle) {
  EXPECT_TRUE(runAt("Node.js 14 is an LTS release.\n", kDec2026).empty());
  EXPECT_EQ(runAt("Node.js 14 is still an LTS release.\n", kDec2026).size(), 1u);
  EXPECT_EQ(runAt("Node.js 14 is the maintenance LTS release.\n", kDec2026).size(), 1u);
}

TEST(FactsRelease, LatestRelease) {
  const auto f = runAt("Kubernetes 1.29 is the latest release.\n", kDec2026);
  ASSERT_EQ(f.size(), 1u);
  EXPECT_NE(f[0].message.find("no longer the latest"), std::string::npos) << f[0].message;
  EXPECT_EQ(runAt("The latest release is k8s 1.25.\n", kDec2026).size(), 1u);
  EXPECT_TRUE(runAt("Kubernetes 1.36 is the latest release.\n", {2026, 5, 1}).empty());
}

TEST(FactsRelease, BareVersionNeedsTheProductInTheParagraphOrTitle) {
  EXPECT_EQ(runAt("Node.js ships often. The latest Long Term Support version, v4, is stable.\n", kDec2026).size(), 1u);
  EXPECT_TRUE(runAt("The latest Long Term Support version, v4, is stable.\n", kDec2026).empty());
  EXPECT_EQ(runAt("---\ntitle: Go news\n---\n\nWe are preparing our upcoming 1.5 release.\n", kDec2026).size(), 1u);
}

TEST(FactsRelease, PlansOnceReleased) {
  EXPECT_EQ(runAt(dated("2020-12-01", "The Go 1.16 release will include embedded files."), kDec2026).size(), 1u);
  EXPECT_EQ(runAt("The upcoming Go 1.16 release will include embedded files.\n", kDec2026).size(), 1u);
  // Not yet released at the reference date.
  EXPECT_TRUE(runAt(dated("2020-12-01", "The Go 1.16 release will include embedded files."), {2021, 1, 1}).empty());
  // Written after the release: "will" is about something else.
  EXPECT_TRUE(runAt(dated("2021-06-01", "Go 1.16 users will need to update their modules."), kDec2026).empty());
}

TEST(FactsRelease, PreviewsAndExpectationsOnceReleased) {
  EXPECT_EQ(runAt(dated("2021-12-14", "This is the first preview release of Go 1.18."), kDec2026).size(), 1u);
  EXPECT_EQ(runAt(dated("2021-06-01", "Generics are now expected in Go 1.18."), kDec2026).size(), 1u);
  EXPECT_EQ(runAt(dated("2021-04-06", "The current plan is to remove it in Kubernetes 1.25."), kDec2026).size(), 1u);
  EXPECT_EQ(runAt(dated("2020-12-02", "The work is on hold pending the Kubernetes 1.20 release."), kDec2026).size(),
            1u);
  EXPECT_TRUE(runAt(dated("2022-06-01", "Go 1.18 works as expected."), kDec2026).empty());
  EXPECT_TRUE(runAt(dated("2021-12-14", "This is the first preview release of Go 1.18."), {2022, 1, 1}).empty());
}

TEST(FactsRelease, PastTenseIsHistory) {
  EXPECT_TRUE(runAt("Node.js 4 was the LTS line in 2016.\n", kDec2026).empty());
  EXPECT_TRUE(runAt("Go 1.11 introduced modules.\n", kDec2026).empty());
  EXPECT_TRUE(runAt("We have just released Go 1.18 Beta 1.\n", kDec2026).empty());
}

TEST(FactsRelease, JudgeByDocumentDate) {
  const std::string text = dated("2025-03-01", "Node.js 20 is the maintenance LTS release.");
  EXPECT_EQ(runAt(text, kDec2026).size(), 1u);
  EXPECT_TRUE(runAt(text, kDec2026, true).empty());
}

TEST(FactsRelease, NotInCodeOrQuotes) {
  EXPECT_TRUE(runAt("Run `Node.js 20 is the maintenance LTS release` here.\n", kDec2026).empty());
  EXPECT_TRUE(runAt("He said \"Node.js 20 is the maintenance LTS release\" back then.\n", kDec2026).empty());
}

TEST(FactsRelease, NewerSnapshotFromTheConfiguration) {
  const std::string dir = std::string(COPYDESK_SOURCE_DIR) + "/tests/data/facts/release/snapshot";
  const nlohmann::json options = {{"releaseData", dir}};
  // The made-up snapshot extends Node.js 20 to 2031.
  EXPECT_TRUE(runAt("Node.js 20 is the maintenance LTS release.\n", kDec2026, false, options).empty());
  const auto f = runAt("Node.js 20 is the latest release.\n", {2027, 6, 1}, false, options);
  ASSERT_EQ(f.size(), 1u);
  EXPECT_NE(f[0].message.find("1 January 2027"), std::string::npos) << f[0].message;
}

TEST(FactsRelease, NewerVersionFixOnlyInAPlainLatestSentence) {
  const std::string text = "The latest version is Python 3.9.\n";
  // Before the snapshot date the data is complete: the fix is safe.
  auto f = runAt(text, {2026, 8, 1});
  ASSERT_EQ(f.size(), 1u);
  ASSERT_EQ(f[0].fixes.size(), 1u);
  EXPECT_TRUE(f[0].fixes[0].safe);
  EXPECT_EQ(applyEdits(text, f[0].fixes[0].edits), "The latest version is Python 3.14.\n");
  // After it, a later release may be missing: offered, not applied by --fix.
  f = runAt("Go 1.11 is the latest release.\n", kDec2026);
  ASSERT_EQ(f.size(), 1u);
  ASSERT_EQ(f[0].fixes.size(), 1u);
  EXPECT_FALSE(f[0].fixes[0].safe);
  EXPECT_EQ(applyEdits("Go 1.11 is the latest release.", f[0].fixes[0].edits), "Go 1.27 is the latest release.");
  // More than the plain statement, or a patch version: no fix.
  f = runAt("Python 3.9 is the latest version and we use it everywhere.\n", kDec2026);
  ASSERT_EQ(f.size(), 1u);
  EXPECT_TRUE(f[0].fixes.empty());
  f = runAt("The latest version is Python 3.9.1.\n", kDec2026);
  ASSERT_EQ(f.size(), 1u);
  EXPECT_TRUE(f[0].fixes.empty());
}

TEST(FactsRelease, CurrentlyBecomesTheArticlesMonth) {
  const std::string text = dated("2025-03-10", "Currently, Node.js 20 is the maintenance LTS release.");
  const auto f = runAt(text, kDec2026);
  ASSERT_EQ(f.size(), 1u);
  ASSERT_EQ(f[0].fixes.size(), 1u);
  EXPECT_TRUE(f[0].fixes[0].safe);
  EXPECT_NE(applyEdits(text, f[0].fixes[0].edits).find("As of March 2025, Node.js 20 is"), std::string::npos);
  // Without the article's date there is no month to say.
  EXPECT_TRUE(runAt("Node.js 20 is currently the maintenance LTS release.\n", kDec2026)[0].fixes.empty());
}

TEST(FactsRelease, PatchReleaseAnnouncedInTheFutureTense) {
  const auto f = runAt(dated("2022-01-20", "We're going to release Rust 1.58.1 later today."), kDec2026);
  ASSERT_EQ(f.size(), 1u);
  EXPECT_NE(f[0].message.find("Rust 1.58.1 has been released"), std::string::npos) << f[0].message;
  EXPECT_EQ(runAt(dated("2024-04-09", "The fix will be included in Rust 1.77.2, to be released later today."), kDec2026)
                .size(),
            1u);
  // A patch the data does not list yet, or one talked about in the past tense: nothing to say.
  EXPECT_TRUE(runAt(dated("2022-01-20", "Rust 1.58.9 will be released later."), kDec2026).empty());
  EXPECT_TRUE(runAt(dated("2022-01-20", "Rust 1.58.1 was released to fix it."), kDec2026).empty());
}

TEST(FactsRelease, StageAfterAnAdverb) {
  EXPECT_EQ(runAt(dated("2024-12-16", "Rust 1.85 is currently in beta."), kDec2026).size(), 1u);
  EXPECT_TRUE(runAt(dated("2024-12-16", "Rust 1.85 is currently in beta."), {2025, 1, 1}).empty());
}

TEST(FactsRelease, MajorVersionNamesItsWholeLine) {
  // Rails 8.1 came after 8.0, but "Rails 8" is still the latest major version.
  EXPECT_TRUE(runAt(dated("2025-09-20", "Rails 8 is the latest major version of Rails."), kDec2026).empty());
  EXPECT_EQ(runAt(dated("2023-09-20", "Rails 7 is the latest major version of Rails."), kDec2026).size(), 1u);
}

TEST(FactsRelease, SupportUntilBeyondANamedSupportTier) {
  // Oracle's end date in the data is Premier Support; extended support runs longer.
  EXPECT_TRUE(runAt("Java 8 is supported by Oracle until 2030.\n", kDec2026).empty());
  EXPECT_EQ(runAt("Java 8 is still supported by Oracle.\n", kDec2026).size(), 1u);
}

TEST(FactsRelease, SwiftFromSwiftOrgsListOfReleases) {
  // Swift is not in endoflife.date: its cycles come from releases-swift.txt, with their own source.
  const auto f = runAt(dated("2018-02-28", "Swift 4.2 will include numerous under-the-hood ABI changes."), kDec2026);
  ASSERT_EQ(f.size(), 1u);
  EXPECT_NE(f[0].message.find("Swift 4.2 was released on 17 September 2018"), std::string::npos) << f[0].message;
  EXPECT_NE(f[0].message.find("swift.org/install, releases to 12 December 2025"), std::string::npos) << f[0].message;
  EXPECT_NE(f[0].details.find("https://swift.org/install"), std::string::npos) << f[0].details;
  // A major version names its first minor; the announcement of a release is history.
  EXPECT_EQ(runAt(dated("2017-02-16", "Swift 4 will GM from this branch as well."), kDec2026).size(), 1u);
  EXPECT_TRUE(runAt(dated("2019-09-20", "Swift 5.1 is now officially released!"), kDec2026).empty());
  // The ordinary word is not the language.
  EXPECT_TRUE(runAt(dated("2018-02-28", "A swift 4.2 second reply will follow."), kDec2026).empty());
  // A newer snapshot folder from endoflife.date keeps the built-in Swift cycles.
  const std::string dir = std::string(COPYDESK_SOURCE_DIR) + "/tests/data/facts/release/snapshot";
  EXPECT_EQ(runAt(dated("2018-02-28", "Swift 4.2 will include ABI changes."), kDec2026, false, {{"releaseData", dir}})
                .size(),
            1u);
}

TEST(FactsRelease, DetailsListTheCyclesAroundTheMentionedOne) {
  const auto f = runAt("Node.js 20 is the maintenance LTS release.\n", kDec2026);
  ASSERT_EQ(f.size(), 1u);
  const std::string& d = f[0].details;
  EXPECT_NE(d.find("https://endoflife.date/nodejs"), std::string::npos) << d;
  EXPECT_NE(d.find("| **20** (mentioned) | 18 April 2023 |"), std::string::npos) << d;
  EXPECT_NE(d.find("30 April 2026"), std::string::npos) << d;
  // Two newer and two older cycles, no more.
  EXPECT_NE(d.find("| 22 |"), std::string::npos) << d;
  EXPECT_NE(d.find("| 18 |"), std::string::npos) << d;
  EXPECT_EQ(d.find("| 24 |"), std::string::npos) << d;
  EXPECT_EQ(d.find("| 16 |"), std::string::npos) << d;
}

}  // namespace
}  // namespace copydesk::testing
