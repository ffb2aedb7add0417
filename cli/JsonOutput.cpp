// Machine-readable output: an array of {"path", "diagnostics"} where each
// diagnostic is an LSP Diagnostic (a public contract; see README).
#include "cli/CheckResults.h"
#include "protocol/JsonText.h"
#include "diagnostics/DiagnosticJson.h"

namespace copydesk::cli {

namespace {

void appendJsonEntry(const FileResult& file, std::string& out) {
  nlohmann::json entry = {{"path", file.path}, {"diagnostics", nlohmann::json::array()}};
  if (!file.document) {
    entry["error"] = file.error;
  } else {
    for (const Finding& finding : file.findings)
      entry["diagnostics"].push_back(diagnosticJson(file.document->lines(), finding, Encoding::Utf16));
  }
  protocol::appendIndentedJson(entry, 2, 1, out);
}

}  // namespace

std::string renderJsonEntry(const FileResult& file) {
  std::string out;
  appendJsonEntry(file, out);
  return out;
}

void writeJson(std::vector<FileResult>& results, std::string& out) {
  // The same bytes as dumping one array of every file with an indent of 2,
  // written file by file so that the whole report is never one JSON tree, and
  // each pre-rendered entry is freed once copied, so that the report is not
  // held twice.
  if (results.empty()) {
    out += "[]\n";
    return;
  }
  std::size_t size = out.size() + 4;
  for (const FileResult& file : results) size += file.json_entry.size() + 4;
  out.reserve(size);
  out += "[\n";
  for (std::size_t i = 0; i < results.size(); ++i) {
    FileResult& file = results[i];
    out += "  ";
    if (file.json_entry.empty()) appendJsonEntry(file, out);
    else out += file.json_entry;
    std::string().swap(file.json_entry);
    out += i + 1 < results.size() ? ",\n" : "\n";
  }
  out += "]\n";
}

}  // namespace copydesk::cli
