#include "protocol/MemoryTransport.h"

#include <fmt/format.h>

namespace copydesk::protocol {

MemoryTransport::MemoryTransport(LogHandler log) : log_(std::move(log)) {}

void MemoryTransport::start(MessageHandler on_message, CloseHandler on_close) {
  std::deque<std::string> early;
  {
    std::lock_guard deliver_lock(deliver_mutex_);
    on_message_ = std::move(on_message);
    on_close_ = std::move(on_close);
    std::lock_guard lock(mutex_);
    started_ = true;
    early.swap(inbox_);
  }
  for (auto& body : early) deliver(std::move(body));
}

void MemoryTransport::send(std::string body) {
  {
    std::lock_guard lock(mutex_);
    if (closed_ || output_failed_) return;
    outbox_.push_back(std::move(body));
  }
  arrived_.notify_all();
}

void MemoryTransport::close() {
  {
    std::lock_guard lock(mutex_);
    closed_ = true;
  }
  arrived_.notify_all();
}

void MemoryTransport::deliver(std::string body) {
  std::lock_guard deliver_lock(deliver_mutex_);
  if (on_message_) on_message_(std::move(body));
}

void MemoryTransport::clientSend(std::string body) {
  {
    std::lock_guard lock(mutex_);
    if (!started_) {
      inbox_.push_back(std::move(body));
      return;
    }
  }
  deliver(std::move(body));
}

void MemoryTransport::clientSend(const json& message) { clientSend(serialize(message)); }

void MemoryTransport::clientSendBytes(std::string_view bytes) {
  std::vector<FrameEvent> events;
  {
    std::lock_guard lock(parser_mutex_);
    events = parser_.drain(bytes);
  }
  for (auto& event : events) {
    if (auto* body = std::get_if<std::string>(&event)) {
      clientSend(std::move(*body));
    } else if (log_) {
      const auto& error = std::get<FramingError>(event);
      log_(fmt::format("framing error ({}): {}", toString(error.kind), error.detail));
    }
  }
}

void MemoryTransport::closeWith(bool& flag, CloseReason reason) {
  {
    std::lock_guard lock(mutex_);
    flag = true;
  }
  arrived_.notify_all();
  std::lock_guard deliver_lock(deliver_mutex_);
  if (on_close_) on_close_(reason);
  on_close_ = nullptr;
}

void MemoryTransport::clientClose() { closeWith(input_closed_, CloseReason::InputEnded); }

void MemoryTransport::failOutput() { closeWith(output_failed_, CloseReason::OutputError); }

std::optional<std::string> MemoryTransport::nextMessage(Timeout timeout) {
  std::unique_lock lock(mutex_);
  if (!arrived_.wait_for(lock, timeout, [this] { return !outbox_.empty(); })) return std::nullopt;
  std::string body = std::move(outbox_.front());
  outbox_.pop_front();
  return body;
}

namespace {

json parseOrString(const std::string& body) {
  json value = json::parse(body, nullptr, /*allow_exceptions=*/false);
  return value.is_discarded() ? json(body) : value;
}

}  // namespace

std::optional<json> MemoryTransport::nextJson(Timeout timeout) {
  auto body = nextMessage(timeout);
  if (!body) return std::nullopt;
  return parseOrString(*body);
}

std::optional<json> MemoryTransport::waitFor(const std::function<bool(const json&)>& predicate, Timeout timeout) {
  const auto deadline = std::chrono::steady_clock::now() + timeout;
  std::unique_lock lock(mutex_);
  std::size_t checked = 0;  // messages before this index did not match
  while (true) {
    for (; checked < outbox_.size(); ++checked) {
      json value = parseOrString(outbox_[checked]);
      if (predicate(value)) {
        outbox_.erase(outbox_.begin() + static_cast<std::ptrdiff_t>(checked));
        return value;
      }
    }
    if (arrived_.wait_until(lock, deadline) == std::cv_status::timeout && checked == outbox_.size()) {
      return std::nullopt;
    }
  }
}

std::optional<json> MemoryTransport::waitForNotification(std::string_view method, Timeout timeout) {
  return waitFor(
      [method](const json& m) {
        return m.is_object() && !m.contains("id") && m.contains("method") && m["method"] == method;
      },
      timeout);
}

std::optional<json> MemoryTransport::waitForResponse(const RequestId& id, Timeout timeout) {
  const json wanted = idToJson(id);
  return waitFor(
      [&wanted](const json& m) {
        return m.is_object() && !m.contains("method") && m.contains("id") && m["id"] == wanted;
      },
      timeout);
}

std::vector<std::string> MemoryTransport::takeAll() {
  std::lock_guard lock(mutex_);
  std::vector<std::string> out(std::make_move_iterator(outbox_.begin()), std::make_move_iterator(outbox_.end()));
  outbox_.clear();
  return out;
}

std::size_t MemoryTransport::outboxSize() const {
  std::lock_guard lock(mutex_);
  return outbox_.size();
}

bool MemoryTransport::started() const {
  std::lock_guard lock(mutex_);
  return started_;
}

bool MemoryTransport::closed() const {
  std::lock_guard lock(mutex_);
  return closed_ || input_closed_ || output_failed_;
}

}  // namespace copydesk::protocol
