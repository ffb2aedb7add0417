// Machine-readable output: an array of {"path", "diagnostics"} where each
// diagnostic is an LSP Diagnostic (a public contract; see README).
//
// The report is streamed (diagnostics/DiagnosticWriter.h): the same bytes as
// building each entry with diagnosticJson() and writing it with
// protocol::appendIndentedJson (tests/cli/JsonOutputTest.cpp compares them).
#include "cli/CheckResults.h"
#include "diagnostics/DiagnosticWriter.h"

namespace copydesk::cli {

void appendJsonEntry(const FileResult& file, std::string& out) {
  protocol::JsonWriter json(out, 2, 1);
  json.open('{');
  json.key("diagnostics");
  json.open('[');
  if (file.text) {
    DiagnosticWriter diagnostics(json, file.text->lines(), Encoding::Utf16);
    for (const Finding& finding : file.findings) {
      json.element();
      diagnostics.write(finding);
    }
  }
  json.close(']');
  if (!file.checked) json.member("error", file.error);
  json.member("path", file.path);
  json.close('}');
}

void writeJson(std::vector<FileResult>& results, std::string& out) {
  // The same bytes as dumping one array of every file with an indent of 2,
  // written file by file so that the whole report is never held twice: each
  // pre-rendered entry is freed once copied.
  if (results.empty()) {
    out += "[]\n";
    return;
  }
  std::size_t size = out.size() + 4;
  for (const FileResult& file : results) size += (file.report ? file.report->size() : 0) + 4;
  out.reserve(size);
  out += "[\n";
  for (std::size_t i = 0; i < results.size(); ++i) {
    FileResult& file = results[i];
    out += "  ";
    if (file.report) out += *file.report;
    else appendJsonEntry(file, out);
    file.report.reset();
    out += i + 1 < results.size() ? ",\n" : "\n";
  }
  out += "]\n";
}

}  // namespace copydesk::cli
