#pragma once
// A ProseMap of one paragraph covering the whole text, built by hand so that
// tokenizer tests do not depend on the extractors.
#include <string_view>

#include "markup/Prose.h"

namespace copydesk {

inline ProseMap oneParagraph(std::string_view text) {
  ProseMap map;
  Block block;
  block.span = {0, text.size()};
  block.pieces.push_back(Piece{ByteSpan{0, text.size()}, PieceKind::Prose});
  map.blocks.push_back(block);
  return map;
}

}  // namespace copydesk
