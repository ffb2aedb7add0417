#include "style/support/StyleSupport.h"

#include "text/Ascii.h"
#include "text/Utf.h"

namespace copydesk::style {

bool allSpace(std::string_view text) {
  for (char c : text)
    if (!isSpace(c)) return false;
  return true;
}

std::uint32_t firstWordToken(const TokenizedProse& prose, const Document& document, const Sentence& sentence) {
  for (std::uint32_t i = sentence.first_token; i < sentence.end_token; ++i) {
    const Token& t = prose.tokens[i];
    if (t.kind == TokenKind::Word || t.kind == TokenKind::Number) return i;
    if (t.kind != TokenKind::Punctuation) return sentence.end_token;
    const std::string_view p = tokenText(document, t);
    const bool opening = p == "\"" || p == "'" || p == "(" || p == "[" || p == "\xE2\x80\x9C" || p == "\xE2\x80\x98";
    if (!opening) return sentence.end_token;
  }
  return sentence.end_token;
}

namespace {

bool startsWithVowelLetter(std::string_view word) {
  if (word.empty()) return false;
  const char c = asciiLower(word[0]);
  return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
}

}  // namespace

std::optional<std::vector<TextEdit>> deletionEdits(const Document& document, const Sentence& sentence,
                                                   std::uint32_t first, std::uint32_t end) {
  const auto& tokens = document.tokens().tokens;
  const std::string_view text = document.text();
  const std::size_t begin = tokens[first].span.begin;
  const std::size_t stop = tokens[end - 1].span.end;
  const bool at_start = first == firstWordToken(document.tokens(), document, sentence);
  const auto gapIsSpace = [&](std::size_t a, std::size_t b) { return allSpace(text.substr(a, b - a)); };

  std::vector<TextEdit> edits;
  if (end < sentence.end_token) {
    std::uint32_t next = end;
    std::size_t cut_end = stop;
    // "Basically, the plan": the comma goes with a leading filler.
    if (at_start && tokens[next].kind == TokenKind::Punctuation && tokenText(document, tokens[next]) == "," &&
        next + 1 < sentence.end_token && gapIsSpace(stop, tokens[next].span.begin)) {
      cut_end = tokens[next].span.end;
      ++next;
    }
    const Token& after = tokens[next];
    if (after.kind != TokenKind::Punctuation) {
      if (!gapIsSpace(cut_end, after.span.begin)) return std::nullopt;
      const std::string_view next_word = tokenText(document, after);
      if (at_start && !next_word.empty() && next_word[0] >= 'a' && next_word[0] <= 'z') {
        edits.push_back({{begin, after.span.begin + 1}, std::string(1, static_cast<char>(next_word[0] - 32))});
      } else {
        edits.push_back({{begin, after.span.begin}, ""});
      }
      // "a very easy step" -> "an easy step".
      if (first > sentence.first_token && after.kind == TokenKind::Word) {
        const Token& before = tokens[first - 1];
        const std::string lowered = asciiLowerCopy(tokenText(document, before));
        if ((lowered == "a" || lowered == "an") && gapIsSpace(before.span.end, begin)) {
          const bool vowel = startsWithVowelLetter(next_word);
          if (lowered == "a" && vowel) edits.push_back({{before.span.end, before.span.end}, "n"});
          if (lowered == "an" && !vowel) edits.push_back({{before.span.end - 1, before.span.end}, ""});
        }
      }
      return edits;
    }
  }
  // Before punctuation or at the end: take the whitespace before the words.
  if (first > sentence.first_token) {
    const std::size_t prev_end = tokens[first - 1].span.end;
    if (!gapIsSpace(prev_end, begin)) return std::nullopt;
    edits.push_back({{prev_end, stop}, ""});
    return edits;
  }
  edits.push_back({{begin, stop}, ""});
  return edits;
}

Finding makeFinding(ByteSpan span, std::string message) {
  Finding finding;
  finding.span = span;
  finding.message = std::move(message);
  return finding;
}

Fix makeFix(std::string title, std::vector<TextEdit> edits, bool safe, bool preferred) {
  Fix fix;
  fix.title = std::move(title);
  fix.edits = std::move(edits);
  fix.safe = safe;
  fix.preferred = preferred;
  return fix;
}

}  // namespace copydesk::style
