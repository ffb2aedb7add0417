#include "ChildProcess.h"

#include <poll.h>
#include <unistd.h>

#include <cerrno>

namespace copydesk::lsptest {

bool ChildProcess::send(const nlohmann::json& message) { return writeRaw(protocol::frame(message.dump())); }

std::optional<std::string> ChildProcess::readBody(std::chrono::milliseconds timeout) {
  const auto deadline = std::chrono::steady_clock::now() + timeout;
  for (;;) {
    while (auto event = parser_.next()) {
      if (auto* body = std::get_if<std::string>(&*event)) return std::move(*body);
      ++framing_errors_;
    }
    const auto left =
        std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
    if (left.count() <= 0 || child_.output() < 0) return std::nullopt;
    pollfd p{child_.output(), POLLIN, 0};
    const int ready = ::poll(&p, 1, static_cast<int>(left.count()));
    if (ready < 0 && errno == EINTR) continue;
    if (ready <= 0) return std::nullopt;
    char buffer[65536];
    const ssize_t n = ::read(child_.output(), buffer, sizeof buffer);
    if (n <= 0) return std::nullopt;
    parser_.feed(std::string_view(buffer, static_cast<std::size_t>(n)));
  }
}

std::optional<nlohmann::json> ChildProcess::read(std::chrono::milliseconds timeout) {
  auto body = readBody(timeout);
  if (!body) return std::nullopt;
  return nlohmann::json::parse(*body, nullptr, false);
}

}  // namespace copydesk::lsptest
