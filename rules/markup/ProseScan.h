#pragma once
// Internal helpers shared by the Markdown and plain-text extractors: byte-level
// scanners for bare URLs, e-mail addresses and footnote references, and the
// final clean-up of a block's pieces. Hand-written, linear, no allocation per
// character. Not part of the public API (namespace copydesk::markup::detail).
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "markup/Prose.h"

namespace copydesk::markup::detail {

inline bool isAsciiAlnum(unsigned char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
inline bool isSpaceOrTab(char c) { return c == ' ' || c == '\t'; }
inline bool isLineEnd(char c) { return c == '\n' || c == '\r'; }

// Length of the line terminator at `i` ("\r\n", "\n" or "\r"); 0 if none.
inline std::size_t lineEndLength(std::string_view text, std::size_t i) {
  if (i >= text.size()) return 0;
  if (text[i] == '\n') return 1;
  if (text[i] == '\r') return (i + 1 < text.size() && text[i + 1] == '\n') ? 2 : 1;
  return 0;
}

// If a bare URL (http://, https://, www.) starts at `i` within [i, end), returns
// its end (trailing sentence punctuation and unbalanced brackets trimmed);
// otherwise returns `i`. `floor` is the earliest byte that may be looked at
// behind `i` to check the word boundary.
std::size_t matchUrlAt(std::string_view text, std::size_t floor, std::size_t i, std::size_t end);

// If text[at] == '@' is the middle of an e-mail address lying in [floor, end),
// sets `begin`/`finish` to its span and returns true.
bool matchEmailAt(std::string_view text, std::size_t floor, std::size_t at, std::size_t end, std::size_t& begin,
                  std::size_t& finish);

// If a footnote reference "[^label]" starts at `i` (before `end`), returns its end; else `i`.
std::size_t matchFootnoteRefAt(std::string_view text, std::size_t i, std::size_t end);

// A list bullet at the start of the line: "- ", "* ", "+ ", "• ", "1. ", "1) ".
// Returns the length of the marker including the blanks after it, 0 if none.
std::size_t bulletLength(std::string_view s);

// Merges consecutive Prose pieces that touch (md4c splits text at escapes and
// unmatched delimiters; lines of plain text never touch).
void mergeTouchingProse(std::vector<Piece>& pieces);

// Splits every Prose piece of `pieces` around footnote references, bare URLs
// and e-mail addresses, which become FootnoteRef / Url pieces. `scratch` is
// reused storage.
void splitOpaque(std::string_view text, std::vector<Piece>& pieces, std::vector<Piece>& scratch);

// mergeTouchingProse, then splitOpaque.
void refinePieces(std::string_view text, std::vector<Piece>& pieces, std::vector<Piece>& scratch);

// Drops leading and trailing LineBreak pieces and sets block.span; returns
// false when the block holds nothing but line breaks (it should be dropped).
bool finishBlock(Block& block);

// Decodes one HTML entity ("&amp;", "&#233;", "&#x1F600;") and appends it;
// unknown entities are appended verbatim.
void appendEntity(std::string& out, std::string_view entity);

}  // namespace copydesk::markup::detail
