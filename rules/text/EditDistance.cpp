#include "text/EditDistance.h"

#include <algorithm>
#include <vector>

#include "text/Ascii.h"

namespace copydesk {

std::size_t editDistance(std::string_view a, std::string_view b, const EditDistanceOptions& options) {
  const std::size_t length_gap = a.size() > b.size() ? a.size() - b.size() : b.size() - a.size();
  if (length_gap >= options.cap) return options.cap;
  const auto same = [&](char x, char y) { return options.ignore_ascii_case ? asciiLower(x) == asciiLower(y) : x == y; };
  // Three rows of the table: i - 2 (for a swap), i - 1 and i.
  std::vector<std::size_t> before(b.size() + 1), previous(b.size() + 1), current(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) previous[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    current[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t cost = same(a[i - 1], b[j - 1]) ? 0 : 1;
      current[j] = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost});
      if (options.transpositions && i > 1 && j > 1 && same(a[i - 1], b[j - 2]) && same(a[i - 2], b[j - 1]))
        current[j] = std::min(current[j], before[j - 2] + 1);
    }
    std::swap(before, previous);
    std::swap(previous, current);
  }
  return std::min(previous[b.size()], options.cap);
}

}  // namespace copydesk
