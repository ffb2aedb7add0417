// Configuration through the real binary: --config, discovery walking up,
// overrides, broken configs (exit 2 with file:line:col), --as-of, `copydesk
// rules` and `copydesk explain`.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include <nlohmann/json.hpp>

#include "cli/ProcessRunner.h"
#include "cli/TempFolder.h"

namespace copydesk::testing {
namespace {

namespace fs = std::filesystem;

const std::string kFixtures = std::string(COPYDESK_SOURCE_DIR) + "/tests/cli/fixtures";

using ConfigCommand = TempFolderTest;

TEST_F(ConfigCommand, ExplicitConfigIsUsed) {
  const std::string file = write("a.md", "The concensus.\n");
  const std::string config = write("elsewhere/quiet.json", R"({"rules": {"spelling": "off"}})");
  EXPECT_EQ(runCopydesk({"check", file}).exit_code, 1);
  const ProcessResult r = runCopydesk({"check", "--config", config, file});
  EXPECT_EQ(r.exit_code, 0) << r.out << r.err;
}

TEST_F(ConfigCommand, DiscoveryWalksUpFromTheFile) {
  write(".copydesk.json", R"({"spelling": {"words": ["concensus"]}})");
  const std::string file = write("a/b/c/post.md", "The concensus.\n");
  const ProcessResult r = runCopydesk({"check", file});
  EXPECT_EQ(r.exit_code, 0) << r.out << r.err;
}

TEST_F(ConfigCommand, NearestConfigWinsPerFolder) {
  write(".copydesk.json", R"({"rules": {"spelling": "off"}})");
  write("strict/.copydesk.json", R"({"rules": {"spelling": "error"}})");
  const std::string relaxed = write("relaxed.md", "The concensus.\n");
  const std::string strict = write("strict/post.md", "The concensus.\n");
  const ProcessResult r = runCopydesk({"check", "--no-color", relaxed, strict});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_FALSE(has(r.out, relaxed + ":")) << r.out;
  EXPECT_TRUE(has(r.out, strict + ":1:5: error: Unknown word 'concensus'")) << r.out;
}

TEST_F(ConfigCommand, FixtureWithWordsSeverityAndCustomRule) {
  const std::string file = kFixtures + "/config-basic/article.md";
  const ProcessResult r = runCopydesk({"check", "--no-color", file});
  EXPECT_EQ(r.exit_code, 1) << r.err;
  EXPECT_TRUE(has(r.out, file + ":3:4: warning: Use 'use' instead of 'utilize' [custom/no-utilize]")) << r.out;
  EXPECT_TRUE(has(r.out, file + ":3:30: error: Unknown word 'concensus'")) << r.out;
  EXPECT_FALSE(has(r.out, "Ferrocene'")) << r.out;
}

TEST_F(ConfigCommand, CustomRuleFixInJson) {
  const std::string file = kFixtures + "/config-basic/article.md";
  const ProcessResult r = runCopydesk({"check", "--format", "json", file});
  const auto json = nlohmann::json::parse(r.out);
  bool found = false;
  for (const auto& d : json.at(0).at("diagnostics")) {
    if (d["code"] != "custom/no-utilize") continue;
    found = true;
    EXPECT_EQ(d["data"]["fixes"][0]["edits"][0]["newText"], "use");
    EXPECT_EQ(d["data"]["fixes"][0]["safe"], true);
  }
  EXPECT_TRUE(found) << r.out;
}

TEST_F(ConfigCommand, OverridesApplyByGlob) {
  const std::string dir = kFixtures + "/config-overrides";
  const ProcessResult r = runCopydesk({"check", "--no-color", "--fail-on", "error", dir});
  EXPECT_EQ(r.exit_code, 0) << r.out << r.err;
  EXPECT_FALSE(has(r.out, "draft.md")) << r.out;
  EXPECT_TRUE(has(r.out, dir + "/notes.txt:1:14: hint: Unknown word 'concensus'")) << r.out;
  EXPECT_TRUE(has(r.out, dir + "/post.md:1:15: warning: Unknown word 'concensus'")) << r.out;
}

TEST_F(ConfigCommand, BrokenConfigExitsTwoWithFileLineColumn) {
  const std::string dir = kFixtures + "/config-broken";
  const ProcessResult r = runCopydesk({"check", dir + "/post.md"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(r.err, dir + "/.copydesk.json:3:17: unknown severity 'loud' (expected error, warning, information or "
                         "hint)\n");
  EXPECT_EQ(r.out, "");
}

TEST_F(ConfigCommand, SyntaxErrorExitsTwo) {
  const std::string config = write(".copydesk.json", "{\n  \"rules\": {,}\n}\n");
  const std::string file = write("a.md", "Fine.\n");
  const ProcessResult r = runCopydesk({"check", file});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_TRUE(has(r.err, config + ":2:13: syntax error")) << r.err;
}

TEST_F(ConfigCommand, EveryErrorOfABrokenConfigIsPrintedOnce) {
  const std::string config = write(".copydesk.json", "{\"rulez\": 1,\n \"asOf\": \"soon\"}");
  write("a.md", "Fine.\n");
  write("b.md", "Fine.\n");
  const ProcessResult r = runCopydesk({"check", root_.string()});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(r.err, config + ":1:2: unknown key 'rulez' in the configuration (did you mean 'rules'?)\n" + config +
                       ":2:10: \"asOf\" must be a date written YYYY-MM-DD, not 'soon'\n");
}

TEST_F(ConfigCommand, MissingExplicitConfigExitsTwo) {
  const std::string file = write("a.md", "Fine.\n");
  const ProcessResult r = runCopydesk({"check", "--config", (root_ / "nope.json").string(), file});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_TRUE(has(r.err, "nope.json: cannot read the configuration file: no such file")) << r.err;
}

TEST_F(ConfigCommand, AsOfIsValidated) {
  const std::string file = write("a.md", "Fine.\n");
  EXPECT_EQ(runCopydesk({"check", "--as-of", "2026-03-07", file}).exit_code, 0);
  for (const char* bad : {"2026-13-01", "yesterday", "2026-02-30", "2026-3-7"}) {
    const ProcessResult r = runCopydesk({"check", "--as-of", bad, file});
    EXPECT_EQ(r.exit_code, 2) << bad;
    EXPECT_TRUE(has(r.err, "--as-of takes a date written YYYY-MM-DD")) << r.err;
  }
}

TEST_F(ConfigCommand, ReleaseDataFolderFromTheCommandLine) {
  // The made-up snapshot in the repository keeps Node.js 20 supported until 2031.
  const std::string file = write("a.md", "Node.js 20 is the maintenance LTS release.\n");
  const std::string snapshot = std::string(COPYDESK_SOURCE_DIR) + "/tests/data/facts/release/snapshot";
  const ProcessResult builtin = runCopydesk({"check", "--as-of", "2026-12-01", file});
  EXPECT_EQ(builtin.exit_code, 1);
  EXPECT_TRUE(has(builtin.out, "Node.js 20 reached end of life")) << builtin.out;
  const ProcessResult newer = runCopydesk({"check", "--as-of", "2026-12-01", "--release-data", snapshot, file});
  EXPECT_EQ(newer.exit_code, 0) << newer.out;
  const ProcessResult missing = runCopydesk({"check", "--release-data", root_.string(), file});
  EXPECT_EQ(missing.exit_code, 2);
  EXPECT_TRUE(has(missing.err, "has no cycles.json")) << missing.err;
  // Where the data comes from and how to refresh it.
  const ProcessResult explain = runCopydesk({"explain", "facts/outdated-claim"});
  EXPECT_EQ(explain.exit_code, 0);
  for (const char* part : {"endoflife.date", "MIT", "snapshot of 22 August 2026", "--release-data DIR",
                           "\"releaseData\"", "scripts/refresh-release-data"})
    EXPECT_TRUE(has(explain.out, part)) << part << "\n" << explain.out;
}

TEST_F(ConfigCommand, InlineSuppressionThroughTheCli) {
  const std::string file =
      write("a.md", "<!-- copydesk-disable-next-line spelling -->\nThe concensus.\n\nThe mantainers.\n");
  const ProcessResult r = runCopydesk({"check", "--no-color", file});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_FALSE(has(r.out, "concensus'")) << r.out;
  EXPECT_TRUE(has(r.out, "mantainers")) << r.out;
}

TEST_F(ConfigCommand, RulesListsEveryRuleAsATable) {
  const ProcessResult r = runCopydesk({"rules"}, root_.string());
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out.substr(0, 4), "RULE");
  EXPECT_TRUE(has(r.out, "SEVERITY")) << r.out;
  const std::size_t line = r.out.find("\nspelling ");
  ASSERT_NE(line, std::string::npos) << r.out;
  const std::string row = r.out.substr(line + 1, r.out.find('\n', line + 1) - line - 1);
  EXPECT_TRUE(has(row, " warning ")) << row;
  EXPECT_TRUE(has(row, " on ")) << row;
  EXPECT_TRUE(has(row, "Words that are not in the dictionary")) << row;
  // Columns line up: SEVERITY starts where each row's severity starts.
  EXPECT_EQ(r.out.find("SEVERITY"), row.find("warning"));
}

TEST_F(ConfigCommand, RulesListsCustomRulesOfTheConfig) {
  write(".copydesk.json", R"({"customRules": [{"id": "custom/no-utilize", "kind": "substitution",
    "swap": {"utilize": "use"}, "description": "Plain words"}]})");
  const ProcessResult r = runCopydesk({"rules"}, root_.string());
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(has(r.out, "custom/no-utilize")) << r.out;
  EXPECT_TRUE(has(r.out, "Plain words")) << r.out;
}

TEST_F(ConfigCommand, RulesWithBrokenConfigExitsTwo) {
  const std::string config = write("c.json", "{\"rules\": 1}");
  const ProcessResult r = runCopydesk({"rules", "--config", config});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(r.err, config + ":1:11: \"rules\" must be an object, not a number\n");
}

TEST_F(ConfigCommand, ExplainSpelling) {
  const ProcessResult r = runCopydesk({"explain", "spelling"}, root_.string());
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out.substr(0, 47), "spelling: Words that are not in the dictionary\n");
  EXPECT_TRUE(has(r.out, "Default: warning, on")) << r.out;
  EXPECT_TRUE(has(r.out, ".copydesk/dictionary.txt")) << r.out;
}

TEST_F(ConfigCommand, ExplainUnknownRuleExitsTwo) {
  const ProcessResult r = runCopydesk({"explain", "speling"}, root_.string());
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(r.err, "copydesk explain: unknown rule 'speling' (did you mean 'spelling'?)\nRun 'copydesk rules' to "
                   "list them.\n");
  EXPECT_EQ(runCopydesk({"explain"}).exit_code, 2);
}

TEST_F(ConfigCommand, ExplainCustomRule) {
  write(".copydesk.json", R"({"customRules": [{"id": "custom/x", "kind": "existence", "tokens": ["x"],
    "description": "No x", "explanation": "Because."}]})");
  const ProcessResult r = runCopydesk({"explain", "custom/x"}, root_.string());
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, "custom/x: No x\nDefault: warning, on\n\nBecause.\n");
}

TEST_F(ConfigCommand, HelpMentionsTheNewCommands) {
  const ProcessResult r = runCopydesk({"--help"});
  EXPECT_TRUE(has(r.out, "rules")) << r.out;
  EXPECT_TRUE(has(r.out, "explain RULE")) << r.out;
  const ProcessResult check = runCopydesk({"check", "--help"});
  EXPECT_TRUE(has(check.out, "--config FILE")) << check.out;
  EXPECT_TRUE(has(check.out, "--as-of YYYY-MM-DD")) << check.out;
}

}  // namespace
}  // namespace copydesk::testing
