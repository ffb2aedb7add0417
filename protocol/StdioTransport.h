// Transport over two file descriptors (stdin/stdout by default) with
// Content-Length framing, on Boost.Asio posix::stream_descriptor.
//
// Reading: asynchronous reads feed a FrameParser; each complete body goes to
// on_message; each framing error goes to the log callback and parsing resumes
// at the next plausible header. EOF -> on_close(InputEnded); a read error ->
// on_close(InputError).
//
// Writing: send() frames the body and posts it to an internal strand; one
// asynchronous write is in flight at a time, so messages never interleave even
// when send() is called from many threads. A write error (EPIPE when the peer
// closed its end, EBADF, ...) drops the queue, stops reading and reports
// on_close(OutputError). SIGPIPE is set to SIG_IGN for the whole process when
// the first StdioTransport is constructed, so a closed stdout surfaces as EPIPE
// instead of killing the process.
//
// Descriptors: the constructor duplicates in_fd and out_fd (close-on-exec); the
// caller keeps ownership of the originals. Regular files work too (Asio does
// plain reads/writes on descriptors epoll cannot watch).
//
// Threading: on_message and on_close run on the transport's strand (an
// implicit or explicit strand of the given executor), never concurrently with
// each other. Destroying the transport detaches the callbacks (a callback that
// is running finishes first; the destructor may be called from inside one) and
// closes as close() does. Destroy the transport before its execution context.
#pragma once

#include <cstddef>
#include <memory>

#include <boost/asio/any_io_executor.hpp>

#include "protocol/Framing.h"
#include "protocol/Transport.h"

namespace copydesk::protocol {

class StdioTransport final : public Transport {
 public:
  struct Options {
    std::size_t max_body_bytes = FrameParser::kDefaultMaxBodyBytes;
    std::size_t read_chunk_bytes = 64 * 1024;
    LogHandler log;  // null: stderrLog()
  };

  /// Throws std::system_error when a descriptor cannot be duplicated.
  StdioTransport(const boost::asio::any_io_executor& executor, int in_fd, int out_fd, Options options);
  StdioTransport(const boost::asio::any_io_executor& executor, int in_fd = 0, int out_fd = 1);
  ~StdioTransport() override;
  StdioTransport(const StdioTransport&) = delete;
  StdioTransport& operator=(const StdioTransport&) = delete;

  void start(MessageHandler on_message, CloseHandler on_close) override;
  void send(std::string body) override;
  void close() override;

 private:
  struct Impl;
  std::shared_ptr<Impl> impl_;
};

}  // namespace copydesk::protocol
