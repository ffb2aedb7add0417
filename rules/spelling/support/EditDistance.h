#pragma once
#include <string_view>

#include "text/EditDistance.h"

namespace copydesk {

// Optimal-string-alignment distance (insert, delete, substitute, swap two
// neighbours), ASCII case-insensitive, counted up to `cap` (returns at most cap).
inline int editDistance(std::string_view a, std::string_view b, int cap = 3) {
  return static_cast<int>(copydesk::editDistance(
      a, b, {.transpositions = true, .ignore_ascii_case = true, .cap = static_cast<std::size_t>(cap)}));
}

// True when both words have the same letters in another order ("teh", "the").
bool sameLetters(std::string_view a, std::string_view b);

}  // namespace copydesk
