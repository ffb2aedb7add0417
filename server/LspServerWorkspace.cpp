// workspace/diagnostic: the findings of every file of the workspace folders
// (WorkspaceDiagnostics.h says which files and how each is reported).
//
// The files are checked in batches on the pool, at most kBatchesInFlight at a
// time, so that the checks of the documents being edited are not queued
// behind the whole site. Each finished batch goes out at once as a partial
// result ($/progress on the request's partialResultToken) when the client gave
// one (the answer is then empty), else it is kept for the answer; work-done
// progress (begin, report with the percentage, end) goes to the request's
// workDoneToken when the client gave one. A cancelled request stops after the
// batches in flight and answers RequestCancelled.
#include <fmt/format.h>

#include "protocol/Uri.h"
#include "server/LspServer.h"
#include "setup/FileWalker.h"

namespace copydesk::server {

namespace {

constexpr std::size_t kBatchFiles = 16;
constexpr std::size_t kBatchesInFlight = 2;

}  // namespace

struct LspServer::WorkspacePull {
  explicit WorkspacePull(protocol::TypedReply<WorkspaceReport> r) : reply(std::move(r)) {}
  protocol::TypedReply<WorkspaceReport> reply;
  std::optional<protocol::ProgressToken> work_done;
  std::optional<protocol::ProgressToken> partial;
  std::vector<WorkspaceFileJob> jobs;  // not changed once the checks start (workers read them)
  std::size_t next = 0;                // the first job not started
  std::size_t reported = 0;
  std::size_t in_flight = 0;  // batches
  bool finished = false;
  ReportTexts kept;  // without a partialResultToken: everything, for the answer
  Encoding encoding = Encoding::Utf16;
  std::string docs_url;
};

void LspServer::progress(const protocol::ProgressToken& token, protocol::json value) {
  notify("$/progress", protocol::ProgressParams{token, std::move(value)});
}

void LspServer::workspaceDiagnostic(const protocol::WorkspaceDiagnosticParams& params,
                                    protocol::TypedReply<WorkspaceReport> reply) {
  auto pull = std::make_shared<WorkspacePull>(std::move(reply));
  pull->work_done = params.workDoneToken;
  pull->partial = params.partialResultToken;
  pull->encoding = encoding_;
  pull->docs_url = docs_url_;
  std::map<std::string, std::string> previous;
  for (const protocol::PreviousResultId& id : params.previousResultIds) previous[id.uri] = id.value;

  const WalkResult walk = collectFiles(folders_);
  for (const std::string& error : walk.errors) logger_.warn("workspace/diagnostic: {}", error);
  pull->jobs.reserve(walk.files.size());
  for (const std::string& path : walk.files) {
    WorkspaceFileJob& job = pull->jobs.emplace_back();
    job.uri = protocol::pathToFileUri(path);
    job.path = path;
    job.format = formatForPath(path);
    if (const OpenDocument* doc = store_.find(job.uri)) {
      job.open_text = doc->content;
      job.version = static_cast<std::int32_t>(doc->version);  // a client's version: int32 on the wire
      if (const FormatInfo* format = formatForDocument(doc->language_id, path)) job.format = format->format;
    }
    if (const auto it = previous.find(job.uri); it != previous.end()) job.previous_result_id = it->second;
    job.setup = workspace_.setupFor(path);
    job.generation = workspace_.generation();
    job.max_file_size = checks_->maxFileSize();
  }
  flushWorkspaceReports();  // the setups may have loaded configuration files
  logger_.info("workspace/diagnostic: {} files in {} folder(s)", pull->jobs.size(), folders_.size());
  if (pull->work_done)
    progress(*pull->work_done,
             protocol::workDoneProgressBegin("copydesk", fmt::format("0/{} files", pull->jobs.size()), 0u, false));
  continueWorkspacePull(pull);
}

void LspServer::continueWorkspacePull(const std::shared_ptr<WorkspacePull>& pull) {
  const bool cancelled = pull->reply.cancelled();
  while (!cancelled && pull->in_flight < kBatchesInFlight && pull->next < pull->jobs.size()) {
    const std::size_t begin = pull->next;
    const std::size_t end = std::min(begin + kBatchFiles, pull->jobs.size());
    pull->next = end;
    ++pull->in_flight;
    auto texts = std::make_shared<ReportTexts>();
    scheduler_->runInPool(
        [pull, begin, end, texts] {
          for (std::size_t i = begin; i < end; ++i)
            texts->items.push_back(workspaceFileReport(pull->jobs[i], pull->encoding, pull->docs_url));
        },
        [this, pull, texts] {
          --pull->in_flight;
          pull->reported += texts->items.size();
          if (pull->partial) {
            notify("$/progress", protocol::BasicProgressParams<WorkspaceReport>{*pull->partial, {std::move(*texts)}});
          } else {
            for (std::string& item : texts->items) pull->kept.items.push_back(std::move(item));
          }
          if (pull->work_done)
            progress(*pull->work_done, protocol::workDoneProgressReport(
                                           fmt::format("{}/{} files", pull->reported, pull->jobs.size()),
                                           static_cast<std::uint32_t>(100 * pull->reported /
                                                                      std::max<std::size_t>(1, pull->jobs.size()))));
          continueWorkspacePull(pull);
        });
  }
  if (pull->finished || pull->in_flight > 0 || (!cancelled && pull->next < pull->jobs.size())) return;
  pull->finished = true;
  if (pull->work_done)
    progress(*pull->work_done,
             protocol::workDoneProgressEnd(
                 fmt::format("{} of {} files{}", pull->reported, pull->jobs.size(), cancelled ? ", cancelled" : "")));
  if (cancelled) {
    pull->reply.error(static_cast<int>(protocol::ErrorCode::RequestCancelled), "workspace/diagnostic was cancelled");
    return;
  }
  pull->reply(WorkspaceReport{std::move(pull->kept)});
}

}  // namespace copydesk::server
