#pragma once
// The server's log: one line per event, to stderr (never stdout: that is the
// LSP channel) or to a file. Lines at or above the level are written; warnings
// and errors can also be forwarded to the client (window/logMessage) once it
// is initialised. Thread-safe.
#include <cstdio>
#include <functional>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>

#include <fmt/format.h>

namespace copydesk::server {

enum class LogLevel { Error = 0, Warn = 1, Info = 2, Debug = 3 };

std::optional<LogLevel> parseLogLevel(std::string_view name);  // error|warn|info|debug
std::string_view logLevelName(LogLevel level);

class Logger {
 public:
  using Forward = std::function<void(LogLevel, std::string_view)>;

  explicit Logger(LogLevel level = LogLevel::Warn) : level_(level) {}
  ~Logger();
  Logger(const Logger&) = delete;
  Logger& operator=(const Logger&) = delete;

  // Appends to `path` instead of stderr; false (and `error`) when it cannot be opened.
  bool openFile(const std::string& path, std::string& error);
  // Null: write nothing at all (tests).
  void silence();
  void setLevel(LogLevel level) { level_ = level; }
  LogLevel level() const { return level_; }
  bool enabled(LogLevel level) const { return level <= level_; }
  // Receives Warn and Error lines (in addition to the sink). Null: none.
  void setForward(Forward forward);

  void log(LogLevel level, std::string_view message);

  template <class... Args>
  void error(fmt::format_string<Args...> f, Args&&... args) {
    emit(LogLevel::Error, f, std::forward<Args>(args)...);
  }
  template <class... Args>
  void warn(fmt::format_string<Args...> f, Args&&... args) {
    emit(LogLevel::Warn, f, std::forward<Args>(args)...);
  }
  template <class... Args>
  void info(fmt::format_string<Args...> f, Args&&... args) {
    emit(LogLevel::Info, f, std::forward<Args>(args)...);
  }
  template <class... Args>
  void debug(fmt::format_string<Args...> f, Args&&... args) {
    emit(LogLevel::Debug, f, std::forward<Args>(args)...);
  }

 private:
  template <class... Args>
  void emit(LogLevel level, fmt::format_string<Args...> f, Args&&... args) {
    if (enabled(level)) log(level, fmt::format(f, std::forward<Args>(args)...));
  }

  LogLevel level_;
  std::mutex mutex_;
  std::FILE* file_ = nullptr;  // owned; null: stderr
  bool silent_ = false;
  Forward forward_;
};

}  // namespace copydesk::server
