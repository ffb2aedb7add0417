#include "spelling/SpellingFixes.h"

#include <fmt/format.h>

#include "spelling/SpellChecker.h"
#include "spelling/support/EditDistance.h"

namespace copydesk {

namespace {

// "the" -> "The" for "Teh"; other words keep the list's spelling.
std::string matchCase(std::string_view word, std::string fix) {
  if (!word.empty() && word[0] >= 'A' && word[0] <= 'Z' && !fix.empty() && fix[0] >= 'a' && fix[0] <= 'z')
    fix[0] = static_cast<char>(fix[0] - 32);
  return fix;
}

}  // namespace

std::vector<Fix> spellingFixes(const SpellChecker& spelling, std::string_view word, ByteSpan span) {
  // A known misspelling: the list's corrections, the only one safe.
  if (std::vector<std::string> known = spelling.knownMisspelling(word); !known.empty()) {
    std::vector<Fix> fixes;
    for (std::size_t i = 0; i < known.size() && i < 3; ++i) {
      Fix fix;
      const std::string text = matchCase(word, known[i]);
      fix.title = fmt::format("Replace with '{}'", text);
      fix.edits.push_back({span, text});
      fix.preferred = i == 0;
      fix.safe = known.size() == 1;
      fixes.push_back(std::move(fix));
    }
    return fixes;
  }
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
