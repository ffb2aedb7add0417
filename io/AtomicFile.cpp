#include "io/AtomicFile.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <string_view>
#include <vector>

namespace copydesk::io {

namespace fs = std::filesystem;

namespace {

std::string systemError(const std::string& what, const std::string& path) {
  return what + " " + path + ": " + std::strerror(errno);
}

// Test hook (tests/faults): COPYDESK_FAULT_INJECT=after-temp-write makes the
// process abort() once the temporary file is written and flushed, before the
// rename, to prove that a crash there leaves the original file intact.
bool faultInjected(std::string_view point) {
  const char* value = std::getenv("COPYDESK_FAULT_INJECT");
  return value != nullptr && point == value;
}

// Temporary files of writes that died (".<name>.copydesk-XXXXXX", at least
// an hour old: no live writer takes that long) are removed.
void removeStaleTemporaries(const fs::path& folder, const std::string& filename) {
  const std::string prefix = "." + filename + ".copydesk-";
  std::error_code ec;
  fs::directory_iterator it(folder, ec);
  if (ec) return;
  const auto now = fs::file_time_type::clock::now();
  for (; it != fs::directory_iterator(); it.increment(ec)) {
    if (ec) return;
    const std::string name = it->path().filename().string();
    if (name.size() != prefix.size() + 6 || name.compare(0, prefix.size(), prefix) != 0) continue;
    std::error_code stat_ec;
    if (!it->is_regular_file(stat_ec) || stat_ec) continue;
    const auto modified = fs::last_write_time(it->path(), stat_ec);
    if (stat_ec || now - modified < std::chrono::hours(1)) continue;
    fs::remove(it->path(), stat_ec);
  }
}

fs::path resolved(const std::string& path) {
  std::error_code ec;
  fs::path absolute = fs::absolute(fs::path(path), ec);
  if (ec) absolute = fs::path(path);
  fs::path out = fs::weakly_canonical(absolute, ec);
  if (ec) out = absolute.lexically_normal();
  return out;
}

bool writeAll(int fd, std::string_view data) {
  while (!data.empty()) {
    const ssize_t n = ::write(fd, data.data(), data.size());
    if (n < 0) {
      if (errno == EINTR) continue;
      return false;
    }
    data.remove_prefix(static_cast<std::size_t>(n));
  }
  return true;
}

mode_t creationMode() {
  // umask() can only be read by setting it; restore it at once.
  const mode_t mask = ::umask(022);
  ::umask(mask);
  return 0666 & ~mask;
}

void syncFolder(const fs::path& folder) {
  const int fd = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) return;
  ::fsync(fd);
  ::close(fd);
}

bool hasLine(std::string_view text, std::string_view line) {
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    std::string_view current = text.substr(start, end - start);
    if (!current.empty() && current.back() == '\r') current.remove_suffix(1);
    if (current == line) return true;
    if (end == text.size()) break;
    start = end + 1;
  }
  return false;
}

}  // namespace

bool isInsideFolder(const std::string& root, const std::string& path) {
  const fs::path r = resolved(root);
  const fs::path p = resolved(path);
  auto ri = r.begin();
  auto pi = p.begin();
  for (; ri != r.end(); ++ri, ++pi) {
    if (ri->empty()) continue;  // trailing separator
    if (pi == p.end() || *ri != *pi) return false;
  }
  return true;
}

bool readWholeFile(const std::string& path, std::string& out, std::string& error, bool* missing) {
  if (missing) *missing = false;
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    if (errno == ENOENT && missing) *missing = true;
    error = systemError("cannot read", path);
    return false;
  }
  out.clear();
  char buffer[64 * 1024];
  for (;;) {
    const ssize_t n = ::read(fd, buffer, sizeof buffer);
    if (n < 0) {
      if (errno == EINTR) continue;
      error = systemError("cannot read", path);
      ::close(fd);
      return false;
    }
    if (n == 0) break;
    out.append(buffer, static_cast<std::size_t>(n));
  }
  ::close(fd);
  return true;
}

bool writeFileAtomically(const std::string& path, std::string_view content,
                         const std::optional<std::string>& expected_original, std::string& error,
                         const AtomicWriteOptions& options) {
  if (path.empty()) {
    error = "no file name given";
    return false;
  }
  if (!options.root.empty() && !isInsideFolder(options.root, path)) {
    error = "refusing to write " + path + ": it is outside the workspace " + options.root;
    return false;
  }
  const fs::path target = fs::absolute(fs::path(path));
  const fs::path folder = target.parent_path();
  std::error_code ec;
  if (options.create_parent_folders && !fs::is_directory(folder, ec)) {
    fs::create_directories(folder, ec);
    if (ec) {
      error = "cannot create the folder " + folder.string() + ": " + ec.message();
      return false;
    }
  }

  struct stat original {};
  const bool exists = ::lstat(target.c_str(), &original) == 0;
  if (exists && S_ISLNK(original.st_mode)) {
    error = "refusing to replace " + path + ": it is a symbolic link";
    return false;
  }
  if (exists && !S_ISREG(original.st_mode)) {
    error = "refusing to replace " + path + ": it is not a regular file";
    return false;
  }
  const mode_t mode = exists ? (original.st_mode & 07777) : creationMode();

  removeStaleTemporaries(folder, target.filename().string());
  std::string temp = (folder / ("." + target.filename().string() + ".copydesk-XXXXXX")).string();
  std::vector<char> name(temp.begin(), temp.end());
  name.push_back('\0');
  const int fd = ::mkstemp(name.data());
  if (fd < 0) {
    error = systemError("cannot create a temporary file in", folder.string());
    return false;
  }
  temp.assign(name.data());
  const auto fail = [&](const std::string& message) {
    ::close(fd);
    ::unlink(temp.c_str());
    error = message;
    return false;
  };
  if (!writeAll(fd, content)) return fail(systemError("cannot write", temp));
  if (::fchmod(fd, mode) != 0) return fail(systemError("cannot set the permissions of", temp));
  if (::fsync(fd) != 0) return fail(systemError("cannot flush", temp));
  if (::close(fd) != 0) {
    ::unlink(temp.c_str());
    error = systemError("cannot close", temp);
    return false;
  }
  if (faultInjected("after-temp-write")) std::abort();

  if (expected_original) {
    std::string current;
    std::string read_error;
    bool missing = false;
    const bool read = readWholeFile(target.string(), current, read_error, &missing);
    const bool same = read ? current == *expected_original : (missing && expected_original->empty());
    if (!same) {
      ::unlink(temp.c_str());
      error = read || missing ? "refusing to overwrite " + path + ": it changed since it was read" : read_error;
      return false;
    }
  }
  if (::rename(temp.c_str(), target.c_str()) != 0) {
    const std::string message = systemError("cannot replace", path);
    ::unlink(temp.c_str());
    error = message;
    return false;
  }
  syncFolder(folder);
  return true;
}

bool appendLineAtomically(const std::string& path, std::string_view line, std::string& error,
                          const AtomicWriteOptions& options) {
  if (line.find_first_of("\r\n") != std::string_view::npos) {
    error = "a line cannot contain a line break";
    return false;
  }
  for (int attempt = 0; attempt < 2; ++attempt) {
    std::string original;
    bool missing = false;
    if (!readWholeFile(path, original, error, &missing) && !missing) return false;
    if (hasLine(original, line)) return true;
    std::string updated = original;
    if (!updated.empty() && updated.back() != '\n') updated += '\n';
    updated.append(line);
    updated += '\n';
    if (writeFileAtomically(path, updated, original, error, options)) return true;
    if (error.find("changed since it was read") == std::string::npos) return false;
  }
  return false;
}

}  // namespace copydesk::io
