// Code actions, hover and commands.
#include "protocol/Uri.h"
#include "server/AnswerWhenFresh.h"
#include "server/CodeActions.h"
#include "server/Hover.h"
#include "server/LspConvert.h"
#include "server/LspServer.h"

namespace copydesk::server {

using protocol::ErrorCode;

void LspServer::codeAction(const protocol::CodeActionParams& params,
                           protocol::TypedReply<std::vector<protocol::CodeAction>> reply) {
  answerWhenFresh(*checks_, logger_, params.textDocument.uri, std::move(reply),
                  [this, params](const CheckResult* result, auto& respond) {
                    if (!result) {
                      respond({});
                      return;
                    }
                    CodeActionRequest request;
                    request.uri = params.textDocument.uri;
                    request.range = spanFor(result->document->lines(), params.range, encoding_);
                    request.only = params.context.only;
                    request.encoding = encoding_;
                    request.document_changes = client_.document_changes;
                    request.docs_url = docs_url_;
                    respond(codeActionsFor(*result, request));
                  });
}

void LspServer::hover(const protocol::HoverParams& params, protocol::TypedReply<std::optional<protocol::Hover>> reply) {
  answerWhenFresh(*checks_, logger_, params.textDocument.uri, std::move(reply),
                  [this, position = params.position](const CheckResult* result, auto& respond) {
                    if (!result) respond(std::nullopt);
                    else respond(hoverFor(*result, {position.line, position.character}, encoding_, docs_url_));
                  });
}

void LspServer::executeCommand(const protocol::ExecuteCommandParams& params) {
  if (params.command != kAddToDictionaryCommand)
    throw protocol::RpcError(ErrorCode::InvalidParams, "command: unknown command '" + params.command + "'");
  if (!params.arguments || params.arguments->empty())
    throw protocol::DecodeError("arguments", "expected [{\"uri\": ..., \"word\": ...}]");
  AddToDictionaryArguments arguments;
  try {
    arguments = protocol::fromParams<AddToDictionaryArguments>(params.arguments->front());
  } catch (const protocol::DecodeError& e) {
    throw e.within("[0]").within("arguments");
  }
  const std::string& word = arguments.word;
  const std::string scope = arguments.scope.value_or("workspace");
  if (scope != "workspace" && scope != "user")
    throw protocol::DecodeError("scope", "expected \"workspace\" or \"user\"").within("[0]").within("arguments");
  const std::string path = pathForUri(arguments.uri, workspace_.root());
  std::string dictionary;
  std::string error;
  if (!workspace_.addToDictionary(path, word, scope == "user", dictionary, error)) {
    logger_.error("add to {} dictionary: {}", scope, error);
    showMessage(protocol::MessageType::Error,
                "copydesk: cannot add '" + word + "' to the " + scope + " dictionary: " + error);
    throw protocol::RpcError(ErrorCode::RequestFailed, error);
  }
  logger_.info("added '{}' to {}", word, dictionary);
  configurationChanged();
}

}  // namespace copydesk::server
