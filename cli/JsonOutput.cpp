// Machine-readable output: an array of {"path", "diagnostics"} where each
// diagnostic is an LSP Diagnostic (a public contract; see README).
#include "cli/CheckResults.h"
#include "protocol/JsonText.h"
#include "diagnostics/DiagnosticJson.h"

namespace copydesk::cli {

std::string renderJsonEntry(const FileResult& file) {
  nlohmann::json entry = {{"path", file.path}, {"diagnostics", nlohmann::json::array()}};
  if (!file.document) {
    entry["error"] = file.error;
  } else {
    for (const Finding& finding : file.findings)
      entry["diagnostics"].push_back(diagnosticJson(file.document->lines(), finding, Encoding::Utf16));
  }
  std::string out;
  protocol::appendIndentedJson(entry, 2, 1, out);
  return out;
}

void writeJson(const std::vector<FileResult>& results, std::string& out) {
  // The same bytes as dumping one array of every file with an indent of 2,
  // written file by file so that the whole report is never one JSON tree.
  if (results.empty()) {
    out += "[]\n";
    return;
  }
  out += "[\n";
  for (std::size_t i = 0; i < results.size(); ++i) {
    const FileResult& file = results[i];
    out += "  ";
    if (file.json_entry.empty()) out += renderJsonEntry(file);
    else out += file.json_entry;
    out += i + 1 < results.size() ? ",\n" : "\n";
  }
  out += "]\n";
}

}  // namespace copydesk::cli
