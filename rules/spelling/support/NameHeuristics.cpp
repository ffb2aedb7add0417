#include "spelling/support/NameHeuristics.h"

#include <algorithm>
#include <array>
#include <string_view>
#include <vector>

#include "text/Utf.h"

namespace copydesk {

namespace {

bool hasLatinLetter(std::string_view word) {
  for (std::size_t i = 0; i < word.size();) {
    const utf::Decoded d = utf::decode(word, i);
    if (d.code_point < 0x250 && utf::isLetter(d.code_point)) return true;
    i += d.length;
  }
  return false;
}

bool isPunctuation(const Document& document, const Token& token, std::string_view text) {
  return token.kind == TokenKind::Punctuation && document.slice(token.span) == text;
}

bool aloneInParentheses(const Document& document, const Sentence& sentence, std::uint32_t index) {
  const auto& tokens = document.tokens().tokens;
  if (index == sentence.first_token || index + 1 >= sentence.end_token) return false;
  return isPunctuation(document, tokens[index - 1], "(") && isPunctuation(document, tokens[index + 1], ")");
}

bool linkAddressRepeatsText(const Document& document, const Sentence& sentence, const Token& token) {
  // Links are in source order: only the last few starting at or before the
  // token can hold it (one, or an autolink inside a link's text). Scanning
  // every link for every word was quadratic in a huge paragraph.
  const std::vector<Link>& links = document.prose().blocks[sentence.block].links;
  auto it = std::upper_bound(links.begin(), links.end(), token.span.begin,
                             [](std::size_t begin, const Link& link) { return begin < link.text.begin; });
  std::string word;
  for (int looked = 0; it != links.begin() && looked < 4; ++looked) {
    const Link& link = *--it;
    if (!link.text.contains(token.span)) continue;
    if (word.empty()) word = utf::toLower(document.slice(token.span));
    if (utf::toLower(link.destination).find(word) != std::string::npos) return true;
  }
  return false;
}

// Glued without a space to code, a number or a symbol: "`match`ing", "99%ile", "df=true".
bool gluedToNonProse(const Document& document, const Sentence& sentence, std::uint32_t index) {
  const auto& tokens = document.tokens().tokens;
  const Token& token = tokens[index];
  const auto non_prose = [](const Token& t) { return t.kind != TokenKind::Word && t.kind != TokenKind::Punctuation; };
  if (index > sentence.first_token && non_prose(tokens[index - 1]) && tokens[index - 1].span.end == token.span.begin)
    return true;
  return index + 1 < sentence.end_token && non_prose(tokens[index + 1]) &&
         tokens[index + 1].span.begin == token.span.end;
}

// The only word of a list item or table cell ("- bors"), or a word in a
// comma-separated run of names ("Attending: alexcrichton, kennytm, Mark").
bool inNameList(const Document& document, const Sentence& sentence, std::uint32_t index) {
  const auto& tokens = document.tokens().tokens;
  const auto [first, end] = document.tokens().block_tokens[sentence.block];
  std::uint32_t words = 0;  // 0, 1 or "more" (counting them all per word was quadratic in a huge block)
  for (std::uint32_t i = first; i < end && words < 2; ++i) words += tokens[i].kind == TokenKind::Word ? 1 : 0;
  const BlockKind kind = document.prose().blocks[sentence.block].kind;
  if (words == 1 && (kind == BlockKind::ListItem || kind == BlockKind::TableCell)) return true;
  const auto comma = [&](std::uint32_t i) {
    return i >= sentence.first_token && i < sentence.end_token && isPunctuation(document, tokens[i], ",");
  };
  const auto nameLike = [&](std::uint32_t i) {
    return i >= sentence.first_token && i < sentence.end_token && tokens[i].kind == TokenKind::Word &&
           (tokens[i].has(token_flag::kCapitalized) || tokens[i].has(token_flag::kMixedCase));
  };
  return (comma(index + 1) && nameLike(index + 2)) || (index >= 2 && comma(index - 1) && nameLike(index - 2));
}

// The first of several capitalised words: a proper name ("Seo Sanghyeon").
bool startsProperName(const Document& document, const Sentence& sentence, std::uint32_t index) {
  const auto& tokens = document.tokens().tokens;
  return tokens[index].has(token_flag::kCapitalized) && index + 1 < sentence.end_token &&
         tokens[index + 1].kind == TokenKind::Word && tokens[index + 1].has(token_flag::kCapitalized);
}

std::size_t codePoints(std::string_view word) {
  std::size_t n = 0;
  for (std::size_t i = 0; i < word.size(); i += utf::decode(word, i).length) ++n;
  return n;
}

}  // namespace

bool standsAsIdentifier(const Document& document, const Sentence& sentence, std::uint32_t index) {
  const Token& token = document.tokens().tokens[index];
  const std::string_view word = document.slice(token.span);
  return codePoints(word) < 2 || !hasLatinLetter(word) || word.find('_') != std::string_view::npos ||
         aloneInParentheses(document, sentence, index) || gluedToNonProse(document, sentence, index) ||
         linkAddressRepeatsText(document, sentence, token) || inNameList(document, sentence, index) ||
         startsProperName(document, sentence, index);
}

bool isElidedName(std::string_view word) {
  std::size_t after = std::string_view::npos;
  if (word.size() > 2 && word[1] == '\'') after = 2;
  if (word.size() > 4 && word.substr(1, 3) == "\xE2\x80\x99") after = 4;
  return after != std::string_view::npos && after < word.size() && word[after] >= 'A' && word[after] <= 'Z';
}

bool isCompoundPrefix(std::string_view part) {
  static constexpr std::array<std::string_view, 25> kPrefixes = {
      "anti",  "auto", "bi",    "co",  "counter", "cross", "de",  "e",  "ex",   "hyper", "inter", "intra", "meta",
      "micro", "mid",  "multi", "non", "over",    "post",  "pre", "re", "semi", "sub",   "tri",   "un"};
  for (std::string_view prefix : kPrefixes) {
    if (part.size() != prefix.size()) continue;
    bool same = true;
    for (std::size_t i = 0; i < part.size() && same; ++i) same = (part[i] | 0x20) == prefix[i];
    if (same) return true;
  }
  return false;
}

}  // namespace copydesk
