#pragma once
// Every form a hunspell dictionary can accept (each entry of the .dic files
// with the prefixes and suffixes its flags allow), kept as 32-bit
// fingerprints of the lower-cased forms: 2 MB for en_US (174,000 forms),
// built in ~100 M instructions (~30 ms).
//
// Why: suggestions try hundreds of one-edit variants of an unknown word, and
// hunspell's spell() costs ~12,000 instructions a call; almost every variant is
// no word at all. The index answers "certainly not a word" in ~100
// instructions, so only the few variants it cannot rule out reach hunspell.
// It is a superset filter: a wrong "maybe" costs one hunspell call, never a
// different answer, so forms are generated generously (any case, forbidden
// and affix-only entries included).
//
// Immutable once built; safe to share between threads.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace copydesk {

class WordFormIndex {
 public:
  // Reads `aff_path` and the .dic files (the main one, then extra ones, which
  // share its affixes). nullopt, with `why`, when a file cannot be read or the
  // .aff uses a feature the expansion does not model (see AffixTable).
  static std::optional<WordFormIndex> build(const std::string& aff_path, const std::vector<std::string>& dic_paths,
                                            std::string& why);
  // Same, from the files' contents (tests).
  static std::optional<WordFormIndex> fromText(std::string_view aff_text, const std::vector<std::string_view>& dics,
                                               std::string& why);

  // False only when hunspell certainly rejects `word`. Words with anything
  // but ASCII letters and apostrophes (digits, hyphens, spaces, accents), and
  // the empty word, are never ruled out: hunspell treats those specially
  // (numbers, compounds, break characters).
  bool mayAccept(std::string_view word) const;

  // Accepts `word` too (in any case): for words accepted beside the dictionary.
  void addWord(std::string_view word) { insert(word); }

  std::size_t forms() const { return forms_; }

 private:
  void insert(std::string_view form);
  bool containsFingerprint(std::uint32_t fingerprint) const;
  void rehash(std::size_t slots);

  // Open addressing with linear probing; 0 marks an empty slot.
  std::vector<std::uint32_t> slots_;
  std::size_t forms_ = 0;
};

}  // namespace copydesk
