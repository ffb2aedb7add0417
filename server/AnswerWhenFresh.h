#pragma once
// The common frame of requests that need a document's current findings (a
// diagnostics pull, a code action, a hover): they wait for the fresh result,
// then answer RequestCancelled when the client cancelled meanwhile, or what
// `answer` gives, or InternalError (for that request only) when it throws.
#include <exception>
#include <memory>
#include <string>
#include <utility>

#include "protocol/Dispatcher.h"
#include "server/DocumentChecks.h"
#include "server/Logger.h"

namespace copydesk::server {

// answer(const CheckResult* result, TypedReply<Result>& reply) answers through
// `reply`; result is null when the document is not open or not checked.
template <class Result, class Answer>
void answerWhenFresh(DocumentChecks& checks, Logger& logger, const std::string& uri, protocol::TypedReply<Result> reply,
                     Answer answer) {
  checks.whenFresh(uri, [&logger, reply = std::move(reply),
                         answer = std::move(answer)](std::shared_ptr<const CheckResult> result) mutable {
    try {
      if (reply.cancelled()) {
        reply.error(protocol::ErrorCode::RequestCancelled, "cancelled");
        return;
      }
      answer(result.get(), reply);
    } catch (const std::exception& e) {
      logger.error("{} failed: {}", reply.method(), e.what());
      reply.error(protocol::ErrorCode::InternalError, e.what());
    }
  });
}

}  // namespace copydesk::server
