// file: URIs <-> filesystem paths (RFC 8089 / RFC 3986 percent-encoding).
//
// pathToFileUri: percent-encodes every byte except unreserved characters
// (A-Z a-z 0-9 - . _ ~) and '/', so spaces become %20 and non-ASCII UTF-8 bytes
// become %XX (upper-case hex). A Windows-style path ("C:\dir\a b" or "C:/dir")
// becomes "file:///C:/dir/a%20b" (backslashes turned into slashes, drive colon
// kept). Relative paths are not resolved: the caller passes absolute paths.
//
// fileUriToPath: accepts "file:///p", "file://localhost/p", "file:/p" (scheme
// case-insensitive), decodes %XX (either case) and drops any ?query or
// #fragment. A drive letter ("/C:/x", "/c%3A/x") yields "C:/x" style paths
// (drive letter case kept, slashes forward). Another host yields a UNC-style
// "//host/p". Returns nullopt for other schemes, malformed escapes, or an
// encoded NUL byte.
//
// Thread-safety: pure functions.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace copydesk::protocol {

std::string pathToFileUri(std::string_view path);
std::optional<std::string> fileUriToPath(std::string_view uri);

/// Percent-encodes every byte outside unreserved characters and `keep`.
std::string percentEncode(std::string_view text, std::string_view keep = "");
/// Decodes %XX escapes; nullopt when a '%' is not followed by two hex digits.
std::optional<std::string> percentDecode(std::string_view text);

}  // namespace copydesk::protocol
