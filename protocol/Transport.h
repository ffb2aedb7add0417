// The connection between the server and one client, carrying whole message
// bodies (JSON text without framing). Implementations:
//   StdioTransport  (StdioTransport.h)  Content-Length framing over two file
//                                       descriptors with Boost.Asio
//   MemoryTransport (MemoryTransport.h) in-process, for tests
//
// Contract for every implementation:
//   - start() is called once. Afterwards on_message receives each incoming
//     body in order, never concurrently with itself.
//   - on_close is called at most once, when the input ended (EOF), reading
//     failed, or writing failed (the peer is gone). It is not called for a
//     local close(). After InputEnded/InputError the output still works (a
//     server may flush its last messages); after OutputError or close() later
//     sends are dropped.
//   - send() is thread-safe and may be called from any thread, also before
//     start(); messages are written whole and in the order the send() calls
//     were made (per thread; across threads in the order the calls serialise).
//   - Framing errors and transport troubles go to the log callback (stderr by
//     default), never to the output stream.
#pragma once

#include <functional>
#include <string>
#include <string_view>

namespace copydesk::protocol {

enum class CloseReason {
  InputEnded,   // EOF on input: the client went away or closed stdin
  InputError,   // reading failed
  OutputError,  // writing failed (EPIPE, closed stdout, ...)
};

std::string_view toString(CloseReason reason);

using MessageHandler = std::function<void(std::string body)>;
using CloseHandler = std::function<void(CloseReason reason)>;
using LogHandler = std::function<void(std::string_view line)>;

/// A LogHandler that writes "copydesk: <line>\n" to stderr (one write per line).
LogHandler stderrLog();

class Transport {
 public:
  virtual ~Transport() = default;

  /// Begins delivering messages. Call once.
  virtual void start(MessageHandler on_message, CloseHandler on_close) = 0;

  /// Queues one body for sending. Thread-safe. Never blocks on the peer.
  virtual void send(std::string body) = 0;

  /// Stops reading; messages already queued are still written, then the
  /// output is released. Idempotent. Thread-safe.
  virtual void close() = 0;
};

}  // namespace copydesk::protocol
