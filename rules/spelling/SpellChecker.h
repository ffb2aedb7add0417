#pragma once
// Hunspell behind a cache. Thread-safe: hunspell itself is not, so calls into it
// are serialised, but every distinct word reaches hunspell at most once per
// process (answers and suggestions are cached), so after warm-up almost every
// lookup is a shared-lock read of the cache.
#include <memory>
#include <mutex>
#include <shared_mutex>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "spelling/WordList.h"

class Hunspell;

namespace copydesk {

struct SpellingOptions {
  std::string language = "en_US";
  // Folders searched for <language>.aff/.dic before the system folders.
  std::vector<std::string> dictionary_dirs;
  // Extra dictionaries: hunspell .dic files (added to the main dictionary) or
  // word lists (any other file: one word per line, '#' comments).
  std::vector<std::string> extra_dictionaries;
};

class SpellChecker {
 public:
  // Opens the hunspell dictionary for options.language. On failure returns null
  // and sets `error` to a message naming what is missing and where it looked.
  static std::unique_ptr<SpellChecker> open(const SpellingOptions& options, std::string& error);
  ~SpellChecker();

  // True when the word is spelled correctly (built-in technical vocabulary,
  // extra word lists, then hunspell).
  bool isCorrect(std::string_view word) const;
  // Up to `max` suggestions, best first.
  std::vector<std::string> suggest(std::string_view word, std::size_t max) const;

  const std::string& dictionaryPath() const { return dictionary_path_; }
  // Problems with extra dictionaries that could not be read (non-fatal).
  const std::vector<std::string>& warnings() const { return warnings_; }

 private:
  SpellChecker() = default;
  bool lookUp(const std::string& word) const;

  std::unique_ptr<Hunspell> hunspell_;
  std::string dictionary_path_;
  WordList vocabulary_;
  std::vector<std::string> warnings_;

  mutable std::mutex hunspell_mutex_;
  mutable std::shared_mutex cache_mutex_;
  mutable std::unordered_map<std::string, bool> spell_cache_;
  mutable std::unordered_map<std::string, std::vector<std::string>> suggest_cache_;
};

// True for one of the most common English words (rules/spelling/data/common-words.txt).
bool isCommonWord(std::string_view word);

// The built-in technical vocabulary (rules/spelling/data/technical-words.txt).
const WordList& technicalVocabulary();

}  // namespace copydesk
