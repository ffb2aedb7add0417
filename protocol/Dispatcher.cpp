#include "protocol/Dispatcher.h"

#include <fmt/format.h>

namespace copydesk::protocol {
namespace detail {

struct DispatcherShared {
  mutable std::mutex mutex;
  Dispatcher::Sender sender;
  Dispatcher::Logger logger;
  // Requests received and not yet answered, by idToString(id).
  std::unordered_map<std::string, std::weak_ptr<PendingRequest>> in_flight;
  // Requests sent to the client and not yet answered, by idToString(id).
  std::unordered_map<std::string, Dispatcher::ResponseHandler> outgoing;
  std::int64_t next_outgoing_id = 1;

  void log(std::string_view line) const {
    Dispatcher::Logger copy;
    {
      std::lock_guard lock(mutex);
      copy = logger;
    }
    if (copy) copy(line);
  }
};

struct PendingRequest {
  PendingRequest(RequestId request_id, std::string request_method, std::weak_ptr<DispatcherShared> owner)
      : id(std::move(request_id)), method(std::move(request_method)), key(idToString(id)), shared(std::move(owner)) {}

  const RequestId id;
  const std::string method;
  const std::string key;
  const std::weak_ptr<DispatcherShared> shared;
  const std::shared_ptr<std::atomic<bool>> cancelled = std::make_shared<std::atomic<bool>>(false);

  std::mutex mutex;
  bool done = false;                            // answered (or answer decided)
  bool dropped = false;                         // Reply destroyed uncalled while dispatch() was running
  std::vector<std::string>* collect = nullptr;  // non-null while dispatch() runs the handler

  std::string droppedError() const {
    return serialize(makeErrorResponse(id, ErrorCode::InternalError,
                                       fmt::format("request '{}' was dropped without a reply", method)));
  }

  void forget() {
    const auto owner = shared.lock();
    if (!owner) return;
    std::lock_guard lock(owner->mutex);
    const auto it = owner->in_flight.find(key);
    if (it != owner->in_flight.end() && it->second.lock().get() == this) owner->in_flight.erase(it);
  }

  bool complete(std::string message) {
    std::unique_lock lock(mutex);
    if (done) return false;
    done = true;
    if (collect) {
      collect->push_back(std::move(message));
      lock.unlock();
      forget();
      return true;
    }
    lock.unlock();
    forget();
    Dispatcher::Sender sender;
    if (const auto owner = shared.lock()) {
      std::lock_guard owner_lock(owner->mutex);
      sender = owner->sender;
    }
    if (sender) {
      sender(std::move(message));
    } else if (const auto owner = shared.lock()) {
      owner->log(fmt::format("no sender: reply to request {} ({}) dropped", key, method));
    }
    return true;
  }

  void drop() {
    {
      std::lock_guard lock(mutex);
      if (done) return;
      if (collect) {  // dispatch() is still running: it answers after the handler
        dropped = true;
        return;
      }
    }
    complete(droppedError());
  }

  // Called by dispatch() once the handler returned (failure: nullopt) or threw.
  void finishDispatch(std::optional<json> failure) {
    bool answered_now = false;
    bool threw_after_reply = false;
    {
      std::lock_guard lock(mutex);
      std::vector<std::string>* out = collect;
      collect = nullptr;
      if (!done && (failure || dropped)) {
        out->push_back(failure ? serialize(*failure) : droppedError());
        done = true;
        answered_now = true;
      } else if (done && failure) {
        threw_after_reply = true;
      }
    }
    if (answered_now) forget();
    if (threw_after_reply) {
      if (const auto owner = shared.lock()) {
        owner->log(fmt::format("handler for {} threw after replying to request {}", method, key));
      }
    }
  }
};

}  // namespace detail

// ---------------------------------------------------------------- Reply

struct Reply::Handle {
  explicit Handle(std::shared_ptr<detail::PendingRequest> pending) : state(std::move(pending)) {}
  Handle(const Handle&) = delete;
  Handle& operator=(const Handle&) = delete;
  ~Handle() {
    try {
      state->drop();
    } catch (...) {  // a throwing Sender must not escape a destructor
    }
  }
  const std::shared_ptr<detail::PendingRequest> state;
};

Reply::Reply(std::shared_ptr<detail::PendingRequest> state) : handle_(std::make_shared<Handle>(std::move(state))) {}

bool Reply::complete(std::string body) { return handle_ && handle_->state->complete(std::move(body)); }

bool Reply::operator()(json result) {
  if (!handle_) return false;
  return complete(serialize(makeResponse(handle_->state->id, std::move(result))));
}

bool Reply::withResultText(std::string_view result_json) {
  if (!handle_) return false;
  return complete(serializeResponse(handle_->state->id, result_json));
}

bool Reply::error(int code, std::string message, json data) {
  if (!handle_) return false;
  return complete(
      serialize(makeErrorResponse(handle_->state->id, ResponseError{code, std::move(message), std::move(data)})));
}

bool Reply::error(const RpcError& error) { return this->error(error.code(), error.what(), error.data()); }

bool Reply::pending() const {
  if (!handle_) return false;
  std::lock_guard lock(handle_->state->mutex);
  return !handle_->state->done;
}

const RequestId& Reply::id() const {
  static const RequestId kNone{std::int64_t{0}};
  return handle_ ? handle_->state->id : kNone;
}

const std::string& Reply::method() const {
  static const std::string kNone;
  return handle_ ? handle_->state->method : kNone;
}

CancelToken Reply::cancelToken() const { return handle_ ? CancelToken(handle_->state->cancelled) : CancelToken(); }

// ---------------------------------------------------------------- Dispatcher

Dispatcher::Dispatcher(Sender sender, Logger logger) : shared_(std::make_shared<detail::DispatcherShared>()) {
  shared_->sender = std::move(sender);
  shared_->logger = std::move(logger);
}

Dispatcher::~Dispatcher() {
  // Late replies find no dispatcher (weak_ptr) and are dropped; make sure a
  // reply racing with destruction does not use the sender either.
  std::lock_guard lock(shared_->mutex);
  shared_->sender = nullptr;
  shared_->logger = nullptr;
}

void Dispatcher::setSender(Sender sender) {
  std::lock_guard lock(shared_->mutex);
  shared_->sender = std::move(sender);
}

void Dispatcher::setLogger(Logger logger) {
  std::lock_guard lock(shared_->mutex);
  shared_->logger = std::move(logger);
}

void Dispatcher::onRequest(std::string method, RequestHandler handler) {
  requests_[std::move(method)] = [handler = std::move(handler)](const json& params, Reply reply) {
    reply(handler(params));
  };
}

void Dispatcher::onAsyncRequest(std::string method, AsyncRequestHandler handler) {
  requests_[std::move(method)] = std::move(handler);
}

void Dispatcher::onNotification(std::string method, NotificationHandler handler) {
  notifications_[std::move(method)] = std::move(handler);
}

void Dispatcher::setRequestFilter(RequestFilter filter) { request_filter_ = std::move(filter); }

void Dispatcher::setNotificationFilter(NotificationFilter filter) { notification_filter_ = std::move(filter); }

void Dispatcher::log(std::string_view line) const { shared_->log(line); }

std::size_t Dispatcher::pendingRequests() const {
  std::lock_guard lock(shared_->mutex);
  return shared_->in_flight.size();
}

json Dispatcher::makeOutgoingRequest(std::string_view method, json params, ResponseHandler on_response) {
  std::int64_t id = 0;
  {
    std::lock_guard lock(shared_->mutex);
    id = shared_->next_outgoing_id++;
    shared_->outgoing[idToString(RequestId{id})] = std::move(on_response);
  }
  return makeRequest(RequestId{id}, method, std::move(params));
}

namespace {

// The id to echo in an InvalidRequest answer: the message's own id when it is
// a usable request id, null otherwise (JSON-RPC 2.0, section 5).
std::optional<RequestId> recoverId(const json& value) {
  if (!value.is_object() || !value.contains("method")) return std::nullopt;
  const auto it = value.find("id");
  if (it == value.end()) return std::nullopt;
  try {
    return idFromJson(*it);
  } catch (const RpcError&) {
    return std::nullopt;
  }
}

}  // namespace

std::vector<std::string> Dispatcher::dispatch(std::string_view body) {
  json value;
  const auto parse_error = [this](std::string message) {
    log(fmt::format("malformed JSON from the client: {}", message));
    return std::vector{serialize(makeErrorResponse(std::nullopt, ErrorCode::ParseError, message))};
  };
  try {
    value = json::parse(body.begin(), body.end());
  } catch (const json::parse_error& e) {
    return parse_error(fmt::format("Parse error at byte {}", e.byte));
  } catch (const json::exception& e) {
    // A number too large for a double ("1e999") throws out_of_range.406, not
    // parse_error: it used to escape and abort the whole server.
    return parse_error(fmt::format("Parse error: {}", e.what()));
  }

  Message message;
  try {
    // Moves params out of value; on error nothing was moved, so the id can
    // still be recovered from value.
    message = messageFromJson(std::move(value));
  } catch (const RpcError& e) {
    return {serialize(makeErrorResponse(
        recoverId(value), ResponseError{e.code(), fmt::format("Invalid request: {}", e.what()), e.data()}))};
  }

  if (auto* request = std::get_if<Request>(&message)) return handleRequest(std::move(*request));
  if (const auto* notification = std::get_if<Notification>(&message)) {
    handleNotification(*notification);
  } else {
    handleResponse(std::get<Response>(message));
  }
  return {};
}

std::vector<std::string> Dispatcher::handleRequest(Request request) {
  auto state = std::make_shared<detail::PendingRequest>(request.id, request.method, shared_);
  std::vector<std::string> out;
  state->collect = &out;  // not yet shared with any other thread
  {
    std::lock_guard lock(shared_->mutex);
    shared_->in_flight[state->key] = state;
  }

  std::optional<json> failure;
  try {
    if (request_filter_) {
      if (auto refusal = request_filter_(request.method)) {
        throw RpcError(refusal->code, refusal->message, refusal->data);
      }
    }
    const auto handler = requests_.find(request.method);
    if (handler == requests_.end()) {
      throw RpcError(ErrorCode::MethodNotFound, fmt::format("Method not found: {}", request.method));
    }
    handler->second(request.params, Reply(state));
  } catch (const RpcError& e) {
    failure = makeErrorResponse(request.id, ResponseError{e.code(), e.what(), e.data()});
  } catch (const json::exception& e) {
    failure = makeErrorResponse(request.id, ErrorCode::InvalidParams, fmt::format("Invalid params: {}", e.what()));
  } catch (const std::exception& e) {
    log(fmt::format("request {} ({}) failed: {}", state->key, request.method, e.what()));
    failure = makeErrorResponse(request.id, ErrorCode::InternalError, fmt::format("Internal error: {}", e.what()));
  } catch (...) {
    failure = makeErrorResponse(request.id, ErrorCode::InternalError, "Internal error: unknown exception");
  }
  state->finishDispatch(std::move(failure));
  return out;
}

void Dispatcher::handleNotification(const Notification& notification) {
  if (notification.method == "$/cancelRequest") cancelInFlight(notification.params);

  if (notification_filter_ && !notification_filter_(notification.method)) return;
  const auto handler = notifications_.find(notification.method);
  if (handler == notifications_.end()) {
    if (!notification.method.starts_with("$/"))
      log(fmt::format("ignoring unknown notification {}", notification.method));
    return;
  }
  try {
    handler->second(notification.params);
  } catch (const std::exception& e) {
    log(fmt::format("notification {} failed: {}", notification.method, e.what()));
  } catch (...) {
    log(fmt::format("notification {} failed: unknown exception", notification.method));
  }
}

void Dispatcher::cancelInFlight(const json& params) {
  if (!params.is_object() || !params.contains("id")) return;
  std::string key;
  try {
    key = idToString(idFromJson(params["id"]));
  } catch (const RpcError&) {
    return;
  }
  std::shared_ptr<detail::PendingRequest> target;
  {
    std::lock_guard lock(shared_->mutex);
    const auto it = shared_->in_flight.find(key);
    if (it != shared_->in_flight.end()) target = it->second.lock();
  }
  if (target) target->cancelled->store(true, std::memory_order_relaxed);
}

void Dispatcher::handleResponse(const Response& response) {
  if (!response.id) {
    log(fmt::format("client reported an error: {}", response.error ? response.error->message : "(no message)"));
    return;
  }
  const std::string key = idToString(*response.id);
  ResponseHandler handler;
  {
    std::lock_guard lock(shared_->mutex);
    const auto it = shared_->outgoing.find(key);
    if (it != shared_->outgoing.end()) {
      handler = std::move(it->second);
      shared_->outgoing.erase(it);
    }
  }
  if (!handler) {
    log(fmt::format("response to unknown request {} ignored", key));
    return;
  }
  try {
    handler(response);
  } catch (const std::exception& e) {
    log(fmt::format("response handler for {} failed: {}", key, e.what()));
  }
}

}  // namespace copydesk::protocol
