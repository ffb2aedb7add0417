#pragma once
// One matcher for every built-in phrase list: a trie over lower-cased word
// tokens. A token that may start a phrase (one bit test of its folded word's
// hash: most tokens fail it) is looked up in the vocabulary of phrase words,
// then the trie is walked with integer keys, so the cost per token is about
// one bit test whatever the number of phrases (bench/phrase_matcher measures
// 5,000 extra phrases per list).
//
// Thread-safety: add() is not thread-safe; findAll() is const and may run on
// many threads at once once the matcher is built.
//
// Phrases are written as plain words ("in order to", "game-changing"); a
// token boundary in the text never matches inside a word. Matching is case-
// insensitive and never starts in or crosses an opaque token (inline code,
// math, URL, e-mail address, handle, path) or a sentence boundary.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "nlp/Token.h"

namespace copydesk {

class PhraseMatcher {
 public:
  struct Match {
    std::uint32_t first_token = 0;  // index into the token array
    std::uint32_t end_token = 0;    // one past the last matched token
    std::uint32_t phrase = 0;       // the id given to add()
  };

  // Adds a phrase with a caller-chosen id (e.g. an index into the caller's list).
  void add(std::string_view phrase, std::uint32_t id);
  std::size_t size() const { return phrase_count_; }

  // All matches inside tokens[first, end) of `text`, longest match first at each
  // start token; overlapping matches starting later are still reported.
  void findAll(std::string_view text, const std::vector<Token>& tokens, std::uint32_t first, std::uint32_t end,
               std::vector<Match>& out) const;

  // The same, using the folded words of `prose` when foldTokens() filled them
  // (no per-token normalisation or hashing: one probe per token).
  void findAll(std::string_view text, const TokenizedProse& prose, std::uint32_t first, std::uint32_t end,
               std::vector<Match>& out) const;

  // Splits a phrase into the words the matcher compares (lower case).
  static std::vector<std::string> phraseWords(std::string_view phrase);

 private:
  static constexpr std::uint32_t kUnknownWord = 0xFFFFFFFF;  // a word in no phrase
  static constexpr std::uint32_t kBarrier = 0xFFFFFFFE;      // a token no phrase may cross

  // Open-addressing hash tables (linear probing, power-of-two capacity): one
  // probe, usually one cache line, per lookup.
  struct WordSlot {
    std::uint64_t hash = 0;
    std::uint32_t offset = 0;  // into word_bytes_
    std::uint32_t length = 0;
    std::uint32_t id = kUnknownWord;  // kUnknownWord: empty slot
  };
  struct EdgeSlot {
    std::uint64_t key = ~std::uint64_t{0};  // node << 32 | word id; all ones: empty
    std::uint32_t child = 0;
  };
  std::uint32_t wordId(std::string_view word) const;  // kUnknownWord when absent
  std::uint32_t wordId(std::uint64_t hash, std::string_view word) const;
  // The longest phrase starting at token `start` (before `end`), if any;
  // id_at(i) gives token i's word id (kBarrier, kUnknownWord or a word's id).
  template <typename IdAt>
  void matchAt(std::uint32_t start, std::uint32_t end, const IdAt& id_at, std::vector<Match>& out) const;
  std::uint32_t internWord(std::string_view word);
  std::uint32_t findEdge(std::uint32_t node, std::uint32_t word) const;  // 0 when absent
  std::uint32_t* insertEdge(std::uint32_t node, std::uint32_t word);

  // Every word of every phrase gets a dense id; matching turns each token into
  // an id once (one lookup), then walks the trie with integer keys.
  // One bit per value of 16 bits of a word's hash, set for the phrase words:
  // most tokens are in no phrase, and one bit test tells so without a probe.
  static constexpr std::size_t kFilterBits = 1 << 16;
  static std::size_t filterBit(std::uint64_t hash) { return static_cast<std::size_t>(hash >> 48); }
  bool mayBePhraseWord(std::uint64_t hash) const {
    return (word_filter_[filterBit(hash) / 64] >> (filterBit(hash) % 64)) & 1;
  }
  std::vector<std::uint64_t> word_filter_ = std::vector<std::uint64_t>(kFilterBits / 64);
  // The same for the first words of phrases: most tokens start none.
  bool mayStartPhrase(std::uint64_t hash) const {
    return (start_filter_[filterBit(hash) / 64] >> (filterBit(hash) % 64)) & 1;
  }
  std::vector<std::uint64_t> start_filter_ = std::vector<std::uint64_t>(kFilterBits / 64);
  std::vector<WordSlot> word_slots_ = std::vector<WordSlot>(64);
  std::string word_bytes_;
  std::uint32_t word_count_ = 0;
  std::vector<EdgeSlot> edge_slots_ = std::vector<EdgeSlot>(64);
  std::size_t edge_count_ = 0;
  std::vector<std::uint32_t> root_children_;   // word id -> child of the root (0: none)
  std::vector<std::int64_t> node_phrase_{-1};  // node -> phrase id, -1 when none
  std::vector<std::uint8_t> node_is_leaf_{0};  // node -> 1 when no phrase goes on from it
  std::size_t phrase_count_ = 0;
};

// A token's text in lower case with curly apostrophes straight: `word` itself
// when it is already so (most words: no copy), else written into `buffer`.
// Either way the view lives as long as both `word` and `buffer` are untouched.
std::string_view normalizedWord(std::string_view word, std::string& buffer);

// Tokens a phrase never starts in, ends in or crosses: inline code, math,
// URLs, e-mail addresses, handles and paths are not prose words.
inline bool opaqueForPhrases(TokenKind kind) {
  return kind == TokenKind::Opaque || kind == TokenKind::Url || kind == TokenKind::Email || kind == TokenKind::Handle ||
         kind == TokenKind::Path;
}

// Token `index` of `prose` as normalizedWord() gives it: its folded word when
// foldTokens() filled them (no work), else normalised into `buffer`.
inline std::string_view foldedWord(std::string_view text, const TokenizedProse& prose, std::uint32_t index,
                                   std::string& buffer) {
  const Token& t = prose.tokens[index];
  if (prose.folded_words.size() != prose.tokens.size() || opaqueForPhrases(t.kind))
    return normalizedWord(text.substr(t.span.begin, t.span.size()), buffer);
  const FoldedWord& w = prose.folded_words[index];
  return std::string_view(prose.folded).substr(w.begin, w.length);
}

// The hash phrase matching uses for a normalised word.
std::uint64_t phraseWordHash(std::string_view normalized);

// Fills prose.folded_words / prose.folded for every token (opaque ones get an
// empty word). Called once when a Document is built.
void foldTokens(std::string_view text, TokenizedProse& prose);

}  // namespace copydesk
