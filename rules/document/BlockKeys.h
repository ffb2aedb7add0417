#pragma once
// The key of a block as written: two blocks with equal keys have the same
// prose, tokens and (for paragraph rules) findings, up to a shift of offsets.
// It hashes everything a tokenizer or a paragraph rule may look at around a
// block: the block's bytes plus the rest of its first and last lines (list
// markers, quote marks, what follows on the line), whether those lines touch
// the start or end of the text, the block's kind, level and quoting, its
// pieces and its links. Hashes are equal within one process (not stable
// across processes: never store them).
#include <cstdint>
#include <string_view>
#include <vector>

#include "markup/Prose.h"

namespace copydesk {

std::uint64_t blockKey(std::string_view text, const Block& block);
std::vector<std::uint64_t> blockKeys(std::string_view text, const std::vector<Block>& blocks);

// The lines holding `block`: from the start of its first line to the end of
// its last line, the line break included.
ByteSpan blockLines(std::string_view text, const Block& block);

}  // namespace copydesk
