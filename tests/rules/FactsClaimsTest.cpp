// facts/outdated-claim, facts/incorrect-claim, facts/past-prediction,
// facts/stale-as-of and the claims knowledge base.
#include <filesystem>
#include <fstream>

#include "facts/ClaimsBase.h"
#include "rules/RuleTestHelpers.h"

namespace copydesk::testing {
namespace {

TEST(FactsClaims, BuiltinBaseIsValidAndLarge) {
  const auto& base = facts::builtinClaims();
  EXPECT_GE(base.entries().size(), 30u);
  // The built-in file itself must pass `copydesk claims check`.
  std::vector<facts::ClaimsError> errors;
  std::ifstream in(std::string(COPYDESK_SOURCE_DIR) + "/rules/facts/data/claims.json");
  const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  const auto reparsed = facts::ClaimsBase::parse(text, "claims.json", errors);
  for (const auto& e : errors) ADD_FAILURE() << "claims.json:" << e.line << ": " << e.message;
  EXPECT_EQ(reparsed.entries().size(), base.entries().size());
}

TEST(FactsClaims, RustExperimentalIsOutdatedUnlessNegated) {
  const CivilDate nov{2026, 11, 21};
  EXPECT_EQ(runAt("facts/outdated-claim", "Rust is still experimental in the Linux kernel.\n", nov).size(), 1u);
  EXPECT_TRUE(runAt("facts/outdated-claim", "Rust is no longer experimental in the kernel.\n", nov).empty());
  EXPECT_TRUE(runAt("facts/outdated-claim", "Rust isn't experimental in the kernel any more.\n", nov).empty());
  // Before the summit it was true.
  EXPECT_TRUE(runAt("facts/outdated-claim", "Rust is experimental in the kernel.\n", {2025, 6, 1}).empty());
}

TEST(FactsClaims, JudgeByDocumentDate) {
  const std::string text = "---\ndate: 2025-06-01\n---\n\nRust is experimental in the kernel.\n";
  EXPECT_EQ(runAt("facts/outdated-claim", text, {2026, 11, 21}).size(), 1u);
  EXPECT_TRUE(runAt("facts/outdated-claim", text, {2026, 11, 21}, true).empty());
  const auto findings = runAt("facts/outdated-claim", text, {2026, 11, 21});
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_NE(findings[0].message.find("December 2025"), std::string::npos) << findings[0].message;
  EXPECT_NE(findings[0].message.find("article dated June 2025"), std::string::npos) << findings[0].message;
  EXPECT_NE(findings[0].message.find("lwn.net"), std::string::npos) << findings[0].message;
}

TEST(FactsClaims, IncorrectClaimsAlwaysReported) {
  const CivilDate d{2020, 1, 1};
  EXPECT_EQ(runAt("facts/incorrect-claim", "Compiling the kernel now requires a Rust toolchain.\n", d).size(), 1u);
  EXPECT_TRUE(runAt("facts/incorrect-claim", "Compiling the kernel does not require a Rust toolchain.\n", d).empty());
  EXPECT_EQ(runAt("facts/incorrect-claim", "Apple's M1 GPU driver was merged into the kernel.\n", d).size(), 1u);
}

TEST(FactsClaims, ReplacementFix) {
  const auto findings = runAt("facts/outdated-claim", "Sign in with Azure Active Directory first.\n", {2026, 1, 1});
  ASSERT_EQ(findings.size(), 1u);
  ASSERT_EQ(findings[0].fixes.size(), 1u);
  EXPECT_EQ(findings[0].fixes[0].edits[0].new_text, "Microsoft Entra ID");
}

TEST(FactsClaims, ProjectClaimsFromDotCopydesk) {
  namespace fs = std::filesystem;
  const fs::path root = fs::temp_directory_path() / "copydesk-facts-claims-test";
  fs::create_directories(root / ".copydesk" / "claims");
  fs::create_directories(root / "docs");
  std::ofstream(root / ".copydesk" / "claims" / "team.json")
      << R"({"claims": [{"id": "widget-beta", "claim": "Widget is in beta", "match": {"all": [["widget"], ["beta"]],
      "negatedBy": ["no longer"]}, "kind": "outdated", "since": "2026-01-01", "correction": "Widget is GA.",
      "source": {"title": "Widget GA", "url": "https://example.com/ga", "date": "2026-01-01"}}]})";
  const std::string path = (root / "docs" / "a.md").string();
  EXPECT_EQ(runAt("facts/outdated-claim", "Widget is in beta.\n", {2026, 2, 1}, false, {}, path).size(), 1u);
  EXPECT_TRUE(runAt("facts/outdated-claim", "Widget is no longer in beta.\n", {2026, 2, 1}, false, {}, path).empty());
  fs::remove_all(root);
}

// The nearest folder with .copydesk/claims, walking up any number of folders.
TEST(FactsClaims, ProjectClaimsOfTheNearestFolderUpward) {
  namespace fs = std::filesystem;
  const fs::path root = fs::temp_directory_path() / "copydesk-facts-claims-upward";
  const auto write_claims = [](const fs::path& dir, const std::string& id) {
    fs::create_directories(dir / ".copydesk" / "claims");
    std::ofstream(dir / ".copydesk" / "claims" / "c.json")
        << R"({"claims": [{"id": ")" << id << R"(", "claim": "x", "match": {"all": [["x"]]}, "kind": "incorrect",
        "correction": "y", "source": {"title": "t", "url": "https://e.com", "date": "2020-01-01"}}]})";
  };
  write_claims(root, "outer");
  write_claims(root / "inner", "inner");
  fs::create_directories(root / "inner" / "a" / "b");
  fs::create_directories(root / "other");
  const auto ids = [](const fs::path& document) {
    std::vector<std::string> out;
    for (const auto& base : facts::projectClaims(document.string(), {}))
      for (const facts::ClaimEntry& e : base->entries()) out.push_back(e.id);
    return out;
  };
  EXPECT_EQ(ids(root / "inner" / "a" / "b" / "doc.md"), std::vector<std::string>{"inner"});
  EXPECT_EQ(ids(root / "other" / "doc.md"), std::vector<std::string>{"outer"});
  EXPECT_EQ(ids(root / "doc.md"), std::vector<std::string>{"outer"});
  fs::remove_all(root);
}

TEST(FactsClaims, ValidationReportsLines) {
  std::vector<facts::ClaimsError> errors;
  const std::string text =
      "{\"claims\": [\n"
      "  {\"id\": \"a\", \"claim\": \"x\", \"match\": {\"all\": [[\"x\"]]}, \"kind\": \"incorrect\",\n"
      "   \"correction\": \"y\", \"source\": {\"title\": \"t\", \"url\": \"https://e.com\", \"date\": "
      "\"2020-01-01\"}},\n"
      "  {\"id\": \"a\", \"claim\": \"x\", \"match\": {\"all\": [[\"x\"]]}, \"kind\": \"outdated\",\n"
      "   \"since\": \"2020-13-01\", \"correction\": \"y\", \"source\": {\"title\": \"t\", \"url\": \"e.com\", "
      "\"date\": \"2020-01-01\"}}\n"
      "]}\n";
  const auto base = facts::ClaimsBase::parse(text, "t.json", errors);
  EXPECT_EQ(base.entries().size(), 1u);
  ASSERT_GE(errors.size(), 3u);
  for (const auto& e : errors) EXPECT_EQ(e.line, 4) << e.message;
}

TEST(FactsPastPrediction, PredictionsForPassedDates) {
  const CivilDate d{2026, 3, 7};
  EXPECT_EQ(runAt("facts/past-prediction", "Version 2 will be released in 2024.\n", d).size(), 1u);
  EXPECT_EQ(runAt("facts/past-prediction", "The feature is planned for Q3 2025.\n", d).size(), 1u);
  EXPECT_EQ(runAt("facts/past-prediction", "We expect to finish by the end of 2025.\n", d).size(), 1u);
  EXPECT_TRUE(runAt("facts/past-prediction", "Version 2 will be released in 2027.\n", d).empty());
  EXPECT_TRUE(runAt("facts/past-prediction", "Version 2 was planned for 2024 but slipped.\n", d).empty());
  EXPECT_TRUE(runAt("facts/past-prediction", "Version 2 shipped in 2024.\n", d).empty());
}

TEST(FactsStaleAsOf, OldAsOfDates) {
  const CivilDate d{2026, 3, 7};
  EXPECT_EQ(runAt("facts/stale-as-of", "As of 2022, most distros ship it.\n", d).size(), 1u);
  EXPECT_TRUE(runAt("facts/stale-as-of", "As of 2025, most distros ship it.\n", d).empty());
  EXPECT_TRUE(
      runAt("facts/stale-as-of", "As of 2022, most distros ship it.\n", d, false, {{"staleAfterYears", 5}}).empty());
  EXPECT_TRUE(runAt("facts/stale-as-of", "As of Rust 1.50, it is stable.\n", d).empty());
}

}  // namespace
}  // namespace copydesk::testing
