#include "incremental/TokenSplice.h"

#include <string_view>

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

void appendBlockTokens(const BlockTokens& source, std::int64_t shift, std::uint32_t new_block,
                       TokenizedProse& to) {
  const TokenizedProse& from = source.from;
  const auto [first, end] = from.block_tokens[source.block];
  const auto base = static_cast<std::uint32_t>(to.tokens.size());
  const bool folded = from.folded_words.size() == from.tokens.size();
  const std::string_view folded_text = from.folded;
  for (std::uint32_t i = first; i < end; ++i) {
    Token token = from.tokens[i];
    token.span = token.span.shifted(shift);
    to.tokens.push_back(token);
    if (!folded) continue;
    FoldedWord word = from.folded_words[i];
    const std::uint32_t old_begin = word.begin;
    word.begin = static_cast<std::uint32_t>(to.folded.size());
    to.folded.append(folded_text.substr(old_begin, word.length));
    to.folded_words.push_back(word);
  }
  to.block_tokens.emplace_back(base, base + (end - first));
  for (std::uint32_t s = source.sentence_starts[source.block]; s < source.sentence_starts[source.block + 1]; ++s) {
    const Sentence& sentence = from.sentences[s];
    to.sentences.push_back(Sentence{sentence.span.shifted(shift), new_block, sentence.first_token - first + base,
                                    sentence.end_token - first + base});
  }
}

}  // namespace copydesk
