#pragma once
// The outcome of checking one file, as the output formatters see it.
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "document/Document.h"
#include "engine/Engine.h"
#include "engine/Finding.h"
#include "text/IndexedText.h"

namespace copydesk::cli {

// One safe fix that --fix applied (or, with --dry-run, would apply).
struct AppliedFix {
  std::string rule_id;
  std::string title;
  LinePosition start;  // 0-based line, character in code points, in the text the fix was applied to
};

// What --fix did to one file.
struct FixReport {
  std::vector<AppliedFix> applied;
  std::string diff;   // unified diff (--dry-run only)
  std::string error;  // why the fixed text could not be written; empty on success
};

struct FileResult {
  std::string path;
  bool checked = false;                          // false when the file could not be read (see `error`)
  std::shared_ptr<const Document> document;      // null when not checked or found in the --cache
  std::shared_ptr<const IndexedText> text;       // what the findings point into; null when not checked,
                                                 // or once `report` is rendered
  std::vector<Finding> findings;                 // emptied with the text
  std::size_t by_severity[5] = {0, 0, 0, 0, 0};  // findings by Severity value, counted before they are freed
  std::string error;                             // why the file was not checked
  const RuleSet* rules = nullptr;                // the rules that ran (for rule metadata); null when not checked
  FixReport fix;
  // This file's part of the report, rendered by the worker that checked it:
  // rendering runs in parallel, and the document and findings are freed while
  // the check goes on rather than all at the end. Absent when the report is
  // written from `document` and `findings` (SARIF, tests).
  std::optional<std::string> report;
};

struct RunSummary {
  std::size_t files = 0;
  std::size_t by_severity[5] = {0, 0, 0, 0, 0};  // indexed by Severity value
  std::size_t file_errors = 0;
  double seconds = 0;
};

enum class OutputFormat { Text, Json, Sarif, Github, Junit, Checkstyle };

struct OutputStyle {
  bool color = false;
  std::string docs_url;  // --docs-url: SARIF informationUri and helpUri (see ruleDocsHref)
};

void writeText(std::vector<FileResult>& results, const RunSummary& summary, const OutputStyle& style, std::string& out);
void writeJson(std::vector<FileResult>& results, std::string& out);
void writeGithub(std::vector<FileResult>& results, const RunSummary& summary, std::string& out);
void writeJunit(std::vector<FileResult>& results, std::string& out);
void writeCheckstyle(std::vector<FileResult>& results, std::string& out);
// One file's part of each report above (what the writer writes for it when
// its `report` is absent). The writers free each `report` once copied.
void appendTextFile(const FileResult& file, const OutputStyle& style, std::string& out);
void appendJsonEntry(const FileResult& file, std::string& out);
void appendGithubFile(const FileResult& file, std::string& out);
void appendJunitFile(const FileResult& file, std::string& out);
void appendCheckstyleFile(const FileResult& file, std::string& out);
// Appends each file's part of a report: its `report` when rendered already
// (then freed), else what `append(file, out)` writes.
template <class Append>
void appendFileParts(std::vector<FileResult>& results, std::string& out, Append append) {
  for (FileResult& file : results) {
    if (file.report) out += *file.report;
    else append(file, out);
    file.report.reset();
  }
}
// SARIF 2.1.0 (cli/SarifOutput.cpp documents the mapping).
void writeSarif(const std::vector<FileResult>& results, const OutputStyle& style, std::string& out);
// What --fix did, per file: "PATH: fixed N problems" (with --dry-run: "would
// fix") and one "  LINE:COL RULE: fix title" line per fix, then a total.
void writeFixReport(const std::vector<FileResult>& results, bool dry_run, std::string& out);
// The summary line ("3 files checked: ...") shared by text and github output.
void writeSummary(const RunSummary& summary, std::string& out);

}  // namespace copydesk::cli
