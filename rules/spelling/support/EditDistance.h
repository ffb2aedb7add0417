#pragma once
#include <string_view>

namespace copydesk {

// Optimal-string-alignment distance (insert, delete, substitute, swap two
// neighbours), ASCII case-insensitive, counted up to `cap` (returns at most cap).
int editDistance(std::string_view a, std::string_view b, int cap = 3);

// True when both words have the same letters in another order ("teh", "the").
bool sameLetters(std::string_view a, std::string_view b);

}  // namespace copydesk
