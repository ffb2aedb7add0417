#include "cli/ChangedLines.h"

#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>

#include "text/NextLine.h"

extern char** environ;

namespace copydesk::cli {

namespace fs = std::filesystem;

namespace {

// Runs git with `args` and collects its standard output; its standard error
// (git's own explanation of a failure) goes to ours. `command` names it in errors.
bool runGit(const char* command, std::vector<std::string> args, std::string& out, std::string& error) {
  args.insert(args.begin(), "git");
  std::vector<char*> argv;
  for (std::string& arg : args) argv.push_back(arg.data());
  argv.push_back(nullptr);
  int pipe_fds[2];
  if (::pipe2(pipe_fds, O_CLOEXEC) != 0) {
    error = std::string("cannot run git: ") + std::strerror(errno);
    return false;
  }
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, pipe_fds[1], STDOUT_FILENO);
  posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
  pid_t pid = 0;
  const int spawned = posix_spawnp(&pid, "git", &actions, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  ::close(pipe_fds[1]);
  if (spawned != 0) {
    ::close(pipe_fds[0]);
    error = std::string("cannot run git: ") + std::strerror(spawned);
    return false;
  }
  char buffer[65536];
  for (;;) {
    const ssize_t n = ::read(pipe_fds[0], buffer, sizeof buffer);
    if (n > 0) out.append(buffer, static_cast<std::size_t>(n));
    else if (n == 0 || errno != EINTR) break;
  }
  ::close(pipe_fds[0]);
  int status = 0;
  while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {}
  if (WIFEXITED(status) && WEXITSTATUS(status) == 0) return true;
  error = std::string("'git ") + command + "' failed" +
          (WIFEXITED(status) ? " (exit status " + std::to_string(WEXITSTATUS(status)) + ")" : std::string());
  return false;
}

// A path git wrote in C-style quotes ("a\"b\303\251.md"), unquoted; others as they are.
std::string unquoteGitPath(std::string_view path) {
  if (path.size() < 2 || path.front() != '"' || path.back() != '"') return std::string(path);
  std::string out;
  for (std::size_t i = 1; i + 1 < path.size(); ++i) {
    if (path[i] != '\\' || i + 2 >= path.size()) {
      out += path[i];
      continue;
    }
    const char c = path[++i];
    if (c >= '0' && c <= '7' && i + 2 < path.size()) {
      out += static_cast<char>(((c - '0') << 6) | ((path[i + 1] - '0') << 3) | (path[i + 2] - '0'));
      i += 2;
    } else {
      static constexpr std::string_view kEscapes = "a\ab\bf\fn\nr\rt\tv\v";
      const std::size_t at = kEscapes.find(c);
      out += at != std::string_view::npos && at % 2 == 0 ? kEscapes[at + 1] : c;
    }
  }
  return out;
}

// The number at `text[i]` (advancing `i`); `fallback` when there is none.
std::size_t readNumber(std::string_view text, std::size_t& i, std::size_t fallback) {
  if (i >= text.size() || text[i] < '0' || text[i] > '9') return fallback;
  std::size_t n = 0;
  for (; i < text.size() && text[i] >= '0' && text[i] <= '9'; ++i) n = n * 10 + static_cast<std::size_t>(text[i] - '0');
  return n;
}

// "-a[,b] +c[,d]" of a hunk header "@@ -a,b +c,d @@": b and c, d.
struct Hunk {
  std::size_t old_count = 1, new_start = 0, new_count = 1;
};

bool parseHunkHeader(std::string_view line, Hunk& hunk) {
  std::size_t i = 3;  // after "@@ "
  if (i >= line.size() || line[i] != '-') return false;
  ++i;
  readNumber(line, i, 0);
  if (i < line.size() && line[i] == ',') hunk.old_count = readNumber(line, ++i, 1);
  if (i + 1 >= line.size() || line[i] != ' ' || line[i + 1] != '+') return false;
  i += 2;
  hunk.new_start = readNumber(line, i, 0);
  if (i < line.size() && line[i] == ',') hunk.new_count = readNumber(line, ++i, 1);
  return true;
}

std::string absoluteResolved(const fs::path& path) {
  std::error_code ec;
  const fs::path absolute = fs::absolute(path, ec);
  const fs::path resolved = fs::weakly_canonical(absolute, ec);
  return (ec ? absolute.lexically_normal() : resolved).string();
}

}  // namespace

bool FileChanges::touches(std::size_t first, std::size_t last) const {
  if (whole_file) return true;
  // The first range that does not end before `first`.
  const auto it = std::lower_bound(ranges.begin(), ranges.end(), first,
                                   [](const LineRange& range, std::size_t line) { return range.last < line; });
  return it != ranges.end() && it->first <= last;
}

std::map<std::string, FileChanges> parseDiffLines(std::string_view diff) {
  std::map<std::string, FileChanges> out;
  FileChanges* current = nullptr;
  std::size_t hunk_lines_left = 0;  // lines of the current hunk's body still to skip
  std::size_t pos = 0;
  while (pos < diff.size()) {
    const std::string_view line = nextLine(diff, pos);
    if (hunk_lines_left > 0) {
      // A body line ("+...", "-..."); "\ No newline at end of file" is not counted.
      if (!line.starts_with('\\')) --hunk_lines_left;
      continue;
    }
    if (line.starts_with("+++ ")) {
      const std::string path = unquoteGitPath(line.substr(4));
      current = path.starts_with("b/") ? &out[path.substr(2)] : nullptr;  // "/dev/null": deleted
    } else if (line.starts_with("@@ ")) {
      Hunk hunk;
      if (!parseHunkHeader(line, hunk)) continue;
      hunk_lines_left = hunk.old_count + hunk.new_count;
      if (current && hunk.new_count > 0)
        current->ranges.push_back({hunk.new_start, hunk.new_start + hunk.new_count - 1});
    }
  }
  std::erase_if(out, [](const auto& entry) { return entry.second.ranges.empty(); });
  return out;
}

bool ChangedLines::load(const std::string& ref, std::string& error) {
  std::string top;
  if (!runGit("rev-parse", {"rev-parse", "--show-toplevel"}, top, error)) {
    error = "--changed-since needs a git repository: " + error;
    return false;
  }
  while (!top.empty() && (top.back() == '\n' || top.back() == '\r')) top.pop_back();
  std::string diff, untracked;
  // Fixed prefixes and no external diff or text conversion, whatever the user's git configuration says.
  if (!runGit("diff",
              {"-C", top, "-c", "core.quotepath=off", "diff", "--no-color", "--no-ext-diff", "--no-textconv",
               "--src-prefix=a/", "--dst-prefix=b/", "-U0", ref, "--"},
              diff, error) ||
      !runGit("ls-files", {"-C", top, "ls-files", "--others", "--exclude-standard", "-z"}, untracked, error)) {
    error = "--changed-since " + ref + ": " + error;
    return false;
  }
  const fs::path root(top);
  for (auto& [path, changes] : parseDiffLines(diff)) by_path_[absoluteResolved(root / path)] = std::move(changes);
  for (std::size_t begin = 0, end; begin < untracked.size(); begin = end + 1) {
    end = untracked.find('\0', begin);
    if (end == std::string::npos) end = untracked.size();
    if (end > begin) by_path_[absoluteResolved(root / untracked.substr(begin, end - begin))].whole_file = true;
  }
  return true;
}

const FileChanges* ChangedLines::of(const std::string& path) const {
  const auto it = by_path_.find(absoluteResolved(path));
  return it == by_path_.end() ? nullptr : &it->second;
}

void keepChangedFindings(std::vector<Finding>& findings, const LineIndex& lines, const FileChanges& changes) {
  std::erase_if(findings, [&](const Finding& finding) {
    const std::size_t first = lines.lineOf(finding.span.begin);
    // A span that ends at the start of a line does not reach into it.
    std::size_t last = lines.lineOf(finding.span.end);
    if (last > first && lines.lineStart(last) == finding.span.end) --last;
    return !changes.touches(first + 1, last + 1);
  });
}

}  // namespace copydesk::cli
