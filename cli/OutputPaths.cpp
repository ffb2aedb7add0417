#include "cli/OutputPaths.h"

#include <filesystem>

namespace copydesk::cli {

namespace fs = std::filesystem;

std::string repositoryPath(const std::string& path) {
  std::error_code ec;
  const fs::path cwd = fs::current_path(ec);
  const fs::path absolute = (fs::path(path).is_absolute() || ec ? fs::path(path) : cwd / path).lexically_normal();
  if (!ec) {
    const fs::path relative = absolute.lexically_relative(cwd);
    if (!relative.empty() && *relative.begin() != "..") return relative.generic_string();
  }
  return absolute.generic_string();
}

std::string percentEncodePath(std::string_view path) {
  static constexpr std::string_view kKeep = "-._~/!$&'()*+,;=:@";
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  for (const char c : path) {
    const auto byte = static_cast<unsigned char>(c);
    const bool alnum = (byte >= 'a' && byte <= 'z') || (byte >= 'A' && byte <= 'Z') || (byte >= '0' && byte <= '9');
    if (alnum || kKeep.find(c) != std::string_view::npos) {
      out += c;
    } else {
      out += '%';
      out += kHex[byte >> 4];
      out += kHex[byte & 0xF];
    }
  }
  return out;
}

std::string fileUri(const std::string& absolute_path) { return "file://" + percentEncodePath(absolute_path); }

std::string currentFolderUri() {
  std::error_code ec;
  std::string uri = fileUri(fs::current_path(ec).generic_string());
  if (uri.back() != '/') uri += '/';
  return uri;
}

}  // namespace copydesk::cli
