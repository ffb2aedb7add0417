#include "markup/ProseScan.h"

#include <array>
#include <cstdint>

#include "text/Ascii.h"
#include "text/Utf.h"

namespace copydesk::markup::detail {
namespace {

// True when text[i, i + prefix.size()) equals `prefix` ignoring ASCII case
// (prefix is lower case) and lies before `end`.
bool startsWithNoCase(std::string_view text, std::size_t i, std::size_t end, std::string_view prefix) {
  return end >= i && end - i >= prefix.size() && copydesk::startsWithNoCase(text.substr(i), prefix);
}

bool isUrlByte(unsigned char c) {
  if (c <= 0x20 || c >= 0x7F) return false;  // whitespace, controls, non-ASCII
  return c != '<' && c != '>' && c != '"' && c != '`';
}

bool isEmailLocal(unsigned char c) {
  return isAsciiAlnum(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
}
bool isDomainByte(unsigned char c) { return isAsciiAlnum(c) || c == '.' || c == '-'; }

// Bytes that can start something refinePieces splits out.
constexpr std::array<bool, 256> makeTriggers() {
  std::array<bool, 256> t{};
  t['['] = t['h'] = t['H'] = t['w'] = t['W'] = t['@'] = true;
  return t;
}
constexpr std::array<bool, 256> kTriggers = makeTriggers();

}  // namespace

std::size_t matchUrlAt(std::string_view text, std::size_t floor, std::size_t i, std::size_t end) {
  if (i > floor && isAsciiAlnum(static_cast<unsigned char>(text[i - 1]))) return i;
  std::size_t j = i;
  if (startsWithNoCase(text, i, end, "https://")) {
    j = i + 8;
  } else if (startsWithNoCase(text, i, end, "http://")) {
    j = i + 7;
  } else if (startsWithNoCase(text, i, end, "www.")) {
    j = i + 4;
    if (j >= end || !isAsciiAlnum(static_cast<unsigned char>(text[j]))) return i;
  } else {
    return i;
  }
  const std::size_t after_prefix = j;
  int open_paren = 0, close_paren = 0, open_bracket = 0, close_bracket = 0;
  while (j < end && isUrlByte(static_cast<unsigned char>(text[j]))) {
    switch (text[j]) {
      case '(': ++open_paren; break;
      case ')': ++close_paren; break;
      case '[': ++open_bracket; break;
      case ']': ++close_bracket; break;
      default: break;
    }
    ++j;
  }
  // Trim trailing punctuation that more likely ends the sentence than the URL.
  while (j > after_prefix) {
    const char c = text[j - 1];
    if (c == '.' || c == ',' || c == ':' || c == ';' || c == '!' || c == '?' || c == '\'' || c == '*' || c == '_' ||
        c == '~') {
      --j;
    } else if (c == ')' && close_paren > open_paren) {
      --close_paren, --j;
    } else if (c == ']' && close_bracket > open_bracket) {
      --close_bracket, --j;
    } else {
      break;
    }
  }
  return j > after_prefix ? j : i;
}

bool matchEmailAt(std::string_view text, std::size_t floor, std::size_t at, std::size_t end, std::size_t& begin,
                  std::size_t& finish) {
  std::size_t local = at;
  while (local > floor && isEmailLocal(static_cast<unsigned char>(text[local - 1]))) --local;
  while (local < at && text[local] == '.') ++local;
  if (local >= at) return false;
  std::size_t j = at + 1;
  while (j < end && isDomainByte(static_cast<unsigned char>(text[j]))) ++j;
  while (j > at + 1 && (text[j - 1] == '.' || text[j - 1] == '-')) --j;
  // Need "label.label" with no empty label at the start.
  if (j <= at + 1 || text[at + 1] == '.' || text[at + 1] == '-') return false;
  bool has_dot = false;
  for (std::size_t k = at + 2; k + 1 < j; ++k) {
    if (text[k] == '.') {
      if (text[k - 1] == '.') return false;
      has_dot = true;
    }
  }
  if (!has_dot) return false;
  begin = local;
  finish = j;
  return true;
}

std::size_t matchFootnoteRefAt(std::string_view text, std::size_t i, std::size_t end) {
  if (i >= end || end - i < 4 || text[i] != '[' || text[i + 1] != '^') return i;
  std::size_t j = i + 2;
  constexpr std::size_t kMaxLabel = 200;
  while (j < end && j - i < kMaxLabel) {
    const char c = text[j];
    if (c == ']' || c == '[' || c == ' ' || c == '\t' || isLineEnd(c)) break;
    ++j;
  }
  if (j >= end || text[j] != ']' || j == i + 2) return i;
  return j + 1;
}

void mergeTouchingProse(std::vector<Piece>& pieces) {
  std::size_t out = 0;
  for (std::size_t k = 0; k < pieces.size(); ++k) {
    if (out > 0 && pieces[k].kind == PieceKind::Prose && pieces[out - 1].kind == PieceKind::Prose &&
        pieces[out - 1].span.end == pieces[k].span.begin) {
      pieces[out - 1].span.end = pieces[k].span.end;
    } else {
      pieces[out++] = pieces[k];
    }
  }
  pieces.resize(out);
}

void refinePieces(std::string_view text, std::vector<Piece>& pieces, std::vector<Piece>& scratch) {
  mergeTouchingProse(pieces);
  splitOpaque(text, pieces, scratch);
}

void splitOpaque(std::string_view text, std::vector<Piece>& pieces, std::vector<Piece>& scratch) {
  bool any = false;
  for (const Piece& piece : pieces) {
    if (piece.kind != PieceKind::Prose) continue;
    for (std::size_t i = piece.span.begin; i < piece.span.end; ++i) {
      if (kTriggers[static_cast<unsigned char>(text[i])]) {
        any = true;
        break;
      }
    }
    if (any) break;
  }
  if (!any) return;

  scratch.clear();
  scratch.reserve(pieces.size() + 4);
  const auto emit = [&](std::size_t b, std::size_t e, PieceKind kind) {
    if (e > b) scratch.push_back(Piece{ByteSpan{b, e}, kind});
  };
  for (const Piece& piece : pieces) {
    if (piece.kind != PieceKind::Prose) {
      scratch.push_back(piece);
      continue;
    }
    const std::size_t b = piece.span.begin, e = piece.span.end;
    std::size_t emitted = b;
    std::size_t i = b;
    while (i < e) {
      const char c = text[i];
      if (!kTriggers[static_cast<unsigned char>(c)]) {
        ++i;
        continue;
      }
      if (c == '[') {
        const std::size_t m = matchFootnoteRefAt(text, i, e);
        if (m > i) {
          emit(emitted, i, PieceKind::Prose);
          emit(i, m, PieceKind::FootnoteRef);
          emitted = i = m;
          continue;
        }
      } else if (c == '@') {
        std::size_t mb = 0, me = 0;
        if (matchEmailAt(text, emitted, i, e, mb, me)) {
          emit(emitted, mb, PieceKind::Prose);
          emit(mb, me, PieceKind::Url);
          emitted = i = me;
          continue;
        }
      } else {
        const std::size_t m = matchUrlAt(text, b, i, e);
        if (m > i) {
          emit(emitted, i, PieceKind::Prose);
          emit(i, m, PieceKind::Url);
          emitted = i = m;
          continue;
        }
      }
      ++i;
    }
    emit(emitted, e, PieceKind::Prose);
  }
  pieces.swap(scratch);
}

bool finishBlock(Block& block) {
  auto& pieces = block.pieces;
  std::size_t first = 0;
  while (first < pieces.size() && pieces[first].kind == PieceKind::LineBreak) ++first;
  std::size_t last = pieces.size();
  while (last > first && pieces[last - 1].kind == PieceKind::LineBreak) --last;
  if (first == last) return false;
  if (last < pieces.size()) pieces.erase(pieces.begin() + static_cast<std::ptrdiff_t>(last), pieces.end());
  if (first > 0) pieces.erase(pieces.begin(), pieces.begin() + static_cast<std::ptrdiff_t>(first));
  block.span = ByteSpan{pieces.front().span.begin, pieces.back().span.end};
  return true;
}

void appendEntity(std::string& out, std::string_view entity) {
  if (entity.size() < 3 || entity.front() != '&' || entity.back() != ';') {
    out.append(entity);
    return;
  }
  const std::string_view name = entity.substr(1, entity.size() - 2);
  if (name[0] == '#') {
    std::uint32_t cp = 0;
    bool hex = name.size() > 1 && (name[1] == 'x' || name[1] == 'X');
    std::size_t k = hex ? 2 : 1;
    if (k >= name.size()) {
      out.append(entity);
      return;
    }
    for (; k < name.size(); ++k) {
      const char c = name[k];
      std::uint32_t digit = 0;
      if (c >= '0' && c <= '9') {
        digit = static_cast<std::uint32_t>(c - '0');
      } else if (hex && asciiLower(c) >= 'a' && asciiLower(c) <= 'f') {
        digit = static_cast<std::uint32_t>(asciiLower(c) - 'a' + 10);
      } else {
        out.append(entity);
        return;
      }
      cp = cp * (hex ? 16 : 10) + digit;
      if (cp > 0x10FFFF) break;
    }
    if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) cp = utf::kReplacement;
    utf::append(out, static_cast<char32_t>(cp));
    return;
  }
  struct Named {
    std::string_view name;
    char32_t cp;
  };
  static constexpr Named kNamed[] = {
      {"amp", U'&'},         {"lt", U'<'},         {"gt", U'>'},         {"quot", U'"'},
      {"apos", U'\''},       {"nbsp", U'\u00A0'},  {"mdash", U'\u2014'}, {"ndash", U'\u2013'},
      {"hellip", U'\u2026'}, {"copy", U'\u00A9'},  {"reg", U'\u00AE'},   {"trade", U'\u2122'},
      {"lsquo", U'\u2018'},  {"rsquo", U'\u2019'}, {"ldquo", U'\u201C'}, {"rdquo", U'\u201D'},
  };
  for (const Named& n : kNamed) {
    if (n.name == name) {
      utf::append(out, n.cp);
      return;
    }
  }
  out.append(entity);
}

std::size_t bulletLength(std::string_view s) {
  std::size_t k = 0;
  if (!s.empty() && (s[0] == '-' || s[0] == '*' || s[0] == '+')) {
    k = 1;
  } else if (s.substr(0, 3) == "\xE2\x80\xA2") {
    k = 3;
  } else {
    while (k < s.size() && k < 4 && s[k] >= '0' && s[k] <= '9') ++k;
    if (k == 0 || k >= s.size() || (s[k] != '.' && s[k] != ')')) return 0;
    ++k;
  }
  if (k >= s.size() || !isSpaceOrTab(s[k])) return 0;
  while (k < s.size() && isSpaceOrTab(s[k])) ++k;
  return k < s.size() ? k : 0;
}

}  // namespace copydesk::markup::detail
