#include "engine/RuleIds.h"

#include <algorithm>
#include <array>


namespace copydesk {

namespace {

std::size_t levenshtein(std::string_view a, std::string_view b) {
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t above = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = above;
    }
  }
  return row[b.size()];
}

}  // namespace

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
    const std::size_t d = levenshtein(word, candidate);
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
