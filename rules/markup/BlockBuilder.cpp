#include "markup/BlockBuilder.h"

#include <algorithm>

#include "markup/ProseScan.h"

namespace copydesk::markup::detail {

Line lineAt(std::string_view text, std::size_t at) {
  Line line{at, at, at};
  while (line.end < text.size() && !isLineEnd(text[line.end])) ++line.end;
  line.next = line.end + lineEndLength(text, line.end);
  return line;
}

std::vector<Line> splitLines(std::string_view text) {
  std::vector<Line> lines;
  for (std::size_t at = 0; at < text.size();) {
    lines.push_back(lineAt(text, at));
    at = lines.back().next;
  }
  return lines;
}

std::size_t skipBlanks(std::string_view text, std::size_t begin, std::size_t end) {
  while (begin < end && isSpaceOrTab(text[begin])) ++begin;
  return begin;
}

std::size_t trimBlanksBack(std::string_view text, std::size_t begin, std::size_t end) {
  while (end > begin && isSpaceOrTab(text[end - 1])) --end;
  return end;
}

bool isBlankRange(std::string_view text, std::size_t begin, std::size_t end) {
  return skipBlanks(text, begin, end) == end;
}

bool startsWithAt(std::string_view text, std::size_t at, std::string_view prefix) {
  return at <= text.size() && text.substr(at).starts_with(prefix);
}

std::size_t findClosing(std::string_view text, std::size_t open, std::size_t end, char opening, char closing) {
  int depth = 0;
  for (std::size_t i = open; i < end; ++i) {
    const char c = text[i];
    if (c == '\\') {
      ++i;
    } else if (c == opening && (i == open || opening != closing)) {
      ++depth;
    } else if (c == closing && --depth == 0) {
      return i;
    }
  }
  return std::string_view::npos;
}

std::size_t findClosingMark(std::string_view text, std::size_t from, std::size_t end, char mark, bool doubled) {
  for (std::size_t k = from; k < end; ++k) {
    if (text[k] == '\n' && k + 1 < end && isLineEnd(text[k + 1])) return std::string_view::npos;
    if (text[k] != mark || k == from || isSpaceOrTab(text[k - 1]) || isLineEnd(text[k - 1])) continue;
    if (doubled) {
      if (k + 1 < end && text[k + 1] == mark) return k;
      continue;
    }
    if (k + 1 >= end || !isWordByte(static_cast<unsigned char>(text[k + 1]))) return k;
  }
  return std::string_view::npos;
}

std::size_t findIn(std::string_view text, std::size_t from, std::size_t end, std::string_view needle) {
  if (from >= end || end > text.size()) return std::string_view::npos;
  const std::size_t at = text.substr(0, end).find(needle, from);
  return at;
}

std::size_t EmphasisMarks::open(std::string_view text, std::size_t i, std::size_t end, std::string_view marks,
                                bool doubles) {
  const char c = text[i];
  if (marks.find(c) == std::string_view::npos || i + 1 >= end) return 0;
  if (i > 0 && isWordByte(static_cast<unsigned char>(text[i - 1]))) return 0;
  const bool doubled = doubles && text[i + 1] == c;
  const std::size_t width = doubled ? 2 : 1;
  if (i + width >= end || isSpaceOrTab(text[i + width]) || isLineEnd(text[i + width])) return 0;
  const std::size_t close = findClosingMark(text, i + width, end, c, doubled);
  if (close == std::string_view::npos) return 0;
  closing_.emplace_back(close, width);
  std::sort(closing_.begin(), closing_.end());
  return width;
}

std::size_t EmphasisMarks::closingAt(std::size_t at) {
  while (!closing_.empty() && closing_.front().first < at) closing_.erase(closing_.begin());
  if (closing_.empty() || closing_.front().first != at) return 0;
  const std::size_t width = closing_.front().second;
  closing_.erase(closing_.begin());
  return width;
}

void BlockBuilder::open(BlockKind kind, int level, bool in_quote) {
  close();
  block_ = Block{};
  block_.kind = kind;
  block_.level = level;
  block_.in_blockquote = in_quote;
  open_ = true;
}

void BlockBuilder::ensureOpen(BlockKind kind, bool in_quote) {
  if (!open_) open(kind, 0, in_quote);
}

void BlockBuilder::close() {
  if (!open_) return;
  open_ = false;
  refinePieces(text_, block_.pieces, scratch_);
  auto& pieces = block_.pieces;
  // Blanks and line breaks at the end of the block are not part of it.
  while (!pieces.empty()) {
    Piece& last = pieces.back();
    if (last.kind == PieceKind::LineBreak) {
      pieces.pop_back();
      continue;
    }
    if (last.kind != PieceKind::Prose) break;
    last.span.end = trimBlanksBack(text_, last.span.begin, last.span.end);
    if (last.span.end > last.span.begin) break;
    pieces.pop_back();
  }
  if (!finishBlock(block_)) return;
  map_.blocks.push_back(std::move(block_));
}

void BlockBuilder::push(std::size_t begin, std::size_t end, PieceKind kind) {
  if (begin >= end) return;
  auto& pieces = block_.pieces;
  if (pieces.empty() && kind == PieceKind::LineBreak) return;
  if (!pieces.empty() && pieces.back().span.end > begin) return;  // never overlap (defensive)
  pieces.push_back({{begin, end}, kind});
}

void BlockBuilder::text(std::size_t begin, std::size_t end) {
  std::size_t at = begin;
  while (at < end) {
    std::size_t stop = at;
    while (stop < end && !isLineEnd(text_[stop])) ++stop;
    std::size_t from = at;
    // At the start of a block or of a line, blanks are indentation, not prose.
    if (!open_ || block_.pieces.empty() || block_.pieces.back().kind == PieceKind::LineBreak)
      from = skipBlanks(text_, at, stop);
    if (from < stop) {
      ensureOpen(default_kind_, default_quote_);
      push(from, stop, PieceKind::Prose);
    }
    if (stop >= end) break;
    const std::size_t eol = std::min(end, stop + lineEndLength(text_, stop));
    if (open_) push(stop, eol, PieceKind::LineBreak);
    at = eol;
  }
}

void BlockBuilder::opaque(std::size_t begin, std::size_t end, PieceKind kind) {
  if (begin >= end) return;
  ensureOpen(default_kind_, default_quote_);
  push(begin, end, kind);
}

void BlockBuilder::link(std::size_t begin, std::size_t end, std::string destination) {
  if (!open_ || begin >= end) return;
  block_.links.push_back({{begin, end}, std::move(destination)});
}

void BlockBuilder::beginFootnote(ByteSpan marker) {
  suspended_ = Block{};
  suspended_.kind = open_ ? block_.kind : BlockKind::Paragraph;
  suspended_.level = open_ ? block_.level : 0;
  suspended_.in_blockquote = open_ && block_.in_blockquote;
  opaque(marker.begin, marker.end, PieceKind::FootnoteRef);
  open(BlockKind::Paragraph, 0, suspended_.in_blockquote);
}

void BlockBuilder::endFootnote(std::string label, ByteSpan text_span) {
  close();
  // A footnote inside another ends first: its outer one goes before it, in the order of their starts.
  const auto later =
      std::upper_bound(map_.footnotes.begin(), map_.footnotes.end(), text_span.begin,
                       [](std::size_t begin, const FootnoteDefinition& f) { return begin < f.span.begin; });
  map_.footnotes.insert(later, {std::move(label), text_span});
  open(suspended_.kind, suspended_.level, suspended_.in_blockquote);
}

}  // namespace copydesk::markup::detail
