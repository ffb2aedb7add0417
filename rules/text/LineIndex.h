#pragma once
// Maps byte offsets to (line, column) and back. Lines end at "\n", "\r\n" or a
// lone "\r". The column can be counted in UTF-8 bytes, UTF-16 code units or
// code points. Built once per text (O(n)); each lookup is a binary search over
// line starts plus a scan of the one line concerned. Lines longer than
// kCheckpointStride bytes get checkpoints (byte offset -> UTF-16 and code point
// columns) every kCheckpointStride bytes, so a lookup scans at most that much
// even on a single 5 MB line (without them, converting every finding of such a
// line was quadratic: minutes for one file).
//
// Out-of-range input is clamped, never an error: an offset past the end maps to
// the end of the text; a line past the last maps to the end of the text; a
// column past the end of its line maps to the end of that line (before the line
// terminator); a column inside a multi-byte character or a surrogate pair maps to
// the start of that character.
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "text/TextChange.h"

namespace copydesk {

enum class Encoding { Utf8, Utf16, Utf32 };

struct LinePosition {
  std::uint32_t line = 0;       // 0-based
  std::uint32_t character = 0;  // 0-based, in the chosen encoding
  friend bool operator==(LinePosition, LinePosition) = default;
};

class LineIndex {
 public:
  LineIndex() = default;
  // `text` must outlive the index (it keeps a view).
  explicit LineIndex(std::string_view text);
  // The index of `text`, which is `previous`'s text after `change`: line
  // starts before the change are kept, those after it moved, and only the
  // changed bytes scanned (a whole scan when CRs or long lines are involved).
  // `previous`'s text is not read, so it may be gone.
  LineIndex(std::string_view text, const LineIndex& previous, const TextChange& change);

  std::size_t lineCount() const { return line_starts_.size(); }
  std::size_t lineStart(std::size_t line) const;
  // End of the line's content, before its terminator.
  std::size_t lineEnd(std::size_t line) const;
  std::size_t lineOf(std::size_t offset) const;

  LinePosition position(std::size_t offset, Encoding encoding) const;
  std::size_t offset(LinePosition position, Encoding encoding) const;

  static constexpr std::size_t kCheckpointStride = 2048;

 private:
  struct Checkpoint {
    std::size_t offset;  // a character boundary inside a long line
    std::size_t utf16;   // columns of the line before `offset`
    std::size_t utf32;
  };
  // The last checkpoint of the line starting at `start` at or before byte
  // `offset` (null when none); in offset order over the whole text.
  const Checkpoint* checkpointBefore(std::size_t start, std::size_t offset) const;
  const Checkpoint* checkpointForColumn(std::size_t line, std::size_t units, Encoding encoding) const;

  void addCheckpoints();

  std::string_view text_;
  bool has_cr_ = false;
  std::vector<std::size_t> line_starts_{0};
  std::vector<Checkpoint> checkpoints_;
};

}  // namespace copydesk
