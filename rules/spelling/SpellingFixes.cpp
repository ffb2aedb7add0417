#include "spelling/SpellingFixes.h"

#include <fmt/format.h>

#include "spelling/support/EditDistance.h"

namespace copydesk {

std::vector<Fix> spellingFixes(const SpellChecker& spelling, std::string_view word, ByteSpan span) {
  const std::vector<std::string> suggestions = spelling.quickSuggest(word, 3);
  int close = 0;
  for (const std::string& s : suggestions) close += editDistance(word, s) <= 1 ? 1 : 0;
  std::vector<Fix> fixes;
  for (std::size_t i = 0; i < suggestions.size(); ++i) {
    Fix fix;
    fix.title = fmt::format("Replace with '{}'", suggestions[i]);
    fix.edits.push_back({span, suggestions[i]});
    fix.preferred = i == 0;
    fix.safe = i == 0 && close == 1 && editDistance(word, suggestions[0]) <= 1 && word.size() >= 4;
    fixes.push_back(std::move(fix));
  }
  return fixes;
}

std::string spellingMessage(std::string_view word, const std::vector<Fix>& fixes) {
  if (fixes.empty() || fixes.front().edits.empty()) return fmt::format("Unknown word '{}'", word);
  return fmt::format("Unknown word '{}': did you mean '{}'?", word, fixes.front().edits.front().new_text);
}

}  // namespace copydesk
