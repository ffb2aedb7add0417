#include "soak/ServerProcess.h"

#include <poll.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>

#include "protocol/Framing.h"

namespace copydesk::soak {

ServerProcess::ServerProcess(const std::vector<std::string>& argv, const std::string& stderr_path,
                             const std::vector<std::string>& env)
    : child_(argv, stderr_path, env) {
  if (child_.output() >= 0) reader_ = std::thread([this] { readLoop(); });
}

ServerProcess::~ServerProcess() {
  // Reading on while the server exits, so that it never blocks on a full pipe.
  child_.stop();
  closeOutput();
}

void ServerProcess::readLoop() {
  protocol::FrameParser parser;
  char buffer[65536];
  for (;;) {
    {
      std::lock_guard lock(mutex_);
      if (stop_reading_) return;
    }
    pollfd p{child_.output(), POLLIN, 0};
    const int ready = ::poll(&p, 1, 50);
    if (ready < 0 && errno == EINTR) continue;
    if (ready <= 0) continue;
    const ssize_t n = ::read(child_.output(), buffer, sizeof buffer);
    if (n < 0 && (errno == EINTR || errno == EAGAIN)) continue;
    if (n <= 0) {
      std::lock_guard lock(mutex_);
      eof_ = true;
      arrived_.notify_all();
      return;
    }
    parser.feed(std::string_view(buffer, static_cast<std::size_t>(n)));
    std::lock_guard lock(mutex_);
    while (auto event = parser.next()) {
      if (auto* body = std::get_if<std::string>(&*event)) {
        json message = json::parse(*body, nullptr, false);
        if (message.is_discarded()) {
          ++framing_errors_;
          continue;
        }
        queue_.push_back(std::move(message));
        ++received_;
      } else {
        ++framing_errors_;
      }
    }
    arrived_.notify_all();
  }
}

bool ServerProcess::send(const json& message) { return writeRaw(protocol::frame(message.dump())); }

bool ServerProcess::request(std::int64_t id, const std::string& method, const json& params) {
  return send({{"jsonrpc", "2.0"}, {"id", id}, {"method", method}, {"params", params}});
}

bool ServerProcess::notify(const std::string& method, const json& params) {
  return send({{"jsonrpc", "2.0"}, {"method", method}, {"params", params}});
}

void ServerProcess::closeOutput() {
  {
    std::lock_guard lock(mutex_);
    stop_reading_ = true;
  }
  if (reader_.joinable()) reader_.join();
  child_.closeOutput();
}

std::optional<json> ServerProcess::take(const std::function<bool(const json&)>& match,
                                        std::chrono::milliseconds timeout) {
  const auto deadline = std::chrono::steady_clock::now() + timeout;
  std::unique_lock lock(mutex_);
  std::size_t scanned = 0;
  for (;;) {
    for (auto it = queue_.begin() + static_cast<std::ptrdiff_t>(scanned); it != queue_.end(); ++it) {
      if (match(*it)) {
        json message = std::move(*it);
        queue_.erase(it);
        return message;
      }
    }
    scanned = queue_.size();
    if (eof_) return std::nullopt;
    if (arrived_.wait_until(lock, deadline) == std::cv_status::timeout) {
      for (auto it = queue_.begin() + static_cast<std::ptrdiff_t>(scanned); it != queue_.end(); ++it) {
        if (match(*it)) {
          json message = std::move(*it);
          queue_.erase(it);
          return message;
        }
      }
      return std::nullopt;
    }
  }
}

std::optional<json> ServerProcess::response(std::int64_t id, std::chrono::milliseconds timeout) {
  return take(
      [id](const json& m) {
        const auto it = m.find("id");
        return it != m.end() && it->is_number_integer() && it->get<std::int64_t>() == id && !m.contains("method");
      },
      timeout);
}

std::vector<json> ServerProcess::takeAll() {
  std::lock_guard lock(mutex_);
  std::vector<json> out(std::make_move_iterator(queue_.begin()), std::make_move_iterator(queue_.end()));
  queue_.clear();
  return out;
}

std::size_t ServerProcess::received() const {
  std::lock_guard lock(mutex_);
  return received_;
}

std::size_t ServerProcess::framingErrors() const {
  std::lock_guard lock(mutex_);
  return framing_errors_;
}

bool ServerProcess::outputClosed() const {
  std::lock_guard lock(mutex_);
  return eof_;
}

namespace {

std::size_t statusField(pid_t pid, const char* field) {
  std::ifstream in("/proc/" + std::to_string(pid) + "/status");
  std::string line;
  const std::size_t n = std::strlen(field);
  while (std::getline(in, line)) {
    if (line.compare(0, n, field) == 0) return std::strtoull(line.c_str() + n, nullptr, 10);
  }
  return 0;
}

}  // namespace

std::size_t ServerProcess::rssKiB() const { return running() ? statusField(pid(), "VmRSS:") : 0; }
std::size_t ServerProcess::peakRssKiB() const { return running() ? statusField(pid(), "VmHWM:") : 0; }

std::uint64_t ServerProcess::cpuTicks() const {
  std::ifstream in("/proc/" + std::to_string(pid()) + "/stat");
  const std::string stat((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  const std::size_t close = stat.rfind(')');
  if (close == std::string::npos) return 0;
  std::istringstream fields(stat.substr(close + 2));
  std::string field;
  std::uint64_t utime = 0, stime = 0;
  // After "(comm) ": state is field 3; utime and stime are fields 14 and 15.
  for (int i = 3; i <= 15 && fields >> field; ++i) {
    if (i == 14) utime = std::stoull(field);
    if (i == 15) stime = std::stoull(field);
  }
  return utime + stime;
}

json positionAt(const std::string& text, std::size_t offset) {
  std::int64_t line = 0, character = 0;
  for (std::size_t i = 0; i < offset && i < text.size();) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    if (c == '\r') {
      ++line;
      character = 0;
      i += (i + 1 < text.size() && text[i + 1] == '\n') ? 2 : 1;
      continue;
    }
    if (c == '\n') {
      ++line;
      character = 0;
      ++i;
      continue;
    }
    const int len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    character += len == 4 ? 2 : 1;
    i += static_cast<std::size_t>(len);
  }
  return {{"line", line}, {"character", character}};
}

std::size_t offsetAt(const std::string& text, std::int64_t line, std::int64_t character) {
  std::size_t i = 0;
  for (std::int64_t l = 0; l < line && i < text.size();) {
    const char c = text[i++];
    if (c == '\r') {
      if (i < text.size() && text[i] == '\n') ++i;
      ++l;
    } else if (c == '\n') {
      ++l;
    }
  }
  std::int64_t col = 0;
  while (i < text.size() && col < character && text[i] != '\n' && text[i] != '\r') {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    const int len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    col += len == 4 ? 2 : 1;
    i += static_cast<std::size_t>(len);
  }
  return i;
}

std::map<std::string, std::string> snapshotFolder(const std::string& folder) {
  namespace fs = std::filesystem;
  std::map<std::string, std::string> out;
  for (const auto& entry : fs::recursive_directory_iterator(folder)) {
    struct stat st {};
    if (::lstat(entry.path().c_str(), &st) != 0) continue;
    std::string description = "mode=" + std::to_string(st.st_mode) + " mtime=" + std::to_string(st.st_mtim.tv_sec) +
                              "." + std::to_string(st.st_mtim.tv_nsec);
    if (entry.is_regular_file()) {
      std::ifstream in(entry.path(), std::ios::binary);
      description += " bytes=" + std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    }
    out[entry.path().string()] = std::move(description);
  }
  return out;
}

}  // namespace copydesk::soak
