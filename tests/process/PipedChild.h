#pragma once
// A child process with pipes to its stdin and from its stdout: what the tests
// that run the real `copydesk lsp` (tests/lsp/ChildProcess, tests/soak and
// tests/faults' ServerProcess) start, write to and wait for. Reading its
// output is theirs: one reads in the test's thread, the other in a thread of
// its own.
#include <sys/types.h>

#include <chrono>
#include <optional>
#include <string>
#include <vector>

namespace copydesk::testprocess {

class PipedChild {
 public:
  // argv[0] is the program; `env` entries ("NAME=value") are added to the
  // environment; stderr goes to `stderr_path` (empty: /dev/null). The child
  // sees the default SIGPIPE disposition, as under an editor; this process
  // ignores SIGPIPE, so a write to a child that has gone fails instead.
  explicit PipedChild(const std::vector<std::string>& argv, const std::string& stderr_path = "",
                      const std::vector<std::string>& env = {});
  // stop(), then closes the child's stdout.
  ~PipedChild();
  PipedChild(const PipedChild&) = delete;
  PipedChild& operator=(const PipedChild&) = delete;

  pid_t pid() const { return pid_; }
  bool exited() const { return status_.has_value(); }
  // The read end of the child's stdout (-1 once closed).
  int output() const { return out_; }

  // Writes all of `bytes` to the child's stdin; false when it cannot.
  bool writeRaw(const std::string& bytes);
  void closeInput();
  void closeOutput();
  // Closes the child's stdin, waits up to 3 s for it to exit, then kills it.
  void stop();
  // Exit status (WEXITSTATUS, or 128+signal), nullopt when still running after `timeout`.
  std::optional<int> wait(std::chrono::milliseconds timeout);

 private:
  pid_t pid_ = -1;
  int in_ = -1;
  int out_ = -1;
  std::optional<int> status_;
};

}  // namespace copydesk::testprocess
