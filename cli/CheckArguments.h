#pragma once
// The command line of `copydesk check`.
#include <string>
#include <vector>

#include "cli/CheckResults.h"
#include "cli/FileSetups.h"

namespace copydesk::cli {

// The text of `copydesk check --help` (its formats from the formats table).
std::string checkUsage();

struct CheckOptions {
  OutputFormat format = OutputFormat::Text;
  Severity fail_on = Severity::Warning;
  SetupOptions setup;
  unsigned jobs = 0;
  std::size_t max_file_size = 64u << 20;
  int color = -1;           // -1 auto
  bool fix = false;         // --fix: apply safe fixes in place
  bool dry_run = false;     // --dry-run (with --fix): print a diff instead of writing
  std::string output_path;  // --output FILE; empty: stdout
  std::string docs_url;     // --docs-url URL (SARIF)
  std::vector<std::string> paths;
  bool stdin_input = false;  // --stdin: check standard input (one document)
  std::string format_of;     // --format-of FILE: stdin's name (format, configuration, reports)
};

struct UsageError {
  std::string message;
};

// Throws UsageError.
CheckOptions parseCheckArguments(int argc, char** argv);

}  // namespace copydesk::cli
