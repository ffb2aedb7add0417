#pragma once
// A half-open range [begin, end) of UTF-8 byte offsets into a document's text.
// Everything inside the engine speaks in byte spans; conversion to lines and
// columns happens once, at the edge, through LineIndex.
#include <cstddef>
#include <cstdint>

namespace copydesk {

struct ByteSpan {
  std::size_t begin = 0;
  std::size_t end = 0;

  constexpr std::size_t size() const { return end - begin; }
  constexpr bool empty() const { return end <= begin; }
  constexpr bool contains(std::size_t offset) const { return offset >= begin && offset < end; }
  constexpr bool contains(ByteSpan other) const { return other.begin >= begin && other.end <= end; }
  constexpr bool overlaps(ByteSpan other) const { return begin < other.end && other.begin < end; }
  // The same span moved by `delta` bytes (text inserted or removed before it).
  constexpr ByteSpan shifted(std::int64_t delta) const {
    return {static_cast<std::size_t>(static_cast<std::int64_t>(begin) + delta),
            static_cast<std::size_t>(static_cast<std::int64_t>(end) + delta)};
  }
  friend constexpr bool operator==(ByteSpan, ByteSpan) = default;
};

}  // namespace copydesk
