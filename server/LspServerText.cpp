// Text synchronisation and diagnostics (pushed and pulled).
#include "protocol/Uri.h"
#include "server/ConfigWatcher.h"
#include "server/LspConvert.h"
#include "server/LspServer.h"

namespace copydesk::server {

using protocol::ErrorCode;
using protocol::json;

namespace {

constexpr std::size_t kDiagnosticBytes = 400;  // about what one diagnostic takes, fixes included

// The compact text of an object whose first member, `key`, is the diagnostics
// of `result` (streamed), followed by what `rest` writes.
template <typename WriteRest>
std::string withDiagnostics(const CheckResult& result, Encoding encoding, std::string_view docs_url,
                            std::string_view key, WriteRest write_rest) {
  std::string out;
  out.reserve(kDiagnosticBytes * (result.findings.size() + 1));
  protocol::JsonWriter json(out);
  json.open('{');
  json.key(key);
  writeDiagnostics(result, encoding, docs_url, json);
  write_rest(json);
  json.close('}');
  return out;
}

}  // namespace

void LspServer::didOpen(const json& raw) {
  auto params = protocol::fromParams<protocol::DidOpenTextDocumentParams>(raw);
  auto& doc = params.textDocument;
  logger_.debug("open {} version {} ({}, {} bytes)", doc.uri, doc.version, doc.languageId, doc.text.size());
  const std::string uri = doc.uri;
  store_.open(std::move(doc.uri), std::move(doc.languageId), doc.version, std::move(doc.text));
  checks_->opened(uri);
}

void LspServer::didChange(const json& raw) {
  const auto params = protocol::fromParams<protocol::DidChangeTextDocumentParams>(raw);
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

void LspServer::didClose(const json& raw) {
  const auto params = protocol::fromParams<protocol::DidCloseTextDocumentParams>(raw);
  const std::string& uri = params.textDocument.uri;
  const bool was_open = store_.close(uri);
  checks_->closed(uri);
  releaseMemoryWhenIdle();
  if (was_open) notify("textDocument/publishDiagnostics", {{"uri", uri}, {"diagnostics", json::array()}});
}

void LspServer::didSave(const json& raw) {
  const auto params = protocol::fromParams<protocol::DidSaveTextDocumentParams>(raw);
  // A saved .copydesk.json or dictionary counts as a file change, for clients
  // that do not watch files.
  if (const auto path = protocol::fileUriToPath(params.textDocument.uri))
    if (fileEvent(*path)) configurationChanged();
}

void LspServer::publish(const CheckResult& result) {
  const std::string params = withDiagnostics(result, encoding_, docs_url_, "diagnostics", [&](protocol::JsonWriter& json) {
    json.member("uri", result.uri);
    json.member("version", result.version);
  });
  sendText(protocol::serializeNotification("textDocument/publishDiagnostics", params));
}

void LspServer::pullDiagnostics(const json& raw, protocol::Reply reply) {
  const auto params = protocol::fromParams<protocol::DocumentDiagnosticParams>(raw);
  checks_->whenFresh(params.textDocument.uri, [this, reply, previous = params.previousResultId](
                                                   std::shared_ptr<const CheckResult> result) mutable {
    try {
      if (reply.cancelled()) {
        reply.error(ErrorCode::RequestCancelled, "cancelled");
        return;
      }
      if (!result) {  // not open, or not a prose document
        reply(json{{"kind", "full"}, {"items", json::array()}});
        return;
      }
      const std::string id = std::to_string(result->generation) + ":" + std::to_string(result->version);
      if (previous && *previous == id) {
        reply(json{{"kind", "unchanged"}, {"resultId", id}});
        return;
      }
      reply.withResultText(withDiagnostics(*result, encoding_, docs_url_, "items", [&](protocol::JsonWriter& json) {
        json.member("kind", "full");
        json.member("resultId", id);
      }));
    } catch (const std::exception& e) {
      logger_.error("textDocument/diagnostic failed: {}", e.what());
      reply.error(ErrorCode::InternalError, e.what());
    }
  });
}

}  // namespace copydesk::server
