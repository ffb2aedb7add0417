#pragma once
// UTF-8 decoding that never fails: an invalid or truncated sequence decodes as
// U+FFFD covering exactly one byte, so every byte belongs to exactly one code
// point and positions stay consistent whatever the input.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace copydesk::utf {

inline constexpr char32_t kReplacement = 0xFFFD;

struct Decoded {
  char32_t code_point = kReplacement;
  std::uint8_t length = 1;  // bytes consumed, 1..4, never 0
  bool valid = false;
};

// Decodes the code point starting at `offset` (< text.size()).
Decoded decode(std::string_view text, std::size_t offset);

// UTF-16 code units needed for a code point (1 or 2).
constexpr int utf16Length(char32_t cp) { return cp >= 0x10000 ? 2 : 1; }

// Appends the UTF-8 encoding of `cp` to `out`.
void append(std::string& out, char32_t cp);

// True when the whole text is valid UTF-8.
bool isValid(std::string_view text);

// Lower-cases a UTF-8 string (full Unicode simple case mapping via utf8proc).
std::string toLower(std::string_view text);

// Unicode letter categories (utf8proc), for tokenizers and rules.
bool isLetter(char32_t cp);
bool isUpper(char32_t cp);
bool isLower(char32_t cp);
bool isDigit(char32_t cp);

// True when the first code point of `text` is an upper-case letter.
bool startsUpper(std::string_view text);
// `text` with its first letter upper-cased (ASCII letters only; others as is):
// how a fix keeps the case of the word it replaces ("Teh" -> "The").
std::string capitalizeFirst(std::string_view text);

}  // namespace copydesk::utf
