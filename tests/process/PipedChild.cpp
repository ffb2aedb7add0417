#include "process/PipedChild.h"

#include <fcntl.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <thread>

extern char** environ;

namespace copydesk::testprocess {

PipedChild::PipedChild(const std::vector<std::string>& argv, const std::string& stderr_path,
                       const std::vector<std::string>& env) {
  ::signal(SIGPIPE, SIG_IGN);
  int to_child[2];
  int from_child[2];
  if (::pipe2(to_child, O_CLOEXEC) != 0) return;
  if (::pipe2(from_child, O_CLOEXEC) != 0) {
    ::close(to_child[0]);
    ::close(to_child[1]);
    return;
  }
  std::vector<char*> args;
  for (const std::string& arg : argv) args.push_back(const_cast<char*>(arg.c_str()));
  args.push_back(nullptr);
  std::vector<std::string> env_strings;
  for (char** e = environ; *e; ++e) env_strings.emplace_back(*e);
  for (const std::string& e : env) env_strings.push_back(e);
  std::vector<char*> envp;
  for (std::string& e : env_strings) envp.push_back(e.data());
  envp.push_back(nullptr);
  const std::string err = stderr_path.empty() ? "/dev/null" : stderr_path;
  pid_ = ::fork();
  if (pid_ == 0) {
    ::dup2(to_child[0], 0);
    ::dup2(from_child[1], 1);
    const int err_fd = ::open(err.c_str(), O_WRONLY | O_CREAT | O_APPEND, 0644);
    if (err_fd >= 0) ::dup2(err_fd, 2);
    ::signal(SIGPIPE, SIG_DFL);
    ::execve(args[0], args.data(), envp.data());
    ::_exit(127);
  }
  ::close(to_child[0]);
  ::close(from_child[1]);
  in_ = to_child[1];
  out_ = from_child[0];
}

PipedChild::~PipedChild() {
  stop();
  closeOutput();
}

void PipedChild::stop() {
  closeInput();
  if (pid_ > 0 && !status_ && !wait(std::chrono::milliseconds(3000))) {
    ::kill(pid_, SIGKILL);
    wait(std::chrono::milliseconds(3000));
  }
}

bool PipedChild::writeRaw(const std::string& bytes) {
  std::size_t done = 0;
  while (done < bytes.size()) {
    if (in_ < 0) return false;
    const ssize_t n = ::write(in_, bytes.data() + done, bytes.size() - done);
    if (n < 0) {
      if (errno == EINTR) continue;
      return false;
    }
    done += static_cast<std::size_t>(n);
  }
  return true;
}

void PipedChild::closeInput() {
  if (in_ >= 0) ::close(in_);
  in_ = -1;
}

void PipedChild::closeOutput() {
  if (out_ >= 0) ::close(out_);
  out_ = -1;
}

std::optional<int> PipedChild::wait(std::chrono::milliseconds timeout) {
  if (status_) return status_;
  if (pid_ <= 0) return std::nullopt;
  const auto deadline = std::chrono::steady_clock::now() + timeout;
  for (;;) {
    int status = 0;
    if (::waitpid(pid_, &status, WNOHANG) == pid_) {
      status_ = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
      return status_;
    }
    if (std::chrono::steady_clock::now() >= deadline) return std::nullopt;
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }
}

}  // namespace copydesk::testprocess
