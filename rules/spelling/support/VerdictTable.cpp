#include "spelling/support/VerdictTable.h"

namespace copydesk {

namespace {
// The first slot to probe, mixed by a multiplication (Fibonacci hashing): the
// caller's hash may hold some bits fixed (the spell checker picks a shard by
// some of them).
std::size_t home(std::uint64_t hash, std::size_t mask) {
  return static_cast<std::size_t>((hash * 0x9E3779B97F4A7C15ull) >> 32) & mask;
}
}  // namespace

std::size_t VerdictTable::slotOf(std::uint64_t hash, std::string_view word) const {
  const std::size_t mask = slots_.size() - 1;
  for (std::size_t i = home(hash, mask);; i = (i + 1) & mask) {
    const Slot& slot = slots_[i];
    if (slot.verdict == Verdict::Unknown) return i;
    if (slot.hash == hash && slot.length == word.size() &&
        std::string_view(bytes_).substr(slot.offset, slot.length) == word)
      return i;
  }
}

VerdictTable::Verdict VerdictTable::find(std::uint64_t hash, std::string_view word) const {
  if (slots_.empty()) return Verdict::Unknown;
  return slots_[slotOf(hash, word)].verdict;
}

void VerdictTable::insert(std::uint64_t hash, std::string_view word, bool correct) {
  if ((size_ + 1) * 2 > slots_.size()) grow();
  Slot& slot = slots_[slotOf(hash, word)];
  if (slot.verdict != Verdict::Unknown) return;
  slot = {hash, static_cast<std::uint32_t>(bytes_.size()), static_cast<std::uint32_t>(word.size()),
          correct ? Verdict::Correct : Verdict::Incorrect};
  bytes_.append(word);
  ++size_;
}

void VerdictTable::grow() {
  std::vector<Slot> old(slots_.empty() ? 256 : slots_.size() * 2);
  old.swap(slots_);
  const std::size_t mask = slots_.size() - 1;
  for (const Slot& slot : old) {
    if (slot.verdict == Verdict::Unknown) continue;
    std::size_t i = home(slot.hash, mask);
    while (slots_[i].verdict != Verdict::Unknown) i = (i + 1) & mask;
    slots_[i] = slot;
  }
}

}  // namespace copydesk
