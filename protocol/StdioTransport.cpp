#include "protocol/StdioTransport.h"

#include <fcntl.h>
#include <signal.h>
#include <unistd.h>

#include <cerrno>
#include <deque>
#include <mutex>
#include <system_error>
#include <vector>

#include <boost/asio/bind_executor.hpp>
#include <boost/asio/buffer.hpp>
#include <boost/asio/error.hpp>
#include <boost/asio/posix/stream_descriptor.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/strand.hpp>
#include <boost/asio/write.hpp>
#include <fmt/format.h>

namespace copydesk::protocol {
namespace {

void ignoreSigpipe() {
  static std::once_flag once;
  std::call_once(once, [] {
    struct sigaction action {};
    action.sa_handler = SIG_IGN;
    sigemptyset(&action.sa_mask);
    ::sigaction(SIGPIPE, &action, nullptr);
  });
}

int duplicate(int fd, const char* what) {
  const int copy = ::fcntl(fd, F_DUPFD_CLOEXEC, 3);
  if (copy < 0)
    throw std::system_error(errno, std::generic_category(), fmt::format("cannot duplicate {} fd {}", what, fd));
  return copy;
}

}  // namespace

struct StdioTransport::Impl : std::enable_shared_from_this<Impl> {
  using Strand = boost::asio::strand<boost::asio::any_io_executor>;

  Impl(const boost::asio::any_io_executor& executor, int in_fd, int out_fd, Options options)
      : strand(boost::asio::make_strand(executor)), input(strand), output(strand), parser(options.max_body_bytes),
        read_buffer(options.read_chunk_bytes == 0 ? 1 : options.read_chunk_bytes),
        log(options.log ? std::move(options.log) : stderrLog()) {
    const int in_copy = duplicate(in_fd, "input");
    int out_copy = -1;
    try {
      out_copy = duplicate(out_fd, "output");
    } catch (...) {
      ::close(in_copy);
      throw;
    }
    input.assign(in_copy);
    output.assign(out_copy);
  }

  // --- all members below are touched only on the strand, except where noted.
  Strand strand;
  boost::asio::posix::stream_descriptor input;
  boost::asio::posix::stream_descriptor output;
  FrameParser parser;
  std::vector<char> read_buffer;
  const LogHandler log;

  std::deque<std::string> queue;  // framed messages waiting to be written
  std::string in_flight;          // what the current async_write is writing
  bool writing = false;
  bool reading = false;      // a read is pending or will be restarted
  bool closing = false;      // close(): release output once the queue drains
  bool output_done = false;  // output released or broken: drop sends
  bool close_reported = false;

  // Guards the callbacks against destruction of the owning StdioTransport.
  // Recursive: the destructor may run inside a callback on the same thread.
  std::recursive_mutex callback_mutex;
  MessageHandler on_message;  // guarded by callback_mutex
  CloseHandler on_close;      // guarded by callback_mutex

  void startRead() {
    reading = true;
    input.async_read_some(
        boost::asio::buffer(read_buffer),
        boost::asio::bind_executor(strand, [self = shared_from_this()](const boost::system::error_code& ec,
                                                                       std::size_t n) { self->onRead(ec, n); }));
  }

  void onRead(const boost::system::error_code& ec, std::size_t n) {
    if (!reading) return;  // close() while the read was pending
    if (n > 0) {
      parser.feed(std::string_view(read_buffer.data(), n));
      while (auto event = parser.next()) {
        if (auto* body = std::get_if<std::string>(&*event)) {
          deliver(std::move(*body));
        } else {
          const auto& error = std::get<FramingError>(*event);
          log(fmt::format("framing error ({}): {}; resynchronising", toString(error.kind), error.detail));
        }
      }
    }
    if (!reading) return;  // close() from inside on_message
    if (ec) {
      reading = false;
      if (ec == boost::asio::error::operation_aborted) return;
      if (ec == boost::asio::error::eof) {
        if (!parser.idle())
          log(fmt::format("input ended inside a message ({} bytes discarded)", parser.bufferedBytes()));
        reportClose(CloseReason::InputEnded);
      } else {
        log(fmt::format("read failed: {}", ec.message()));
        reportClose(CloseReason::InputError);
      }
      return;
    }
    startRead();
  }

  void deliver(std::string body) {
    std::lock_guard lock(callback_mutex);
    if (on_message) on_message(std::move(body));
  }

  void reportClose(CloseReason reason) {
    if (close_reported) return;
    close_reported = true;
    std::lock_guard lock(callback_mutex);
    if (on_close) on_close(reason);
  }

  void enqueue(std::string framed) {
    if (output_done || closing) return;
    queue.push_back(std::move(framed));
    if (!writing) writeNext();
  }

  void writeNext() {
    // Coalesce everything queued into one write; each message stays whole.
    in_flight.clear();
    while (!queue.empty()) {
      in_flight += queue.front();
      queue.pop_front();
    }
    writing = true;
    boost::asio::async_write(
        output, boost::asio::buffer(in_flight),
        boost::asio::bind_executor(strand, [self = shared_from_this()](const boost::system::error_code& ec,
                                                                       std::size_t) { self->onWrite(ec); }));
  }

  void onWrite(const boost::system::error_code& ec) {
    writing = false;
    if (ec) {
      output_done = true;
      queue.clear();
      in_flight.clear();
      boost::system::error_code ignored;
      output.close(ignored);
      if (ec != boost::asio::error::operation_aborted) {
        log(fmt::format("write failed: {}", ec.message()));
        reading = false;
        input.close(ignored);  // nobody can hear us: stop reading too
        reportClose(CloseReason::OutputError);
      }
      return;
    }
    if (!queue.empty()) {
      writeNext();
    } else if (closing) {
      releaseOutput();
    }
  }

  void releaseOutput() {
    output_done = true;
    boost::system::error_code ignored;
    output.close(ignored);
  }

  void doClose() {
    if (closing) return;
    closing = true;
    reading = false;
    boost::system::error_code ignored;
    input.close(ignored);  // a pending read completes with operation_aborted
    if (!writing && !output_done) {
      if (!queue.empty()) {
        writeNext();
      } else {
        releaseOutput();
      }
    }
  }
};

StdioTransport::StdioTransport(const boost::asio::any_io_executor& executor, int in_fd, int out_fd, Options options) {
  ignoreSigpipe();
  impl_ = std::make_shared<Impl>(executor, in_fd, out_fd, std::move(options));
}

StdioTransport::StdioTransport(const boost::asio::any_io_executor& executor, int in_fd, int out_fd)
    : StdioTransport(executor, in_fd, out_fd, Options{}) {}

StdioTransport::~StdioTransport() {
  {
    std::lock_guard lock(impl_->callback_mutex);
    impl_->on_message = nullptr;
    impl_->on_close = nullptr;
  }
  close();
}

void StdioTransport::start(MessageHandler on_message, CloseHandler on_close) {
  {
    std::lock_guard lock(impl_->callback_mutex);
    impl_->on_message = std::move(on_message);
    impl_->on_close = std::move(on_close);
  }
  boost::asio::post(impl_->strand, [self = impl_] {
    if (!self->closing && !self->reading) self->startRead();
  });
}

void StdioTransport::send(std::string body) {
  boost::asio::post(impl_->strand,
                    [self = impl_, framed = frame(body)]() mutable { self->enqueue(std::move(framed)); });
}

void StdioTransport::close() {
  boost::asio::post(impl_->strand, [self = impl_] { self->doClose(); });
}

}  // namespace copydesk::protocol
