#include "protocol/StdioTransport.h"

#include <fcntl.h>
#include <signal.h>
#include <unistd.h>

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include <boost/asio/executor_work_guard.hpp>
#include <boost/asio/io_context.hpp>

#include "protocol/Framing.h"

namespace copydesk::protocol {
namespace {

using namespace std::chrono_literals;

struct Pipe {
  int read_end = -1;
  int write_end = -1;
  Pipe() {
    int fds[2];
    if (::pipe2(fds, O_CLOEXEC) != 0) throw std::runtime_error("pipe2 failed");
    read_end = fds[0];
    write_end = fds[1];
  }
  ~Pipe() {
    closeRead();
    closeWrite();
  }
  void closeRead() {
    if (read_end >= 0) ::close(read_end);
    read_end = -1;
  }
  void closeWrite() {
    if (write_end >= 0) ::close(write_end);
    write_end = -1;
  }
};

void writeAll(int fd, std::string_view bytes) {
  while (!bytes.empty()) {
    const ssize_t n = ::write(fd, bytes.data(), bytes.size());
    if (n < 0 && errno == EINTR) continue;
    ASSERT_GT(n, 0) << "write failed";
    bytes.remove_prefix(static_cast<std::size_t>(n));
  }
}

// Everything the transport reported, with waiting helpers.
struct Recorder {
  std::mutex mutex;
  std::condition_variable changed;
  std::vector<std::string> messages;
  std::vector<std::string> logs;
  std::optional<CloseReason> closed;
  int close_calls = 0;

  MessageHandler onMessage() {
    return [this](std::string body) {
      std::lock_guard lock(mutex);
      messages.push_back(std::move(body));
      changed.notify_all();
    };
  }
  CloseHandler onClose() {
    return [this](CloseReason reason) {
      std::lock_guard lock(mutex);
      closed = reason;
      ++close_calls;
      changed.notify_all();
    };
  }
  LogHandler onLog() {
    return [this](std::string_view line) {
      std::lock_guard lock(mutex);
      logs.emplace_back(line);
      changed.notify_all();
    };
  }
  template <class Predicate>
  bool waitUntil(Predicate predicate, std::chrono::milliseconds timeout = 5s) {
    std::unique_lock lock(mutex);
    return changed.wait_for(lock, timeout, [&] { return predicate(); });
  }
};

// An io_context running on two threads (so the strand is really exercised).
class StdioTransportTest : public ::testing::Test {
 protected:
  StdioTransportTest() : guard_(boost::asio::make_work_guard(io_)) {
    for (int i = 0; i < 2; ++i) threads_.emplace_back([this] { io_.run(); });
  }
  ~StdioTransportTest() override {
    transport_.reset();
    guard_.reset();
    io_.stop();
    for (auto& thread : threads_) thread.join();
  }

  void makeTransport(std::size_t max_body = FrameParser::kDefaultMaxBodyBytes) {
    StdioTransport::Options options;
    options.log = recorder_.onLog();
    options.max_body_bytes = max_body;
    transport_ = std::make_unique<StdioTransport>(io_.get_executor(), input_.read_end, output_.write_end, options);
    // The transport holds duplicates: close ours so EOF/EPIPE depend only on the test's ends.
    input_.closeRead();
    output_.closeWrite();
  }

  // Reads framed messages from the output pipe until `count` bodies or EOF.
  std::vector<std::string> readOutput(std::size_t count, std::vector<FramingError>* errors = nullptr) {
    FrameParser parser;
    std::vector<std::string> bodies;
    char buffer[8192];
    while (bodies.size() < count) {
      const ssize_t n = ::read(output_.read_end, buffer, sizeof buffer);
      if (n < 0 && errno == EINTR) continue;
      if (n <= 0) break;
      for (auto& event : parser.drain(std::string_view(buffer, static_cast<std::size_t>(n)))) {
        if (auto* body = std::get_if<std::string>(&event)) {
          bodies.push_back(std::move(*body));
        } else if (errors) {
          errors->push_back(std::get<FramingError>(event));
        }
      }
    }
    return bodies;
  }

  boost::asio::io_context io_;
  boost::asio::executor_work_guard<boost::asio::io_context::executor_type> guard_;
  std::vector<std::thread> threads_;
  Pipe input_;
  Pipe output_;
  Recorder recorder_;
  std::unique_ptr<StdioTransport> transport_;
};

TEST_F(StdioTransportTest, DeliversMessagesSplitAcrossWrites) {
  makeTransport();
  transport_->start(recorder_.onMessage(), recorder_.onClose());
  const std::string stream = frame(R"({"a":1})") + frame("{\"t\":\"caf\xC3\xA9\"}") + frame("{}");
  for (std::size_t i = 0; i < stream.size(); i += 7) {
    writeAll(input_.write_end, std::string_view(stream).substr(i, 7));
    std::this_thread::sleep_for(1ms);
  }
  ASSERT_TRUE(recorder_.waitUntil([&] { return recorder_.messages.size() == 3; }));
  std::lock_guard lock(recorder_.mutex);
  EXPECT_EQ(recorder_.messages, (std::vector<std::string>{R"({"a":1})", "{\"t\":\"caf\xC3\xA9\"}", "{}"}));
  EXPECT_FALSE(recorder_.closed.has_value());
}

TEST_F(StdioTransportTest, EofIsReportedOnce) {
  makeTransport();
  transport_->start(recorder_.onMessage(), recorder_.onClose());
  writeAll(input_.write_end, frame("last"));
  input_.closeWrite();
  ASSERT_TRUE(recorder_.waitUntil([&] { return recorder_.closed.has_value(); }));
  std::this_thread::sleep_for(50ms);
  std::lock_guard lock(recorder_.mutex);
  EXPECT_EQ(recorder_.messages, (std::vector<std::string>{"last"}));
  EXPECT_EQ(*recorder_.closed, CloseReason::InputEnded);
  EXPECT_EQ(recorder_.close_calls, 1);
}

TEST_F(StdioTransportTest, OutputStillWorksAfterInputEnded) {
  makeTransport();
  transport_->start(recorder_.onMessage(), recorder_.onClose());
  input_.closeWrite();
  ASSERT_TRUE(recorder_.waitUntil([&] { return recorder_.closed.has_value(); }));
  transport_->send("bye");
  EXPECT_EQ(readOutput(1), (std::vector<std::string>{"bye"}));
}

TEST_F(StdioTransportTest, ConcurrentSendsNeverInterleave) {
  makeTransport();
  transport_->start(recorder_.onMessage(), recorder_.onClose());
  constexpr int kThreads = 4;
  constexpr int kPerThread = 300;
  std::vector<std::thread> senders;
  for (int t = 0; t < kThreads; ++t) {
    senders.emplace_back([this, t] {
      for (int i = 0; i < kPerThread; ++i) {
        // Sizes from tiny to larger than a pipe buffer, so writes are partial.
        const std::size_t filler = (i % 10 == 0) ? 100000 : static_cast<std::size_t>(i * 37 % 3000);
        transport_->send(std::to_string(t) + ":" + std::to_string(i) + ":" +
                         std::string(filler, static_cast<char>('a' + t)));
      }
    });
  }
  std::vector<FramingError> errors;
  const auto bodies = readOutput(kThreads * kPerThread, &errors);
  for (auto& sender : senders) sender.join();

  EXPECT_TRUE(errors.empty());
  ASSERT_EQ(bodies.size(), static_cast<std::size_t>(kThreads * kPerThread));
  std::map<int, int> next_seq;
  for (const auto& body : bodies) {
    const auto colon1 = body.find(':');
    const auto colon2 = body.find(':', colon1 + 1);
    ASSERT_NE(colon2, std::string::npos);
    const int t = std::stoi(body.substr(0, colon1));
    const int i = std::stoi(body.substr(colon1 + 1, colon2 - colon1 - 1));
    EXPECT_EQ(i, next_seq[t]++) << "messages of one thread arrive in order";
    const std::string filler = body.substr(colon2 + 1);
    const std::size_t expected_size = (i % 10 == 0) ? 100000 : static_cast<std::size_t>(i * 37 % 3000);
    ASSERT_EQ(filler.size(), expected_size);
    EXPECT_EQ(filler.find_first_not_of(static_cast<char>('a' + t)), std::string::npos) << "interleaved bytes";
  }
  for (int t = 0; t < kThreads; ++t) EXPECT_EQ(next_seq[t], kPerThread);
}

TEST_F(StdioTransportTest, ClosedOutputIsReportedWithoutSigpipe) {
  makeTransport();
  transport_->start(recorder_.onMessage(), recorder_.onClose());
  output_.closeRead();  // the client stopped reading: writes get EPIPE
  transport_->send("into the void");
  ASSERT_TRUE(recorder_.waitUntil([&] { return recorder_.closed.has_value(); }));
  {
    std::lock_guard lock(recorder_.mutex);
    EXPECT_EQ(*recorder_.closed, CloseReason::OutputError);
    ASSERT_FALSE(recorder_.logs.empty());
    EXPECT_NE(recorder_.logs.back().find("write failed"), std::string::npos);
  }
  // Later sends are dropped quietly; still alive, still exactly one report.
  transport_->send("more");
  std::this_thread::sleep_for(50ms);
  std::lock_guard lock(recorder_.mutex);
  EXPECT_EQ(recorder_.close_calls, 1);

  struct sigaction current {};
  ::sigaction(SIGPIPE, nullptr, &current);
  EXPECT_EQ(current.sa_handler, SIG_IGN);
}

TEST_F(StdioTransportTest, FramingErrorsGoToTheLogNotTheOutput) {
  makeTransport(1000);
  transport_->start(recorder_.onMessage(), recorder_.onClose());
  writeAll(input_.write_end, "garbage line\r\n" + std::string("Content-Length: 5000\r\n\r\n") + frame("ok"));
  ASSERT_TRUE(recorder_.waitUntil([&] { return recorder_.messages.size() == 1; }));
  {
    std::lock_guard lock(recorder_.mutex);
    EXPECT_EQ(recorder_.messages[0], "ok");
    ASSERT_EQ(recorder_.logs.size(), 2u);
    EXPECT_NE(recorder_.logs[0].find("bad header"), std::string::npos);
    EXPECT_NE(recorder_.logs[1].find("message too large"), std::string::npos);
  }
  transport_->close();
  EXPECT_TRUE(readOutput(1).empty()) << "nothing was written to the output";
}

TEST_F(StdioTransportTest, CloseFlushesQueuedMessagesThenReleasesOutput) {
  makeTransport();
  transport_->start(recorder_.onMessage(), recorder_.onClose());
  for (int i = 0; i < 20; ++i) transport_->send(std::to_string(i));
  transport_->close();
  transport_->send("after close");      // dropped
  const auto bodies = readOutput(100);  // stops at EOF
  ASSERT_EQ(bodies.size(), 20u);
  EXPECT_EQ(bodies.front(), "0");
  EXPECT_EQ(bodies.back(), "19");
  std::lock_guard lock(recorder_.mutex);
  EXPECT_FALSE(recorder_.closed.has_value()) << "a local close is not reported";
}

TEST_F(StdioTransportTest, SendBeforeStartIsWritten) {
  makeTransport();
  transport_->send("early");
  EXPECT_EQ(readOutput(1), (std::vector<std::string>{"early"}));
}

TEST_F(StdioTransportTest, CallbacksMayCallBackIntoTheTransport) {
  makeTransport();
  // Capture the transport itself, not the unique_ptr the fixture resets.
  StdioTransport* transport = transport_.get();
  transport_->start(
      [transport](std::string body) {
        transport->send("echo:" + body);
        if (body == "stop") transport->close();
      },
      recorder_.onClose());
  writeAll(input_.write_end, frame("one") + frame("stop") + frame("ignored"));
  const auto bodies = readOutput(10);  // EOF after close() flushed
  EXPECT_EQ(bodies, (std::vector<std::string>{"echo:one", "echo:stop"}));
}

TEST_F(StdioTransportTest, DestroyingTheTransportDetachesCallbacks) {
  makeTransport();
  std::atomic<int> calls{0};
  transport_->start([&](std::string) { ++calls; }, [&](CloseReason) { ++calls; });
  transport_.reset();
  const std::string late = frame("late");
  [[maybe_unused]] const ssize_t ignored = ::write(input_.write_end, late.data(), late.size());  // may hit EPIPE
  input_.closeWrite();
  std::this_thread::sleep_for(50ms);
  EXPECT_EQ(calls.load(), 0);
}

TEST(StdioTransportFile, RegularFileInputIsReadToTheEnd) {
  std::FILE* file = std::tmpfile();
  ASSERT_NE(file, nullptr);
  const std::string stream = frame("first") + frame("second");
  ASSERT_EQ(std::fwrite(stream.data(), 1, stream.size(), file), stream.size());
  std::fflush(file);
  std::rewind(file);
  Pipe output;

  boost::asio::io_context io;
  Recorder recorder;
  StdioTransport::Options options;
  options.log = recorder.onLog();
  {
    StdioTransport transport(io.get_executor(), ::fileno(file), output.write_end, options);
    transport.start(recorder.onMessage(), recorder.onClose());
    io.run_for(2s);
  }
  std::fclose(file);
  EXPECT_EQ(recorder.messages, (std::vector<std::string>{"first", "second"}));
  ASSERT_TRUE(recorder.closed.has_value());
  EXPECT_EQ(*recorder.closed, CloseReason::InputEnded);
}

TEST(StdioTransportFile, BadDescriptorThrows) {
  boost::asio::io_context io;
  EXPECT_THROW(StdioTransport(io.get_executor(), 987654, 1), std::system_error);
}

}  // namespace
}  // namespace copydesk::protocol
