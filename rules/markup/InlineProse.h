#pragma once
// The walk the hand-written scanners (AsciiDoc, Org, reST, Typst) make over a
// range of inline markup: the text between two pieces of markup goes to the
// BlockBuilder as prose, emphasis marks are left out when they pair up.
// Internal to rules/markup (namespace copydesk::markup::detail).
#include <array>
#include <cstddef>
#include <string_view>

#include "markup/BlockBuilder.h"

namespace copydesk::markup::detail {

// The prose of one inline range: where the current run of text began, and the
// emphasis marks opened in the range whose closing marks are still ahead.
class InlineProse {
 public:
  InlineProse(BlockBuilder& out, std::size_t begin) : out_(out), run_(begin) {}

  // The text of the current run, up to `at`, becomes prose.
  void flush(std::size_t at) {
    if (at > run_) out_.text(run_, at);
  }
  // [at, next) is markup left out of the prose; returns `next`, where the next run starts.
  std::size_t skip(std::size_t at, std::size_t next) {
    flush(at);
    return run_ = next;
  }
  // [at, next) is one opaque piece (code, math, URL, reference); returns `next`.
  std::size_t opaque(std::size_t at, std::size_t next, PieceKind kind) {
    flush(at);
    out_.opaque(at, next, kind);
    return run_ = next;
  }
  // The next run starts at `next`, after markup the scanner has handed to the
  // builder itself (a link's text, a footnote); returns `next`.
  std::size_t resume(std::size_t next) { return run_ = next; }
  // An opening emphasis mark at text[i] (see EmphasisMarks::open) is skipped:
  // returns the index after it, or `i` when none stands there.
  std::size_t openMark(std::string_view text, std::size_t i, std::size_t end, std::string_view marks,
                       bool doubles = true) {
    const std::size_t width = marks_.open(text, i, end, marks, doubles);
    return width == 0 ? i : skip(i, i + width);
  }
  // A closing mark remembered by openMark at `i` is skipped: returns the index
  // after it, or `i` when none stands there.
  std::size_t closeMark(std::size_t i) {
    if (!marks_.pendingAt(i)) return i;
    const std::size_t width = marks_.closingAt(i);
    return width == 0 ? i : skip(i, i + width);
  }

 private:
  BlockBuilder& out_;
  std::size_t run_;
  EmphasisMarks marks_;
};

// The bytes a scanner's step may act on: `markup` wherever they stand,
// `word_start` only after a non-word byte ("http", "src_"). Its step must
// return i + 1, doing nothing, for every other byte: scanInline passes over
// those without calling it (most of a text is letters and blanks).
class MarkupBytes {
 public:
  // Every byte: the step sees them all.
  constexpr MarkupBytes() { markup_.fill(true); }
  constexpr MarkupBytes(std::string_view markup, std::string_view word_start) {
    for (char c : markup) markup_[static_cast<unsigned char>(c)] = true;
    for (char c : word_start) word_start_[static_cast<unsigned char>(c)] = true;
  }
  // `markup`, and any byte but a blank at a word's start: for a step that reads
  // syntax at the start of a line too (Typst).
  static constexpr MarkupBytes andEveryWordStart(std::string_view markup) {
    MarkupBytes bytes(markup, {});
    bytes.word_start_.fill(true);
    bytes.word_start_[' '] = bytes.word_start_['\t'] = false;
    return bytes;
  }
  bool mayAct(unsigned char c, unsigned char prev) const { return markup_[c] || (word_start_[c] && !isWordByte(prev)); }

 private:
  std::array<bool, 256> markup_{};
  std::array<bool, 256> word_start_{};
};

// Scans the inline markup of text[begin, end): at each byte, after a pending
// closing emphasis mark, `step(prose, i, prev)` (prev: the byte before i, a
// blank at `begin`) returns the index to go on from, i + 1 for a byte of plain
// text; the text the steps leave alone becomes prose. `bytes`: the ones the
// step may act on.
template <class Step>
void scanInline(BlockBuilder& out, std::string_view text, std::size_t begin, std::size_t end, const MarkupBytes& bytes,
                Step step) {
  InlineProse prose(out, begin);
  for (std::size_t i = begin; i < end;) {
    if (const std::size_t next = prose.closeMark(i); next != i) {
      i = next;
      continue;
    }
    const unsigned char prev = i > begin ? static_cast<unsigned char>(text[i - 1]) : ' ';
    i = bytes.mayAct(static_cast<unsigned char>(text[i]), prev) ? step(prose, i, prev) : i + 1;
  }
  prose.flush(end);
}

// The same, the step seeing every byte.
template <class Step>
void scanInline(BlockBuilder& out, std::string_view text, std::size_t begin, std::size_t end, Step step) {
  static constexpr MarkupBytes kEveryByte;
  scanInline(out, text, begin, end, kEveryByte, step);
}

}  // namespace copydesk::markup::detail
