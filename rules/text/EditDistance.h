#pragma once
// The one edit distance of the engine: the rule-id "did you mean" (plain
// Levenshtein) and spelling suggestions (optimal string alignment, ASCII case
// ignored, capped) are two settings of it.
#include <cstddef>
#include <limits>
#include <string_view>

namespace copydesk {

struct EditDistanceOptions {
  // A swap of two neighbours counts as one edit ("teh" -> "the"): optimal
  // string alignment. Otherwise insert, delete and substitute only (Levenshtein).
  bool transpositions = false;
  // ASCII letters compare without case.
  bool ignore_ascii_case = false;
  // Counted up to `cap`: the result is at most cap, and words whose lengths
  // differ by cap or more return cap at once.
  std::size_t cap = std::numeric_limits<std::size_t>::max();
};

// The number of edits that turn `a` into `b` (bytes), per `options`.
std::size_t editDistance(std::string_view a, std::string_view b, const EditDistanceOptions& options);

}  // namespace copydesk
