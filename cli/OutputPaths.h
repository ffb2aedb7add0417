#pragma once
// How CI-oriented formats (SARIF, GitHub annotations) name a checked file:
// relative to the current folder, which in CI is the repository root.
#include <string>
#include <string_view>

namespace copydesk::cli {

// `path` relative to the current folder, with "/" separators and no "./"
// prefix, when it lies inside it; otherwise the absolute, normalised path.
std::string repositoryPath(const std::string& path);

// Percent-encodes every byte of `path` except unreserved URI characters,
// "/" and the sub-delimiters that are harmless in a path ("!$&'()*+,;=:@").
std::string percentEncodePath(std::string_view path);

// "file:///..." for an absolute path (percent-encoded).
std::string fileUri(const std::string& absolute_path);

// The current folder as a file URI ending with "/".
std::string currentFolderUri();

}  // namespace copydesk::cli
