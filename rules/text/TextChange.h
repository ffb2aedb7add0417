#pragma once
// The one contiguous change between two versions of a text: old[begin, old_end)
// became new[begin, new_end). Found by comparing the common prefix and suffix,
// eight bytes at a time, so every incremental step of a revision (line index,
// prose splice) works from the same edit instead of comparing the texts again.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

namespace copydesk {

struct TextChange {
  std::size_t begin = 0;
  std::size_t old_end = 0;  // in the old text
  std::size_t new_end = 0;  // in the new text

  std::int64_t delta() const { return static_cast<std::int64_t>(new_end) - static_cast<std::int64_t>(old_end); }
};

// The edit turning `old_text` into `new_text` (the widest common prefix, then
// the widest common suffix of what is left); nullopt when they are equal.
std::optional<TextChange> findChange(std::string_view old_text, std::string_view new_text);

// One change covering `first` and then `second` (in the offsets of the text
// `first` left): the text before `first` becomes the text after `second`. It
// may cover bytes that did not change (typing a letter and deleting it).
TextChange composeChanges(const TextChange& first, const TextChange& second);

// findChange(old_text, new_text), knowing that `covering` turns one into the
// other (the texts are equal before its begin and after its ends): only the
// covered bytes are compared (and, like findChange, any run of equal bytes
// reaching past them), not the whole texts.
std::optional<TextChange> narrowChange(std::string_view old_text, std::string_view new_text,
                                       const TextChange& covering);

// One step of a text's history: the text whose id (IndexedText::id()) is
// `from` became the next text by `change`.
struct TextStep {
  std::uint64_t from = 0;
  TextChange change;
};

// The changes, in the order applied (each in the offsets of the text the ones
// before it left), that turned the text `from` into the text `current`, out
// of `history` (steps oldest first, the last one giving `current`): none when
// `from` is `current`; nullopt when `from` is not a step of it.
std::optional<std::vector<TextChange>> changesAfter(std::span<const TextStep> history, std::uint64_t from,
                                                    std::uint64_t current);

// One change covering all of `changes` (applied in order); nullopt when empty.
std::optional<TextChange> composeChanges(std::span<const TextChange> changes);

}  // namespace copydesk
