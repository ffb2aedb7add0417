#include "document/TokenSplice.h"

namespace copydesk {

std::vector<std::uint32_t> sentenceStarts(const TokenizedProse& prose) {
  std::vector<std::uint32_t> starts(prose.block_tokens.size() + 1, 0);
  std::size_t s = 0;
  for (std::size_t b = 0; b < prose.block_tokens.size(); ++b) {
    starts[b] = static_cast<std::uint32_t>(s);
    while (s < prose.sentences.size() && prose.sentences[s].block == b) ++s;
  }
  starts.back() = static_cast<std::uint32_t>(prose.sentences.size());
  return starts;
}

void appendBlockTokens(const BlockTokens& source, std::int64_t shift, std::uint32_t new_block, TokenizedProse& to) {
  const TokenizedProse& from = source.from;
  const auto [first, end] = from.block_tokens[source.block];
  const auto base = static_cast<std::uint32_t>(to.tokens.size());
  to.tokens.insert(to.tokens.end(), from.tokens.begin() + first, from.tokens.begin() + end);
  if (shift != 0)
    for (std::size_t i = base; i < to.tokens.size(); ++i) to.tokens[i].span = to.tokens[i].span.shifted(shift);
  // A block's folded words are one run of `folded` (foldTokens writes them in
  // token order, and so does this): copied at once, their offsets moved.
  if (from.folded_words.size() == from.tokens.size() && end > first) {
    const FoldedWord& last = from.folded_words[end - 1];
    const std::uint32_t run_begin = from.folded_words[first].begin;
    const auto moved_by = static_cast<std::uint32_t>(to.folded.size()) - run_begin;  // modulo 2^32
    to.folded.append(from.folded, run_begin, last.begin + last.length - run_begin);
    const std::size_t words = to.folded_words.size();
    to.folded_words.insert(to.folded_words.end(), from.folded_words.begin() + first, from.folded_words.begin() + end);
    for (std::size_t i = words; i < to.folded_words.size(); ++i) to.folded_words[i].begin += moved_by;
  }
  to.block_tokens.emplace_back(base, base + (end - first));
  for (std::uint32_t s = source.sentence_starts[source.block]; s < source.sentence_starts[source.block + 1]; ++s) {
    const Sentence& sentence = from.sentences[s];
    to.sentences.push_back(Sentence{sentence.span.shifted(shift), new_block, sentence.first_token - first + base,
                                    sentence.end_token - first + base});
  }
}

}  // namespace copydesk
