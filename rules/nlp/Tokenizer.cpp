#include "nlp/Tokenizer.h"

#include <utf8proc.h>

#include <algorithm>
#include <array>
#include <cstddef>

#include "nlp/Lexicon.h"
#include "text/Utf.h"

namespace copydesk {
namespace {

using namespace token_flag;
using nlp_detail::Abbrev;

// ---------------------------------------------------------------------------
// ASCII classes (one table lookup per byte on the fast path).

enum : std::uint8_t {
  kAlphaC = 1 << 0,
  kDigitC = 1 << 1,
  kSpaceC = 1 << 2,
  kPunctC = 1 << 3,    // ASCII punctuation token; everything else printable is a Symbol
  kUrlishC = 1 << 4,   // may appear in a domain, e-mail, path or URL start
  kSpecialC = 1 << 5,  // . @ / : \ -- worth looking for a URL, e-mail, domain or path
  kUpperC = 1 << 6,
  kPathC = 1 << 7,  // may appear inside a Unix path
};

constexpr std::array<std::uint8_t, 256> makeTable() {
  std::array<std::uint8_t, 256> t{};
  for (int c = 'a'; c <= 'z'; ++c) t[c] |= kAlphaC | kUrlishC | kPathC;
  for (int c = 'A'; c <= 'Z'; ++c) t[c] |= kAlphaC | kUrlishC | kUpperC | kPathC;
  for (int c = '0'; c <= '9'; ++c) t[c] |= kDigitC | kUrlishC | kPathC;
  for (unsigned char c : {' ', '\t', '\n', '\r', '\f', '\v'}) t[c] |= kSpaceC;
  for (unsigned char c : std::string_view(".,;:!?()[]{}\"'-/\\_")) t[c] |= kPunctC;
  for (unsigned char c : std::string_view("._%+-@/\\:~")) t[c] |= kUrlishC;
  for (unsigned char c : std::string_view(".@/:\\")) t[c] |= kSpecialC;
  for (unsigned char c : std::string_view("._-~/+%@=:")) t[c] |= kPathC;
  return t;
}
constexpr std::array<std::uint8_t, 256> kClass = makeTable();

// Bytes after which a run of ASCII letters is certainly a whole word.
constexpr bool isPlainWordEnd(unsigned char c) {
  return c == ' ' || c == '\n' || c == ',' || c == ';' || c == ')' || c == ']' || c == '"' || c == '!' || c == '?' ||
         c == '\t' || c == '\r' || c == '(' || c == '}';
}

constexpr bool isAlpha(unsigned char c) { return (kClass[c] & kAlphaC) != 0; }
constexpr bool isDigit(unsigned char c) { return (kClass[c] & kDigitC) != 0; }
constexpr bool isAlnum(unsigned char c) { return (kClass[c] & (kAlphaC | kDigitC)) != 0; }
constexpr bool isUpperAscii(unsigned char c) { return (kClass[c] & kUpperC) != 0; }
constexpr bool isLowerAscii(unsigned char c) { return c >= 'a' && c <= 'z'; }
constexpr unsigned char lowerAscii(unsigned char c) { return isUpperAscii(c) ? c + 32 : c; }

// ---------------------------------------------------------------------------
// Non-ASCII classes.

enum class CpClass : std::uint8_t { Upper, Lower, OtherLetter, Mark, Digit, OtherNumber, Space, Format, Punct, Symbol };

CpClass classify(char32_t cp) {
  switch (utf8proc_category(static_cast<utf8proc_int32_t>(cp))) {
    case UTF8PROC_CATEGORY_LU:
    case UTF8PROC_CATEGORY_LT: return CpClass::Upper;
    case UTF8PROC_CATEGORY_LL: return CpClass::Lower;
    case UTF8PROC_CATEGORY_LM:
    case UTF8PROC_CATEGORY_LO: return CpClass::OtherLetter;
    case UTF8PROC_CATEGORY_MN:
    case UTF8PROC_CATEGORY_MC:
    case UTF8PROC_CATEGORY_ME: return CpClass::Mark;
    case UTF8PROC_CATEGORY_ND: return CpClass::Digit;
    case UTF8PROC_CATEGORY_NL:
    case UTF8PROC_CATEGORY_NO: return CpClass::OtherNumber;
    case UTF8PROC_CATEGORY_ZS:
    case UTF8PROC_CATEGORY_ZL:
    case UTF8PROC_CATEGORY_ZP:
    case UTF8PROC_CATEGORY_CC: return CpClass::Space;
    case UTF8PROC_CATEGORY_CF: return CpClass::Format;
    case UTF8PROC_CATEGORY_PC:
    case UTF8PROC_CATEGORY_PD:
    case UTF8PROC_CATEGORY_PS:
    case UTF8PROC_CATEGORY_PE:
    case UTF8PROC_CATEGORY_PI:
    case UTF8PROC_CATEGORY_PF:
    case UTF8PROC_CATEGORY_PO: return CpClass::Punct;
    default: return CpClass::Symbol;  // S*, Co, Cs, Cn, U+FFFD
  }
}

constexpr bool isLetterClass(CpClass c) { return c <= CpClass::OtherLetter; }

// Han ideographs and kana: one word per code point.
constexpr bool isCjk(char32_t c) {
  return (c >= 0x3040 && c <= 0x30FF) || (c >= 0x31F0 && c <= 0x31FF) || (c >= 0x3400 && c <= 0x4DBF) ||
         (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFF66 && c <= 0xFF9F) ||
         (c >= 0x20000 && c <= 0x3FFFF);
}

constexpr bool isApostrophe(char32_t c) { return c == '\'' || c == 0x2019; }
constexpr bool isOpeningApostrophe(char32_t c) { return c == '\'' || c == 0x2019 || c == 0x2018; }

struct Cp {
  char32_t cp;
  std::uint8_t len;
};

// ---------------------------------------------------------------------------
// Case statistics of a word.

struct WordStats {
  std::uint16_t flags = 0;
  std::uint32_t upper = 0;
  std::uint32_t lower = 0;
  bool seen_letter = false;
  bool seg_start = true;  // the next letter starts a segment (after - ' .)
  bool mixed = false;

  void letter(bool up, bool lo) {
    if (!seen_letter) {
      seen_letter = true;
      if (up) flags |= kCapitalized;
    } else if (up && !seg_start) {
      mixed = true;
    }
    seg_start = false;
    upper += up;
    lower += lo;
  }
  void asciiLetter(unsigned char c) { letter(isUpperAscii(c), isLowerAscii(c)); }
  std::uint16_t finish() const {
    std::uint16_t f = flags;
    if (upper >= 2 && lower == 0) f |= kAllCaps;
    if (mixed && lower > 0) f |= kMixedCase;
    return f;
  }
};

// ---------------------------------------------------------------------------
// The scanner over one run of prose.

class Scanner {
 public:
  Scanner(std::string_view text, std::size_t end, std::vector<Token>& out, bool newline)
      : t_(text.substr(0, end)), end_(end), out_(out), newline_(newline) {}

  bool newlinePending() const { return newline_; }

  void run(std::size_t i) {
    while (i < end_) {
      const unsigned char c = static_cast<unsigned char>(t_[i]);
      if (c < 0x80) {
        const std::uint8_t cl = kClass[c];
        if (cl & kSpaceC) {
          if (c == '\n') newline_ = true;
          ++i;
        } else if (cl & (kAlphaC | kDigitC)) {
          i = scanWordLike(i);
        } else {
          i = scanAsciiOther(i);
        }
        continue;
      }
      const Cp d = cpAt(i);
      const CpClass k = classify(d.cp);
      if (k == CpClass::Space || k == CpClass::Format) {
        if (d.cp == 0x2028 || d.cp == 0x2029 || d.cp == 0x85) newline_ = true;
        i += d.len;
      } else if (isCjk(d.cp)) {
        emit(i, i + d.len, TokenKind::Word, kNonAscii);
        i += d.len;
      } else if (isLetterClass(k) || k == CpClass::Digit) {
        i = scanWord(i, i, WordStats{});
      } else if (k == CpClass::Punct) {
        if (isOpeningApostrophe(d.cp)) {
          const std::size_t e = scanElision(i, d.len);
          if (e != 0) {
            i = e;
            continue;
          }
        }
        emit(i, i + d.len, TokenKind::Punctuation, kNonAscii);
        i += d.len;
      } else {
        i = scanSymbol(i, d);
      }
    }
  }

 private:
  std::string_view t_;
  std::size_t end_;
  std::vector<Token>& out_;
  bool newline_;

  unsigned char at(std::size_t i) const { return i < end_ ? static_cast<unsigned char>(t_[i]) : 0; }

  Cp cpAt(std::size_t i) const {
    const unsigned char c = static_cast<unsigned char>(t_[i]);
    if (c < 0x80) return {c, 1};
    const utf::Decoded d = utf::decode(t_, i);
    return {d.code_point, d.length};
  }

  bool nonAsciiIn(std::size_t b, std::size_t e) const {
    for (std::size_t i = b; i < e; ++i) {
      if (static_cast<unsigned char>(t_[i]) >= 0x80) return true;
    }
    return false;
  }

  void emit(std::size_t b, std::size_t e, TokenKind kind, std::uint16_t flags) {
    if (newline_) {
      flags |= kNewline;
      newline_ = false;
    }
    out_.push_back(Token{ByteSpan{b, e}, kind, flags});
  }

  // Letter or digit at `i` (any script)?
  bool letterAt(std::size_t i) const {
    if (i >= end_) return false;
    const unsigned char c = at(i);
    if (c < 0x80) return isAlpha(c);
    return isLetterClass(classify(cpAt(i).cp));
  }
  bool alnumAt(std::size_t i) const {
    if (i >= end_) return false;
    const unsigned char c = at(i);
    if (c < 0x80) return isAlnum(c);
    const CpClass k = classify(cpAt(i).cp);
    return isLetterClass(k) || k == CpClass::Digit;
  }
  bool spaceBefore(std::size_t i, std::size_t run_begin) const {
    if (i == 0 || i <= run_begin) return true;
    const unsigned char c = static_cast<unsigned char>(t_[i - 1]);
    return (kClass[c] & kSpaceC) || c == '(' || c == '[' || c == '"';
  }

  // ---- ASCII punctuation and symbols -------------------------------------

  std::size_t scanAsciiOther(std::size_t i) {
    const unsigned char c = at(i);
    switch (c) {
      case '@':
        if ((isAlnum(at(i + 1)) || at(i + 1) == '_') && !(i > 0 && isAlnum(static_cast<unsigned char>(t_[i - 1])))) {
          return scanHandle(i);
        }
        break;
      case '/':
        // An absolute path starts a word: "and/or" is not "and" + "/or".
        if ((isAlnum(at(i + 1)) || at(i + 1) == '_' || at(i + 1) == '.' || at(i + 1) == '~') &&
            !(i > 0 && isAlnum(static_cast<unsigned char>(t_[i - 1])))) {
          if (const std::size_t e = scanUnixPath(i); e != 0) return e;
        }
        break;
      case '.':
        if (isDigit(at(i + 1)) && !isAlnum(i > 0 ? static_cast<unsigned char>(t_[i - 1]) : 0)) {
          return scanNumberLike(i, i + 1);
        }
        if (at(i + 1) == '/' || (at(i + 1) == '.' && at(i + 2) == '/')) {
          if (const std::size_t e = scanUnixPath(i); e != 0) return e;
        }
        if (isLowerAscii(at(i + 1)) && (i == 0 || spaceBefore(i, 0))) {
          if (const std::size_t e = scanUnixPath(i); e != 0) return e;
        }
        break;
      case '~':
        if (at(i + 1) == '/') {
          if (const std::size_t e = scanUnixPath(i); e != 0) return e;
        }
        break;
      case '\'':
        if (const std::size_t e = scanElision(i, 1); e != 0) return e;
        break;
      default: break;
    }
    emit(i, i + 1, (kClass[c] & kPunctC) ? TokenKind::Punctuation : TokenKind::Symbol, 0);
    return i + 1;
  }

  // 'n' 'em 'til 'tis 'twas 'cause '90s after a space or at the start.
  std::size_t scanElision(std::size_t i, std::size_t quote_len) {
    if (i > 0 && alnumBefore(i)) return 0;
    const std::size_t w = i + quote_len;
    std::size_t e = w;
    while (e < end_ && isAlpha(at(e))) ++e;
    const std::string_view word = t_.substr(w, e - w);
    std::uint16_t flags = kApostrophe | (quote_len > 1 ? kNonAscii : 0);
    if (word == "n" || word == "N") {
      // 'n' with its closing apostrophe, or 'n alone.
      if (at(e) == '\'' && !alnumAt(e + 1)) {
        ++e;
      } else if (e < end_ && isApostrophe(cpAt(e).cp) && cpAt(e).len > 1 && !alnumAt(e + 3)) {
        e += 3;
        flags |= kNonAscii;
      } else if (alnumAt(e)) {
        return 0;
      }
      WordStats s;
      s.asciiLetter(at(w));
      emit(i, e, TokenKind::Word, flags | s.finish());
      return e;
    }
    if (e > w && !alnumAt(e) && !(at(e) == '\'') &&
        (word == "em" || word == "til" || word == "tis" || word == "twas" || word == "cause")) {
      emit(i, e, TokenKind::Word, flags);
      return e;
    }
    if (e == w && isDigit(at(w)) && isDigit(at(w + 1)) && at(w + 2) == 's' && !alnumAt(w + 3)) {
      emit(i, w + 3, TokenKind::Word, flags | kHasDigit);
      return w + 3;
    }
    return 0;
  }

  bool alnumBefore(std::size_t i) const {
    // Only ASCII matters here: a word glued to the quote was scanned already.
    return isAlnum(static_cast<unsigned char>(t_[i - 1]));
  }

  // One code point of a symbol, plus emoji modifiers / ZWJ sequences / flags.
  std::size_t scanSymbol(std::size_t i, Cp d) {
    std::size_t e = i + d.len;
    const bool regional = d.cp >= 0x1F1E6 && d.cp <= 0x1F1FF;
    if (regional && e < end_) {
      const Cp n = cpAt(e);
      if (n.cp >= 0x1F1E6 && n.cp <= 0x1F1FF) e += n.len;
    }
    while (e < end_ && at(e) >= 0x80) {
      const Cp n = cpAt(e);
      if (n.cp == 0xFE0E || n.cp == 0xFE0F || (n.cp >= 0x1F3FB && n.cp <= 0x1F3FF) || n.cp == 0x20E3 ||
          (n.cp >= 0xE0020 && n.cp <= 0xE007F)) {
        e += n.len;
      } else if (n.cp == 0x200D && e + n.len < end_) {
        e += n.len;
        const Cp m = cpAt(e);
        const CpClass k = classify(m.cp);
        if (k == CpClass::Space) break;
        e += m.len;
      } else {
        break;
      }
    }
    emit(i, e, TokenKind::Symbol, kNonAscii);
    return e;
  }

  // ---- words, numbers and the things that start like words ----------------

  std::size_t scanWordLike(std::size_t s) {
    // Fast path: a run of ASCII letters ended by a space or plain punctuation
    // is a word whatever else could follow.
    if (isAlpha(at(s))) {
      std::size_t q = s + 1;
      std::size_t upper_rest = 0;  // upper-case letters after the first
      for (; q < end_; ++q) {
        const std::uint8_t cl = kClass[static_cast<unsigned char>(t_[q])];
        if (!(cl & kAlphaC)) break;
        upper_rest += (cl & kUpperC) != 0;
      }
      if (q == end_ || isPlainWordEnd(static_cast<unsigned char>(t_[q]))) {
        const bool first_upper = isUpperAscii(at(s));
        if (!(q == s + 1 && first_upper)) {  // C# and C++ take the slow path
          const std::size_t upper = upper_rest + first_upper;
          const std::size_t lower = q - s - upper;
          std::uint16_t flags = first_upper ? kCapitalized : 0;
          if (upper >= 2 && lower == 0) flags |= kAllCaps;
          if (upper_rest > 0 && lower > 0) flags |= kMixedCase;
          emit(s, q, TokenKind::Word, flags);
          return q;
        }
      }
    }
    // The ASCII "urlish" run tells whether a URL, e-mail, domain or path is possible.
    std::size_t r = s;
    std::uint8_t seen = 0;
    while (r < end_) {
      const unsigned char c = static_cast<unsigned char>(t_[r]);
      const std::uint8_t cl = kClass[c];
      if (!(cl & kUrlishC)) break;
      seen |= cl;
      ++r;
    }
    if (seen & kSpecialC) {
      if (const std::size_t e = scanSpecial(s, r); e != 0) return e;
    }
    const unsigned char c = at(s);
    if (isDigit(c)) return scanNumberLike(s, s);
    if (c == 'v' && isDigit(at(s + 1))) {
      // v1.2.3: one Number with kVersion (or a Word such as v8engine).
      const std::size_t e = scanNumberLike(s, s + 1);
      if (out_.back().kind == TokenKind::Number) out_.back().flags |= kVersion;
      return e;
    }
    return scanWord(s, s, WordStats{});
  }

  // Tries scheme URLs, Windows paths, e-mails, domains and slash paths.
  // Returns the end of the token emitted, or 0.
  std::size_t scanSpecial(std::size_t s, std::size_t r) {
    const unsigned char c0 = at(s);
    // scheme://...  and mailto:
    if (isAlpha(c0)) {
      std::size_t p = s + 1;
      while (p < r && (isAlnum(at(p)) || at(p) == '+' || at(p) == '-' || at(p) == '.')) ++p;
      if (at(p) == ':') {
        if (at(p + 1) == '/' && at(p + 2) == '/' && p - s <= 12 && p + 3 < end_ && !(kClass[at(p + 3)] & kSpaceC)) {
          return emitUrlTail(s, p + 3, TokenKind::Url);
        }
        if (p - s == 6 && lowerAscii(c0) == 'm' && t_.substr(s + 1, 5) == "ailto" && isAlnum(at(p + 1))) {
          return emitUrlTail(s, p + 1, TokenKind::Url);
        }
        if (p == s + 1 && at(p + 1) == '\\') return scanWindowsPath(s);
      }
    }
    // e-mail: local@domain.tld
    for (std::size_t p = s; p < r; ++p) {
      const unsigned char c = at(p);
      if (c == '@') {
        if (p > s) {
          const std::size_t e = scanDomain(p + 1, /*need_known_tld=*/false, nullptr);
          if (e != 0) {
            emit(s, e, TokenKind::Email, 0);
            return e;
          }
        }
        break;
      }
      if (!(isAlnum(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-')) break;
    }
    // domain (www.example.com, LWN.net, example.co.uk) or file name (main.rs)
    if (isAlnum(c0)) {
      std::size_t last_label = 0;
      const std::size_t e = scanDomain(s, /*need_known_tld=*/false, &last_label);
      if (e != 0) {
        const std::string_view tld = t_.substr(last_label, e - last_label);
        const std::string_view name = t_.substr(s, last_label - 1 - s);
        const bool www = e - s > 4 && (t_.substr(s, 4) == "www." || t_.substr(s, 4) == "WWW.");
        const unsigned char next = at(e);
        const bool tail = next == '/' || next == '?' || next == '#' || (next == ':' && isDigit(at(e + 1)));
        if (nlp_detail::isFileExtension(tld) && !www && (!tail || next == ':') && fileNameCase(name, tld)) {
          std::size_t q = e;  // main.rs:10:5
          while (at(q) == ':' && isDigit(at(q + 1))) {
            q += 2;
            while (isDigit(at(q))) ++q;
          }
          emit(s, q, TokenKind::Path, 0);
          return q;
        }
        if (www || nlp_detail::isTopLevelDomain(tld)) {
          if (tail) return emitUrlTail(s, e, TokenKind::Url);
          emit(s, e, TokenKind::Url, 0);
          return e;
        }
      }
    }
    // relative paths with slashes: src/main.rs, a/b/c
    if (isAlnum(c0) || c0 == '_') {
      if (const std::size_t e = scanUnixPath(s, /*relative=*/true); e != 0) return e;
    }
    return 0;
  }

  static bool fileNameCase(std::string_view name, std::string_view ext) {
    if (name.empty()) return false;
    const unsigned char c = static_cast<unsigned char>(name[0]);
    if (!isUpperAscii(c)) return true;
    if (ext == "js" || ext == "ts") {
      // Node.js, Next.js are names, not files; README.JS would be odd anyway.
      for (unsigned char n : name) {
        if (isLowerAscii(n)) return false;
      }
    }
    return true;
  }

  // Labels [A-Za-z0-9-] separated by single dots; two or more labels; the last
  // label is letters only (2+), lower case and (if need_known_tld) known.
  // Returns the end or 0; `last_label` receives the start of the last label.
  std::size_t scanDomain(std::size_t s, bool need_known_tld, std::size_t* last_label) const {
    std::size_t p = s;
    std::size_t labels = 0;
    std::size_t label_begin = s;
    bool all_digits = true;
    for (;;) {
      if (!isAlnum(at(p))) break;
      label_begin = p;
      while (isAlnum(at(p)) || (at(p) == '-' && isAlnum(at(p + 1)))) {
        if (!isDigit(at(p))) all_digits = false;
        ++p;
      }
      ++labels;
      if (at(p) == '.' && isAlnum(at(p + 1))) {
        ++p;
        continue;
      }
      break;
    }
    if (labels < 2 || all_digits) return 0;
    // Not followed by more word characters (end.Next-ish tails, 3.5x, ...).
    if (alnumAt(p) || at(p) == '_' || at(p) == '@') return 0;
    if (at(p) == '\'' && isAlpha(at(p + 1)) && !(at(p + 1) == 's' && !isAlnum(at(p + 2)))) return 0;
    for (std::size_t q = label_begin; q < p; ++q) {
      if (!isLowerAscii(at(q))) return 0;
    }
    if (p - label_begin < 2) return 0;
    if (need_known_tld && !nlp_detail::isTopLevelDomain(t_.substr(label_begin, p - label_begin))) return 0;
    if (last_label != nullptr) *last_label = label_begin;
    return p;
  }

  // Extends a URL over URL characters from `p`, trims trailing punctuation and
  // unbalanced closing brackets, emits it.
  std::size_t emitUrlTail(std::size_t s, std::size_t p, TokenKind kind) {
    int parens = 0;
    int brackets = 0;
    for (std::size_t q = s; q < p; ++q) {
      parens += at(q) == '(' ? 1 : at(q) == ')' ? -1 : 0;
    }
    while (p < end_) {
      const unsigned char c = at(p);
      if (c <= 0x20 || c >= 0x7F || c == '<' || c == '>' || c == '"' || c == '`' || c == '{' || c == '}' || c == '|' ||
          c == '\\' || c == '^') {
        break;
      }
      if (c == '(') ++parens;
      if (c == ')') {
        if (parens == 0) break;
        --parens;
      }
      if (c == '[') ++brackets;
      if (c == ']') {
        if (brackets == 0) break;
        --brackets;
      }
      ++p;
    }
    while (p > s + 1) {
      const unsigned char c = at(p - 1);
      if (c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == '\'' || c == '*' || c == '_') {
        --p;
      } else {
        break;
      }
    }
    emit(s, p, kind, 0);
    return p;
  }

  std::size_t scanWindowsPath(std::size_t s) {
    std::size_t p = s + 3;
    while (p < end_) {
      const unsigned char c = at(p);
      if (c <= 0x20 || c == '"' || c == '<' || c == '>' || c == '|' || c == '*' || c == '?' || c == ',' || c == ';' ||
          c == '(' || c == ')') {
        break;
      }
      if (c >= 0x80) {
        const Cp d = cpAt(p);
        const CpClass k = classify(d.cp);
        if (!(isLetterClass(k) || k == CpClass::Digit || k == CpClass::Mark)) break;
        p += d.len;
        continue;
      }
      ++p;
    }
    while (p > s + 3 && (at(p - 1) == '.' || at(p - 1) == ':')) --p;
    emit(s, p, TokenKind::Path, p > s ? (nonAsciiIn(s, p) ? kNonAscii : 0) : 0);
    return p;
  }

  // Unix path from `s`. Absolute (/, ./, ../, ~/, .hidden) paths need one
  // letter or digit; relative ones (src/main.rs) need a slash and either two
  // slashes, a file extension or a final slash, and a letter. Returns 0 when
  // the run is not a path.
  std::size_t scanUnixPath(std::size_t s, bool relative = false) {
    std::size_t p = s;
    std::size_t slashes = 0;
    bool letter = false;
    bool alnum = false;
    std::size_t last_slash = std::string_view::npos;
    while (p < end_) {
      const unsigned char c = at(p);
      if (!(kClass[c] & kPathC)) break;
      if (c == '/') {
        ++slashes;
        last_slash = p;
      } else if (isAlpha(c)) {
        letter = alnum = true;
      } else if (isDigit(c)) {
        alnum = true;
      }
      ++p;
    }
    while (p > s + 1) {
      const unsigned char c = at(p - 1);
      if (c == '.' || c == ':' || c == '-' || c == '=' || c == '+' || c == '@') {
        --p;
      } else {
        break;
      }
    }
    if (!alnum) return 0;
    if (relative) {
      if (slashes == 0 || !letter) return 0;
      // recount after trimming
      slashes = 0;
      last_slash = std::string_view::npos;
      for (std::size_t q = s; q < p; ++q) {
        if (at(q) == '/') {
          ++slashes;
          last_slash = q;
        }
      }
      if (slashes == 0) return 0;
      bool ok = slashes >= 2 || (last_slash + 1 == p && p - s >= 3);
      if (!ok) {
        // file extension in the last segment: name.ext with letters in ext
        for (std::size_t q = p; q > last_slash + 2; --q) {
          if (at(q - 1) == '.') {
            bool ext_letter = false;
            for (std::size_t x = q; x < p; ++x) ext_letter |= isAlpha(at(x));
            ok = ext_letter && p - q <= 8;
            break;
          }
        }
      }
      if (!ok) return 0;
      if (alnumAt(p)) return 0;  // glued to non-ASCII letters: leave it to words
    }
    emit(s, p, TokenKind::Path, 0);
    return p;
  }

  std::size_t scanHandle(std::size_t s) {
    std::size_t p = s + 1;
    while (p < end_) {
      const unsigned char c = at(p);
      if (isAlnum(c) || c == '_') {
        ++p;
      } else if ((c == '.' || c == '-') && (isAlnum(at(p + 1)) || at(p + 1) == '_')) {
        ++p;
      } else {
        break;
      }
    }
    // @user@instance.social (fediverse)
    if (at(p) == '@') {
      if (const std::size_t e = scanDomain(p + 1, false, nullptr); e != 0) p = e;
    }
    emit(s, p, TokenKind::Handle, 0);
    return p;
  }

  // Number from `d` (first digit); `s` is the token start (may be "v" or ".").
  // Emits a Number, or continues into a Word when letters follow.
  std::size_t scanNumberLike(std::size_t s, std::size_t d) {
    std::size_t p = d;
    while (isDigit(at(p))) ++p;
    const std::size_t int_digits = p - d;
    std::uint16_t flags = 0;
    const bool plain_start = s == d;
    // Dates and times.
    if (plain_start && int_digits == 4 && at(p) == '-' && isDigit(at(p + 1)) && isDigit(at(p + 2)) &&
        at(p + 3) == '-' && isDigit(at(p + 4)) && isDigit(at(p + 5)) && !alnumAt(p + 6)) {
      emit(s, p + 6, TokenKind::Number, 0);
      return p + 6;
    }
    if (plain_start && int_digits <= 2 && at(p) == '/' && isDigit(at(p + 1))) {
      std::size_t q = p + 1;
      while (isDigit(at(q))) ++q;
      if (q - p - 1 <= 2 && at(q) == '/' && isDigit(at(q + 1))) {
        std::size_t y = q + 1;
        while (isDigit(at(y))) ++y;
        if ((y - q - 1 == 2 || y - q - 1 == 4) && !alnumAt(y) && at(y) != '/') {
          emit(s, y, TokenKind::Number, 0);
          return y;
        }
      }
    }
    if (plain_start && int_digits <= 2 && at(p) == ':' && isDigit(at(p + 1)) && isDigit(at(p + 2)) &&
        !isDigit(at(p + 3))) {
      std::size_t q = p + 3;
      if (at(q) == ':' && isDigit(at(q + 1)) && isDigit(at(q + 2)) && !isDigit(at(q + 3))) q += 3;
      if (!alnumAt(q) || isAlpha(at(q))) {  // 10:30am is fine too: am stays a separate word
        emit(s, q, TokenKind::Number, 0);
        return q;
      }
    }
    // Thousands separators: 1,234,567
    if (plain_start && int_digits <= 3) {
      while (at(p) == ',' && isDigit(at(p + 1)) && isDigit(at(p + 2)) && isDigit(at(p + 3)) && !isDigit(at(p + 4))) {
        p += 4;
      }
    }
    // Decimal part and version components.
    std::size_t dots = 0;
    while (at(p) == '.' && isDigit(at(p + 1))) {
      p += 2;
      while (isDigit(at(p))) ++p;
      ++dots;
    }
    if (s != d && at(s) == '.') ++dots;  // ".5"
    // Suffixes.
    const unsigned char c = at(p);
    bool suffix = false;
    if (c == '%') {
      flags |= kPercent;
      ++p;
      suffix = true;
    } else if ((c == 'x' || c == 'X') && !alnumAt(p + 1)) {
      flags |= kMultiplier;
      ++p;
      suffix = true;
    } else if (c == 0xC3 && at(p + 1) == 0x97 && !alnumAt(p + 2)) {  // ×
      flags |= kMultiplier | kNonAscii;
      p += 2;
      suffix = true;
    } else if ((c == 'K' || c == 'k' || c == 'M' || c == 'B' || c == 'T') && !letterAt(p + 1) && !isDigit(at(p + 1))) {
      flags |= kMagnitude;
      ++p;
      suffix = true;
    } else if (c == 'b' && at(p + 1) == 'n' && !letterAt(p + 2) && !isDigit(at(p + 2))) {
      flags |= kMagnitude;
      p += 2;
      suffix = true;
    }
    if (at(p) == '+' && !alnumAt(p + 1) && at(p + 1) != '+') {
      ++p;
      if (!suffix && dots >= 1) flags |= kVersion;
      suffix = true;
    }
    if (!suffix) {
      if (dots >= 1 && at(p) == '-' && isPrerelease(p + 1)) {
        p += 1;
        while (isAlnum(at(p)) || (at(p) == '.' && isAlnum(at(p + 1)))) ++p;
        flags |= kVersion;
      } else if (letterAt(p) || (at(p) == '_' && isAlnum(at(p + 1))) ||
                 (dots == 0 && at(p) == '\'' && isAlpha(at(p + 1))) ||
                 (dots == 0 && at(p) >= 0x80 && cpAt(p).cp == 0x2019 && letterAt(p + 3)) ||
                 (dots == 0 && at(p) == '-' && letterAt(p + 1))) {
        // 3rd, 64-bit, 5GB, 0x1F, 1.5GHz, 1990's: a word with digits.
        WordStats st;
        st.flags |= kHasDigit;
        return scanWord(s, p, st);
      }
    }
    if (dots >= 2) flags |= kVersion;
    emit(s, p, TokenKind::Number, flags);
    return p;
  }

  bool isPrerelease(std::size_t p) const {
    if (!isAlpha(at(p))) return false;
    std::size_t e = p;
    bool digit = false;
    while (isAlnum(at(e))) digit |= isDigit(at(e++));
    const std::size_t n = e - p;
    if (digit) return true;
    const std::string_view w = t_.substr(p, n);
    return w == "rc" || w == "alpha" || w == "beta" || w == "pre" || w == "dev" || w == "preview" || w == "nightly" ||
           w == "snapshot" || w == "SNAPSHOT" || w == "RC";
  }

  // Word from `s`, already scanned up to `p` (stats describe [s, p)).
  std::size_t scanWord(std::size_t s, std::size_t p, WordStats st) {
    bool prev_alnum = p > s;  // whatever was consumed before is alphanumeric
    while (p < end_) {
      const unsigned char c = static_cast<unsigned char>(t_[p]);
      if (c < 0x80) {
        const std::uint8_t cl = kClass[c];
        if (cl & kAlphaC) {
          st.asciiLetter(c);
          prev_alnum = true;
          ++p;
          continue;
        }
        if (cl & kDigitC) {
          st.flags |= kHasDigit;
          prev_alnum = true;
          ++p;
          continue;
        }
        if (!prev_alnum) break;
        if (c == '_' && (isAlnum(at(p + 1)) || at(p + 1) == '_')) {
          prev_alnum = false;
          ++p;
          continue;
        }
        if ((c == '\'' && letterAt(p + 1)) || (c == '-' && alnumAt(p + 1))) {  // a new segment: "don't", "built-in"
          st.flags |= c == '-' ? kHyphenated : kApostrophe;
          st.seg_start = true;
          prev_alnum = false;
          ++p;
          continue;
        }
        if (c == '&' && isUpperAscii(at(p - 1)) && isUpperAscii(at(p + 1))) {  // AT&T, R&D
          prev_alnum = false;
          ++p;
          continue;
        }
        if (c == '.' && !(st.flags & kHyphenated)) {
          if (const std::size_t e = scanAbbreviation(s, p, st); e != 0) return e;
        }
        break;
      }
      const Cp d = cpAt(p);
      if (isCjk(d.cp)) break;
      const CpClass k = classify(d.cp);
      if (isLetterClass(k)) {
        st.letter(k == CpClass::Upper, k == CpClass::Lower);
        st.flags |= kNonAscii;
        prev_alnum = true;
        p += d.len;
        continue;
      }
      if (k == CpClass::Mark || k == CpClass::Digit || (k == CpClass::OtherNumber && prev_alnum)) {
        if (k == CpClass::Digit) st.flags |= kHasDigit;
        st.flags |= kNonAscii;
        prev_alnum = true;
        p += d.len;
        continue;
      }
      if (!prev_alnum) break;
      if (d.cp == 0x2019 && letterAt(p + d.len)) {
        st.flags |= kApostrophe | kNonAscii;
        st.seg_start = true;
        prev_alnum = false;
        p += d.len;
        continue;
      }
      if ((d.cp == 0x2010 || d.cp == 0x2011) && alnumAt(p + d.len)) {
        st.flags |= kHyphenated | kNonAscii;
        st.seg_start = true;
        prev_alnum = false;
        p += d.len;
        continue;
      }
      if ((d.cp == 0x00AD || d.cp == 0x200C || d.cp == 0x200D) && letterAt(p + d.len)) {
        st.flags |= kNonAscii;
        prev_alnum = false;
        p += d.len;
        continue;
      }
      break;
    }
    // C#, F#, C++ (a single capital letter).
    if (p == s + 1 && isUpperAscii(at(s))) {
      if (at(p) == '#' && !alnumAt(p + 1)) {
        ++p;
      } else if (at(p) == '+' && at(p + 1) == '+' && !alnumAt(p + 2)) {
        p += 2;
      }
    }
    emit(s, p, TokenKind::Word, st.finish());
    return p;
  }

  // At a '.' after the word [s, p): abbreviations from the list, dotted
  // initialisms (e.g., U.S., a.m., J.R.R.), "e.g"/"i.e" without the final dot,
  // Ph.D. and single capital initials. Returns the end or 0.
  std::size_t scanAbbreviation(std::size_t s, std::size_t p, WordStats& st) {
    const std::size_t n = p - s;
    const std::string_view word = t_.substr(s, n);
    if (n == 1 && isAlpha(at(s))) {
      std::size_t q = p;
      std::size_t chunks = 1;
      WordStats ws = st;
      while (at(q) == '.' && isAlpha(at(q + 1)) && !isAlnum(at(q + 2))) {
        ws.seg_start = true;
        ws.asciiLetter(at(q + 1));
        q += 2;
        ++chunks;
      }
      if (chunks >= 2) {
        if (at(q) == '.') {
          emit(s, q + 1, TokenKind::Word, ws.finish() | kAbbreviation);
          return q + 1;
        }
        if (q - s == 3 && !alnumAt(q)) {
          const unsigned char a = lowerAscii(at(s));
          const unsigned char b = lowerAscii(at(s + 2));
          if ((a == 'e' && b == 'g') || (a == 'i' && b == 'e')) {
            emit(s, q, TokenKind::Word, ws.finish() | kAbbreviation);
            return q;
          }
        }
      }
    }
    if (word == "Ph" && at(p + 1) == 'D' && at(p + 2) == '.') {
      st.seg_start = true;
      st.asciiLetter('D');
      emit(s, p + 3, TokenKind::Word, st.finish() | kAbbreviation);
      return p + 3;
    }
    if (n <= 6 && !(st.flags & (kApostrophe | kHasDigit))) {
      const Abbrev a = nlp_detail::lookupAbbreviation(word);
      if (a == Abbrev::Always || (a == Abbrev::BeforeNumber && numberFollows(p + 1))) {
        emit(s, p + 1, TokenKind::Word, st.finish() | kAbbreviation);
        return p + 1;
      }
    }
    // "C" (the language) and "I" (pronoun, numeral) are initials only before
    // another initial: "C. S. Lewis" but "written in C. The ...".
    if (n == 1 && isUpperAscii(at(s)) && at(p + 1) == ' ' && isUpperAscii(at(p + 2)) &&
        ((at(s) != 'C' && at(s) != 'I') || (at(p + 3) == '.' && !isAlpha(at(p + 4))))) {
      emit(s, p + 1, TokenKind::Word, st.finish() | kAbbreviation);
      return p + 1;
    }
    return 0;
  }

  bool numberFollows(std::size_t q) const {
    if (at(q) == ' ') ++q;
    return isDigit(at(q));
  }
};

// ---------------------------------------------------------------------------
// Sentences.

inline bool isTerminal(std::string_view text, const Token& t, bool& full_width) {
  full_width = false;
  if (t.kind != TokenKind::Punctuation) return false;
  const unsigned char c = static_cast<unsigned char>(text[t.span.begin]);
  if (c < 0x80) return c == '.' || c == '!' || c == '?';
  if (c != 0xE2 && c != 0xE3 && c != 0xEF) return false;
  const std::string_view s = text.substr(t.span.begin, t.span.size());
  if (s == "\xE2\x80\xA6") return true;                                                                       // …
  if (s == "\xE2\x80\xBC" || s == "\xE2\x81\x87" || s == "\xE2\x81\x88" || s == "\xE2\x81\x89") return true;  // ‼ ⁇ ⁈ ⁉
  if (s == "\xE3\x80\x82" || s == "\xEF\xBC\x81" || s == "\xEF\xBC\x9F") {  // 。！？
    full_width = true;
    return true;
  }
  return false;
}

bool isClosing(std::string_view text, const Token& t) {
  if (t.kind == TokenKind::Opaque) return t.has(kFootnoteRef);
  if (t.kind != TokenKind::Punctuation) return false;
  const std::string_view s = text.substr(t.span.begin, t.span.size());
  if (s.size() == 1) return s[0] == '"' || s[0] == '\'' || s[0] == ')' || s[0] == ']' || s[0] == '}';
  return s == "\xE2\x80\x9D" || s == "\xE2\x80\x99" || s == "\xC2\xBB" || s == "\xE2\x80\xBA" ||  // ” ’ » ›
         s == "\xE3\x80\x8D" || s == "\xE3\x80\x8F" || s == "\xEF\xBC\x89";                       // 」 』 ）
}

bool isOpening(std::string_view text, const Token& t) {
  const std::string_view s = text.substr(t.span.begin, t.span.size());
  if (s.size() == 1) return s[0] == '"' || s[0] == '\'' || s[0] == '(' || s[0] == '[' || s[0] == '{';
  return s == "\xE2\x80\x9C" || s == "\xE2\x80\x98" || s == "\xC2\xAB" || s == "\xE2\x80\xB9" ||  // “ ‘ « ‹
         s == "\xC2\xBF" || s == "\xC2\xA1" || s == "\xE3\x80\x8C" || s == "\xE3\x80\x8E" ||      // ¿ ¡ 「 『
         s == "\xE2\x80\x9E" || s == "\xEF\xBC\x88";                                              // „ （
}

bool whitespaceBetween(std::string_view text, std::size_t b, std::size_t e) {
  for (std::size_t i = b; i < e && i < text.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    if (c < 0x80) {
      if (kClass[c] & kSpaceC) return true;
    } else if (c == 0xC2 && i + 1 < e && static_cast<unsigned char>(text[i + 1]) == 0xA0) {
      return true;  // no-break space
    } else if (c == 0xE2 || c == 0xE3) {
      const utf::Decoded d = utf::decode(text, i);
      if (classify(d.code_point) == CpClass::Space) return true;
    }
  }
  return false;
}

bool startsSentence(std::string_view text, const Token& t) {
  switch (t.kind) {
    case TokenKind::Number:
    case TokenKind::Symbol:
    case TokenKind::Url:
    case TokenKind::Email:
    case TokenKind::Handle:
    case TokenKind::Path:
    case TokenKind::Opaque: return true;
    case TokenKind::Punctuation: return isOpening(text, t);
    case TokenKind::Word: break;
  }
  if (t.flags & (kCapitalized | kMixedCase)) return true;
  const unsigned char c = static_cast<unsigned char>(text[t.span.begin]);
  if (c < 0x80) return isDigit(c);
  const utf::Decoded d = utf::decode(text, t.span.begin);
  const CpClass k = classify(d.code_point);
  // Uncased letters (CJK, Arabic, ...) and non-ASCII digits.
  return k == CpClass::OtherLetter || k == CpClass::Digit || k == CpClass::Upper;
}

}  // namespace

void splitSentences(std::string_view text, const std::vector<Token>& tokens, std::uint32_t first, std::uint32_t end,
                    std::uint32_t block, std::vector<Sentence>& out) {
  const auto push = [&](std::uint32_t b, std::uint32_t e) {
    out.push_back(Sentence{ByteSpan{tokens[b].span.begin, tokens[e - 1].span.end}, block, b, e});
  };
  std::uint32_t start = first;
  for (std::uint32_t i = first; i < end; ++i) {
    bool full_width = false;
    if (!isTerminal(text, tokens[i], full_width)) continue;
    // The run of terminal marks (?!, ...), then glued closers (." ) ’ [^1]).
    std::uint32_t k = i;
    bool fw = full_width;
    while (k + 1 < end && tokens[k + 1].span.begin == tokens[k].span.end && isTerminal(text, tokens[k + 1], fw)) {
      full_width |= fw;
      ++k;
    }
    while (k + 1 < end && tokens[k + 1].span.begin == tokens[k].span.end && isClosing(text, tokens[k + 1])) ++k;
    if (k + 1 >= end) break;  // the block end closes the sentence
    const Token& next = tokens[k + 1];
    const bool spaced = (next.flags & kNewline) || whitespaceBetween(text, tokens[k].span.end, next.span.begin);
    if ((full_width && next.kind != TokenKind::Punctuation) || (spaced && startsSentence(text, next))) {
      push(start, k + 1);
      start = k + 1;
    }
    i = k;
  }
  if (start < end) push(start, end);
}

void tokenizeRun(std::string_view text, ByteSpan run, std::vector<Token>& out) {
  const std::size_t end = std::min(run.end, text.size());
  const std::size_t begin = std::min(run.begin, end);
  Scanner scanner(text, end, out, false);
  scanner.run(begin);
}

TokenizedProse tokenize(std::string_view text, const ProseMap& prose) {
  TokenizedProse result;
  std::size_t prose_bytes = 0;
  for (const Block& block : prose.blocks) {
    for (const Piece& piece : block.pieces) prose_bytes += piece.span.size();
  }
  result.tokens.reserve(prose_bytes / 4 + 16);
  result.sentences.reserve(prose_bytes / 60 + prose.blocks.size() + 4);
  result.block_tokens.reserve(prose.blocks.size());

  auto& tokens = result.tokens;
  for (std::size_t b = 0; b < prose.blocks.size(); ++b) {
    const Block& block = prose.blocks[b];
    const auto first = static_cast<std::uint32_t>(tokens.size());
    bool newline = false;
    const std::size_t n = block.pieces.size();
    for (std::size_t k = 0; k < n; ++k) {
      const Piece& piece = block.pieces[k];
      const std::size_t pe = std::min(piece.span.end, text.size());
      const std::size_t pb = std::min(piece.span.begin, pe);
      const auto opaque = [&](TokenKind kind, std::uint16_t flags) {
        if (pb == pe) return;
        if (newline) flags |= kNewline;
        newline = false;
        tokens.push_back(Token{ByteSpan{pb, pe}, kind, flags});
      };
      switch (piece.kind) {
        case PieceKind::Prose: {
          std::size_t e = pe;
          while (k + 1 < n && block.pieces[k + 1].kind == PieceKind::Prose && block.pieces[k + 1].span.begin == e &&
                 block.pieces[k + 1].span.end <= text.size() && block.pieces[k + 1].span.end >= e) {
            e = block.pieces[++k].span.end;
          }
          Scanner scanner(text, e, tokens, newline);
          scanner.run(pb);
          newline = scanner.newlinePending();
          break;
        }
        case PieceKind::Code:
        case PieceKind::Math: opaque(TokenKind::Opaque, kCode); break;
        case PieceKind::FootnoteRef: opaque(TokenKind::Opaque, kFootnoteRef); break;
        case PieceKind::Url: {
          const std::string_view s = text.substr(pb, pe - pb);
          const bool email = s.find('@') != std::string_view::npos && s.find(':') == std::string_view::npos;
          opaque(email ? TokenKind::Email : TokenKind::Url, 0);
          break;
        }
        case PieceKind::LineBreak: newline = true; break;
      }
    }
    const auto end = static_cast<std::uint32_t>(tokens.size());
    result.block_tokens.emplace_back(first, end);
    splitSentences(text, tokens, first, end, static_cast<std::uint32_t>(b), result.sentences);
  }
  return result;
}

}  // namespace copydesk
