// `copydesk check` run as a real process on real files.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include <nlohmann/json.hpp>

#include "cli/ProcessRunner.h"
#include "cli/TempFolder.h"

namespace copydesk::testing {
namespace {

namespace fs = std::filesystem;

using CheckCommand = TempFolderTest;

TEST_F(CheckCommand, CleanFileExitsZero) {
  const std::string file = write("clean.md", "# Title\n\nThis sentence is spelled correctly.\n");
  const ProcessResult r = runCopydesk({"check", file});
  EXPECT_EQ(r.exit_code, 0) << r.out << r.err;
  EXPECT_NE(r.out.find("1 file checked: 0 errors, 0 warnings"), std::string::npos) << r.out;
}

TEST_F(CheckCommand, TypoIsReportedWithPositionCaretAndExitOne) {
  const std::string file = write("typo.md", "# Title\n\nCafé — the concensus is clear.\n");
  const ProcessResult r = runCopydesk({"check", "--no-color", file});
  EXPECT_EQ(r.exit_code, 1);
  // Column counts characters: "Café — the " is 11 characters, so the word starts at column 12.
  EXPECT_NE(r.out.find(file + ":3:12: warning: Unknown word 'concensus': did you mean 'consensus'? [spelling]"),
            std::string::npos)
      << r.out;
  EXPECT_NE(r.out.find("    Café — the concensus is clear.\n               ^~~~~~~~~\n"), std::string::npos) << r.out;
}

// Code points in a UTF-8 string (the caret column counts them).
std::size_t codePoints(std::string_view s) {
  std::size_t n = 0;
  for (char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

TEST_F(CheckCommand, ALongLineIsShownAsAnExcerptAroundTheFinding) {
  std::string line;
  for (int i = 0; i < 200; ++i) line += "We like green tea. ";
  line += "The concensus holds. ";
  for (int i = 0; i < 200; ++i) line += "We like green tea. ";
  const std::string file = write("long.md", line + "\n");
  const ProcessResult r = runCopydesk({"check", "--no-color", file});
  const std::size_t header = r.out.find("Unknown word 'concensus'");
  ASSERT_NE(header, std::string::npos) << r.out.substr(0, 2000);
  const std::size_t context_at = r.out.find('\n', header) + 1;
  const std::size_t caret_at = r.out.find('\n', context_at) + 1;
  const std::string context = r.out.substr(context_at, caret_at - 1 - context_at);
  const std::string caret = r.out.substr(caret_at, r.out.find('\n', caret_at) - caret_at);
  EXPECT_TRUE(context.starts_with("    …")) << context;
  EXPECT_TRUE(context.ends_with("…")) << context;
  EXPECT_LE(codePoints(context), 4u + 122u) << context;
  const std::size_t word = context.find("concensus");
  ASSERT_NE(word, std::string::npos) << context;
  EXPECT_EQ(caret.find('^'), codePoints(context.substr(0, word))) << context << "\n" << caret;
  EXPECT_TRUE(caret.ends_with("^~~~~~~~~")) << caret;
  EXPECT_LT(r.out.size(), 400u * 40) << "the whole line was printed per finding";

  // A line of ordinary length is shown whole, also when the finding is far from its start.
  const std::string ordinary =
      "We met on Monday and again on Tuesday, and by the end of the week the concensus held firm.";
  const std::string short_file = write("ordinary.md", ordinary + "\n");
  const ProcessResult whole = runCopydesk({"check", "--no-color", short_file});
  EXPECT_NE(whole.out.find("    " + ordinary + "\n"), std::string::npos) << whole.out;
}

TEST_F(CheckCommand, FailOnErrorIgnoresWarnings) {
  const std::string file = write("typo.md", "The concensus.\n");
  EXPECT_EQ(runCopydesk({"check", "--fail-on", "error", file}).exit_code, 0);
  EXPECT_EQ(runCopydesk({"check", "--fail-on", "hint", file}).exit_code, 1);
}

TEST_F(CheckCommand, JsonIsAnArrayOfLspDiagnostics) {
  const std::string file = write("emoji.md", "Fun 😀 concensus here.\n");
  const ProcessResult r = runCopydesk({"check", "--format", "json", file});
  EXPECT_EQ(r.exit_code, 1);
  const auto json = nlohmann::json::parse(r.out);
  ASSERT_TRUE(json.is_array());
  ASSERT_EQ(json.size(), 1u);
  EXPECT_EQ(json[0]["path"], file);
  const auto& d = json[0]["diagnostics"].at(0);
  // UTF-16: "Fun " (4) + emoji (2 units) + " " (1) = 7.
  EXPECT_EQ(d["range"]["start"], (nlohmann::json{{"line", 0}, {"character", 7}}));
  EXPECT_EQ(d["range"]["end"], (nlohmann::json{{"line", 0}, {"character", 16}}));
  EXPECT_EQ(d["severity"], 2);
  EXPECT_EQ(d["code"], "spelling");
  EXPECT_EQ(d["source"], "copydesk");
  EXPECT_TRUE(d["message"].is_string());
  const auto& fix = d["data"]["fixes"].at(0);
  EXPECT_EQ(fix["title"], "Replace with 'consensus'");
  EXPECT_EQ(fix["safe"], true);
  EXPECT_EQ(fix["edits"].at(0)["newText"], "consensus");
  EXPECT_EQ(fix["edits"].at(0)["range"], d["range"]);
}

TEST_F(CheckCommand, FoldersSkipHiddenAndGitignoredFilesAndSortOutput) {
  write("b.md", "The concensus.\n");
  write("a.txt", "The mantainers.\n");
  write("notes.csv", "The concensus.\n");
  write(".hidden/c.md", "The concensus.\n");
  write("drafts/d.md", "The concensus.\n");
  write("keep/e.md", "The concensus.\n");
  write(".gitignore", "drafts/\n*.tmp.md\n");
  write("keep/x.tmp.md", "The concensus.\n");
  const ProcessResult r = runCopydesk({"check", "--format", "json", root_.string()});
  const auto json = nlohmann::json::parse(r.out);
  std::vector<std::string> paths;
  for (const auto& entry : json) paths.push_back(fs::path(entry["path"].get<std::string>()).lexically_relative(root_));
  EXPECT_EQ(paths, (std::vector<std::string>{"a.txt", "b.md", "keep/e.md"}));
}

// The walk takes the extensions of the formats table, in any case.
TEST_F(CheckCommand, FoldersTakeEveryExtensionOfTheFormatsTableInAnyCase) {
  write("FILE.MD", "The concensus.\n");
  write("x.mdx", "The concensus.\n");
  write("old.mkd", "The concensus.\n");
  write("notes.TXT", "The concensus.\n");
  write("notes.text", "The concensus.\n");
  write("notes.csv", "The concensus.\n");
  write("data.json", "{}\n");
  const ProcessResult r = runCopydesk({"check", "--format", "json", root_.string()});
  const auto json = nlohmann::json::parse(r.out);
  std::vector<std::string> paths;
  for (const auto& entry : json) {
    paths.push_back(fs::path(entry["path"].get<std::string>()).lexically_relative(root_));
    EXPECT_EQ(entry["diagnostics"].size(), 1u) << entry.dump();
  }
  EXPECT_EQ(paths, (std::vector<std::string>{"FILE.MD", "notes.TXT", "notes.text", "old.mkd", "x.mdx"}));
}

TEST_F(CheckCommand, HelpListsTheFormatsOfTheTable) {
  const ProcessResult help = runCopydesk({"check", "--help"});
  EXPECT_NE(help.out.find("Markdown (.md, .markdown, .mkd, .mkdn, .mdown, .mdwn)"), std::string::npos) << help.out;
  EXPECT_NE(help.out.find("plain text (.txt, .text)"), std::string::npos) << help.out;
  EXPECT_NE(help.out.find("MDX (.mdx)"), std::string::npos) << help.out;
  EXPECT_NE(help.out.find("HTML (.html, .htm, .xhtml)"), std::string::npos) << help.out;
  EXPECT_NE(help.out.find("git commit message (COMMIT_EDITMSG, MERGE_MSG"), std::string::npos) << help.out;
  EXPECT_NE(help.out.find("--stdin"), std::string::npos) << help.out;
}

TEST_F(CheckCommand, BinaryAndMissingFilesAreErrorsOthersStillChecked) {
  const std::string good = write("good.md", "The concensus.\n");
  const std::string binary = write("image.md", std::string("PNG\0\0\x01\x02", 7));
  const ProcessResult r = runCopydesk({"check", "--format", "json", good, binary, (root_ / "missing.md").string()});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("image.md: error: binary file, not checked"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("missing.md: no such file or folder"), std::string::npos) << r.err;
  const auto json = nlohmann::json::parse(r.out);
  ASSERT_EQ(json.size(), 2u);
  EXPECT_EQ(json[0]["diagnostics"].size(), 1u);
  EXPECT_EQ(json[1]["error"], "binary file, not checked");
}

TEST_F(CheckCommand, OversizeFileIsRefusedVisibly) {
  const std::string big = write("big.md", std::string(2000, 'a'));
  const ProcessResult r = runCopydesk({"check", "--max-file-size", "1000", big});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("file too large, not checked"), std::string::npos) << r.err;
}

TEST_F(CheckCommand, InvalidUtf8IsCheckedWithoutCrashing) {
  const std::string file = write("bad.md", "Valid start \xff\xfe then concensus.\n");
  const ProcessResult r = runCopydesk({"check", "--format", "json", file});
  EXPECT_EQ(r.exit_code, 1) << r.err;
  const auto json = nlohmann::json::parse(r.out);
  // Each invalid byte counts as one UTF-16 unit (U+FFFD): "Valid start " 12 + 2 + " then " 6 = 20.
  EXPECT_EQ(json[0]["diagnostics"].at(0)["range"]["start"]["character"], 20);
}

TEST_F(CheckCommand, WorkspaceDictionaryAcceptsWords) {
  write(".copydesk/dictionary.txt", "# project words\nconcensus\n");
  const std::string file = write("docs/a.md", "The concensus.\n");
  EXPECT_EQ(runCopydesk({"check", file}).exit_code, 0);
}

TEST_F(CheckCommand, UsageErrorsExitTwo) {
  EXPECT_EQ(runCopydesk({"check"}).exit_code, 2);
  EXPECT_EQ(runCopydesk({"check", "--format", "xml", "x.md"}).exit_code, 2);
  EXPECT_EQ(runCopydesk({"check", "--bogus", "x.md"}).exit_code, 2);
  EXPECT_EQ(runCopydesk({"nonsense"}).exit_code, 2);
  const ProcessResult missing_lang = runCopydesk({"check", "--lang", "xx_YY", "x.md"});
  EXPECT_EQ(missing_lang.exit_code, 2);
  EXPECT_NE(missing_lang.err.find("no hunspell dictionary for 'xx_YY'"), std::string::npos);
}

TEST_F(CheckCommand, VersionAndHelp) {
  const ProcessResult version = runCopydesk({"--version"});
  EXPECT_EQ(version.exit_code, 0);
  EXPECT_EQ(version.out.rfind("copydesk ", 0), 0u);
  const ProcessResult help = runCopydesk({"check", "--help"});
  EXPECT_EQ(help.exit_code, 0);
  EXPECT_NE(help.out.find("--fail-on"), std::string::npos);
  EXPECT_EQ(runCopydesk({"--help"}).exit_code, 0);
}

}  // namespace
}  // namespace copydesk::testing
