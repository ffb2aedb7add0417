#pragma once
// Spelling verdicts by word: an open-addressing table (linear probing,
// power-of-two capacity, at most half full) of the word's hash, its bytes in
// one arena and the verdict. A lookup of a known word is one probe, usually
// one cache line and one byte comparison, with no allocation; the node-based
// std::unordered_map it replaced chased a pointer per lookup.
//
// Not thread-safe: SpellChecker guards each of its shards with a lock.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace copydesk {

class VerdictTable {
 public:
  enum class Verdict : std::uint8_t { Unknown, Correct, Incorrect };

  // `hash` is the caller's hash of `word`, the same for every call with the
  // same word.
  Verdict find(std::uint64_t hash, std::string_view word) const;
  // Records the verdict unless the word has one already (the first one stays).
  void insert(std::uint64_t hash, std::string_view word, bool correct);
  std::size_t size() const { return size_; }

 private:
  struct Slot {
    std::uint64_t hash = 0;
    std::uint32_t offset = 0;  // into bytes_
    std::uint32_t length = 0;
    Verdict verdict = Verdict::Unknown;  // Unknown: an empty slot
  };
  // The slot holding `word`, or the empty slot where it would go.
  std::size_t slotOf(std::uint64_t hash, std::string_view word) const;
  void grow();

  std::vector<Slot> slots_;
  std::string bytes_;
  std::size_t size_ = 0;
};

}  // namespace copydesk
