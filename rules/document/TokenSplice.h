#pragma once
// Copies the tokens, folded words and sentences of one block from one
// TokenizedProse to the end of another, shifting offsets: how a new snapshot
// takes over the tokens of a block it shares with an older one, and how a part
// of a document gets the tokens of its blocks.
#include <cstdint>
#include <vector>

#include "nlp/Token.h"

namespace copydesk {

// For each block of `prose`, the index of its first sentence; one more entry
// holds sentences.size() (sentences are in block order).
std::vector<std::uint32_t> sentenceStarts(const TokenizedProse& prose);

struct BlockTokens {
  const TokenizedProse& from;
  const std::vector<std::uint32_t>& sentence_starts;  // sentenceStarts(from)
  std::uint32_t block = 0;                            // index into from.block_tokens
};

// Appends `source`'s block to `to` as its block `new_block`, every offset moved
// by `shift` (new begin - old begin). Folded words are copied when `source.from`
// has them.
void appendBlockTokens(const BlockTokens& source, std::int64_t shift, std::uint32_t new_block, TokenizedProse& to);

}  // namespace copydesk
