#include "markup/Footnotes.h"

#include <string>

#include "markup/ProseScan.h"

namespace copydesk::markup::detail {
namespace {

// Only blanks or block-quote markers between the start of the line and `at`.
bool atLineStart(std::string_view text, std::size_t at) {
  for (std::size_t i = at; i > 0; --i) {
    const char c = text[i - 1];
    if (isLineEnd(c)) return true;
    if (!isSpaceOrTab(c) && c != '>') return false;
  }
  return true;
}

// If the Prose piece starts with "[^label]:", returns the end of the marker
// (after the colon); else 0.
std::size_t definitionMarkerEnd(std::string_view text, const Piece& piece) {
  if (piece.kind != PieceKind::Prose) return 0;
  const std::size_t ref_end = matchFootnoteRefAt(text, piece.span.begin, piece.span.end);
  if (ref_end == piece.span.begin || ref_end >= piece.span.end || text[ref_end] != ':') return 0;
  if (!atLineStart(text, piece.span.begin)) return 0;
  return ref_end + 1;
}

}  // namespace

void splitFootnoteDefinitions(std::string_view text, Block&& block, std::vector<Block>& out,
                              std::vector<FootnoteDefinition>& definitions) {
  auto& pieces = block.pieces;
  // Fast path: no piece at a line start begins with "[^".
  bool any = false;
  for (std::size_t k = 0; k < pieces.size(); ++k) {
    if ((k == 0 || pieces[k - 1].kind == PieceKind::LineBreak) && definitionMarkerEnd(text, pieces[k]) != 0) {
      any = true;
      break;
    }
  }
  if (!any) {
    out.push_back(std::move(block));
    return;
  }

  const std::size_t first_out = out.size();
  const auto startBlock = [&]() {
    Block b;
    b.kind = block.kind;
    b.level = block.level;
    b.in_blockquote = block.in_blockquote;
    return b;
  };
  Block current = startBlock();
  bool current_is_definition = false;
  const auto closeCurrent = [&]() {
    if (current.pieces.empty()) return;
    if (current_is_definition) {
      std::size_t last = current.pieces.size();
      while (last > 0 && current.pieces[last - 1].kind == PieceKind::LineBreak) --last;
      if (last > 0) definitions.back().span.end = current.pieces[last - 1].span.end;
    }
    out.push_back(std::move(current));
    current = startBlock();
  };

  for (std::size_t k = 0; k < pieces.size(); ++k) {
    Piece piece = pieces[k];
    const bool line_start = k == 0 || pieces[k - 1].kind == PieceKind::LineBreak;
    const std::size_t marker_end = line_start ? definitionMarkerEnd(text, piece) : 0;
    if (marker_end != 0) {
      // Drop the line break that separated this definition from what came before.
      if (!current.pieces.empty() && current.pieces.back().kind == PieceKind::LineBreak) current.pieces.pop_back();
      closeCurrent();
      current_is_definition = true;
      FootnoteDefinition def;
      def.label = std::string(text.substr(piece.span.begin + 2, marker_end - 2 - (piece.span.begin + 2)));
      def.span = ByteSpan{piece.span.begin, marker_end};
      definitions.push_back(std::move(def));
      std::size_t body = marker_end;
      while (body < piece.span.end && isSpaceOrTab(text[body])) ++body;
      piece.span.begin = body;
      if (piece.span.empty()) continue;
    }
    current.pieces.push_back(piece);
  }
  closeCurrent();

  // Hand each link to the block that holds its text.
  for (Link& link : block.links) {
    for (std::size_t b = out.size(); b > first_out; --b) {
      Block& candidate = out[b - 1];
      if (!candidate.pieces.empty() && candidate.pieces.front().span.begin <= link.text.begin) {
        candidate.links.push_back(std::move(link));
        break;
      }
    }
  }
}

void addSplitBlock(std::string_view text, Block& block, ProseMap& map, std::vector<Block>& split,
                   std::vector<Piece>& scratch) {
  split.clear();
  splitFootnoteDefinitions(text, std::move(block), split, map.footnotes);
  for (Block& b : split) {
    splitOpaque(text, b.pieces, scratch);
    if (finishBlock(b)) map.blocks.push_back(std::move(b));
  }
  split.clear();
  block = Block{};
}

}  // namespace copydesk::markup::detail
