#pragma once
// The outcome of checking one file, as the output formatters see it.
#include <memory>
#include <string>
#include <vector>

#include "core/Engine.h"
#include "core/Finding.h"
#include "text/Document.h"

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
  std::shared_ptr<const Document> document;  // null when the file could not be checked
  std::vector<Finding> findings;
  std::string error;                         // why the file was not checked
  const RuleSet* rules = nullptr;            // the rules that ran (for rule metadata); null when not checked
  FixReport fix;
  // This file's entry of the JSON report, rendered by the worker that checked
  // it (so that rendering runs in parallel); empty when not rendered yet.
  std::string json_entry;
};

struct RunSummary {
  std::size_t files = 0;
  std::size_t by_severity[5] = {0, 0, 0, 0, 0};  // indexed by Severity value
  std::size_t file_errors = 0;
  double seconds = 0;
};

enum class OutputFormat { Text, Json, Sarif, Github };

struct OutputStyle {
  bool color = false;
  std::string docs_url;  // --docs-url: SARIF informationUri and helpUri (see ruleDocsHref)
};

void writeText(const std::vector<FileResult>& results, const RunSummary& summary,
               const OutputStyle& style, std::string& out);
// Each file's pre-rendered json_entry is released once written.
void writeJson(std::vector<FileResult>& results, std::string& out);
// One file's entry of the JSON report (what writeJson writes for it).
std::string renderJsonEntry(const FileResult& file);
// SARIF 2.1.0 (cli/SarifOutput.cpp documents the mapping).
void writeSarif(const std::vector<FileResult>& results, const OutputStyle& style, std::string& out);
// GitHub Actions workflow commands, one per finding, then the summary line.
void writeGithub(const std::vector<FileResult>& results, const RunSummary& summary, std::string& out);
// What --fix did, per file: "PATH: fixed N problems" (with --dry-run: "would
// fix") and one "  LINE:COL RULE: fix title" line per fix, then a total.
void writeFixReport(const std::vector<FileResult>& results, bool dry_run, std::string& out);
// The summary line ("3 files checked: ...") shared by text and github output.
void writeSummary(const RunSummary& summary, std::string& out);

}  // namespace copydesk::cli
