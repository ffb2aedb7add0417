#pragma once
// Runs the real copydesk binary as a child process and captures its output.
#include <string>
#include <vector>

namespace copydesk::testing {

struct ProcessResult {
  int exit_code = -1;
  std::string out;
  std::string err;
};

// Runs COPYDESK_BINARY with `args` in `cwd` (empty: current folder), standard
// input read from `stdin_path` (empty: /dev/null).
ProcessResult runCopydesk(const std::vector<std::string>& args, const std::string& cwd = "",
                          const std::string& stdin_path = "");

}  // namespace copydesk::testing
