// libFuzzer target: the tokenizer and sentence splitter over extracted prose
// (Markdown or plain text, chosen by the first byte) and over the raw text as
// one run. Invariants: tokens non-empty, in order, disjoint, inside the text;
// sentences inside their block's tokens (nlp/Token.h).
// Build: cmake/Fuzzing.cmake (target fuzz_tokenizer); seeds: corpus/tokenizer.
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "fuzz/FuzzSupport.h"
#include "nlp/Tokenizer.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace copydesk;
  if (size == 0) return 0;
  const bool markdown = (data[0] & 1) != 0;
  const std::string_view text(reinterpret_cast<const char*>(data + 1), size - 1);
  const ProseMap prose = markdown ? extractMarkdown(text) : extractPlainText(text);
  const TokenizedProse tokens = tokenize(text, prose);
  fuzz::checkTokens(text, prose, tokens);

  std::vector<Token> run;
  tokenizeRun(text, ByteSpan{0, text.size()}, run);
  std::size_t last_end = 0;
  for (const Token& t : run) {
    fuzz::require(t.span.begin < t.span.end && t.span.end <= text.size(), "a run token out of bounds");
    fuzz::require(t.span.begin >= last_end, "run tokens overlap");
    last_end = t.span.end;
  }
  std::vector<Sentence> sentences;
  splitSentences(text, run, 0, static_cast<std::uint32_t>(run.size()), 0, sentences);
  for (const Sentence& s : sentences) fuzz::require(s.end_token <= run.size(), "a sentence past the run");
  return 0;
}
