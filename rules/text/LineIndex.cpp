#include "text/LineIndex.h"

#include <algorithm>
#include <cstring>

#include "text/Utf.h"

namespace copydesk {

LineIndex::LineIndex(std::string_view text) : text_(text) {
  // Built for every new text: without a '\r' anywhere (the usual case) line
  // breaks are found by find(), which scans many bytes at a time (memchr).
  has_cr_ = text.find('\r') != std::string_view::npos;
  if (!has_cr_) {
    for (std::size_t at = text.find('\n'); at != std::string_view::npos; at = text.find('\n', at + 1))
      line_starts_.push_back(at + 1);
  } else {
    for (std::size_t i = 0; i < text.size(); ++i) {
      if (text[i] == '\n') {
        line_starts_.push_back(i + 1);
      } else if (text[i] == '\r') {
        if (i + 1 < text.size() && text[i + 1] == '\n') ++i;
        line_starts_.push_back(i + 1);
      }
    }
  }
  addCheckpoints();
}

LineIndex::LineIndex(std::string_view text, const LineIndex& previous, const TextChange& change) : text_(text) {
  const std::string_view inserted = text.substr(change.begin, change.new_end - change.begin);
  if (previous.has_cr_ || !previous.checkpoints_.empty() || inserted.find('\r') != std::string_view::npos) {
    *this = LineIndex(text);
    return;
  }
  // Starts up to the change keep their '\n' before it; those whose '\n' the
  // change removed are dropped; the rest follow the moved text.
  const auto& old = previous.line_starts_;
  const auto kept = std::upper_bound(old.begin(), old.end(), change.begin);
  const auto moved = std::upper_bound(kept, old.end(), change.old_end);
  line_starts_.assign(old.begin(), kept);
  line_starts_.reserve(old.size() + 1);
  for (std::size_t at = inserted.find('\n'); at != std::string_view::npos; at = inserted.find('\n', at + 1))
    line_starts_.push_back(change.begin + at + 1);
  const std::int64_t delta = change.delta();
  for (auto it = moved; it != old.end(); ++it)
    line_starts_.push_back(static_cast<std::size_t>(static_cast<std::int64_t>(*it) + delta));
  // A long line (rare) needs checkpoints: then the whole index is built.
  const std::size_t first = static_cast<std::size_t>(kept - old.begin()) - 1;
  const std::size_t last = lineOf(change.new_end);
  for (std::size_t line = first; line <= last; ++line) {
    if (lineEnd(line) - line_starts_[line] > kCheckpointStride) {
      *this = LineIndex(text);
      return;
    }
  }
}

void LineIndex::addCheckpoints() {
  for (std::size_t line = 0; line < line_starts_.size(); ++line) {
    const std::size_t start = line_starts_[line];
    const std::size_t end = lineEnd(line);
    if (end - start <= kCheckpointStride) continue;
    std::size_t utf16 = 0, utf32 = 0, next = start + kCheckpointStride;
    for (std::size_t i = start; i < end;) {
      if (i >= next) {
        checkpoints_.push_back({i, utf16, utf32});
        next = i + kCheckpointStride;
      }
      const utf::Decoded d = utf::decode(text_, i);
      utf16 += static_cast<std::size_t>(utf::utf16Length(d.code_point));
      ++utf32;
      i += d.length;
    }
  }
}

const LineIndex::Checkpoint* LineIndex::checkpointBefore(std::size_t start, std::size_t offset) const {
  if (checkpoints_.empty()) return nullptr;
  auto it = std::upper_bound(checkpoints_.begin(), checkpoints_.end(), offset,
                             [](std::size_t o, const Checkpoint& c) { return o < c.offset; });
  if (it == checkpoints_.begin()) return nullptr;
  --it;
  return it->offset > start ? &*it : nullptr;
}

const LineIndex::Checkpoint* LineIndex::checkpointForColumn(std::size_t line, std::size_t units,
                                                            Encoding encoding) const {
  if (checkpoints_.empty()) return nullptr;
  const std::size_t start = line_starts_[line];
  const std::size_t end = lineEnd(line);
  auto first = std::upper_bound(checkpoints_.begin(), checkpoints_.end(), start,
                                [](std::size_t o, const Checkpoint& c) { return o < c.offset; });
  auto last =
      std::upper_bound(first, checkpoints_.end(), end, [](std::size_t o, const Checkpoint& c) { return o < c.offset; });
  const auto it = std::upper_bound(first, last, units, [encoding, start](std::size_t u, const Checkpoint& c) {
    return u < (encoding == Encoding::Utf8 ? c.offset - start : encoding == Encoding::Utf16 ? c.utf16 : c.utf32);
  });
  return it == first ? nullptr : &*(it - 1);
}

std::size_t LineIndex::lineStart(std::size_t line) const {
  if (line >= line_starts_.size()) return text_.size();
  return line_starts_[line];
}

std::size_t LineIndex::lineEnd(std::size_t line) const {
  if (line >= line_starts_.size()) return text_.size();
  std::size_t end = line + 1 < line_starts_.size() ? line_starts_[line + 1] : text_.size();
  if (end > line_starts_[line] && text_[end - 1] == '\n') --end;
  if (end > line_starts_[line] && text_[end - 1] == '\r') --end;
  return end;
}

std::size_t LineIndex::lineOf(std::size_t offset) const {
  offset = std::min(offset, text_.size());
  auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
  return static_cast<std::size_t>(it - line_starts_.begin()) - 1;
}

namespace {
// The length of the ASCII prefix of `text`.
std::size_t asciiRun(std::string_view text) {
  std::size_t i = 0;
  for (; i + 8 <= text.size(); i += 8) {
    std::uint64_t word;
    std::memcpy(&word, text.data() + i, 8);
    if (word & 0x8080808080808080ull) break;
  }
  while (i < text.size() && static_cast<unsigned char>(text[i]) < 0x80) ++i;
  return i;
}

std::size_t unitsOf(const utf::Decoded& d, Encoding encoding) {
  switch (encoding) {
    case Encoding::Utf8: return d.length;
    case Encoding::Utf16: return static_cast<std::size_t>(utf::utf16Length(d.code_point));
    case Encoding::Utf32: return 1;
  }
  return d.length;
}
}  // namespace

LinePosition LineIndex::position(std::size_t offset, Encoding encoding) const {
  offset = std::min(offset, text_.size());
  const std::size_t line = lineOf(offset);
  const std::size_t start = line_starts_[line];
  // An offset inside a line terminator (between \r and \n) counts as line end.
  const std::size_t limit = std::min(offset, lineEnd(line));
  std::size_t column = 0;
  if (encoding == Encoding::Utf8) {
    column = limit - start;
  } else {
    std::size_t i = start;
    if (const Checkpoint* c = checkpointBefore(start, limit)) {
      i = c->offset;
      column = encoding == Encoding::Utf16 ? c->utf16 : c->utf32;
    }
    while (i < limit) {
      // Runs of ASCII (nearly all prose) count a unit a byte, eight at a time.
      const std::size_t ascii = asciiRun(text_.substr(i, limit - i));
      column += ascii;
      i += ascii;
      if (i >= limit) break;
      const utf::Decoded d = utf::decode(text_, i);
      if (i + d.length > limit) break;  // offset inside a character: count up to its start
      column += unitsOf(d, encoding);
      i += d.length;
    }
  }
  return {static_cast<std::uint32_t>(line), static_cast<std::uint32_t>(column)};
}

std::size_t LineIndex::offset(LinePosition position, Encoding encoding) const {
  if (position.line >= line_starts_.size()) return text_.size();
  const std::size_t start = line_starts_[position.line];
  const std::size_t end = lineEnd(position.line);
  std::size_t units = 0;
  std::size_t i = start;
  if (const Checkpoint* c = checkpointForColumn(position.line, position.character, encoding)) {
    i = c->offset;
    units = encoding == Encoding::Utf8 ? c->offset - start : encoding == Encoding::Utf16 ? c->utf16 : c->utf32;
  }
  while (i < end) {
    const utf::Decoded d = utf::decode(text_, i);
    const std::size_t width = unitsOf(d, encoding);
    if (units + width > position.character) break;  // inside this character: clamp to its start
    units += width;
    i += d.length;
  }
  return i;
}

}  // namespace copydesk
