#pragma once
// The live "checked 120/1081 files: path" line of `copydesk check` on stderr.
// Shown only when stderr is a terminal and the CI environment variable is not
// set, and only once the run has lasted a second; redrawn in place with "\r"
// at most ten times a second and erased by finish(). Thread-safe.
#include <chrono>
#include <cstddef>
#include <mutex>
#include <string_view>

namespace copydesk::cli {

class Progress {
 public:
  // `enabled`: usually Progress::wanted().
  Progress(std::size_t total, bool enabled);
  ~Progress() { finish(); }

  // True when stderr is a terminal and CI is unset or empty.
  static bool wanted();

  // One more file is done.
  void fileDone(std::string_view path);
  // Erases the line if one was drawn.
  void finish();

 private:
  using Clock = std::chrono::steady_clock;
  std::mutex mutex_;
  const std::size_t total_;
  const bool enabled_;
  const Clock::time_point started_ = Clock::now();
  Clock::time_point last_draw_{};
  std::size_t done_ = 0;
  bool drawn_ = false;
};

}  // namespace copydesk::cli
