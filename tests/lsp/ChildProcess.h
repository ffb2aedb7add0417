#pragma once
// Runs the real `copydesk lsp` as a child process over pipes, speaking framed
// LSP: what an editor does.
#include <sys/types.h>

#include <chrono>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "protocol/Framing.h"

namespace copydesk::lsptest {

class ChildProcess {
 public:
  // argv[0] is the program; stderr goes to `stderr_path` (empty: /dev/null).
  explicit ChildProcess(const std::vector<std::string>& argv, const std::string& stderr_path = "");
  ~ChildProcess();
  ChildProcess(const ChildProcess&) = delete;
  ChildProcess& operator=(const ChildProcess&) = delete;

  pid_t pid() const { return pid_; }
  bool writeRaw(const std::string& bytes);
  bool send(const nlohmann::json& message);
  void closeInput();
  // The next framed message, or nullopt after `timeout` / at end of output.
  std::optional<std::string> readBody(std::chrono::milliseconds timeout);
  std::optional<nlohmann::json> read(std::chrono::milliseconds timeout);
  // Exit status (WEXITSTATUS; 128+signal), or nullopt when still running after `timeout`.
  std::optional<int> wait(std::chrono::milliseconds timeout);
  // Bytes the child wrote to stdout that were not LSP frames (must stay empty).
  std::size_t framingErrors() const { return framing_errors_; }

 private:
  pid_t pid_ = -1;
  int in_ = -1;   // child's stdin
  int out_ = -1;  // child's stdout
  protocol::FrameParser parser_;
  std::size_t framing_errors_ = 0;
  std::optional<int> status_;
};

}  // namespace copydesk::lsptest
