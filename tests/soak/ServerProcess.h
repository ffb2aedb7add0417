#pragma once
// The real `copydesk lsp` as a child process over pipes, for the soak and
// fault tests. Unlike tests/lsp/ChildProcess, a reader thread drains the
// server's stdout all the time, so a test can stream thousands of messages
// without both sides blocking on full pipes; messages are queued and taken by
// predicate. Also reads the child's RSS and CPU time from /proc.
#include <sys/types.h>

#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <deque>
#include <functional>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include <nlohmann/json.hpp>

#include "process/PipedChild.h"

namespace copydesk::soak {

using nlohmann::json;

class ServerProcess {
 public:
  // argv[0] is the program; `env` entries ("NAME=value") are added to the
  // environment; stderr goes to `stderr_path` (empty: /dev/null).
  ServerProcess(const std::vector<std::string>& argv, const std::string& stderr_path = "",
                const std::vector<std::string>& env = {});
  ~ServerProcess();
  ServerProcess(const ServerProcess&) = delete;
  ServerProcess& operator=(const ServerProcess&) = delete;

  pid_t pid() const { return child_.pid(); }
  bool running() const { return child_.pid() > 0 && !child_.exited(); }

  bool writeRaw(const std::string& bytes) { return child_.writeRaw(bytes); }
  bool send(const json& message);
  bool request(std::int64_t id, const std::string& method, const json& params);
  bool notify(const std::string& method, const json& params);
  void closeInput() { child_.closeInput(); }
  // Stops reading and closes our end of the server's stdout (its writes then fail).
  void closeOutput();

  // The first queued message (in arrival order) for which `match` is true,
  // removed from the queue; nullopt after `timeout`.
  std::optional<json> take(const std::function<bool(const json&)>& match, std::chrono::milliseconds timeout);
  std::optional<json> response(std::int64_t id, std::chrono::milliseconds timeout);
  // Every queued message, removed.
  std::vector<json> takeAll();
  // Messages received so far (including taken ones) and bytes that were not frames.
  std::size_t received() const;
  std::size_t framingErrors() const;
  bool outputClosed() const;

  // Exit status (WEXITSTATUS, or 128+signal), nullopt when still running after `timeout`.
  std::optional<int> wait(std::chrono::milliseconds timeout) { return child_.wait(timeout); }
  // Resident set size in KiB (VmRSS), peak (VmHWM); 0 when unknown.
  std::size_t rssKiB() const;
  std::size_t peakRssKiB() const;
  // utime + stime of the process, in clock ticks.
  std::uint64_t cpuTicks() const;

 private:
  void readLoop();

  testprocess::PipedChild child_;
  std::thread reader_;
  bool stop_reading_ = false;
  mutable std::mutex mutex_;
  std::condition_variable arrived_;
  std::deque<json> queue_;
  std::size_t received_ = 0;
  std::size_t framing_errors_ = 0;
  bool eof_ = false;
};

// Byte offset <-> LSP position in UTF-16 code units, computed independently of
// the engine's LineIndex (lines end at \n, \r\n or \r). `text` must be valid UTF-8.
json positionAt(const std::string& text, std::size_t offset);
std::size_t offsetAt(const std::string& text, std::int64_t line, std::int64_t character);

// Every regular file under `folder` with its bytes, mode and mtime (for
// "nothing was written" checks).
std::map<std::string, std::string> snapshotFolder(const std::string& folder);

}  // namespace copydesk::soak
