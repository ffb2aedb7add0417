// The scan of HtmlShorten.h: the HTML tokenizer's states for tags, comments,
// doctypes and raw text, enough to know where the data state is.
#include "markup/HtmlShorten.h"

#include <algorithm>
#include <array>
#include <cstring>

#include "text/Ascii.h"

namespace copydesk::markup::detail {

namespace {

constexpr std::size_t npos = std::string_view::npos;

// HTML's blanks; Gumbo reads CR as a line end.
bool isBlank(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'; }

// A byte of the text a cut may leave out: all but the '<' and '&' that may
// start markup or a character reference, and NUL, which Gumbo drops.
bool isTextByte(char c) { return c != '<' && c != '&' && c != '\0'; }

// The end of the text from `i`: the next '<', '&' or NUL (memchr is fast).
std::size_t textEnd(std::string_view s, std::size_t i) {
  std::size_t end = s.size();
  for (const char c : {'<', '&', '\0'}) {
    const void* at = std::memchr(s.data() + i, c, end - i);
    if (at != nullptr) end = static_cast<std::size_t>(static_cast<const char*>(at) - s.data());
  }
  return end;
}

// The first byte the cut keeps: no blank, and ASCII, so that the bytes cut
// are whole characters.
bool mayLead(char c) { return c > 0x20 && c < 0x7f; }

// Start tags after which the tokenizer reads raw text (RCDATA, RAWTEXT or
// script data) up to the element's own end tag.
constexpr std::array<std::string_view, 8> kRawText = {"script",  "style",    "xmp",      "iframe",
                                                      "noembed", "noframes", "textarea", "title"};
// Start tags after which the scan no longer knows the tokenizer's state: the
// select and column-group-in-template modes ignore raw text tags, frameset
// modes text, Gumbo's noscript in the head is a mode of its own, and
// plaintext never ends.
constexpr std::array<std::string_view, 5> kStop = {"select", "template", "frameset", "noscript", "plaintext"};

// Start tags of foreign content: inside it, raw text tags are no raw text
// (unless at an integration point) and "<![CDATA[" opens a CDATA section.
constexpr std::array<std::string_view, 2> kForeign = {"svg", "math"};

bool isOneOf(std::string_view name, const auto& names) {
  return std::any_of(names.begin(), names.end(), [&](std::string_view n) { return equalsNoCase(name, n); });
}

// After the '>' that ends the tag whose name starts at `i`, following the
// tokenizer's tag and attribute states (a quoted value may hold '>').
std::size_t tagEnd(std::string_view s, std::size_t i) {
  enum class State { Name, BeforeAttribute, Attribute, AfterAttribute, BeforeValue, Quoted, Unquoted, SelfClosing };
  State state = State::Name;
  char quote = 0;
  for (; i < s.size(); ++i) {
    const char c = s[i];
    switch (state) {
      case State::Name:
      case State::Unquoted:
        if (c == '>') return i + 1;
        if (isBlank(c)) state = State::BeforeAttribute;
        else if (c == '/' && state == State::Name) state = State::SelfClosing;
        break;
      case State::Attribute:
      case State::AfterAttribute:
        if (c == '>') return i + 1;
        if (c == '=') state = State::BeforeValue;
        else if (c == '/') state = State::SelfClosing;
        else if (isBlank(c)) state = State::AfterAttribute;
        else state = State::Attribute;
        break;
      case State::BeforeValue:
        if (c == '>') return i + 1;
        if (c == '"' || c == '\'') {
          quote = c;
          state = State::Quoted;
        } else if (!isBlank(c)) {
          state = State::Unquoted;
        }
        break;
      case State::Quoted:
        if (c == quote) state = State::BeforeAttribute;  // the after-value state, read alike here
        break;
      case State::BeforeAttribute:
      case State::SelfClosing:
        if (c == '>') return i + 1;
        if (c == '/') state = State::SelfClosing;
        else if (isBlank(c)) state = State::BeforeAttribute;
        else state = State::Attribute;
        break;
    }
  }
  return s.size();
}

// After the end of the comment whose "<!--" ends before `i`.
std::size_t commentEnd(std::string_view s, std::size_t i) {
  if (s.substr(i).starts_with(">")) return i + 1;
  if (s.substr(i).starts_with("->")) return i + 2;
  const std::size_t dashes = s.find("-->", i);
  const std::size_t bang = s.find("--!>", i);
  if (dashes == npos && bang == npos) return s.size();
  return dashes <= bang ? dashes + 3 : bang + 4;
}

// After the '>' from `i` on (a doctype, a bogus comment), or the end.
std::size_t afterGreaterThan(std::string_view s, std::size_t i) {
  const std::size_t at = s.find('>', i);
  return at == npos ? s.size() : at + 1;
}

// Where raw text from `i` ends: at "</name" and a blank, '/' or '>'.
std::size_t rawTextEnd(std::string_view s, std::size_t i, std::string_view name) {
  for (std::size_t at = s.find("</", i); at != npos; at = s.find("</", at + 1)) {
    const std::size_t after = at + 2 + name.size();
    if (after < s.size() && startsWithNoCase(s.substr(at + 2), name) &&
        (isBlank(s[after]) || s[after] == '/' || s[after] == '>'))
      return at;
  }
  return npos;
}

struct Markup {
  std::size_t end = 0;          // after it; npos: stop cutting
  std::string_view raw_text{};  // a start tag of raw text: its name
  bool drops_line_end = false;  // <pre> or <listing>: a line end right after it is dropped
};

// The markup starting at s[i] == '<' (or the '<' alone, when it is text).
// `foreign`: foreign content may have been opened before.
Markup markupAt(std::string_view s, std::size_t i, bool& foreign) {
  const std::string_view rest = s.substr(i);
  if (rest.starts_with("<!--")) return {commentEnd(s, i + 4)};
  if (foreign && rest.starts_with("<![CDATA[")) return {npos};
  if (rest.starts_with("<!") || rest.starts_with("<?")) return {afterGreaterThan(s, i + 2)};
  if (rest.starts_with("</")) {
    if (rest.size() == 2) return {s.size()};
    if (isAsciiAlpha(rest[2])) return {tagEnd(s, i + 2)};
    return {rest[2] == '>' ? i + 3 : afterGreaterThan(s, i + 2)};
  }
  if (rest.size() < 2 || !isAsciiAlpha(rest[1])) return {i + 1};
  std::size_t name_end = i + 1;
  while (name_end < s.size() && !isBlank(s[name_end]) && s[name_end] != '/' && s[name_end] != '>') ++name_end;
  const std::string_view name = s.substr(i + 1, name_end - i - 1);
  if (isOneOf(name, kStop)) return {npos};
  if (isOneOf(name, kForeign)) foreign = true;
  if (!isOneOf(name, kRawText))
    return {tagEnd(s, i + 1), {}, equalsNoCase(name, "pre") || equalsNoCase(name, "listing")};
  if (foreign) return {npos};
  return {tagEnd(s, i + 1), name};
}

// RCDATA: raw text with character references, whose text may be read (a
// <title>); the text of the others never is.
bool isRcdata(std::string_view name) { return equalsNoCase(name, "title") || equalsNoCase(name, "textarea"); }

// "</script" and a blank, '/' or '>' at `at`: the end tag that ends a script.
bool scriptEndTagAt(std::string_view s, std::size_t at) {
  const std::size_t after = at + 8;
  return after < s.size() && startsWithNoCase(s.substr(at), "</script") &&
         (isBlank(s[after]) || s[after] == '/' || s[after] == '>');
}

// Where the script data from `i` ends (npos: at the end of the text),
// following the tokenizer's script data states: in "<!-- ... -->" a
// "<script>" opens a stretch in which "</script>" only closes that stretch.
std::size_t scriptDataEnd(std::string_view s, std::size_t i) {
  enum class State { Data, Escaped, DoubleEscaped };
  State state = State::Data;
  int dashes = 0;  // '-'s right before, in the escaped states
  const auto delimiterAfterName = [&](std::size_t name, std::size_t& end) {
    end = name;
    while (end < s.size() && isAsciiAlpha(s[end])) ++end;
    return end < s.size() && (isBlank(s[end]) || s[end] == '/' || s[end] == '>');
  };
  for (std::size_t at = i; at < s.size();) {
    const char c = s[at];
    if (c == '-' && state != State::Data) {
      ++dashes;
      ++at;
      continue;
    }
    const bool closes = c == '>' && dashes >= 2;
    dashes = 0;
    if (closes) {
      state = State::Data;
    } else if (c == '<' && state != State::DoubleEscaped) {
      if (scriptEndTagAt(s, at)) return at;
      if (state == State::Data && s.substr(at).starts_with("<!--")) {
        state = State::Escaped;
        dashes = 2;
        at += 4;
        continue;
      }
      std::size_t end = 0;
      if (state == State::Escaped && delimiterAfterName(at + 1, end)) {
        if (equalsNoCase(s.substr(at + 1, end - at - 1), "script")) state = State::DoubleEscaped;
        at = end + 1;
        continue;
      }
    } else if (c == '<' && at + 1 < s.size() && s[at + 1] == '/') {
      std::size_t end = 0;
      if (delimiterAfterName(at + 2, end)) {
        if (equalsNoCase(s.substr(at + 2, end - at - 2), "script")) state = State::Escaped;
        at = end + 1;
        continue;
      }
    }
    ++at;
  }
  return npos;
}

// Where the raw text after a start tag `name`, from `i`, ends: at its end tag,
// or, when there is none, at the end of the text (npos for RCDATA, which is
// not cut).
std::size_t afterRawText(std::string_view s, std::size_t i, std::string_view name) {
  const std::size_t end = equalsNoCase(name, "script") ? scriptDataEnd(s, i) : rawTextEnd(s, i, name);
  if (end == npos) return isRcdata(name) ? npos : s.size();
  return end;
}

// After the first character of s[i, end): a CR LF (one line end) or a UTF-8
// sequence whole.
std::size_t afterFirstCharacter(std::string_view s, std::size_t i, std::size_t end) {
  std::size_t after = s.substr(i).starts_with("\r\n") ? i + 2 : i + 1;
  while (after < end && (static_cast<unsigned char>(s[after]) & 0xC0) == 0x80) ++after;
  return std::min(after, end);
}

}  // namespace

std::size_t ShortenedHtml::sourceOffset(std::size_t at) const {
  // Lookups mostly go forward a little: from the last one's stretch on.
  std::size_t k = kept[last_].at <= at ? last_ : 0;
  for (int steps = 0; k + 1 < kept.size() && kept[k + 1].at <= at; ++steps) {
    if (steps == 4) {
      const auto after = std::upper_bound(kept.begin() + static_cast<std::ptrdiff_t>(k) + 1, kept.end(), at,
                                          [](std::size_t a, const Kept& kept_at) { return a < kept_at.at; });
      k = static_cast<std::size_t>(after - kept.begin()) - 1;
      break;
    }
    ++k;
  }
  last_ = k;
  return kept[k].source_at + (at - kept[k].at);
}

ShortenedHtml shortenHtml(std::string_view s, std::size_t base) {
  ShortenedHtml out;
  out.text.reserve(s.size());
  out.kept.push_back({0, base});
  std::size_t copied = 0;  // s[copied, i) is still to copy
  const auto cut = [&](std::size_t from, std::size_t to) {
    out.text.append(s.substr(copied, from - copied));
    copied = to;
    out.kept.push_back({out.text.size(), base + to});
  };
  std::size_t i = 0;
  std::size_t after_pre = npos;  // where the text after a <pre> or <listing> start tag starts
  bool foreign = false;
  while (i < s.size()) {
    const char c = s[i];
    if (c == '<') {
      const Markup markup = markupAt(s, i, foreign);
      i = markup.end;
      if (i != npos && !markup.raw_text.empty()) {
        const std::size_t text = i;
        i = afterRawText(s, text, markup.raw_text);
        // Raw text is one text node up to its end tag: all may go but its
        // first character and its first non-blank one (a text node of
        // blanks alone is of another type), unless it is RCDATA.
        if (i != npos && !isRcdata(markup.raw_text)) {
          std::size_t lead = text;
          while (lead < i && isBlank(s[lead])) ++lead;
          if (afterFirstCharacter(s, text, lead) < lead) cut(afterFirstCharacter(s, text, lead), lead);
          if (afterFirstCharacter(s, lead, i) < i) cut(afterFirstCharacter(s, lead, i), i);
        }
      }
      if (i == npos) break;
      after_pre = markup.drops_line_end ? i : npos;
      continue;
    }
    if (!isTextByte(c)) {
      ++i;
      continue;
    }
    const std::size_t end = textEnd(s, i);
    // Of leading blanks, the first stays (a CR LF, read as one line end, both
    // bytes), and all of them after <pre>: the line end right after it is
    // dropped, and then the next one starts the text.
    std::size_t blanks_end = i;
    while (blanks_end < end && isBlank(s[blanks_end])) ++blanks_end;
    const std::size_t first_blank_end = afterFirstCharacter(s, i, blanks_end);
    if (i != after_pre && first_blank_end < blanks_end) cut(first_blank_end, blanks_end);
    // The first non-blank byte that is no part of a character reference
    // (which "&" may have started right before `i`) stays.
    std::size_t lead = blanks_end;
    while (lead < end && !(mayLead(s[lead]) && (lead == 0 || isBlank(s[lead - 1]) || s[lead - 1] == '>'))) ++lead;
    if (lead + 1 < end) cut(lead + 1, end);
    i = end;
  }
  out.text.append(s.substr(copied));
  return out;
}

}  // namespace copydesk::markup::detail
