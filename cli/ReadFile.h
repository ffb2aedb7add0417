#pragma once
// Reads a file to check, refusing what is not prose text.
#include <cstddef>
#include <string>

namespace copydesk::cli {

// Reads `path` whole into `text`. Returns false with `error` set when the file
// cannot be read, is larger than `max_bytes`, or is binary (a NUL byte in its
// first 8 KiB).
bool readTextFile(const std::string& path, std::size_t max_bytes, std::string& text, std::string& error);

// Reads standard input whole into `text`, with the same refusals.
bool readStandardInput(std::size_t max_bytes, std::string& text, std::string& error);

}  // namespace copydesk::cli
