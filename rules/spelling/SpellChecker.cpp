#include "spelling/SpellChecker.h"

#include <hunspell/hunspell.hxx>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <tuple>

#include "core/EmbeddedData.h"
#include "spelling/EditDistance.h"

COPYDESK_EMBEDDED(spelling_technical_words_txt)
COPYDESK_EMBEDDED(spelling_common_words_txt)

namespace copydesk {

namespace fs = std::filesystem;

const WordList& technicalVocabulary() {
  static const WordList list = [] {
    WordList words;
    words.addLines(data::spelling_technical_words_txt);
    return words;
  }();
  return list;
}

namespace {

std::vector<std::string> searchDirs(const SpellingOptions& options) {
  std::vector<std::string> dirs = options.dictionary_dirs;
  if (const char* env = std::getenv("DICPATH")) {
    std::string_view rest = env;
    while (!rest.empty()) {
      const std::size_t colon = rest.find(':');
      if (colon != 0) dirs.emplace_back(rest.substr(0, colon));
      if (colon == std::string_view::npos) break;
      rest.remove_prefix(colon + 1);
    }
  }
  dirs.emplace_back(COPYDESK_DEFAULT_DICTIONARY_DIR);
  dirs.emplace_back("/usr/share/hunspell");
  dirs.emplace_back("/usr/share/myspell/dicts");
  return dirs;
}

// Hunspell's en_US data knows only the straight apostrophe.
std::string normalizeApostrophes(std::string_view word) {
  std::string out;
  out.reserve(word.size());
  for (std::size_t i = 0; i < word.size(); ++i) {
    if (word.compare(i, 3, "\xE2\x80\x99") == 0) {
      out.push_back('\'');
      i += 2;
    } else {
      out.push_back(word[i]);
    }
  }
  return out;
}

const WordList& commonWords() {
  static const WordList list = [] {
    WordList words;
    words.addLines(data::spelling_common_words_txt);
    return words;
  }();
  return list;
}

}  // namespace

bool isCommonWord(std::string_view word) { return commonWords().contains(word); }

namespace {

// Hunspell's order is a weak signal: put the closest suggestions first, then
// swapped letters (the most common typing slip), then common words. Splits
// ("con census") go last unless the word itself had a space or hyphen.
std::vector<std::string> rankSuggestions(std::string_view word, std::vector<std::string> suggestions) {
  const bool word_has_split = word.find_first_of(" -") != std::string_view::npos;
  struct Ranked {
    std::string text;
    int split, distance, not_anagram, not_common;
    std::size_t order;
  };
  std::vector<Ranked> ranked;
  for (std::size_t i = 0; i < suggestions.size(); ++i) {
    const std::string& s = suggestions[i];
    const bool split = !word_has_split && s.find_first_of(" -") != std::string::npos;
    ranked.push_back({s, split ? 1 : 0, editDistance(word, s), sameLetters(word, s) ? 0 : 1,
                      isCommonWord(s) ? 0 : 1, i});
  }
  std::stable_sort(ranked.begin(), ranked.end(), [](const Ranked& a, const Ranked& b) {
    return std::tie(a.split, a.distance, a.not_anagram, a.not_common, a.order) <
           std::tie(b.split, b.distance, b.not_anagram, b.not_common, b.order);
  });
  std::vector<std::string> out;
  for (Ranked& r : ranked) out.push_back(std::move(r.text));
  return out;
}

}  // namespace

std::unique_ptr<SpellChecker> SpellChecker::open(const SpellingOptions& options, std::string& error) {
  const std::string& lang = options.language;
  if (lang.empty() || lang.find('/') != std::string::npos || lang.find("..") != std::string::npos) {
    error = "invalid spelling language '" + lang + "' (expected a name such as en_US)";
    return nullptr;
  }
  std::string looked;
  for (const std::string& dir : searchDirs(options)) {
    const fs::path aff = fs::path(dir) / (lang + ".aff");
    const fs::path dic = fs::path(dir) / (lang + ".dic");
    std::error_code ec;
    if (!fs::is_regular_file(aff, ec) || !fs::is_regular_file(dic, ec)) {
      looked += (looked.empty() ? "" : ", ") + dir;
      continue;
    }
    std::unique_ptr<SpellChecker> checker(new SpellChecker());
    checker->hunspell_ = std::make_unique<Hunspell>(aff.c_str(), dic.c_str());
    checker->dictionary_path_ = dic.string();
    checker->vocabulary_ = technicalVocabulary();
    for (const std::string& extra : options.extra_dictionaries) {
      if (!fs::is_regular_file(extra, ec)) {
        checker->warnings_.push_back("extra dictionary not found: " + extra);
      } else if (fs::path(extra).extension() == ".dic") {
        checker->hunspell_->add_dic(extra.c_str());
      } else {
        std::ifstream in(extra, std::ios::binary);
        std::ostringstream content;
        content << in.rdbuf();
        checker->vocabulary_.addLines(content.str());
      }
    }
    return checker;
  }
  error = "no hunspell dictionary for '" + lang + "' (looked for " + lang + ".aff/.dic in " + looked +
          "); install the Debian package hunspell-" +
          (lang.size() >= 2 ? lang.substr(0, 2) : lang) + " or pass a dictionary folder";
  return nullptr;
}

SpellChecker::~SpellChecker() = default;

bool SpellChecker::lookUp(const std::string& word) const {
  if (vocabulary_.contains(word)) return true;
  std::lock_guard lock(hunspell_mutex_);
  return hunspell_->spell(word);
}

bool SpellChecker::isCorrect(std::string_view raw) const {
  const std::string word = normalizeApostrophes(raw);
  {
    std::shared_lock lock(cache_mutex_);
    if (auto it = spell_cache_.find(word); it != spell_cache_.end()) return it->second;
  }
  const bool correct = lookUp(word);
  std::unique_lock lock(cache_mutex_);
  spell_cache_.emplace(word, correct);
  return correct;
}

std::vector<std::string> SpellChecker::suggest(std::string_view raw, std::size_t max) const {
  const std::string word = normalizeApostrophes(raw);
  std::vector<std::string> all;
  bool cached = false;
  {
    std::shared_lock lock(cache_mutex_);
    if (auto it = suggest_cache_.find(word); it != suggest_cache_.end()) {
      all = it->second;
      cached = true;
    }
  }
  if (!cached) {
    {
      std::lock_guard lock(hunspell_mutex_);
      all = hunspell_->suggest(word);
    }
    all = rankSuggestions(word, std::move(all));
    std::unique_lock lock(cache_mutex_);
    suggest_cache_.emplace(word, all);
  }
  if (all.size() > max) all.resize(max);
  return all;
}

}  // namespace copydesk
