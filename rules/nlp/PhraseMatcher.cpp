#include "nlp/PhraseMatcher.h"

#include <algorithm>

#include "text/Ascii.h"
#include "text/Hash.h"
#include "text/Utf.h"

namespace copydesk {

std::string_view normalizedWord(std::string_view word, std::string& buffer) {
  // Most words are lower-case ASCII already: returned as they are, no copy.
  unsigned char high_bits = 0;
  bool upper = false;
  for (char c : word) {
    high_bits |= static_cast<unsigned char>(c);
    upper |= static_cast<unsigned char>(c - 'A') < 26;
  }
  const bool ascii = high_bits < 0x80;
  if (ascii && !upper) return word;
  buffer.clear();
  if (ascii) {
    buffer.resize(word.size());
    for (std::size_t i = 0; i < word.size(); ++i) {
      const char c = word[i];
      buffer[i] = asciiLower(c);
    }
    return buffer;
  }
  // Curly apostrophes as straight ones (copied rather than replaced in place:
  // GCC 12 reports a false -Wrestrict on std::string::replace at -O2).
  const std::string lowered = utf::toLower(word);
  for (std::size_t i = 0; i < lowered.size();) {
    if (lowered.compare(i, 3, "\xE2\x80\x99") == 0) {
      buffer.push_back('\'');
      i += 3;
    } else {
      buffer.push_back(lowered[i++]);
    }
  }
  return buffer;
}

std::vector<std::string> PhraseMatcher::phraseWords(std::string_view phrase) {
  // Phrases are split the way the tokenizer splits prose: runs of letters,
  // digits and inner ' - . form words; other characters are words of their own.
  std::vector<std::string> words;
  std::string current;
  std::string buffer;
  const auto flush = [&] {
    if (!current.empty()) words.emplace_back(normalizedWord(current, buffer));
    current.clear();
  };
  for (std::size_t i = 0; i < phrase.size();) {
    const utf::Decoded d = utf::decode(phrase, i);
    const char32_t c = d.code_point;
    const bool word_char =
        utf::isLetter(c) || utf::isDigit(c) || ((c == '\'' || c == U'’' || c == '-' || c == '.') && !current.empty());
    if (word_char) {
      current.append(phrase.substr(i, d.length));
    } else {
      flush();
      if (c != ' ' && c != '\t') words.emplace_back(phrase.substr(i, d.length));
    }
    i += d.length;
  }
  flush();
  // A trailing period belongs to the sentence, not to the phrase.
  for (std::string& w : words)
    if (w.size() > 1 && w.back() == '.' && w.find('.') == w.size() - 1) w.pop_back();
  return words;
}

std::uint64_t phraseWordHash(std::string_view word) { return hashBytes(word); }

namespace {

// Writes `word` lower-cased at `out` and hashes it as phraseWordHash() does, in
// one pass; false, with `out` to be ignored, when the word is not ASCII.
bool foldAscii(std::string_view word, char* out, std::uint64_t& hash) {
  std::uint64_t h = kFnvOffset;
  unsigned char high_bits = 0;
  for (std::size_t i = 0; i < word.size(); ++i) {
    const auto c = static_cast<unsigned char>(word[i]);
    high_bits |= c;
    const auto folded = static_cast<unsigned char>(asciiLower(static_cast<char>(c)));
    out[i] = static_cast<char>(folded);
    h = fnvStep(h, folded);
  }
  hash = h;
  return high_bits < 0x80;
}

}  // namespace

void foldTokens(std::string_view text, TokenizedProse& prose) {
  prose.folded_words.clear();
  prose.folded_words.reserve(prose.tokens.size());
  // Written through a buffer that only grows, cut to size at the end: ASCII
  // words (nearly all) fold in place.
  std::string& folded = prose.folded;
  folded.resize(text.size() / 2 + 64);
  std::size_t used = 0;
  std::string buffer;
  for (const Token& t : prose.tokens) {
    FoldedWord w;
    w.begin = static_cast<std::uint32_t>(used);
    if (!opaqueForPhrases(t.kind)) {
      const std::string_view word = text.substr(t.span.begin, t.span.size());
      if (used + word.size() > folded.size()) folded.resize(std::max(folded.size() * 2, used + word.size()));
      std::string_view n(folded.data() + used, word.size());
      if (!foldAscii(word, folded.data() + used, w.hash)) {
        n = normalizedWord(word, buffer);
        w.hash = phraseWordHash(n);
        if (used + n.size() > folded.size()) folded.resize(std::max(folded.size() * 2, used + n.size()));
        folded.replace(used, n.size(), n);
      }
      w.length = static_cast<std::uint32_t>(n.size());
      used += n.size();
    }
    prose.folded_words.push_back(w);
  }
  folded.resize(used);
}

namespace {
std::uint64_t hashWord(std::string_view word) { return phraseWordHash(word); }
// Words are short: a loop beats a call to memcmp.
bool sameBytes(const char* a, std::string_view b) {
  for (std::size_t i = 0; i < b.size(); ++i)
    if (a[i] != b[i]) return false;
  return true;
}
std::size_t edgeIndex(std::uint64_t key, std::size_t mask) {
  return static_cast<std::size_t>((key * 0x9E3779B97F4A7C15ull) >> 20) & mask;
}
}  // namespace

std::uint32_t PhraseMatcher::wordId(std::string_view word) const { return wordId(hashWord(word), word); }

std::uint32_t PhraseMatcher::wordId(std::uint64_t h, std::string_view word) const {
  if (!mayBePhraseWord(h)) return kUnknownWord;
  const std::size_t mask = word_slots_.size() - 1;
  for (std::size_t i = h & mask;; i = (i + 1) & mask) {
    const WordSlot& slot = word_slots_[i];
    if (slot.id == kUnknownWord) return kUnknownWord;
    if (slot.hash == h && slot.length == word.size() && sameBytes(word_bytes_.data() + slot.offset, word))
      return slot.id;
  }
}

std::uint32_t PhraseMatcher::internWord(std::string_view word) {
  if (const std::uint32_t id = wordId(word); id != kUnknownWord) return id;
  if ((word_count_ + 1) * 2 > word_slots_.size()) {
    std::vector<WordSlot> old(word_slots_.size() * 2);
    old.swap(word_slots_);
    const std::size_t mask = word_slots_.size() - 1;
    for (const WordSlot& slot : old) {
      if (slot.id == kUnknownWord) continue;
      std::size_t i = slot.hash & mask;
      while (word_slots_[i].id != kUnknownWord) i = (i + 1) & mask;
      word_slots_[i] = slot;
    }
  }
  const std::uint64_t h = hashWord(word);
  const std::size_t mask = word_slots_.size() - 1;
  std::size_t i = h & mask;
  while (word_slots_[i].id != kUnknownWord) i = (i + 1) & mask;
  word_slots_[i] = {h, static_cast<std::uint32_t>(word_bytes_.size()), static_cast<std::uint32_t>(word.size()),
                    word_count_};
  word_filter_[filterBit(h) / 64] |= std::uint64_t{1} << (filterBit(h) % 64);
  word_bytes_.append(word);
  root_children_.push_back(0);
  return word_count_++;
}

std::uint32_t PhraseMatcher::findEdge(std::uint32_t node, std::uint32_t word) const {
  const std::uint64_t key = (static_cast<std::uint64_t>(node) << 32) | word;
  const std::size_t mask = edge_slots_.size() - 1;
  for (std::size_t i = edgeIndex(key, mask);; i = (i + 1) & mask) {
    const EdgeSlot& slot = edge_slots_[i];
    if (slot.key == key) return slot.child;
    if (slot.key == ~std::uint64_t{0}) return 0;
  }
}

std::uint32_t* PhraseMatcher::insertEdge(std::uint32_t node, std::uint32_t word) {
  const std::uint64_t key = (static_cast<std::uint64_t>(node) << 32) | word;
  if ((edge_count_ + 1) * 2 > edge_slots_.size()) {
    std::vector<EdgeSlot> old(edge_slots_.size() * 2);
    old.swap(edge_slots_);
    const std::size_t mask = edge_slots_.size() - 1;
    for (const EdgeSlot& slot : old) {
      if (slot.key == ~std::uint64_t{0}) continue;
      std::size_t i = edgeIndex(slot.key, mask);
      while (edge_slots_[i].key != ~std::uint64_t{0}) i = (i + 1) & mask;
      edge_slots_[i] = slot;
    }
  }
  const std::size_t mask = edge_slots_.size() - 1;
  for (std::size_t i = edgeIndex(key, mask);; i = (i + 1) & mask) {
    EdgeSlot& slot = edge_slots_[i];
    if (slot.key == key) return &slot.child;
    if (slot.key == ~std::uint64_t{0}) {
      slot.key = key;
      ++edge_count_;
      return &slot.child;
    }
  }
}

void PhraseMatcher::add(std::string_view phrase, std::uint32_t id) {
  const auto words = phraseWords(phrase);
  if (words.empty()) return;
  const std::uint64_t first_hash = hashWord(words.front());
  start_filter_[filterBit(first_hash) / 64] |= std::uint64_t{1} << (filterBit(first_hash) % 64);
  std::uint32_t node = 0;
  for (const std::string& word : words) {
    const std::uint32_t word_id = internWord(word);
    std::uint32_t* child = node == 0 ? &root_children_[word_id] : insertEdge(node, word_id);
    if (*child == 0) {
      *child = static_cast<std::uint32_t>(node_phrase_.size());
      node_phrase_.push_back(-1);
      node_is_leaf_.push_back(1);
    }
    node_is_leaf_[node] = 0;
    node = *child;
  }
  if (node_phrase_[node] < 0) ++phrase_count_;
  node_phrase_[node] = id;
}

void PhraseMatcher::findAll(std::string_view text, const std::vector<Token>& tokens, std::uint32_t first,
                            std::uint32_t end, std::vector<Match>& out) const {
  if (first >= end || word_count_ == 0) return;
  // One vocabulary lookup per token.
  thread_local std::vector<std::uint32_t> ids;
  thread_local std::string buffer;
  ids.resize(end - first);
  for (std::uint32_t i = first; i < end; ++i) {
    const Token& t = tokens[i];
    if (opaqueForPhrases(t.kind)) {
      ids[i - first] = kBarrier;
      continue;
    }
    ids[i - first] = wordId(normalizedWord(text.substr(t.span.begin, t.span.size()), buffer));
  }
  for (std::uint32_t start = first; start < end; ++start)
    matchAt(
        start, end, [&](std::uint32_t i) { return ids[i - first]; }, out);
}

void PhraseMatcher::findAll(std::string_view text, const TokenizedProse& prose, std::uint32_t first, std::uint32_t end,
                            std::vector<Match>& out) const {
  if (prose.folded_words.size() != prose.tokens.size()) return findAll(text, prose.tokens, first, end, out);
  if (word_count_ == 0) return;
  const std::string_view folded = prose.folded;
  const auto id_at = [&](std::uint32_t i) {
    if (opaqueForPhrases(prose.tokens[i].kind)) return kBarrier;
    const FoldedWord& w = prose.folded_words[i];
    return mayBePhraseWord(w.hash) ? wordId(w.hash, folded.substr(w.begin, w.length)) : kUnknownWord;
  };
  // Nearly every token starts no phrase: one bit test says so, and only the
  // few that may start one are looked up (with the words after them).
  for (std::uint32_t start = first; start < end; ++start)
    if (mayStartPhrase(prose.folded_words[start].hash)) matchAt(start, end, id_at, out);
}

template <typename IdAt>
void PhraseMatcher::matchAt(std::uint32_t start, std::uint32_t end, const IdAt& id_at, std::vector<Match>& out) const {
  const std::uint32_t head = id_at(start);
  if (head >= kBarrier || root_children_[head] == 0) return;
  std::uint32_t node = root_children_[head];
  std::int64_t best_phrase = node_phrase_[node];
  std::uint32_t best_end = start + 1;
  // A phrase that no longer one continues (most are single words) ends the
  // walk without looking at the next token.
  for (std::uint32_t i = start + 1; i < end && !node_is_leaf_[node]; ++i) {
    const std::uint32_t word = id_at(i);
    if (word >= kBarrier) break;
    const std::uint32_t next = findEdge(node, word);
    if (next == 0) break;
    node = next;
    if (node_phrase_[node] >= 0) {
      best_phrase = node_phrase_[node];
      best_end = i + 1;
    }
  }
  if (best_phrase >= 0) out.push_back({start, best_end, static_cast<std::uint32_t>(best_phrase)});
}

}  // namespace copydesk
