#pragma once
// Reading a text line by line as it stands (no trimming, nothing skipped; for
// word lists and data files see DataLines.h):
//
//   for (std::size_t pos = 0; pos < text.size();) {
//     const std::string_view line = nextLine(text, pos);
//     ...
#include <cstddef>
#include <string_view>

namespace copydesk {

// The line of `text` starting at `pos`, without its "\n" (a "\r" before it is
// kept); `pos` moves past the "\n", or beyond text.size() after the last line.
inline std::string_view nextLine(std::string_view text, std::size_t& pos) {
  std::size_t end = text.find('\n', pos);
  if (end == std::string_view::npos) end = text.size();
  const std::string_view line = text.substr(pos, end - pos);
  pos = end + 1;
  return line;
}

}  // namespace copydesk
