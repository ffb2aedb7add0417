// In-process Transport for tests: the test plays the client.
//
//   MemoryTransport t;
//   server.run(t);                                   // calls t.start(...)
//   t.clientSend(makeRequest(1, "initialize", {...}));
//   auto reply = t.waitForResponse(1, 2s);
//   auto diags = t.waitForNotification("textDocument/publishDiagnostics", 2s);
//
// Client -> server: clientSend() delivers synchronously to on_message on the
// calling thread (queued until start() if it has not been called yet).
// Deliveries are serialised, so on_message never runs concurrently with itself.
// clientSendBytes() goes through a FrameParser first, to exercise framing.
//
// Server -> client: send() appends to an outbox (thread-safe, callable from any
// thread); the wait* helpers block until a matching message arrives or the
// timeout passes. Messages are kept in arrival order; waitFor() removes the
// first match and leaves the others in place.
//
// Closure: clientClose() reports InputEnded (sends still accepted, as with a
// real stdout); failOutput() reports OutputError and drops later sends;
// close() (server side) drops later sends.
#pragma once

#include <chrono>
#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "protocol/Framing.h"
#include "protocol/JsonRpc.h"
#include "protocol/Transport.h"

namespace copydesk::protocol {

class MemoryTransport final : public Transport {
 public:
  using Timeout = std::chrono::milliseconds;

  /// log receives framing errors from clientSendBytes(); null: ignored.
  explicit MemoryTransport(LogHandler log = nullptr);

  // --- Transport (the server's side)
  void start(MessageHandler on_message, CloseHandler on_close) override;
  void send(std::string body) override;
  void close() override;

  // --- the client's side
  void clientSend(std::string body);
  void clientSend(const json& message);
  void clientSendBytes(std::string_view bytes);
  void clientClose();
  void failOutput();

  /// The oldest message the server sent, waiting up to timeout.
  std::optional<std::string> nextMessage(Timeout timeout);
  /// Same, parsed; a message that is not JSON yields a string value.
  std::optional<json> nextJson(Timeout timeout);
  /// The first message (parsed) for which predicate is true; removed from the outbox.
  std::optional<json> waitFor(const std::function<bool(const json&)>& predicate, Timeout timeout);
  std::optional<json> waitForNotification(std::string_view method, Timeout timeout);
  std::optional<json> waitForResponse(const RequestId& id, Timeout timeout);
  /// Everything sent so far, without waiting; the outbox is emptied.
  std::vector<std::string> takeAll();
  std::size_t outboxSize() const;

  bool started() const;
  /// True after close(), clientClose() or failOutput().
  bool closed() const;

 private:
  // Sets `flag` (input_closed_ or output_failed_), wakes the waiters and tells
  // the close handler, if one is still set, why the transport closed.
  void closeWith(bool& flag, CloseReason reason);

  void deliver(std::string body);

  mutable std::mutex mutex_;  // guards everything below except the handlers
  std::condition_variable arrived_;
  std::deque<std::string> outbox_;
  std::deque<std::string> inbox_;  // client messages sent before start()
  bool started_ = false;
  bool closed_ = false;         // close(): later sends dropped
  bool input_closed_ = false;   // clientClose(): sends still accepted
  bool output_failed_ = false;  // failOutput(): later sends dropped

  std::mutex deliver_mutex_;  // serialises on_message and on_close
  MessageHandler on_message_;
  CloseHandler on_close_;

  std::mutex parser_mutex_;
  FrameParser parser_;
  LogHandler log_;
};

}  // namespace copydesk::protocol
