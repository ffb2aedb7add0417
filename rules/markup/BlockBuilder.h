#pragma once
// The shared back end of the hand-written extractors (AsciiDoc, reST, LaTeX,
// Org, Typst): each format's scanner decides what is prose, code or markup and
// hands byte ranges to a BlockBuilder, which keeps Prose.h's invariants (pieces
// non-empty, in order, disjoint; blocks never start or end with a line break;
// whitespace-only blocks dropped). Plus the line and comment helpers those
// scanners share (comments and metadata: markup/Comments.h). Internal to rules/markup (namespace
// copydesk::markup::detail).
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "markup/Prose.h"
#include "markup/ProseScan.h"

namespace copydesk::markup::detail {

// One line of the text: [begin, end) without its terminator; `next` is where
// the following line starts (text.size() after the last line).
struct Line {
  std::size_t begin = 0;
  std::size_t end = 0;
  std::size_t next = 0;
};

// The line starting at `at` (which must be a line start or text.size()).
Line lineAt(std::string_view text, std::size_t at);
// Every line of `text`, in order (an empty text has none).
std::vector<Line> splitLines(std::string_view text);

// The first byte of [begin, end) that is not a space or tab (end if none).
std::size_t skipBlanks(std::string_view text, std::size_t begin, std::size_t end);
// The end of [begin, end) with trailing spaces and tabs removed.
std::size_t trimBlanksBack(std::string_view text, std::size_t begin, std::size_t end);
bool isBlankRange(std::string_view text, std::size_t begin, std::size_t end);
bool startsWithAt(std::string_view text, std::size_t at, std::string_view prefix);
inline bool isWordByte(unsigned char c) { return isAsciiAlnum(c) || c >= 0x80; }
// Given text[open] == `opening`, the index of the `closing` that balances it
// before `end` (nested pairs skipped, a backslash escapes the next byte);
// npos when there is none.
std::size_t findClosing(std::string_view text, std::size_t open, std::size_t end, char opening, char closing);
// The closing emphasis mark ("*", "**", "_", ...) of one opened just before
// `from`: a `mark` (doubled: two) after a non-blank byte and, for a single
// mark, before a non-word byte, within the same paragraph; npos when none.
std::size_t findClosingMark(std::string_view text, std::size_t from, std::size_t end, char mark, bool doubled);
// The index of the first `needle` in [from, end), npos when none.
std::size_t findIn(std::string_view text, std::size_t from, std::size_t end, std::string_view needle);

// Emphasis marks ("*strong*", "_em_", "/it/" ...) are left out of the prose
// only when they pair up. A scanner asks open() at a possible opening mark;
// the closing one is remembered and skipped when the scanner reaches it.
class EmphasisMarks {
 public:
  // At text[i] (one of `marks`, after a non-word byte `prev`): the width of an
  // opening mark whose closing mark lies before `end`, else 0.
  // `doubles`: "**strong**" pairs are marks too (AsciiDoc, reST; not Org).
  std::size_t open(std::string_view text, std::size_t i, std::size_t end, std::string_view marks, bool doubles = true);
  // The width of a remembered closing mark at `at`, else 0.
  std::size_t closingAt(std::size_t at);
  // Whether closingAt(at) has anything to do (a mark at or before `at`): asked
  // at every byte, so kept inline.
  bool pendingAt(std::size_t at) const { return !closing_.empty() && closing_.front().first <= at; }

 private:
  std::vector<std::pair<std::size_t, std::size_t>> closing_;  // (offset, width), sorted
};

class BlockBuilder {
 public:
  BlockBuilder(std::string_view text, ProseMap& map) : text_(text), map_(map) {}
  BlockBuilder(const BlockBuilder&) = delete;
  BlockBuilder& operator=(const BlockBuilder&) = delete;
  ~BlockBuilder() { close(); }

  // Closes the open block (if any) and starts a new one.
  void open(BlockKind kind, int level = 0, bool in_quote = false);
  // Opens a block of `kind` unless one is open.
  void ensureOpen(BlockKind kind, bool in_quote = false);
  bool isOpen() const { return open_; }
  // Finishes the open block: bare URLs and e-mail addresses become Url pieces,
  // surrounding blanks and line breaks are dropped; an empty block vanishes.
  void close();

  // Text of [begin, end) as prose: each line terminator is a LineBreak piece,
  // the blanks at the start of the following line are left out. Opens a
  // Paragraph when no block is open and the range holds more than blanks.
  void text(std::size_t begin, std::size_t end);
  // One opaque piece (code, math, URL, footnote reference) in the open block
  // (a Paragraph is opened when none is).
  void opaque(std::size_t begin, std::size_t end, PieceKind kind);
  // A link whose text is [begin, end) of the open block (call after the text).
  void link(std::size_t begin, std::size_t end, std::string destination);

  // An inline footnote ("footnote:[...]", "\footnote{...}", "#footnote[...]"):
  // `marker` becomes a FootnoteRef piece closing the current block, the caller
  // then scans the footnote's text into the Paragraph this opens, and
  // endFootnote records the definition and reopens a block like the one the
  // footnote interrupted.
  void beginFootnote(ByteSpan marker);
  void endFootnote(std::string label, ByteSpan text_span);

  // What text() and opaque() open when no block is open (a Paragraph by default).
  void setDefaultBlock(BlockKind kind, bool in_quote) {
    default_kind_ = kind;
    default_quote_ = in_quote;
  }

 private:
  void push(std::size_t begin, std::size_t end, PieceKind kind);

  std::string_view text_;
  ProseMap& map_;
  Block block_;
  bool open_ = false;
  BlockKind default_kind_ = BlockKind::Paragraph;
  bool default_quote_ = false;
  Block suspended_;  // kind, level and quote of the block a footnote interrupted
  std::vector<Piece> scratch_;
};

}  // namespace copydesk::markup::detail
