#include "spelling/SpellingLists.h"

#include <algorithm>
#include <array>
#include <bitset>
#include <cstdint>
#include <unordered_map>

#include "text/DataLines.h"
#include "text/EmbeddedData.h"
#include "text/Utf.h"

COPYDESK_EMBEDDED(spelling_cspell_vocabulary_txt)
COPYDESK_EMBEDDED(spelling_common_misspellings_txt)
COPYDESK_EMBEDDED(spelling_phrases_txt)

namespace copydesk {

namespace {

// Lines of a generated list after its '#' header, sorted by bytes; each line is
// "key" or "key\tvalue". Found by bisecting the bytes and moving to line starts.
class SortedLines {
 public:
  explicit SortedLines(std::string_view text) {
    while (!text.empty() && text.front() == '#') {
      const std::size_t newline = text.find('\n');
      text = newline == std::string_view::npos ? std::string_view{} : text.substr(newline + 1);
    }
    body_ = text;
  }

  // The value of `key` ("" for a line with no value); false when absent.
  bool find(std::string_view key, std::string_view& value) const {
    std::size_t lo = 0, hi = body_.size();  // [lo, hi) holds whole lines
    while (lo < hi) {
      std::size_t mid = lo + (hi - lo) / 2;
      const std::size_t start = mid == 0 ? 0 : body_.rfind('\n', mid - 1);
      const std::size_t line_begin = start == std::string_view::npos || mid == 0 ? 0 : start + 1;
      const std::size_t begin = std::max(line_begin, lo);
      std::size_t end = body_.find('\n', begin);
      if (end == std::string_view::npos) end = body_.size();
      const std::string_view line = body_.substr(begin, end - begin);
      const std::size_t tab = line.find('\t');
      const std::string_view line_key = line.substr(0, tab);
      const int cmp = key.compare(line_key);
      if (cmp == 0) {
        value = tab == std::string_view::npos ? std::string_view{} : line.substr(tab + 1);
        return true;
      }
      if (cmp < 0) {
        hi = begin;
      } else {
        lo = end + 1;
      }
    }
    return false;
  }

 private:
  std::string_view body_;
};

const SortedLines& technicalLists() {
  static const SortedLines lines(data::spelling_cspell_vocabulary_txt);
  return lines;
}

const SortedLines& misspellings() {
  static const SortedLines lines(data::spelling_common_misspellings_txt);
  return lines;
}

// ASCII words are folded on the stack; others through utf::toLower.
template <typename F>
auto withLower(std::string_view word, F&& f) {
  char buffer[64];
  if (word.size() <= sizeof buffer) {
    bool ascii = true;
    for (std::size_t i = 0; ascii && i < word.size(); ++i) {
      const unsigned char c = static_cast<unsigned char>(word[i]);
      if (c >= 0x80) ascii = false;
      buffer[i] = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
    }
    if (ascii) return f(std::string_view(buffer, word.size()));
  }
  const std::string lower = utf::toLower(word);
  return f(std::string_view(lower));
}

// Each phrase as its words.
const std::vector<std::vector<std::string_view>>& phrases() {
  static const std::vector<std::vector<std::string_view>> list = [] {
    std::vector<std::vector<std::string_view>> out;
    for (std::string_view line : DataLines(data::spelling_phrases_txt)) {
      std::vector<std::string_view> words;
      while (!line.empty()) {
        const std::size_t space = line.find(' ');
        words.push_back(line.substr(0, space));
        line = space == std::string_view::npos ? std::string_view{} : line.substr(space + 1);
      }
      out.push_back(std::move(words));
    }
    return out;
  }();
  return list;
}

bool endsWith(std::string_view word, std::string_view end) {
  return word.size() >= end.size() && word.substr(word.size() - end.size()) == end;
}

bool isVowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

}  // namespace

bool inTechnicalLists(std::string_view word) {
  std::string_view value;
  return withLower(word, [&](std::string_view lower) { return technicalLists().find(lower, value); });
}

std::vector<std::string> knownMisspellingFixes(std::string_view word) {
  std::string_view value;
  if (!withLower(word, [&](std::string_view lower) { return misspellings().find(lower, value); })) return {};
  std::vector<std::string> fixes;
  while (!value.empty()) {
    const std::size_t bar = value.find('|');
    fixes.emplace_back(value.substr(0, bar));
    value = bar == std::string_view::npos ? std::string_view{} : value.substr(bar + 1);
  }
  return fixes;
}

bool inAcceptedPhrase(const std::vector<std::string_view>& words, std::size_t index) {
  for (const auto& phrase : phrases()) {
    for (std::size_t k = 0; k < phrase.size(); ++k) {
      if (phrase[k] != words[index] || index < k || index - k + phrase.size() > words.size()) continue;
      bool all = true;
      for (std::size_t j = 0; j < phrase.size() && all; ++j) all = words[index - k + j] == phrase[j];
      if (all) return true;
    }
  }
  return false;
}

bool isHyphenatedPhrase(std::string_view lower) {
  for (const auto& phrase : phrases()) {
    std::string joined;
    for (std::string_view word : phrase) joined.append(joined.empty() ? "" : "-").append(word);
    if (joined == lower) return true;
  }
  return false;
}

std::vector<std::string> suffixStems(std::string_view w) {
  std::vector<std::string> out;
  if (w.size() < 5) return out;
  const auto add = [&](std::string_view stem, std::string_view append = {}) {
    if (stem.size() < 3) return;
    std::string s(stem);
    s += append;
    if (std::find(out.begin(), out.end(), s) == out.end()) out.push_back(std::move(s));
  };
  const auto cut = [&](std::size_t n) { return w.substr(0, w.size() - n); };
  // A doubled final consonant before -ed/-ing/-er ("remapped" -> "remap").
  const auto undouble = [&](std::string_view stem) {
    if (stem.size() >= 3 && stem.back() == stem[stem.size() - 2] && !isVowel(stem.back()))
      add(stem.substr(0, stem.size() - 1));
  };
  if (endsWith(w, "ies")) add(cut(3), "y");
  if (endsWith(w, "es")) add(cut(2));
  if (endsWith(w, "s") && !endsWith(w, "ss")) add(cut(1));
  for (std::string_view end : {"ed", "er", "ers"}) {
    if (!endsWith(w, end)) continue;
    const std::size_t n = end.size();
    add(cut(n - 1));  // "memoized" -> "memoize", "profilers" -> "profile" (via "profiler")
    add(cut(n));      // "bundled"? no: "prefetched" -> "prefetch"
    undouble(cut(n));
    if (endsWith(cut(n), "i")) add(cut(n + 1), "y");
  }
  if (endsWith(w, "ers")) add(cut(1));  // "profilers" -> "profiler"
  if (endsWith(w, "ing")) {
    add(cut(3));
    add(cut(3), "e");
    undouble(cut(3));
  }
  if (endsWith(w, "able")) {
    add(cut(4));
    add(cut(4), "e");
  }
  for (std::string_view end : {"ization", "izations", "isation", "isations"}) {
    if (endsWith(w, end)) add(cut(end.size()), "ize");  // "memoization" -> "memoize"
  }
  for (std::string_view end : {"ize", "izes", "ized", "izing"}) {
    if (endsWith(w, end)) add(cut(end.size()));  // "memoize" -> "memo"
  }
  if (endsWith(w, "ator") || endsWith(w, "ators")) add(w.substr(0, w.find("ator", w.size() - 5)), "ate");
  return out;
}

std::vector<std::string_view> prefixRemainders(std::string_view w) {
  static constexpr std::array<std::string_view, 16> kPrefixes = {"un",    "re",    "pre",   "de",    "non",   "multi",
                                                                 "sub",   "co",    "over",  "under", "inter", "auto",
                                                                 "micro", "hyper", "super", "semi"};
  std::vector<std::string_view> out;
  for (std::string_view prefix : kPrefixes) {
    if (w.size() >= prefix.size() + 4 && w.substr(0, prefix.size()) == prefix) {
      std::string_view rest = w.substr(prefix.size());
      if (rest.front() == '-') continue;
      out.push_back(rest);
    }
  }
  return out;
}

}  // namespace copydesk
