// Word, sentence and syllable counts for readability and metric rules.
#include "vale/support/TextStats.h"

#include "text/Utf.h"

namespace copydesk::vale {

namespace {

bool isVowel(char c) {
  switch (c) {
    case 'a':
    case 'e':
    case 'i':
    case 'o':
    case 'u':
    case 'y': return true;
    default: return false;
  }
}

}  // namespace

int syllables(std::string_view word) {
  std::string w = utf::toLower(word);
  while (!w.empty() && !std::isalpha(static_cast<unsigned char>(w.back()))) w.pop_back();
  if (w.size() <= 3) return 1;
  int count = 0;
  bool previous_vowel = false;
  for (char c : w) {
    const bool vowel = isVowel(c);
    if (vowel && !previous_vowel) ++count;
    previous_vowel = vowel;
  }
  // A silent final "e" ("make"), but not "-le" after a consonant ("table").
  if (w.back() == 'e' && !(w.size() > 2 && w[w.size() - 2] == 'l' && !isVowel(w[w.size() - 3]))) --count;
  if (w.ends_with("es") || w.ends_with("ed")) {
    const char before = w[w.size() - 3];
    if (!isVowel(before) && before != 't' && before != 'd' && before != 's' && before != 'x' && count > 1) --count;
  }
  return count < 1 ? 1 : count;
}

TextStats countText(std::string_view text) {
  TextStats stats;
  std::size_t i = 0;
  bool sentence_open = false;
  while (i < text.size()) {
    const utf::Decoded d = utf::decode(text, i);
    if (!(utf::isLetter(d.code_point) || utf::isDigit(d.code_point))) {
      const char c = text[i];
      if ((c == '.' || c == '!' || c == '?') && sentence_open) {
        ++stats.sentences;
        sentence_open = false;
      }
      i += d.length;
      continue;
    }
    const std::size_t begin = i;
    std::size_t letters = 0;
    while (i < text.size()) {
      const utf::Decoded w = utf::decode(text, i);
      const bool inner = (text[i] == '\'' || text[i] == '-') && i + 1 < text.size() &&
                         std::isalnum(static_cast<unsigned char>(text[i + 1]));
      if (!(utf::isLetter(w.code_point) || utf::isDigit(w.code_point) || inner)) break;
      if (!inner) ++letters;
      i += w.length;
    }
    const std::string_view word = text.substr(begin, i - begin);
    const int count = syllables(word);
    ++stats.words;
    stats.characters += static_cast<double>(letters);
    stats.syllables += count;
    if (count >= 3) {
      ++stats.complex_words;
      ++stats.polysyllabic_words;
    }
    if (letters > 6) ++stats.long_words;
    sentence_open = true;
  }
  if (sentence_open) ++stats.sentences;
  return stats;
}

std::map<std::string, double, std::less<>> metricVariables(const View& view) {
  std::map<std::string, double, std::less<>> vars = {
      {"paragraphs", 0}, {"list", 0}, {"blockquote", 0}, {"pre", static_cast<double>(view.code_blocks)}};
  for (int level = 1; level <= 6; ++level) vars["heading.h" + std::to_string(level)] = 0;
  for (const ViewBlock& block : view.blocks) {
    if (block.parts & kSummary) {
      const TextStats stats = countText(block.text);
      vars["words"] = stats.words;
      vars["sentences"] = stats.sentences;
      vars["syllables"] = stats.syllables;
      vars["characters"] = stats.characters;
      vars["complex_words"] = stats.complex_words;
      vars["long_words"] = stats.long_words;
      vars["polysyllabic_words"] = stats.polysyllabic_words;
    }
    if (block.parts & kParagraph) ++vars["paragraphs"];
    if (block.parts & kList) ++vars["list"];
    if (block.parts & kBlockquote) ++vars["blockquote"];
    for (int level = 1; level <= 6; ++level)
      if (block.parts & (kH1 << (level - 1))) ++vars["heading.h" + std::to_string(level)];
  }
  return vars;
}

}  // namespace copydesk::vale
