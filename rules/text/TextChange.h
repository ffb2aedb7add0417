#pragma once
// The one contiguous change between two versions of a text: old[begin, old_end)
// became new[begin, new_end). Found by comparing the common prefix and suffix,
// eight bytes at a time, so every incremental step of a revision (line index,
// prose splice) works from the same edit instead of comparing the texts again.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

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

}  // namespace copydesk
