#include "cli/ReadFile.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>

#include <fmt/format.h>
#include <sys/stat.h>

namespace copydesk::cli {

namespace {

bool refuseBinary(const std::string& text, std::string& error) {
  if (text.substr(0, 8192).find('\0') == std::string::npos) return true;
  error = "binary file, not checked";
  return false;
}

}  // namespace

bool readTextFile(const std::string& path, std::size_t max_bytes, std::string& text, std::string& error) {
  struct stat info {};
  if (::stat(path.c_str(), &info) != 0) {
    error = fmt::format("cannot read file: {}", std::strerror(errno));
    return false;
  }
  if (!S_ISREG(info.st_mode)) {
    error = "not a regular file";
    return false;
  }
  if (static_cast<std::size_t>(info.st_size) > max_bytes) {
    error = fmt::format("file too large, not checked ({} bytes; the limit is {} bytes, see --max-file-size)",
                        info.st_size, max_bytes);
    return false;
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    error = fmt::format("cannot read file: {}", std::strerror(errno));
    return false;
  }
  text.resize(static_cast<std::size_t>(info.st_size));
  in.read(text.data(), static_cast<std::streamsize>(text.size()));
  text.resize(static_cast<std::size_t>(in.gcount()));
  if (in.bad()) {
    error = "cannot read file: read error";
    return false;
  }
  return refuseBinary(text, error);
}

bool readStandardInput(std::size_t max_bytes, std::string& text, std::string& error) {
  text.clear();
  char buffer[1 << 16];
  while (true) {
    const std::size_t n = std::fread(buffer, 1, sizeof buffer, stdin);
    if (n == 0) break;
    if (text.size() + n > max_bytes) {
      error = fmt::format("input too large, not checked (the limit is {} bytes, see --max-file-size)", max_bytes);
      return false;
    }
    text.append(buffer, n);
  }
  if (std::ferror(stdin)) {
    error = fmt::format("cannot read standard input: {}", std::strerror(errno));
    return false;
  }
  return refuseBinary(text, error);
}

}  // namespace copydesk::cli
