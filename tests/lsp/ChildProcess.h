#pragma once
// Runs the real `copydesk lsp` as a child process over pipes, speaking framed
// LSP: what an editor does.
#include <sys/types.h>

#include <chrono>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "process/PipedChild.h"
#include "protocol/Framing.h"

namespace copydesk::lsptest {

class ChildProcess {
 public:
  // argv[0] is the program; stderr goes to `stderr_path` (empty: /dev/null).
  explicit ChildProcess(const std::vector<std::string>& argv, const std::string& stderr_path = "")
      : child_(argv, stderr_path) {}

  pid_t pid() const { return child_.pid(); }
  bool writeRaw(const std::string& bytes) { return child_.writeRaw(bytes); }
  bool send(const nlohmann::json& message);
  void closeInput() { child_.closeInput(); }
  // The next framed message, or nullopt after `timeout` / at end of output.
  std::optional<std::string> readBody(std::chrono::milliseconds timeout);
  std::optional<nlohmann::json> read(std::chrono::milliseconds timeout);
  // Exit status (WEXITSTATUS; 128+signal), or nullopt when still running after `timeout`.
  std::optional<int> wait(std::chrono::milliseconds timeout) { return child_.wait(timeout); }
  // Bytes the child wrote to stdout that were not LSP frames (must stay empty).
  std::size_t framingErrors() const { return framing_errors_; }

 private:
  testprocess::PipedChild child_;
  protocol::FrameParser parser_;
  std::size_t framing_errors_ = 0;
};

}  // namespace copydesk::lsptest
