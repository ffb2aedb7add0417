#include "protocol/Uri.h"

namespace copydesk::protocol {
namespace {

bool isAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool isDigit(char c) { return c >= '0' && c <= '9'; }
bool isUnreserved(char c) { return isAlpha(c) || isDigit(c) || c == '-' || c == '.' || c == '_' || c == '~'; }

int hexValue(char c) {
  if (isDigit(c)) return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// "C:" followed by end, '/' or '\'.
bool startsWithDrive(std::string_view s) {
  return s.size() >= 2 && isAlpha(s[0]) && s[1] == ':' && (s.size() == 2 || s[2] == '/' || s[2] == '\\');
}

bool startsWithIgnoreCase(std::string_view s, std::string_view prefix) {
  if (s.size() < prefix.size()) return false;
  for (std::size_t i = 0; i < prefix.size(); ++i) {
    char c = s[i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c != prefix[i]) return false;
  }
  return true;
}

}  // namespace

std::string percentEncode(std::string_view text, std::string_view keep) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  out.reserve(text.size());
  for (const char c : text) {
    if (isUnreserved(c) || keep.find(c) != std::string_view::npos) {
      out += c;
    } else {
      const auto byte = static_cast<unsigned char>(c);
      out += '%';
      out += kHex[byte >> 4];
      out += kHex[byte & 0x0f];
    }
  }
  return out;
}

std::optional<std::string> percentDecode(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '%') {
      out += text[i];
      continue;
    }
    if (i + 2 >= text.size()) return std::nullopt;
    const int hi = hexValue(text[i + 1]);
    const int lo = hexValue(text[i + 2]);
    if (hi < 0 || lo < 0) return std::nullopt;
    out += static_cast<char>(hi * 16 + lo);
    i += 2;
  }
  return out;
}

std::string pathToFileUri(std::string_view path) {
  std::string normalized(path);
  std::string uri = "file://";
  if (startsWithDrive(normalized)) {
    for (char& c : normalized) {
      if (c == '\\') c = '/';
    }
    uri += '/';
    uri += normalized.substr(0, 2);  // drive letter and colon, unencoded
    uri += percentEncode(std::string_view(normalized).substr(2), "/");
    return uri;
  }
  if (normalized.empty() || normalized.front() != '/') uri += '/';
  uri += percentEncode(normalized, "/");
  return uri;
}

std::optional<std::string> fileUriToPath(std::string_view uri) {
  if (!startsWithIgnoreCase(uri, "file:")) return std::nullopt;
  std::string_view rest = uri.substr(5);
  if (const std::size_t end = rest.find_first_of("?#"); end != std::string_view::npos) rest = rest.substr(0, end);

  std::string_view host;
  if (rest.starts_with("//")) {
    rest.remove_prefix(2);
    const std::size_t slash = rest.find('/');
    host = rest.substr(0, slash);
    rest = slash == std::string_view::npos ? std::string_view() : rest.substr(slash);
    if (startsWithIgnoreCase(host, "localhost") && host.size() == 9) host = {};
  }

  auto decoded = percentDecode(rest);
  if (!decoded || decoded->find('\0') != std::string::npos) return std::nullopt;
  std::string path = std::move(*decoded);
  if (path.empty()) path = "/";

  // "/C:/x" -> "C:/x"
  if (host.empty() && path.size() >= 3 && path[0] == '/' && startsWithDrive(std::string_view(path).substr(1))) {
    path.erase(0, 1);
    for (char& c : path) {
      if (c == '\\') c = '/';
    }
    return path;
  }
  if (!host.empty()) {
    auto decoded_host = percentDecode(host);
    if (!decoded_host) return std::nullopt;
    return "//" + *decoded_host + path;
  }
  return path;
}

}  // namespace copydesk::protocol
