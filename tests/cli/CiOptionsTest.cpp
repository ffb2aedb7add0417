// `copydesk check --changed-since`, `--format junit|checkstyle`, `--cache` and
// `--shard`, run as a real process on files the tests write. JUnit and
// Checkstyle reports are validated against tests/data/schema/*.xsd with
// xmllint (Debian's libxml2-utils).
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <set>

#include <nlohmann/json.hpp>

#include "cli/ProcessRunner.h"
#include "cli/TempFolder.h"

namespace copydesk::testing {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

const std::string kSchemas = std::string(COPYDESK_SOURCE_DIR) + "/tests/data/schema";

class CiOptions : public TempFolderTest {
 protected:
  // Runs a shell command in the test's folder; its output on failure.
  std::string shell(const std::string& command) {
    const std::string log = (root_ / ".shell.log").string();
    const int status = std::system(("cd '" + root_.string() + "' && (" + command + ") > '" + log + "' 2>&1").c_str());
    return status == 0 ? std::string() : command + " failed:\n" + read(log);
  }

  // "path:line" of every finding of a JSON report.
  static std::set<std::string> findingLines(const std::string& report) {
    std::set<std::string> out;
    for (const json& file : json::parse(report))
      for (const json& diagnostic : file["diagnostics"])
        out.insert(file["path"].get<std::string>() + ":" +
                   std::to_string(diagnostic["range"]["start"]["line"].get<int>() + 1));
    return out;
  }

  static std::set<std::string> reportedPaths(const std::string& report) {
    std::set<std::string> out;
    for (const json& file : json::parse(report)) out.insert(file["path"].get<std::string>());
    return out;
  }

  // xmllint's complaints about `file` against the schema; empty when valid.
  std::string schemaErrors(const std::string& schema, const std::string& file) {
    return shell("xmllint --noout --schema '" + kSchemas + "/" + schema + "' '" + file + "'");
  }
};

TEST_F(CiOptions, ChangedSinceReportsOnlyChangedLines) {
  if (std::system("git --version > /dev/null 2>&1") != 0) GTEST_SKIP() << "needs git";
  write("docs/a.md", "# Notes\n\nThe concensus.\n\nThe mantainers.\n\nAn occurence.\n");
  write("docs/old.md", "Recieve it.\n");
  ASSERT_EQ(shell("git init -q . && git add -A && "
                  "git -c user.name=t -c user.email=t@example.org commit -q -m one"),
            "");
  // Line 5 changed, a line added after line 7, line 3 untouched; old.md unchanged.
  write("docs/a.md", "# Notes\n\nThe concensus.\n\nThe maintainers and the tehm.\n\nAn occurence.\nA seperate line.\n");
  write("docs/new.md", "Wierd.\n");  // untracked: all new
  write(".gitignore", "ignored.md\n");
  write("ignored.md", "Definately.\n");  // ignored by git: not new, not checked

  const ProcessResult r = runCopydesk({"check", "--format", "json", "--changed-since", "HEAD", "."}, root_.string());
  EXPECT_EQ(r.exit_code, 1) << r.err;
  const std::set<std::string> expected = {"./docs/a.md:5", "./docs/a.md:8", "./docs/new.md:1"};
  EXPECT_EQ(findingLines(r.out), expected) << r.out;
  EXPECT_EQ(reportedPaths(r.out), (std::set<std::string>{"./docs/a.md", "./docs/new.md"}));

  // From a subfolder, naming the file: the same lines.
  const ProcessResult sub =
      runCopydesk({"check", "--format", "json", "--changed-since", "HEAD", "a.md"}, (root_ / "docs").string());
  EXPECT_EQ(findingLines(sub.out), (std::set<std::string>{"a.md:5", "a.md:8"})) << sub.err;

  // Once committed, nothing changed since HEAD; since HEAD~1, the same lines as before.
  ASSERT_EQ(shell("git add -A && git -c user.name=t -c user.email=t@example.org commit -q -m two"), "");
  const ProcessResult clean = runCopydesk({"check", "--changed-since", "HEAD", "."}, root_.string());
  EXPECT_EQ(clean.exit_code, 0) << clean.err;
  EXPECT_TRUE(has(clean.out, "0 files checked")) << clean.out;
  const ProcessResult since_one =
      runCopydesk({"check", "--format", "json", "--changed-since", "HEAD~1", "."}, root_.string());
  EXPECT_EQ(findingLines(since_one.out), expected) << since_one.err;

  const ProcessResult bad_ref = runCopydesk({"check", "--changed-since", "no-such-ref", "."}, root_.string());
  EXPECT_EQ(bad_ref.exit_code, 2);
  EXPECT_TRUE(has(bad_ref.err, "copydesk check: --changed-since no-such-ref: 'git diff' failed")) << bad_ref.err;
}

TEST_F(CiOptions, ChangedSinceOutsideARepositoryIsAnError) {
  if (std::system("git --version > /dev/null 2>&1") != 0) GTEST_SKIP() << "needs git";
  write("a.md", "Fine.\n");
  const ProcessResult r = runCopydesk({"check", "--changed-since", "HEAD", "a.md"}, root_.string());
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_TRUE(has(r.err, "--changed-since needs a git repository")) << r.err;
  EXPECT_TRUE(has(runCopydesk({"check", "--changed-since", "--fix", "a.md"}).err, "takes a git commit"));
  EXPECT_TRUE(has(runCopydesk({"check", "--changed-since", "HEAD", "--fix", "a.md"}).err,
                  "--fix does not go with --changed-since"));
}

TEST_F(CiOptions, JunitReportFollowsTheSchema) {
  if (!fs::exists("/usr/bin/xmllint")) GTEST_SKIP() << "needs xmllint (libxml2-utils)";
  write("a & <b>.md", "# Notes\n\nThe concensus of the mantainers.\n");
  write("clean.md", "Fine.\n");
  write("binary.md", std::string("PNG\0\0", 5));
  write(".copydesk.json", R"({"customRules": [{"id": "custom/quote", "kind": "existence", "tokens": ["quoted"],
     "message": "Say \"%s\" <not> 'so' &\ttab\u0001"}]})");
  write("q.txt", "This is quoted.\n");
  const ProcessResult r = runCopydesk({"check", "--format", "junit", "--output", "report.xml", "."}, root_.string());
  EXPECT_EQ(r.exit_code, 2) << r.err;  // the binary file
  const std::string report = read((root_ / "report.xml").string());
  EXPECT_EQ(schemaErrors("junit.xsd", (root_ / "report.xml").string()), "") << report;
  EXPECT_TRUE(has(report, "<testsuites name=\"copydesk\" tests=\"5\" failures=\"3\" errors=\"1\">")) << report;
  EXPECT_TRUE(has(report, "<testsuite name=\"a &amp; &lt;b&gt;.md\" tests=\"2\" failures=\"2\" errors=\"0\">"))
      << report;
  EXPECT_TRUE(has(report, "<testcase name=\"spelling at 3:5\" classname=\"a &amp; &lt;b&gt;.md\">\n"
                          "      <failure message=\"Unknown word &apos;concensus&apos;: did you mean "
                          "&apos;consensus&apos;?\" type=\"warning\">a &amp; &lt;b&gt;.md:3:5: warning: Unknown word "
                          "&apos;concensus&apos;: did you mean &apos;consensus&apos;? [spelling]</failure>"))
      << report;
  EXPECT_TRUE(has(report, "<testcase name=\"copydesk\" classname=\"clean.md\"/>")) << report;
  EXPECT_TRUE(has(report, "<error message=\"binary file, not checked\" type=\"error\"/>")) << report;
  EXPECT_TRUE(has(report, "message=\"Say &quot;quoted&quot; &lt;not&gt; &apos;so&apos; &amp; tab\xEF\xBF\xBD\""))
      << report;
}

TEST_F(CiOptions, CheckstyleReportFollowsTheSchema) {
  if (!fs::exists("/usr/bin/xmllint")) GTEST_SKIP() << "needs xmllint (libxml2-utils)";
  write("a.md", "# Notes\n\nFun \xF0\x9F\x98\x80 concensus here.\n");
  write("clean.md", "Fine.\n");
  write("binary.md", std::string("PNG\0\0", 5));
  write(".copydesk.json", R"({"rules": {"spelling": "error"}})");
  const ProcessResult r = runCopydesk({"check", "--format", "checkstyle", "."}, root_.string());
  EXPECT_EQ(r.exit_code, 2) << r.err;
  write("report.xml", r.out);
  EXPECT_EQ(schemaErrors("checkstyle.xsd", (root_ / "report.xml").string()), "") << r.out;
  EXPECT_EQ(r.out,
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<checkstyle version=\"4.3\">\n"
            "  <file name=\"a.md\">\n"
            "    <error line=\"3\" column=\"7\" severity=\"error\" message=\"Unknown word &apos;concensus&apos;: "
            "did you mean &apos;consensus&apos;?\" source=\"spelling\"/>\n"
            "  </file>\n"
            "  <file name=\"binary.md\">\n"
            "    <error severity=\"error\" message=\"binary file, not checked\" source=\"copydesk\"/>\n"
            "  </file>\n"
            "  <file name=\"clean.md\">\n  </file>\n"
            "</checkstyle>\n");
}

TEST_F(CiOptions, SchemaValidationCatchesBrokenReports) {
  if (!fs::exists("/usr/bin/xmllint")) GTEST_SKIP() << "needs xmllint (libxml2-utils)";
  const std::string junit = write("junit.xml", "<testsuites><testsuite name=\"a\"><testcase name=\"x\"/></testsuite>"
                                               "</testsuites>");  // no tests count, no classname
  EXPECT_NE(schemaErrors("junit.xsd", junit), "");
  const std::string checkstyle = write("cs.xml", "<checkstyle version=\"4.3\"><file name=\"a\"><error line=\"0\" "
                                                 "severity=\"fatal\" message=\"m\" source=\"s\"/></file></checkstyle>");
  EXPECT_NE(schemaErrors("checkstyle.xsd", checkstyle), "");
}

TEST_F(CiOptions, CacheSkipsUnchangedFilesAndGivesTheSameReport) {
  write("a.md", "The concensus.\n");
  write("b.md", "The mantainers.\n");
  write("c.txt", "Fine words.\n");
  const std::string cache = (root_ / "cache" / "c.json").string();
  fs::create_directories(root_ / "cache");
  const auto run = [&](const std::string& format) {
    return runCopydesk({"check", "--format", format, "--cache", cache, "."}, root_.string());
  };
  const ProcessResult first = run("json");
  EXPECT_EQ(first.exit_code, 1);
  EXPECT_EQ(first.err, "copydesk check: cache: 0 of 3 files unchanged, 3 checked\n");
  const ProcessResult second = run("json");
  EXPECT_EQ(second.err, "copydesk check: cache: 3 of 3 files unchanged, 0 checked\n");
  EXPECT_EQ(second.out, first.out);
  EXPECT_EQ(second.exit_code, 1);
  // Every format comes from the same cache, as it would without one.
  for (const std::string format : {"sarif", "github", "junit", "checkstyle", "text"}) {
    const ProcessResult cached = run(format);
    EXPECT_EQ(cached.err, "copydesk check: cache: 3 of 3 files unchanged, 0 checked\n") << format;
    const ProcessResult fresh = runCopydesk({"check", "--format", format, "."}, root_.string());
    const auto untimed = [](const std::string& out) { return out.substr(0, out.rfind(" (")); };  // text: seconds
    EXPECT_EQ(untimed(cached.out), untimed(fresh.out)) << format;
  }

  write("a.md", "The concensus, again.\n");  // its text
  EXPECT_EQ(run("json").err, "copydesk check: cache: 2 of 3 files unchanged, 1 checked\n");
  write(".copydesk.json", R"({"rules": {"spelling": "error"}})");  // every file's configuration
  const ProcessResult reconfigured = run("json");
  EXPECT_EQ(reconfigured.err, "copydesk check: cache: 0 of 3 files unchanged, 3 checked\n");
  EXPECT_EQ(json::parse(reconfigured.out)[0]["diagnostics"][0]["severity"], 1);
  const ProcessResult dated = runCopydesk({"check", "--as-of", "2020-01-01", "--cache", cache, "."}, root_.string());
  EXPECT_EQ(dated.err, "copydesk check: cache: 0 of 3 files unchanged, 3 checked\n");  // the day findings judge by

  // A corrupt or foreign cache is replaced, with a warning.
  const std::string whole = read(cache);
  ASSERT_TRUE(whole.starts_with("copydesk-cache 1 ")) << whole;
  write("cache/c.json", whole.substr(0, whole.size() - 20));  // cut short
  const ProcessResult corrupt = run("json");
  EXPECT_EQ(corrupt.exit_code, 1);
  EXPECT_TRUE(has(corrupt.err, "warning: ignoring the cache " + cache + ": it is corrupt")) << corrupt.err;
  EXPECT_TRUE(has(corrupt.err, "0 of 3 files unchanged")) << corrupt.err;
  EXPECT_EQ(run("json").err, "copydesk check: cache: 3 of 3 files unchanged, 0 checked\n");
  write("cache/c.json", "[1, 2, 3]");
  EXPECT_TRUE(has(run("json").err, "not a copydesk cache file"));
  EXPECT_TRUE(has(runCopydesk({"check", "--cache", cache, "--fix", "."}, root_.string()).err,
                  "--fix does not go with --cache"));
}

TEST_F(CiOptions, ShardsSplitTheFilesWithoutOverlap) {
  std::set<std::string> all;
  for (int i = 0; i < 30; ++i) {
    const std::string name = "post-" + std::to_string(i) + ".md";
    write("blog/" + name, "Fine.\n");
    all.insert("./blog/" + name);
  }
  std::set<std::string> seen;
  for (int index = 1; index <= 3; ++index) {
    const ProcessResult r =
        runCopydesk({"check", "--format", "json", "--shard", std::to_string(index) + "/3", "."}, root_.string());
    ASSERT_EQ(r.exit_code, 0) << r.err;
    const std::set<std::string> part = reportedPaths(r.out);
    EXPECT_FALSE(part.empty()) << index;
    for (const std::string& path : part) EXPECT_TRUE(seen.insert(path).second) << path << " in two shards";
  }
  EXPECT_EQ(seen, all);
  for (const std::string bad : {"0/3", "4/3", "1/0", "3", "a/b", "1/3/"}) {
    const ProcessResult r = runCopydesk({"check", "--shard", bad, "."}, root_.string());
    EXPECT_EQ(r.exit_code, 2) << bad;
    EXPECT_TRUE(has(r.err, "--shard takes I/N with 1 <= I <= N (e.g. 2/8), not '" + bad + "'")) << r.err;
  }
}

}  // namespace
}  // namespace copydesk::testing
