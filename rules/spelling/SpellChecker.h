#pragma once
// Hunspell behind a cache. Thread-safe: hunspell itself is not, so each call
// into it leases one instance from a small pool (another instance is loaded
// only when two threads need hunspell at the same moment, up to
// SpellingOptions::max_instances). Every distinct word reaches hunspell at most once per process
// (answers and suggestions are cached); the answer cache is sharded, so after
// warm-up a lookup is a shared-lock read of one shard with no allocation.
//
// Suggestions: the dictionary's REP replacements and the words one edit away
// (another case, a deleted, inserted, substituted or swapped letter, a missing
// apostrophe or space) that hunspell accepts, ranked. suggest() falls back on
// hunspell's own n-gram suggest() when there is none (~30 ms a word, measured:
// 85% of the spelling time of a batch run); quickSuggest() never does, and is
// what findings use (see docs/performance.md). Both are computed on demand
// and cached per process.
#include <array>
#include <atomic>
#include <condition_variable>
#include <future>
#include <memory>
#include <mutex>
#include <optional>
#include <shared_mutex>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "spelling/WordList.h"
#include "spelling/support/VerdictTable.h"
#include "spelling/support/WordFormIndex.h"

class Hunspell;

namespace copydesk {

struct SpellingOptions {
  std::string language = "en_US";
  // Folders searched for <language>.aff/.dic before the system folders.
  std::vector<std::string> dictionary_dirs;
  // Extra dictionaries: hunspell .dic files (added to the main dictionary) or
  // word lists (any other file: one word per line, '#' comments).
  std::vector<std::string> extra_dictionaries;
  // Hunspell instances that may exist at once (each ~10 MB, loaded in ~50 ms
  // when two threads need hunspell at the same moment). 1 for the language
  // server (memory); the batch CLI uses one per worker thread.
  unsigned max_instances = 1;
  // Start building the index of dictionary forms (see wordForms()) as the
  // checker opens, in the background, and let every suggestion wait for it,
  // so that no word's candidates go to hunspell unscreened: for the batch CLI,
  // which suggests for many words. The language server builds it lazily.
  bool suggestion_index_at_open = false;
};

// Names the spell checker `options` open, for sharing one among the documents
// with the same language and extra dictionaries.
std::string spellCheckerKey(const SpellingOptions& options);

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
  // Only the cheap suggestions (REP table, one edit away); never runs
  // hunspell's n-gram search, so may be empty where suggest() is not. What
  // the spelling rule reports: words with nothing that close are mostly names
  // and jargon, for which the n-gram guesses were noise ("appengine" ->
  // "happening").
  std::vector<std::string> quickSuggest(std::string_view word, std::size_t max) const;

  // The corrections of a known misspelling (English only; see SpellingLists.h),
  // best first; empty for any other word and for words the writer's word lists take.
  std::vector<std::string> knownMisspelling(std::string_view word) const;

  const std::string& dictionaryPath() const { return dictionary_path_; }
  // True once suggestions are screened by the index of dictionary forms.
  bool suggestionIndexReady() const { return word_forms_ready_.load(std::memory_order_acquire) != nullptr; }
  // Problems with extra dictionaries that could not be read (non-fatal).
  const std::vector<std::string>& warnings() const { return warnings_; }

 private:
  SpellChecker() = default;
  class Lease;
  struct StringHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const noexcept;
  };
  struct Shard {
    mutable std::shared_mutex mutex;
    VerdictTable answers;
  };
  static constexpr std::size_t kShards = 32;

  bool cachedIsCorrect(std::string_view normalized) const;
  // The edit-distance-1 candidates hunspell accepts, in generation order.
  std::vector<std::string> nearWords(std::string_view word, Hunspell& hunspell) const;
  bool accepts(Hunspell& hunspell, const std::string& word) const;
  // English words beyond hunspell's: the technical lists, British and American
  // variants, regular forms of listed words, prefixed words.
  bool acceptedByLists(std::string_view word, Hunspell& hunspell) const;
  // The index of dictionary forms once built (started at open() or by the
  // first word that wants suggestions); null until then, and when the
  // dictionary uses features it does not model (then every variant goes to
  // hunspell).
  const WordFormIndex* wordForms() const;
  void startWordFormsBuild() const;
  std::unique_ptr<Hunspell> loadInstance() const;
  std::vector<std::string> computeSuggestions(const std::string& word, bool full) const;

  std::string aff_path_;
  std::vector<std::string> extra_dics_;
  std::vector<std::pair<std::string, std::string>> replacements_;  // the .aff's REP table
  std::string dictionary_path_;
  WordList vocabulary_;
  bool english_ = false;
  std::vector<std::string> warnings_;

  // Pool of hunspell instances: `free_` holds the idle ones.
  mutable std::mutex pool_mutex_;
  mutable std::condition_variable pool_cv_;
  mutable std::vector<std::unique_ptr<Hunspell>> free_;
  mutable std::size_t instances_ = 0;
  std::size_t max_instances_ = 1;

  // Declared before the builder's future so that destruction waits for the build first.
  mutable std::optional<WordFormIndex> word_forms_;
  mutable std::atomic<const WordFormIndex*> word_forms_ready_{nullptr};
  mutable std::once_flag word_forms_started_;
  bool index_at_open_ = false;
  mutable std::shared_future<void> word_forms_built_;

  mutable std::array<Shard, kShards> shards_;
  mutable std::shared_mutex suggest_mutex_;
  // Full suggestions (hunspell fallback allowed) and quick ones (one edit away only).
  mutable std::unordered_map<std::string, std::vector<std::string>, StringHash, std::equal_to<>> suggest_cache_;
  mutable std::unordered_map<std::string, std::vector<std::string>, StringHash, std::equal_to<>> quick_cache_;

  // The instance open() started loading, until a lease takes it (guarded by
  // pool_mutex_). Last, so that destruction waits for the load before the
  // paths it reads go.
  mutable std::future<std::unique_ptr<Hunspell>> loading_;
};

// True for one of the most common English words (rules/spelling/data/common-words.txt).
bool isCommonWord(std::string_view word);

// The built-in technical vocabulary (rules/spelling/data/technical-words.txt).
const WordList& technicalVocabulary();

}  // namespace copydesk
