#include "engine/RuleIds.h"

#include <algorithm>
#include <array>

#include "text/EditDistance.h"

namespace copydesk {

bool ruleIdMatches(std::string_view pattern, std::string_view id) {
  if (pattern == "*") return true;
  if (pattern.size() >= 2 && pattern.substr(pattern.size() - 2) == "/*")
    return id.size() > pattern.size() - 1 && id.substr(0, pattern.size() - 1) == pattern.substr(0, pattern.size() - 1);
  return pattern == id;
}

int ruleIdSpecificity(std::string_view pattern) {
  if (pattern == "*") return 0;
  if (pattern.ends_with("/*")) return 1;
  return 2;
}

bool isKnownRuleArea(std::string_view area) {
  static constexpr std::array<std::string_view, 6> kAreas{"config", "custom", "facts", "grammar", "spelling", "style"};
  return std::find(kAreas.begin(), kAreas.end(), area) != kAreas.end();
}

bool isKnownRuleIdOrPattern(std::string_view pattern, const std::vector<std::string>& known_ids) {
  if (pattern == "*") return true;
  if (pattern.ends_with("/*")) return isKnownRuleArea(pattern.substr(0, pattern.size() - 2));
  return std::find(known_ids.begin(), known_ids.end(), pattern) != known_ids.end();
}

std::string closestMatch(std::string_view word, const std::vector<std::string>& candidates) {
  if (word.size() >= 3)  // an abbreviation: "lang" for "language"
    for (const std::string& candidate : candidates)
      if (candidate.size() > word.size() && std::string_view(candidate).starts_with(word)) return candidate;
  const std::size_t limit = std::max<std::size_t>(2, word.size() / 3);
  std::string best;
  std::size_t best_distance = limit + 1;
  for (const std::string& candidate : candidates) {
    const std::size_t d = editDistance(word, candidate, {});
    if (d < best_distance) {
      best_distance = d;
      best = candidate;
    }
  }
  return best;
}

std::string didYouMean(std::string_view word, const std::vector<std::string>& candidates) {
  const std::string best = closestMatch(word, candidates);
  return best.empty() ? std::string() : " (did you mean '" + best + "'?)";
}

}  // namespace copydesk
