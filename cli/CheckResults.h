#pragma once
// The outcome of checking one file, as the output formatters see it.
#include <memory>
#include <string>
#include <vector>

#include "core/Finding.h"
#include "text/Document.h"

namespace copydesk::cli {

struct FileResult {
  std::string path;
  std::shared_ptr<const Document> document;  // null when the file could not be checked
  std::vector<Finding> findings;
  std::string error;                         // why the file was not checked
};

struct RunSummary {
  std::size_t files = 0;
  std::size_t by_severity[5] = {0, 0, 0, 0, 0};  // indexed by Severity value
  std::size_t file_errors = 0;
  double seconds = 0;
};

enum class OutputFormat { Text, Json };

struct OutputStyle {
  bool color = false;
};

void writeText(const std::vector<FileResult>& results, const RunSummary& summary,
               const OutputStyle& style, std::string& out);
void writeJson(const std::vector<FileResult>& results, std::string& out);

}  // namespace copydesk::cli
