// The streamed JSON report writes each file's entry byte for byte as the
// tree that diagnosticJson() builds, dumped the way the report nests it.
#include <gtest/gtest.h>

#include "cli/CheckResults.h"
#include "diagnostics/DiagnosticJson.h"
#include "markup/Prose.h"
#include "protocol/JsonText.h"

namespace copydesk::testing {
namespace {

std::string treeEntry(const cli::FileResult& file) {
  nlohmann::json entry = {{"path", file.path}, {"diagnostics", nlohmann::json::array()}};
  if (!file.checked) entry["error"] = file.error;
  else
    for (const Finding& finding : file.findings)
      entry["diagnostics"].push_back(diagnosticJson(file.text->lines(), finding, Encoding::Utf16));
  std::string out;
  protocol::appendIndentedJson(entry, 2, 1, out);
  return out;
}

std::string renderJsonEntry(const cli::FileResult& file) {
  std::string out;
  cli::appendJsonEntry(file, out);
  return out;
}

cli::FileResult checkedFile(std::string text, std::vector<Finding> findings) {
  cli::FileResult file;
  file.path = "dir/a \"quoted\" name.md";
  file.checked = true;
  file.text = IndexedText::make(std::move(text));
  file.findings = std::move(findings);
  return file;
}

TEST(JsonOutput, EntryWithoutFindings) {
  const cli::FileResult file = checkedFile("Fine.\n", {});
  EXPECT_EQ(renderJsonEntry(file), treeEntry(file));
  EXPECT_NE(renderJsonEntry(file).find("\"diagnostics\": []"), std::string::npos);
}

TEST(JsonOutput, EntryOfAFileNotChecked) {
  cli::FileResult file;
  file.path = "missing.md";
  file.error = "cannot read: no such file";
  EXPECT_EQ(renderJsonEntry(file), treeEntry(file));
}

// Escapes, broken UTF-8 and wide positions: tests/unit/DiagnosticWriterTest.cpp.
TEST(JsonOutput, EntryWithFindingsAndFixes) {
  Finding spelling;
  spelling.rule_id = "spelling";
  spelling.span = {5, 8};
  spelling.message = "Unknown word 'teh'";
  spelling.fixes.push_back({"Replace with 'the'", {{{5, 8}, "the"}}, true, true});
  Finding plain;
  plain.rule_id = "style/hedging";
  plain.span = {0, 4};
  plain.severity = Severity::Information;
  plain.message = "Hedging";
  const cli::FileResult file = checkedFile("Some teh text.\n", {plain, spelling});
  EXPECT_EQ(renderJsonEntry(file), treeEntry(file));
}

TEST(JsonOutput, ReportOfSeveralFiles) {
  std::vector<cli::FileResult> results;
  results.push_back(checkedFile("One teh.\n", {}));
  results.emplace_back().path = "b.md";
  results.back().error = "too big";
  std::string expected = "[\n  " + treeEntry(results[0]) + ",\n  " + treeEntry(results[1]) + "\n]\n";
  std::string out;
  cli::writeJson(results, out);
  EXPECT_EQ(out, expected);
  // The same bytes as one tree dumped with an indent of 2.
  nlohmann::json parsed = nlohmann::json::parse(out);
  EXPECT_EQ(parsed.dump(2) + "\n", out);
}

// A worker renders each file's part and frees its document: every writer then
// writes the same bytes as from the documents, and frees the parts.
TEST(JsonOutput, PreRenderedPartsGiveTheSameReports) {
  const auto files = [] {
    std::vector<cli::FileResult> results;
    Finding spelling;
    spelling.span = {4, 7};
    spelling.rule_id = "spelling/misspelled";
    spelling.severity = Severity::Warning;
    spelling.message = "Unknown word 'teh'";
    results.push_back(checkedFile("One teh.\n", {spelling}));
    results.emplace_back().path = "b.md";
    results.back().error = "too big";
    return results;
  };
  const cli::RunSummary summary{2, {0, 1, 0, 0, 0}, 1, 0.5};
  const cli::OutputStyle style;
  const auto preRendered = [&](auto append) {
    std::vector<cli::FileResult> results = files();
    for (cli::FileResult& file : results) {
      std::string part;
      append(file, part);
      file.report = std::move(part);
      file.document.reset();
      file.findings.clear();
    }
    return results;
  };
  std::vector<cli::FileResult> from_documents = files();
  std::vector<cli::FileResult> from_parts =
      preRendered([](const cli::FileResult& f, std::string& out) { cli::appendJsonEntry(f, out); });
  std::string expected, out;
  cli::writeJson(from_documents, expected);
  cli::writeJson(from_parts, out);
  EXPECT_EQ(out, expected);
  EXPECT_FALSE(from_parts[0].report);

  from_documents = files();
  from_parts = preRendered([&](const cli::FileResult& f, std::string& o) { cli::appendTextFile(f, style, o); });
  expected.clear();
  out.clear();
  cli::writeText(from_documents, summary, style, expected);
  cli::writeText(from_parts, summary, style, out);
  EXPECT_EQ(out, expected);
  EXPECT_NE(out.find(":1:5: warning: Unknown word 'teh'"), std::string::npos) << out;

  from_documents = files();
  from_parts = preRendered([](const cli::FileResult& f, std::string& o) { cli::appendGithubFile(f, o); });
  expected.clear();
  out.clear();
  cli::writeGithub(from_documents, summary, expected);
  cli::writeGithub(from_parts, summary, out);
  EXPECT_EQ(out, expected);
  EXPECT_NE(out.find("::error file=b.md::too big"), std::string::npos) << out;
}

}  // namespace
}  // namespace copydesk::testing
