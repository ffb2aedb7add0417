#include "server/Logger.h"

#include <chrono>
#include <cstring>
#include <ctime>

namespace copydesk::server {

std::optional<LogLevel> parseLogLevel(std::string_view name) {
  if (name == "error") return LogLevel::Error;
  if (name == "warn" || name == "warning") return LogLevel::Warn;
  if (name == "info") return LogLevel::Info;
  if (name == "debug") return LogLevel::Debug;
  return std::nullopt;
}

std::string_view logLevelName(LogLevel level) {
  switch (level) {
    case LogLevel::Error: return "error";
    case LogLevel::Warn: return "warn";
    case LogLevel::Info: return "info";
    case LogLevel::Debug: return "debug";
  }
  return "?";
}

Logger::~Logger() {
  if (file_) std::fclose(file_);
}

bool Logger::openFile(const std::string& path, std::string& error) {
  std::FILE* file = std::fopen(path.c_str(), "ae");
  if (!file) {
    error = "cannot open the log file " + path + ": " + std::strerror(errno);
    return false;
  }
  std::lock_guard lock(mutex_);
  if (file_) std::fclose(file_);
  file_ = file;
  return true;
}

void Logger::silence() {
  std::lock_guard lock(mutex_);
  silent_ = true;
}

void Logger::setForward(Forward forward) {
  std::lock_guard lock(mutex_);
  forward_ = std::move(forward);
}

void Logger::log(LogLevel level, std::string_view message) {
  Forward forward;
  {
    std::lock_guard lock(mutex_);
    if (!silent_ && enabled(level)) {
      const auto now = std::chrono::system_clock::now();
      const std::time_t seconds = std::chrono::system_clock::to_time_t(now);
      const auto millis = std::chrono::duration_cast<std::chrono::milliseconds>(now.time_since_epoch()).count() % 1000;
      std::tm tm{};
      gmtime_r(&seconds, &tm);
      char stamp[32];
      std::strftime(stamp, sizeof stamp, "%H:%M:%S", &tm);
      const std::string line =
          fmt::format("copydesk lsp {}.{:03} {}: {}\n", stamp, millis, logLevelName(level), message);
      std::FILE* out = file_ ? file_ : stderr;
      std::fwrite(line.data(), 1, line.size(), out);
      std::fflush(out);
    }
    if (level <= LogLevel::Warn) forward = forward_;
  }
  if (forward) forward(level, message);
}

}  // namespace copydesk::server
