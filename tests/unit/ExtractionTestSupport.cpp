#include "unit/ExtractionTestSupport.h"

#include <gtest/gtest.h>

namespace copydesk {
namespace {

// `text` with line ends written as \r and \n, so that a picture stays one line a thing.
std::string escapeLineEnds(std::string_view text) {
  std::string out;
  for (const char c : text) {
    if (c == '\r') out += "\\r";
    else if (c == '\n') out += "\\n";
    else out += c;
  }
  return out;
}

std::string inQuotes(std::string_view text) { return '"' + escapeLineEnds(text) + '"'; }

std::string quotedSlice(std::string_view text, ByteSpan span) { return inQuotes(text.substr(span.begin, span.size())); }

std::string range(ByteSpan span) { return '@' + std::to_string(span.begin) + '-' + std::to_string(span.end); }

std::string_view pieceKindPrefix(PieceKind kind) {
  switch (kind) {
    case PieceKind::Prose: return "";
    case PieceKind::Code: return "code";
    case PieceKind::Math: return "math";
    case PieceKind::Url: return "url";
    case PieceKind::FootnoteRef: return "fn";
    case PieceKind::LineBreak: return "br";
  }
  return "?";
}

std::string_view frontMatterFormatName(FrontMatterFormat format) {
  switch (format) {
    case FrontMatterFormat::None: return "none";
    case FrontMatterFormat::Yaml: return "yaml";
    case FrontMatterFormat::Toml: return "toml";
    case FrontMatterFormat::Markup: return "markup";
  }
  return "?";
}

}  // namespace

std::string describe(std::string_view text, const ProseMap& map) {
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
      out += pieceKindPrefix(piece.kind);
      out += quotedSlice(text, piece.span) + '@' + std::to_string(piece.span.begin);
    }
    out += '\n';
  }
  return out;
}

std::string describeAside(std::string_view text, const ProseMap& map) {
  std::string out = "blocks " + std::to_string(map.blocks.size()) + '\n';
  const FrontMatter& front = map.front_matter;
  if (front.format != FrontMatterFormat::None) {
    out += "front-matter " + std::string(frontMatterFormatName(front.format)) + range(front.span) + '\n';
  }
  for (const auto& [key, value] : front.fields) out += "field " + key + '=' + inQuotes(value) + '\n';
  for (const Comment& comment : map.comments) {
    out += "comment" + range(comment.span) + (comment.own_line ? " own-line " : " ") + inQuotes(comment.body) + '\n';
  }
  for (const FootnoteDefinition& footnote : map.footnotes) {
    out +=
        "footnote " + inQuotes(footnote.label) + range(footnote.span) + ' ' + quotedSlice(text, footnote.span) + '\n';
  }
  for (std::size_t i = 0; i < map.blocks.size(); ++i) {
    for (const Link& link : map.blocks[i].links) {
      out += "link@" + std::to_string(i) + ' ' + inQuotes(link.destination) + ' ' + quotedSlice(text, link.text) + '\n';
    }
  }
  for (const ByteSpan& code : map.code_blocks) out += "code" + range(code) + ' ' + quotedSlice(text, code) + '\n';
  return out;
}

}  // namespace copydesk
