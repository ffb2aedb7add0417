#pragma once
// The extractor tests' (MarkdownTest, PlainTextTest) picture of a ProseMap.
#include <gtest/gtest.h>

#include <string>
#include <string_view>

#include "markup/Prose.h"

namespace copydesk {

// One line per block: `scope[level][ quote]: piece piece ...`, where a piece is
// `"text"@begin` for prose and `kind"text"@begin` for the others (code, math,
// url, fn, br). Also checks the invariants every ProseMap must hold.
inline std::string describe(std::string_view text, const ProseMap& map) {
  std::string out;
  std::size_t previous_end = 0;
  for (const Block& block : map.blocks) {
    EXPECT_FALSE(block.pieces.empty());
    if (block.pieces.empty()) continue;
    EXPECT_EQ(block.span.begin, block.pieces.front().span.begin);
    EXPECT_EQ(block.span.end, block.pieces.back().span.end);
    out += blockKindName(block.kind);
    if (block.level != 0) out += std::to_string(block.level);
    if (block.in_blockquote) out += " quote";
    out += ":";
    for (const Piece& piece : block.pieces) {
      EXPECT_LE(previous_end, piece.span.begin) << "pieces overlap or are out of order";
      EXPECT_LT(piece.span.begin, piece.span.end);
      EXPECT_LE(piece.span.end, text.size());
      previous_end = piece.span.end;
      out += ' ';
      switch (piece.kind) {
        case PieceKind::Prose: break;
        case PieceKind::Code: out += "code"; break;
        case PieceKind::Math: out += "math"; break;
        case PieceKind::Url: out += "url"; break;
        case PieceKind::FootnoteRef: out += "fn"; break;
        case PieceKind::LineBreak: out += "br"; break;
      }
      std::string slice(text.substr(piece.span.begin, piece.span.size()));
      for (std::size_t i = 0; (i = slice.find_first_of("\r\n", i)) != std::string::npos;) {
        slice.replace(i, 1, slice[i] == '\r' ? "\\r" : "\\n");
      }
      out += '"' + slice + "\"@" + std::to_string(piece.span.begin);
    }
    out += '\n';
  }
  return out;
}

}  // namespace copydesk
