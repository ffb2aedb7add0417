// Routes JSON-RPC bodies to handlers and guarantees that every request is
// answered exactly once.
//
// Request handlers come in two forms, each typed or raw:
//   - synchronous:  Result handler(const Params&)               (onRequest<Params>)
//                   json handler(const json& params)            (onRequest)
//   - asynchronous: void handler(const Params&, TypedReply<Result>)
//                                                               (onAsyncRequest<Params, Result>)
//                   void handler(const json& params, Reply r)   (onAsyncRequest)
// and notifications likewise (onNotification<Params> / onNotification). Typed
// handlers get params decoded through their field list (a DecodeError is the
// InvalidParams answer, naming the field) and answer with values written
// through theirs (JsonFields.h): no handler reads or builds JSON itself.
// A Reply must be called once, from any thread, at any later time (copies share
// one request; the first answer wins). If the last copy of a Reply is
// destroyed uncalled, the request is answered with InternalError, so a lost
// Reply never leaves the client waiting.
//
// Mapping of failures to answers (see dispatch()):
//   malformed JSON                         -> ParseError, id null
//   not an object, no "jsonrpc"/"method",
//   bad id / params type                   -> InvalidRequest (id echoed when it
//                                             is a valid integer/string, else null)
//   request filter returns an error        -> that error
//   unknown request method ("$/" too)      -> MethodNotFound
//   handler throws RpcError (DecodeError)  -> that error (InvalidParams for decode errors)
//   handler throws nlohmann::json::exception -> InvalidParams (params were malformed)
//   handler throws any other exception     -> InternalError, for that request only
//   unknown notification                   -> ignored, no reply
//   notification handler throws            -> logged, no reply
// "$/cancelRequest" is understood natively: it sets the CancelToken of the
// matching in-flight request (the handler still replies, typically with
// RequestCancelled); a handler registered for it is called as well.
//
// Responses from the client to requests the server sent (makeOutgoingRequest)
// are routed to the callback registered with that request.
//
// Thread-safety: register handlers before the first dispatch(); call dispatch()
// from one thread at a time (the server's main strand). Reply objects, the
// Sender and makeOutgoingRequest() may be used from any thread. The Sender is
// called from whichever thread completes a Reply after dispatch() returned, so
// it must be thread-safe (Transport::send is).
#pragma once

#include <atomic>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <unordered_map>
#include <vector>

#include "protocol/JsonFields.h"
#include "protocol/JsonRpc.h"

namespace copydesk::protocol {

namespace detail {
struct DispatcherShared;
struct PendingRequest;
}  // namespace detail

/// Observes the cancellation of one request ($/cancelRequest). Cheap to copy;
/// a default-constructed token is never cancelled.
class CancelToken {
 public:
  CancelToken() = default;
  bool cancelled() const { return flag_ && flag_->load(std::memory_order_relaxed); }

 private:
  friend class Reply;
  explicit CancelToken(std::shared_ptr<const std::atomic<bool>> flag) : flag_(std::move(flag)) {}
  std::shared_ptr<const std::atomic<bool>> flag_;
};

/// The right and duty to answer one request. Copies share the request: the
/// first answer wins, later ones return false. When the last copy is destroyed
/// without any answer, the request is answered with InternalError. Copyable so
/// it fits in std::function-based work queues; every member is thread-safe.
class Reply {
 public:
  /// Answers with a result. Returns false (and sends nothing) when the request
  /// was already answered or this Reply was moved from.
  bool operator()(json result);
  /// Answers with a result already written as compact JSON text (a big value
  /// streamed without a tree; see JsonWriter.h).
  bool withResultText(std::string_view result_json);
  /// Answers with an error.
  bool error(int code, std::string message, json data = nullptr);
  bool error(const RpcError& error);

  /// True until the request has been answered (through any copy).
  bool pending() const;
  const RequestId& id() const;
  const std::string& method() const;
  bool cancelled() const { return cancelToken().cancelled(); }
  CancelToken cancelToken() const;

 private:
  friend class Dispatcher;
  struct Handle;  // answers InternalError when the last copy goes away
  explicit Reply(std::shared_ptr<detail::PendingRequest> state);
  bool complete(std::string body);
  std::shared_ptr<Handle> handle_;
};

/// A Reply that answers with a Result written through its field list.
/// Copyable and thread-safe like Reply, with the same exactly-once guarantees.
template <class Result>
class TypedReply {
 public:
  explicit TypedReply(Reply reply) : reply_(std::move(reply)) {}
  /// Answers with `result`; false when the request was already answered.
  bool operator()(const Result& result) { return reply_.withResultText(toJsonText(result)); }
  /// The same, with room reserved for a big result's text.
  bool operator()(const Result& result, std::size_t expected_bytes) {
    return reply_.withResultText(toJsonText(result, expected_bytes));
  }
  bool error(int code, std::string message) { return reply_.error(code, std::move(message)); }
  bool cancelled() const { return reply_.cancelled(); }
  bool pending() const { return reply_.pending(); }
  const std::string& method() const { return reply_.method(); }

 private:
  Reply reply_;
};

class Dispatcher {
 public:
  /// Takes the compact JSON text of one message.
  using Sender = std::function<void(std::string body)>;
  using Logger = std::function<void(std::string_view line)>;
  using RequestHandler = std::function<json(const json& params)>;
  using AsyncRequestHandler = std::function<void(const json& params, Reply reply)>;
  using NotificationHandler = std::function<void(const json& params)>;
  using ResponseHandler = std::function<void(const Response& response)>;
  /// Called before any request is routed: return an error to refuse it (e.g.
  /// ServerNotInitialized before "initialize"); nullopt to proceed.
  using RequestFilter = std::function<std::optional<ResponseError>(const std::string& method)>;
  /// Return false to drop a notification (e.g. before "initialize").
  using NotificationFilter = std::function<bool(const std::string& method)>;

  /// sender: where replies completed after dispatch() returned are sent (may be
  /// set later with setSender). logger: diagnostics for humans (stderr); null = silent.
  explicit Dispatcher(Sender sender = nullptr, Logger logger = nullptr);
  ~Dispatcher();
  Dispatcher(const Dispatcher&) = delete;
  Dispatcher& operator=(const Dispatcher&) = delete;

  void setSender(Sender sender);
  void setLogger(Logger logger);

  void onRequest(std::string method, RequestHandler handler);
  void onAsyncRequest(std::string method, AsyncRequestHandler handler);
  void onNotification(std::string method, NotificationHandler handler);

  /// handler(const Params&) -> a Result (written through its field list) or void (answers null).
  template <class Params, class Handler>
  void onRequest(std::string method, Handler handler) {
    onAsyncRequest(std::move(method), [handler = std::move(handler)](const json& params, Reply reply) {
      const Params decoded = fromParams<Params>(params);
      if constexpr (std::is_void_v<std::invoke_result_t<Handler&, const Params&>>) {
        handler(decoded);
        reply(nullptr);
      } else {
        reply.withResultText(toJsonText(handler(decoded)));
      }
    });
  }
  /// handler(const Params&, TypedReply<Result>); the reply may be kept and answered later.
  template <class Params, class Result, class Handler>
  void onAsyncRequest(std::string method, Handler handler) {
    onAsyncRequest(std::move(method), [handler = std::move(handler)](const json& params, Reply reply) {
      handler(fromParams<Params>(params), TypedReply<Result>(std::move(reply)));
    });
  }
  /// handler(const Params&); a params DecodeError is logged like any failure of a notification.
  template <class Params, class Handler>
  void onNotification(std::string method, Handler handler) {
    onNotification(std::move(method),
                   [handler = std::move(handler)](const json& params) { handler(fromParams<Params>(params)); });
  }
  void setRequestFilter(RequestFilter filter);
  void setNotificationFilter(NotificationFilter filter);

  /// Handles one message body. Returns the texts of the messages to send now:
  /// the answer to a request when it was given before dispatch() returned (at
  /// most one; none for notifications, responses, and requests still pending).
  /// A body that is not JSON is answered with ParseError and logged.
  std::vector<std::string> dispatch(std::string_view body);

  /// Builds a request from the server to the client with a fresh integer id and
  /// remembers on_response, which dispatch() calls when the answer arrives.
  /// The caller sends the returned message.
  json makeOutgoingRequest(std::string_view method, json params, ResponseHandler on_response);

  /// Requests received and not yet answered.
  std::size_t pendingRequests() const;

 private:
  std::vector<std::string> handleRequest(Request request);
  void handleNotification(const Notification& notification);
  void handleResponse(const Response& response);
  void cancelInFlight(const json& params);
  void log(std::string_view line) const;

  std::shared_ptr<detail::DispatcherShared> shared_;
  std::unordered_map<std::string, AsyncRequestHandler> requests_;
  std::unordered_map<std::string, NotificationHandler> notifications_;
  RequestFilter request_filter_;
  NotificationFilter notification_filter_;
};

}  // namespace copydesk::protocol
