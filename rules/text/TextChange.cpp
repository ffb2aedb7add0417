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

TextChange composeChanges(const TextChange& first, const TextChange& second) {
  // In the middle text (after `first`, before `second`), the bytes either
  // touched lie in [begin, end); before it they were `end` minus first's
  // delta, after it they are `end` plus second's.
  const std::size_t begin = std::min(first.begin, second.begin);
  const std::size_t end = std::max(first.new_end, second.old_end);
  return TextChange{begin, static_cast<std::size_t>(static_cast<std::int64_t>(end) - first.delta()),
                    static_cast<std::size_t>(static_cast<std::int64_t>(end) + second.delta())};
}

std::optional<TextChange> composeChanges(std::span<const TextChange> changes) {
  if (changes.empty()) return std::nullopt;
  TextChange all = changes.front();
  for (const TextChange& next : changes.subspan(1)) all = composeChanges(all, next);
  return all;
}

std::optional<std::vector<TextChange>> changesAfter(std::span<const TextStep> history, std::uint64_t from,
                                                    std::uint64_t current) {
  if (from == current) return std::vector<TextChange>{};
  for (std::size_t i = history.size(); i-- > 0;) {
    if (history[i].from != from) continue;
    std::vector<TextChange> changes;
    changes.reserve(history.size() - i);
    for (const TextStep& step : history.subspan(i)) changes.push_back(step.change);
    return changes;
  }
  return std::nullopt;
}

std::optional<TextChange> narrowChange(std::string_view old_text, std::string_view new_text,
                                       const TextChange& covering) {
  // findChange's prefix and suffix, started where `covering` says they reach at least.
  const std::size_t limit = std::min(old_text.size(), new_text.size());
  const std::size_t known_prefix = std::min(covering.begin, limit);
  const std::size_t prefix =
      known_prefix + commonPrefix(old_text.substr(known_prefix), new_text.substr(known_prefix), limit - known_prefix);
  if (prefix == limit && old_text.size() == new_text.size()) return std::nullopt;
  const std::size_t suffix_limit = limit - prefix;
  const std::size_t known_suffix = std::min(old_text.size() - covering.old_end, suffix_limit);
  const std::size_t suffix =
      known_suffix + commonSuffix(old_text.substr(0, old_text.size() - known_suffix),
                                  new_text.substr(0, new_text.size() - known_suffix), suffix_limit - known_suffix);
  return TextChange{prefix, old_text.size() - suffix, new_text.size() - suffix};
}

}  // namespace copydesk
