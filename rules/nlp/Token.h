#pragma once
// Tokens and sentences with exact byte spans into the document text.
#include <cstdint>
#include <string>
#include <vector>

#include "text/ByteSpan.h"

namespace copydesk {

enum class TokenKind : std::uint8_t {
  Word,         // letters, with inner apostrophes, hyphens or periods (don't, e.g., U.S., state-of-the-art)
  Number,       // 42, 1,234, 3.14, 1.8M, 70%, 3.5x, 1.75+, 6.12 (version) -- see flags
  Punctuation,  // . , ; : ! ? ( ) " ' - — etc., one code point each
  Symbol,       // other non-letter, non-digit characters ($, #, &, emoji, ...)
  Url,          // http://..., www.example.com, LWN.net (domains)
  Email,        // name@example.com
  Handle,       // @name
  Path,         // /usr/bin, ./foo, C:\x, foo/bar.txt
  Opaque,       // an opaque piece of the prose map (inline code, math, URL piece, footnote reference)
};

namespace token_flag {
inline constexpr std::uint16_t kCapitalized = 1 << 0;  // first letter upper case
inline constexpr std::uint16_t kAllCaps = 1 << 1;      // two or more letters, all upper case
inline constexpr std::uint16_t kMixedCase = 1 << 2;    // upper case after the first letter (iPhone, NVMe)
inline constexpr std::uint16_t kHasDigit = 1 << 3;     // a word containing digits (M1, QT2025)
inline constexpr std::uint16_t kHyphenated = 1 << 4;
inline constexpr std::uint16_t kApostrophe = 1 << 5;    // contains ' or ’
inline constexpr std::uint16_t kAbbreviation = 1 << 6;  // e.g., i.e., Dr., U.S.
inline constexpr std::uint16_t kPercent = 1 << 7;       // number with % (70%)
inline constexpr std::uint16_t kMagnitude = 1 << 8;     // number with K/M/B/k suffix (1.8M)
inline constexpr std::uint16_t kMultiplier = 1 << 9;    // number with x/× suffix (3.5x)
inline constexpr std::uint16_t kVersion = 1 << 10;      // two or more dots or a + suffix (1.75+, 6.12.1)
inline constexpr std::uint16_t kFootnoteRef = 1 << 11;  // Opaque token that is a footnote reference
inline constexpr std::uint16_t kCode = 1 << 12;         // Opaque token that is inline code or math
inline constexpr std::uint16_t kNonAscii = 1 << 13;     // contains a code point above U+007F
inline constexpr std::uint16_t kNewline = 1 << 14;      // the token follows a line break inside its block
}  // namespace token_flag

struct Token {
  ByteSpan span;
  TokenKind kind = TokenKind::Word;
  std::uint16_t flags = 0;
  bool has(std::uint16_t flag) const { return (flags & flag) != 0; }
};

struct Sentence {
  ByteSpan span;                  // first token begin .. last token end
  std::uint32_t block = 0;        // index into ProseMap::blocks
  std::uint32_t first_token = 0;  // index into the document's token array
  std::uint32_t end_token = 0;    // one past the last token
};

// A token's text as phrase matching compares it (lower case, curly apostrophes
// straight) and its hash: computed once per document (foldTokens in
// nlp/PhraseMatcher.h) instead of once per token per phrase list.
struct FoldedWord {
  std::uint64_t hash = 0;
  std::uint32_t begin = 0;  // into TokenizedProse::folded
  std::uint32_t length = 0;
};

struct TokenizedProse {
  std::vector<Token> tokens;        // all blocks, in order
  std::vector<Sentence> sentences;  // all blocks, in order; a sentence never spans blocks
  // Per block: [first, end) token indices into `tokens`.
  std::vector<std::pair<std::uint32_t, std::uint32_t>> block_tokens;
  // Per token (same indices as `tokens`) when filled by foldTokens(); empty otherwise.
  std::vector<FoldedWord> folded_words;
  std::string folded;
};

}  // namespace copydesk
