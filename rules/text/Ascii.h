#pragma once
// ASCII helpers: case tests, lower-casing and comparisons that ignore ASCII
// case, trimming blanks, and `oneOf` for small word lists. Bytes >= 0x80 are never letters here
// and pass through unchanged, so UTF-8 text stays valid; for Unicode case
// mapping use toLower (text/Utf.h).
#include <initializer_list>
#include <string>
#include <string_view>

namespace copydesk {

constexpr bool isAsciiUpper(char c) { return c >= 'A' && c <= 'Z'; }
constexpr bool isAsciiLower(char c) { return c >= 'a' && c <= 'z'; }
constexpr bool isAsciiDigit(char c) { return c >= '0' && c <= '9'; }
constexpr bool isAsciiAlpha(char c) { return isAsciiUpper(c) || isAsciiLower(c); }
constexpr bool isAsciiAlnum(char c) { return isAsciiAlpha(c) || isAsciiDigit(c); }

// 'A'..'Z' to 'a'..'z'; every other byte unchanged.
constexpr char asciiLower(char c) { return isAsciiUpper(c) ? static_cast<char>(c + ('a' - 'A')) : c; }

// Lower-cases the ASCII letters of `text` in place.
inline void asciiLowerInPlace(std::string& text) {
  for (char& c : text) c = asciiLower(c);
}

// A copy of `text` with its ASCII letters lower-cased.
inline std::string asciiLowerCopy(std::string_view text) {
  std::string out(text);
  asciiLowerInPlace(out);
  return out;
}

// True when `text` has no ASCII upper-case letter.
constexpr bool hasNoAsciiUpper(std::string_view text) {
  for (const char c : text)
    if (isAsciiUpper(c)) return false;
  return true;
}

// a == b, ignoring ASCII case.
constexpr bool equalsNoCase(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i)
    if (asciiLower(a[i]) != asciiLower(b[i])) return false;
  return true;
}

// `text` starts with `prefix`, ignoring ASCII case.
constexpr bool startsWithNoCase(std::string_view text, std::string_view prefix) {
  return text.size() >= prefix.size() && equalsNoCase(text.substr(0, prefix.size()), prefix);
}

// Where `needle` occurs in `text` from `from` on, ignoring ASCII case; npos
// if nowhere. Its first character is matched exactly: one that is no letter
// ("</script", "-->").
constexpr std::size_t findNoCase(std::string_view text, std::string_view needle, std::size_t from) {
  for (std::size_t at = text.find(needle.front(), from); at != std::string_view::npos;
       at = text.find(needle.front(), at + 1))
    if (startsWithNoCase(text.substr(at), needle)) return at;
  return std::string_view::npos;
}

// `text` without the spaces, tabs and "\r" at either end.
constexpr std::string_view trimBlanks(std::string_view text) {
  const std::size_t begin = text.find_first_not_of(" \t\r");
  if (begin == std::string_view::npos) return {};
  return text.substr(begin, text.find_last_not_of(" \t\r") - begin + 1);
}

// True when `word` is one of `list` (exact bytes).
constexpr bool oneOf(std::string_view word, std::initializer_list<std::string_view> list) {
  for (const std::string_view x : list)
    if (word == x) return true;
  return false;
}

}  // namespace copydesk
