#include "text/TextChange.h"

#include <algorithm>
#include <cstring>

namespace copydesk {

namespace {

// The length of the common prefix of a and b, at most `limit`, compared eight
// bytes at a time (std::mismatch goes byte by byte: a tenth of a keystroke).
std::size_t commonPrefix(std::string_view a, std::string_view b, std::size_t limit) {
  std::size_t i = 0;
  for (; i + 8 <= limit; i += 8) {
    std::uint64_t x, y;
    std::memcpy(&x, a.data() + i, 8);
    std::memcpy(&y, b.data() + i, 8);
    if (x != y) break;
  }
  while (i < limit && a[i] == b[i]) ++i;
  return i;
}

// The same for the common suffix.
std::size_t commonSuffix(std::string_view a, std::string_view b, std::size_t limit) {
  const char* a_end = a.data() + a.size();
  const char* b_end = b.data() + b.size();
  std::size_t n = 0;
  for (; n + 8 <= limit; n += 8) {
    std::uint64_t x, y;
    std::memcpy(&x, a_end - n - 8, 8);
    std::memcpy(&y, b_end - n - 8, 8);
    if (x != y) break;
  }
  while (n < limit && a_end[-static_cast<std::ptrdiff_t>(n) - 1] == b_end[-static_cast<std::ptrdiff_t>(n) - 1]) ++n;
  return n;
}

}  // namespace

std::optional<TextChange> findChange(std::string_view old_text, std::string_view new_text) {
  const std::size_t limit = std::min(old_text.size(), new_text.size());
  const std::size_t prefix = commonPrefix(old_text, new_text, limit);
  if (prefix == limit && old_text.size() == new_text.size()) return std::nullopt;
  const std::size_t suffix = commonSuffix(old_text, new_text, limit - prefix);
  return TextChange{prefix, old_text.size() - suffix, new_text.size() - suffix};
}

}  // namespace copydesk
