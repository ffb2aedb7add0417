// Nothing lost: a process killed in the middle of an atomic write (after the
// temporary file is written and flushed, before the rename: fault injection
// COPYDESK_FAULT_INJECT=after-temp-write, see io/AtomicFile.h) leaves the
// original file byte-identical with its permissions, at most the one stray
// temporary file of the killed process, and the next write cleans stale ones.
#include <sys/stat.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <unistd.h>

#include <csignal>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include <gtest/gtest.h>

namespace {

namespace fs = std::filesystem;

int runHelper(const std::string& file, const std::string& content, bool inject) {
  const pid_t pid = ::fork();
  if (pid == 0) {
    if (inject) ::setenv("COPYDESK_FAULT_INJECT", "after-temp-write", 1);
    else ::unsetenv("COPYDESK_FAULT_INJECT");
    ::execl(COPYDESK_ATOMIC_HELPER, COPYDESK_ATOMIC_HELPER, file.c_str(), content.c_str(), static_cast<char*>(nullptr));
    ::_exit(127);
  }
  int status = 0;
  ::waitpid(pid, &status, 0);
  return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

std::vector<fs::path> temporaries(const fs::path& folder) {
  std::vector<fs::path> out;
  for (const auto& e : fs::directory_iterator(folder))
    if (e.path().filename().string().find(".copydesk-") != std::string::npos) out.push_back(e.path());
  return out;
}

TEST(AtomicWriteFault, KilledBetweenTempWriteAndRenameLeavesTheOriginalIntact) {
  char pattern[] = "/tmp/copydesk-atomic-XXXXXX";
  const fs::path dir = ::mkdtemp(pattern);
  const fs::path file = dir / "article.md";
  const std::string original = "# Draft\n\nEvery word of this must survive. \xE2\x80\x94 caf\xC3\xA9\n";
  std::ofstream(file, std::ios::binary) << original;
  ::chmod(file.c_str(), 0640);

  const int status = runHelper(file.string(), "REPLACEMENT", /*inject=*/true);
  EXPECT_EQ(status, 128 + SIGABRT) << "the fault was not injected";
  EXPECT_EQ(slurp(file), original);
  struct stat st {};
  ASSERT_EQ(::stat(file.c_str(), &st), 0);
  EXPECT_EQ(st.st_mode & 07777, 0640u);
  const auto stray = temporaries(dir);
  ASSERT_EQ(stray.size(), 1u) << "exactly the killed write's temporary file";
  EXPECT_EQ(slurp(stray[0]), "REPLACEMENT");  // it was flushed, only the rename was missing

  // A fresh stray file is left alone by the next write (another writer may own it)...
  EXPECT_EQ(runHelper(file.string(), "second", false), 0);
  EXPECT_EQ(slurp(file), "second");
  EXPECT_EQ(temporaries(dir).size(), 1u);
  // ...an hour-old one is removed.
  const timeval old[2] = {{::time(nullptr) - 7200, 0}, {::time(nullptr) - 7200, 0}};
  ASSERT_EQ(::utimes(stray[0].c_str(), old), 0);
  EXPECT_EQ(runHelper(file.string(), "third", false), 0);
  EXPECT_EQ(slurp(file), "third");
  EXPECT_TRUE(temporaries(dir).empty());
  ASSERT_EQ(::stat(file.c_str(), &st), 0);
  EXPECT_EQ(st.st_mode & 07777, 0640u) << "permissions are kept";
  std::error_code ec;
  fs::remove_all(dir, ec);
}

TEST(AtomicWriteFault, ARefusedWriteChangesNothing) {
  char pattern[] = "/tmp/copydesk-atomic-XXXXXX";
  const fs::path dir = ::mkdtemp(pattern);
  const fs::path file = dir / "link.md";
  std::ofstream(dir / "real.md", std::ios::binary) << "real";
  fs::create_symlink(dir / "real.md", file);
  EXPECT_EQ(runHelper(file.string(), "x", false), 1) << "a symbolic link must be refused";
  EXPECT_EQ(slurp(dir / "real.md"), "real");
  EXPECT_TRUE(temporaries(dir).empty());
  std::error_code ec;
  fs::remove_all(dir, ec);
}

}  // namespace
