// `copydesk check --format sarif|github`, --output and the progress line, run
// as a real process. SARIF logs are validated against the OASIS SARIF 2.1.0
// schema (tests/data/sarif/) with Debian's python3-jsonschema.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>

#include <nlohmann/json.hpp>

#include "cli/ProcessRunner.h"
#include "cli/TempFolder.h"

namespace copydesk::testing {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

const std::string kSarifData = std::string(COPYDESK_SOURCE_DIR) + "/tests/data/sarif";

class CiFormats : public TempFolderTest {
 protected:
  // Validates the SARIF files against the schema; the validator's output on failure.
  std::string schemaErrors(const std::vector<std::string>& files) {
    std::string command =
        "/usr/bin/python3 " + kSarifData + "/validate_sarif.py " + kSarifData + "/sarif-schema-2.1.0.json";
    for (const std::string& file : files) command += " '" + file + "'";
    const std::string log = (root_ / "sarif-validation.log").string();  // per test: tests run in parallel
    const int status = std::system((command + " > " + log + " 2>&1").c_str());
    return status == 0 ? std::string() : "validation failed:\n" + read(log);
  }
};

TEST_F(CiFormats, SarifDescribesResultsRulesAndFixes) {
  write("my notes.md", "# Notes\n\nFun 😀 concensus here.\n");
  const ProcessResult r = runCopydesk({"check", "--format", "sarif", "my notes.md"}, root_.string());
  EXPECT_EQ(r.exit_code, 1) << r.err;
  const json log = json::parse(r.out);
  EXPECT_EQ(log["version"], "2.1.0");
  EXPECT_TRUE(log["$schema"].get<std::string>().ends_with("sarif-schema-2.1.0.json"));
  ASSERT_EQ(log["runs"].size(), 1u);
  const json& run = log["runs"][0];
  EXPECT_EQ(run["columnKind"], "utf16CodeUnits");
  EXPECT_EQ(run["tool"]["driver"]["name"], "copydesk");
  EXPECT_FALSE(run["tool"]["driver"]["version"].get<std::string>().empty());
  EXPECT_FALSE(run["tool"]["driver"].contains("informationUri"));
  EXPECT_EQ(run["originalUriBaseIds"]["%SRCROOT%"]["uri"], "file://" + fs::canonical(root_).string() + "/");
  EXPECT_EQ(run["invocations"][0]["executionSuccessful"], true);

  ASSERT_EQ(run["results"].size(), 1u);
  const json& result = run["results"][0];
  EXPECT_EQ(result["ruleId"], "spelling");
  EXPECT_EQ(result["level"], "warning");
  EXPECT_EQ(result["message"]["text"], "Unknown word 'concensus': did you mean 'consensus'?");
  const json& rule = run["tool"]["driver"]["rules"][result["ruleIndex"].get<std::size_t>()];
  EXPECT_EQ(rule["id"], "spelling");
  EXPECT_EQ(rule["defaultConfiguration"]["level"], "warning");
  EXPECT_FALSE(rule["shortDescription"]["text"].get<std::string>().empty());
  EXPECT_FALSE(rule["fullDescription"]["text"].get<std::string>().empty());
  EXPECT_FALSE(rule["help"]["markdown"].get<std::string>().empty());

  const json& location = result["locations"][0]["physicalLocation"];
  EXPECT_EQ(location["artifactLocation"], (json{{"uri", "my%20notes.md"}, {"uriBaseId", "%SRCROOT%"}}));
  // 1-based; UTF-16 columns: "Fun " (4) + emoji (2) + " " (1) = 7 units before the word.
  const json region = {{"startLine", 3}, {"startColumn", 8}, {"endLine", 3}, {"endColumn", 17}};
  EXPECT_EQ(location["region"], region);
  const json& change = result["fixes"][0]["artifactChanges"][0];
  EXPECT_EQ(result["fixes"][0]["description"]["text"], "Replace with 'consensus'");
  EXPECT_EQ(change["artifactLocation"], location["artifactLocation"]);
  EXPECT_EQ(change["replacements"][0]["deletedRegion"], region);
  EXPECT_EQ(change["replacements"][0]["insertedContent"]["text"], "consensus");
}

TEST_F(CiFormats, SarifValidatesAgainstTheSchema) {
  if (!fs::exists("/usr/bin/python3")) GTEST_SKIP() << "needs /usr/bin/python3 with python3-jsonschema";
  write("a.md", "# Notes\n\nThe concensus of the mantainers, 😀 utilize it.\n\n```\nconcensus\n```\n");
  write("b.txt", "Plain text with a typo: inherenttly.\n");
  write("binary.md", std::string("PNG\0\0", 5));
  write(".copydesk.json", R"({"customRules": [{"id": "custom/no-utilize", "kind": "substitution",
                                                "swap": {"utilize": "use"}, "severity": "hint"}]})");
  const std::string mine = (root_ / "mine.sarif").string();
  const ProcessResult r = runCopydesk(
      {"check", "--format", "sarif", "--docs-url", "https://example.org/rules/{rule}", "--output", mine, "."},
      root_.string());
  EXPECT_EQ(r.exit_code, 2) << r.err;  // the binary file
  EXPECT_EQ(r.out, "");
  const json log = json::parse(read(mine));
  const json& run = log["runs"][0];
  EXPECT_EQ(run["invocations"][0]["executionSuccessful"], false);
  EXPECT_EQ(run["invocations"][0]["toolExecutionNotifications"][0]["message"]["text"], "binary file, not checked");
  EXPECT_EQ(run["tool"]["driver"]["informationUri"], "https://example.org/rules/{rule}");
  bool custom_seen = false;
  for (const json& result : run["results"]) {
    if (result["ruleId"] != "custom/no-utilize") continue;
    custom_seen = true;
    EXPECT_EQ(result["level"], "note");
    const json& rule = run["tool"]["driver"]["rules"][result["ruleIndex"].get<std::size_t>()];
    EXPECT_EQ(rule["id"], "custom/no-utilize");
    EXPECT_EQ(rule["helpUri"], "https://example.org/rules/custom/no-utilize");
  }
  EXPECT_TRUE(custom_seen) << log.dump(2);

  const ProcessResult examples =
      runCopydesk({"check", "--format", "sarif", "--output", (root_ / "examples.sarif").string(), "examples/"},
                  COPYDESK_SOURCE_DIR);
  EXPECT_LE(examples.exit_code, 1) << examples.err;
  EXPECT_EQ(schemaErrors({mine, (root_ / "examples.sarif").string()}), "");
}

TEST_F(CiFormats, SchemaValidationCatchesABrokenLog) {
  if (!fs::exists("/usr/bin/python3")) GTEST_SKIP() << "needs /usr/bin/python3 with python3-jsonschema";
  const std::string broken = write("broken.sarif", R"({"version": "2.1.0", "runs": [{"tool": {"driver": {}}}]})");
  EXPECT_NE(schemaErrors({broken}), "");  // driver.name is required: the schema bites
}

TEST_F(CiFormats, GithubAnnotationsAreEscapedExactly) {
  write("a,b:c.md", "The concensus.\n\nWe need blue.\n");
  write("new\nline.md", "The mantainers.\n");
  write(".copydesk.json", R"({"customRules": [{"id": "custom/no-blue", "kind": "existence",
     "tokens": ["blue"], "severity": "information", "message": "Cut 100%% of it, now: %s"}]})");
  write("broken.md", std::string("\0\0", 2));
  const ProcessResult r =
      runCopydesk({"check", "--format", "github", "a,b:c.md", "new\nline.md", "broken.md"}, root_.string());
  EXPECT_EQ(r.exit_code, 2) << r.err;
  EXPECT_EQ(r.out.substr(0, r.out.rfind(" (")),
            "::warning file=a%2Cb%3Ac.md,line=1,col=5,endLine=1,endColumn=14,title=spelling::"
            "Unknown word 'concensus': did you mean 'consensus'?\n"
            "::notice file=a%2Cb%3Ac.md,line=3,col=9,endLine=3,endColumn=13,title=custom/no-blue::"
            "Cut 100%25 of it, now: blue\n"
            "::error file=broken.md::binary file, not checked\n"
            "::warning file=new%0Aline.md,line=1,col=5,endLine=1,endColumn=15,title=spelling::"
            "Unknown word 'mantainers': did you mean 'maintainers'?\n"
            "3 files checked: 0 errors, 2 warnings, 1 information, 0 hints, 1 not checked");
}

TEST_F(CiFormats, GithubErrorsAndAbsolutePaths) {
  const std::string file = write("a.md", "The concensus.\n");
  write(".copydesk.json", R"({"rules": {"spelling": "error"}})");
  const ProcessResult r = runCopydesk({"check", "--format", "github", file}, "/");
  EXPECT_EQ(r.exit_code, 1) << r.err;
  EXPECT_EQ(r.out.rfind("::error file=" + file.substr(1) + ",line=1,col=5,", 0), 0u) << r.out;
}

TEST_F(CiFormats, OutputFileIsWrittenAndStdoutStaysEmpty) {
  write("a.md", "The concensus.\n");
  const std::string out = (root_ / "report.json").string();
  const ProcessResult r = runCopydesk({"check", "--format", "json", "--output", out, "a.md"}, root_.string());
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.out, "");
  EXPECT_EQ(json::parse(read(out))[0]["diagnostics"].size(), 1u);
  const ProcessResult bad =
      runCopydesk({"check", "--output", (root_ / "no/such/dir/x").string(), "a.md"}, root_.string());
  EXPECT_EQ(bad.exit_code, 2);
  EXPECT_TRUE(has(bad.err, "cannot write the output")) << bad.err;
}

TEST_F(CiFormats, NoProgressLineWhenStderrIsNotATerminal) {
  for (int i = 0; i < 40; ++i) write("f" + std::to_string(i) + ".md", "The concensus of the mantainers.\n");
  const ProcessResult r = runCopydesk({"check", "-j", "1", "."}, root_.string());
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_FALSE(has(r.err, "checked ")) << r.err;
  EXPECT_FALSE(has(r.err, "\r")) << r.err;
  EXPECT_EQ(r.err, "");
}

TEST_F(CiFormats, UnknownFormatNamesTheChoices) {
  const ProcessResult r = runCopydesk({"check", "--format", "xml", "a.md"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_TRUE(has(r.err, "expected text, json, sarif, github, junit or checkstyle")) << r.err;
}

}  // namespace
}  // namespace copydesk::testing
