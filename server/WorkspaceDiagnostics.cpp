#include "server/WorkspaceDiagnostics.h"

#include <fmt/format.h>

#include "io/ReadTextFile.h"
#include "server/LspConvert.h"
#include "text/Hash.h"

namespace copydesk::server {

namespace {

std::string resultIdFor(std::uint64_t generation, std::string_view text) {
  return fmt::format("w{}:{:016x}", generation, hashBytes(text));
}

// The report of a file that was not checked: one warning at 0:0 saying why.
std::string unreadableReport(const WorkspaceFileJob& job, Encoding encoding, std::string_view docs_url,
                             const std::string& why) {
  CheckInput input;
  input.uri = job.uri;
  input.path = job.path;
  input.format = job.format;
  input.setup = job.setup;
  const auto result = Workspace::notChecked(input, "copydesk did not check this file: " + why);
  const StreamedDiagnostics items{result.get(), encoding, docs_url};
  return protocol::toJsonText(protocol::BasicWorkspaceFullDocumentDiagnosticReport<StreamedDiagnostics>{
      job.uri, job.version, std::nullopt, items});
}

}  // namespace

std::string workspaceFileReport(const WorkspaceFileJob& job, Encoding encoding, std::string_view docs_url) {
  std::shared_ptr<const IndexedText> text = job.open_text;
  if (!text) {
    std::string content;
    std::string error;
    if (!io::readTextFile(job.path, job.max_file_size, content, error))
      return unreadableReport(job, encoding, docs_url, error);
    text = IndexedText::make(std::move(content));
  } else if (text->text().size() > job.max_file_size) {
    return unreadableReport(job, encoding, docs_url, "file too large (see the maxFileSize setting)");
  }
  std::string id = resultIdFor(job.generation, text->text());
  if (job.previous_result_id == id)
    return protocol::toJsonText(protocol::WorkspaceUnchangedDocumentDiagnosticReport{job.uri, job.version, id});
  CheckInput input;
  input.uri = job.uri;
  input.path = job.path;
  input.text = std::move(text);
  input.format = job.format;
  input.version = job.version.value_or(0);
  input.generation = job.generation;
  input.setup = job.setup;
  std::shared_ptr<const CheckResult> result;
  try {
    result = Workspace::check(input, nullptr);
  } catch (const std::exception& e) {
    result = Workspace::failedCheck(input, e.what());
  }
  const StreamedDiagnostics items{result.get(), encoding, docs_url};
  return protocol::toJsonText(
      protocol::BasicWorkspaceFullDocumentDiagnosticReport<StreamedDiagnostics>{job.uri, job.version, std::move(id),
                                                                                items},
      items.expectedBytes());
}

void writeJson(protocol::JsonWriter& json, const ReportTexts& reports) {
  json.open('[');
  for (const std::string& report : reports.items) {
    json.element();
    json.raw(report);
  }
  json.close(']');
}

}  // namespace copydesk::server
