#include "protocol/Transport.h"

#include <poll.h>
#include <unistd.h>

#include <cerrno>
#include <string>

namespace copydesk::protocol {

std::string_view toString(CloseReason reason) {
  switch (reason) {
    case CloseReason::InputEnded: return "input ended";
    case CloseReason::InputError: return "input error";
    case CloseReason::OutputError: return "output error";
  }
  return "closed";
}

LogHandler stderrLog() {
  return [](std::string_view line) {
    std::string text = "copydesk: ";
    text.append(line.data(), line.size());
    text += '\n';
    // One write per line so concurrent lines do not mix. stderr may share its
    // open file description with a non-blocking stdout: wait on EAGAIN.
    std::size_t done = 0;
    int waits = 0;
    while (done < text.size()) {
      const ssize_t n = ::write(2, text.data() + done, text.size() - done);
      if (n > 0) {
        done += static_cast<std::size_t>(n);
      } else if (n < 0 && errno == EINTR) {
        continue;
      } else if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK) && ++waits <= 20) {
        pollfd fd{2, POLLOUT, 0};
        ::poll(&fd, 1, 100);
      } else {
        return;  // stderr is gone or stuck: drop the line rather than hang
      }
    }
  };
}

}  // namespace copydesk::protocol
