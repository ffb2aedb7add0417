// Machine-readable output: an array of {"path", "diagnostics"} where each
// diagnostic is an LSP Diagnostic (a public contract; see README).
#include "cli/CheckResults.h"
#include "diagnostics/DiagnosticJson.h"

namespace copydesk::cli {

void writeJson(const std::vector<FileResult>& results, std::string& out) {
  nlohmann::json files = nlohmann::json::array();
  for (const FileResult& file : results) {
    nlohmann::json entry = {{"path", file.path}, {"diagnostics", nlohmann::json::array()}};
    if (!file.document) {
      entry["error"] = file.error;
    } else {
      for (const Finding& finding : file.findings)
        entry["diagnostics"].push_back(diagnosticJson(file.document->lines(), finding, Encoding::Utf16));
    }
    files.push_back(std::move(entry));
  }
  out += files.dump(2, ' ', false, nlohmann::json::error_handler_t::replace);
  out += '\n';
}

}  // namespace copydesk::cli
