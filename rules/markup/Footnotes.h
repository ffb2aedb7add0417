#pragma once
// Footnote definitions ("[^label]: text" at the start of a line), which md4c
// does not know and passes through as paragraph text. Internal to rules/markup.
// References ("[^label]" inside prose) are split out by splitOpaque.
#include <string_view>
#include <vector>

#include "markup/Prose.h"

namespace copydesk::markup::detail {

// Splits `block` (pieces already merged with mergeTouchingProse) at every
// line that starts with a footnote definition marker. Each definition becomes
// its own block of the same kind whose pieces start after "[^label]:" and the
// blanks after it (the marker is not prose); a FootnoteDefinition {label, span
// from '[' to the end of its last piece} is appended to `definitions`. Text
// before the first definition stays one block. Links go with the block that
// holds their text. The resulting blocks are appended to `out`.
void splitFootnoteDefinitions(std::string_view text, Block&& block, std::vector<Block>& out,
                              std::vector<FootnoteDefinition>& definitions);

// Ends `block` of Markdown or plain text: split at its footnote definitions
// (into map.footnotes), each part's pieces split around footnote references,
// URLs and e-mail addresses (splitOpaque), and the parts that hold more than
// line breaks appended to map.blocks. `split` and `scratch` are reused storage;
// `block` is left empty.
void addSplitBlock(std::string_view text, Block& block, ProseMap& map, std::vector<Block>& split,
                   std::vector<Piece>& scratch);

}  // namespace copydesk::markup::detail
