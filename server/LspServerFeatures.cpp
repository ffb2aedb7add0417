// Code actions, hover and commands.
#include "protocol/Uri.h"
#include "server/CodeActions.h"
#include "server/Hover.h"
#include "server/LspConvert.h"
#include "server/LspServer.h"

namespace copydesk::server {

using protocol::ErrorCode;
using protocol::json;

void LspServer::codeAction(const json& raw, protocol::Reply reply) {
  const auto params = protocol::fromParams<protocol::CodeActionParams>(raw);
  checks_->whenFresh(params.textDocument.uri, [this, reply, params](std::shared_ptr<const CheckResult> result) mutable {
    try {
      if (reply.cancelled()) {
        reply.error(ErrorCode::RequestCancelled, "cancelled");
        return;
      }
      if (!result) {
        reply(json::array());
        return;
      }
      CodeActionRequest request;
      request.uri = params.textDocument.uri;
      request.range = spanFor(result->document->lines(), params.range, encoding_);
      request.only = params.context.only;
      request.encoding = encoding_;
      request.document_changes = client_.document_changes;
      request.docs_url = docs_url_;
      reply(codeActionsFor(*result, request));
    } catch (const std::exception& e) {
      logger_.error("textDocument/codeAction failed: {}", e.what());
      reply.error(ErrorCode::InternalError, e.what());
    }
  });
}

void LspServer::hover(const json& raw, protocol::Reply reply) {
  const auto params = protocol::fromParams<protocol::HoverParams>(raw);
  checks_->whenFresh(params.textDocument.uri, [this, reply, params](std::shared_ptr<const CheckResult> result) mutable {
    try {
      if (reply.cancelled()) {
        reply.error(ErrorCode::RequestCancelled, "cancelled");
        return;
      }
      if (!result) {
        reply(nullptr);
        return;
      }
      reply(hoverFor(*result, {params.position.line, params.position.character}, encoding_, docs_url_));
    } catch (const std::exception& e) {
      logger_.error("textDocument/hover failed: {}", e.what());
      reply.error(ErrorCode::InternalError, e.what());
    }
  });
}

json LspServer::executeCommand(const json& raw) {
  const auto params = protocol::fromParams<protocol::ExecuteCommandParams>(raw);
  if (params.command != kAddToDictionaryCommand)
    throw protocol::RpcError(ErrorCode::InvalidParams, "command: unknown command '" + params.command + "'");
  if (!params.arguments || params.arguments->empty())
    throw protocol::DecodeError("arguments", "expected [{\"uri\": ..., \"word\": ...}]");
  const json& argument = params.arguments->front();
  std::string uri;
  std::string word;
  try {
    protocol::decode::Object object(argument);
    object.required("uri", uri);
    object.required("word", word);
  } catch (const protocol::DecodeError& e) {
    throw e.within("[0]").within("arguments");
  }
  const std::string path = pathForUri(uri, workspace_.root());
  std::string error;
  if (!workspace_.addToDictionary(path, word, error)) {
    logger_.error("add to dictionary: {}", error);
    showMessage(protocol::MessageType::Error, "copydesk: cannot add '" + word + "' to the dictionary: " + error);
    throw protocol::RpcError(ErrorCode::RequestFailed, error);
  }
  logger_.info("added '{}' to {}", word, workspace_.dictionaryFor(path));
  configurationChanged();
  return nullptr;
}

}  // namespace copydesk::server
