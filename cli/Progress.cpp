#include "cli/Progress.h"

#include <sys/ioctl.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <string>

#include <fmt/format.h>

namespace copydesk::cli {

namespace {

std::size_t terminalWidth() {
  winsize size{};
  if (::ioctl(STDERR_FILENO, TIOCGWINSZ, &size) == 0 && size.ws_col > 0) return size.ws_col;
  return 80;
}

// Keeps the end of a long path (its file name), marking the cut with "...".
std::string fitted(std::string line, std::size_t prefix, std::size_t width) {
  if (line.size() < width || width <= prefix + 4) return line;
  const std::size_t cut = line.size() - (width - 1 - prefix - 3);
  return line.substr(0, prefix) + "..." + line.substr(cut);
}

}  // namespace

Progress::Progress(std::size_t total, bool enabled) : total_(total), enabled_(enabled) {}

bool Progress::wanted() {
  const char* ci = std::getenv("CI");
  return ::isatty(STDERR_FILENO) && (!ci || !*ci);
}

void Progress::fileDone(std::string_view path) {
  if (!enabled_) return;
  const std::lock_guard lock(mutex_);
  ++done_;
  const Clock::time_point now = Clock::now();
  if (now - started_ < std::chrono::seconds(1) || now - last_draw_ < std::chrono::milliseconds(100)) return;
  last_draw_ = now;
  const std::string prefix = fmt::format("checked {}/{} files: ", done_, total_);
  std::string line = fitted(prefix + std::string(path), prefix.size(), terminalWidth());
  for (char& c : line)
    if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) c = '?';  // never echo control bytes
  std::fprintf(stderr, "\r%s\x1b[K", line.c_str());
  std::fflush(stderr);
  drawn_ = true;
}

void Progress::finish() {
  const std::lock_guard lock(mutex_);
  if (!drawn_) return;
  std::fputs("\r\x1b[K", stderr);
  std::fflush(stderr);
  drawn_ = false;
}

}  // namespace copydesk::cli
