#pragma once
// workspace/diagnostic (LSP 3.17 workspace pull diagnostics): the findings of
// every file under the workspace folders that `copydesk check <folder>` would
// check (the engine's file walker, setup/FileWalker.h: the formats table,
// hidden entries and .gitignore skipped); an open document is reported with
// the editor's text and version, any other file with its text on disk.
//
// Result ids are "w<generation>:<hash of the text>": a file whose text and
// configuration did not change since the result the client names in
// previousResultIds is reported `unchanged` with that id, without a check.
//
// The driver (LspServerWorkspace.cpp) checks the files in batches on the pool;
// this file holds what a worker does with one file and how the reports are
// written.
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "markup/Formats.h"
#include "protocol/JsonWriter.h"
#include "protocol/LspFeatures.h"
#include "server/Workspace.h"
#include "text/IndexedText.h"

namespace copydesk::server {

// One file of a workspace pull, prepared on the main strand (its setup comes
// from the Workspace), checked on a worker.
struct WorkspaceFileJob {
  std::string uri;
  std::string path;
  DocumentFormat format = DocumentFormat::Markdown;
  std::shared_ptr<const CheckSetup> setup;
  std::shared_ptr<const IndexedText> open_text;  // null: read the file
  std::optional<std::int32_t> version;           // the open document's version
  std::optional<std::string> previous_result_id;
  std::uint64_t generation = 0;
  std::size_t max_file_size = 0;
};

// The report of one file, as compact JSON text (a full or an unchanged
// WorkspaceDocumentDiagnosticReport). A file that cannot be read (gone,
// binary, over the size limit) gets a full report with one warning saying so.
// Thread-safe.
std::string workspaceFileReport(const WorkspaceFileJob& job, Encoding encoding, std::string_view docs_url);

// Reports already written as JSON text, joined into an array.
struct ReportTexts {
  std::vector<std::string> items;
};
void writeJson(protocol::JsonWriter& json, const ReportTexts& reports);

// The answer to workspace/diagnostic, and each partial result.
using WorkspaceReport = protocol::BasicWorkspaceDiagnosticReport<ReportTexts>;

}  // namespace copydesk::server
