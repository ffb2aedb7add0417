// Text synchronisation and diagnostics (pushed and pulled).
#include "protocol/Uri.h"
#include "server/AnswerWhenFresh.h"
#include "server/ConfigWatcher.h"
#include "server/LspConvert.h"
#include "server/LspServer.h"

namespace copydesk::server {

void LspServer::didOpen(protocol::DidOpenTextDocumentParams params) {
  auto& doc = params.textDocument;
  logger_.debug("open {} version {} ({}, {} bytes)", doc.uri, doc.version, doc.languageId, doc.text.size());
  const std::string uri = doc.uri;
  store_.open(std::move(doc.uri), std::move(doc.languageId), doc.version, std::move(doc.text));
  checks_->opened(uri);
}

void LspServer::didChange(const protocol::DidChangeTextDocumentParams& params) {
  const std::string& uri = params.textDocument.uri;
  const auto result = store_.change(uri, params.textDocument.version, params.contentChanges, encoding_);
  if (!result.found) {
    logger_.warn("didChange for {}, which is not open: ignored", uri);
    return;
  }
  if (result.clamped)
    logger_.warn("didChange for {} version {}: {} range(s) out of the document were clamped", uri,
                 params.textDocument.version, result.clamped);
  checks_->changed(uri);
}

void LspServer::didClose(const protocol::DidCloseTextDocumentParams& params) {
  const std::string& uri = params.textDocument.uri;
  const bool was_open = store_.close(uri);
  checks_->closed(uri);
  releaseMemoryWhenIdle();
  if (was_open) notify("textDocument/publishDiagnostics", protocol::PublishDiagnosticsParams{uri, std::nullopt, {}});
}

void LspServer::didSave(const protocol::DidSaveTextDocumentParams& params) {
  // A saved .copydesk.json or dictionary counts as a file change, for clients
  // that do not watch files.
  if (const auto path = protocol::fileUriToPath(params.textDocument.uri))
    if (fileEvent(*path)) configurationChanged();
}

void LspServer::publish(const CheckResult& result) {
  const StreamedDiagnostics diagnostics{&result, encoding_, docs_url_};
  notify("textDocument/publishDiagnostics",
         protocol::BasicPublishDiagnosticsParams<StreamedDiagnostics>{
             result.uri, static_cast<std::int32_t>(result.version), diagnostics},  // a client's version: int32
         diagnostics.expectedBytes());
}

void LspServer::pullDiagnostics(const protocol::DocumentDiagnosticParams& params,
                                protocol::TypedReply<PulledDiagnostics> reply) {
  using FullReport = protocol::BasicFullDocumentDiagnosticReport<StreamedDiagnostics>;
  answerWhenFresh(*checks_, logger_, params.textDocument.uri, std::move(reply),
                  [this, previous = params.previousResultId](const CheckResult* result, auto& respond) {
                    if (!result) {  // not open, or not a prose document
                      respond(FullReport{});
                      return;
                    }
                    const std::string id = std::to_string(result->generation) + ":" + std::to_string(result->version);
                    if (previous && *previous == id) {
                      respond(protocol::UnchangedDocumentDiagnosticReport{id});
                      return;
                    }
                    const StreamedDiagnostics items{result, encoding_, docs_url_};
                    respond(FullReport{id, items}, items.expectedBytes());
                  });
}

}  // namespace copydesk::server
