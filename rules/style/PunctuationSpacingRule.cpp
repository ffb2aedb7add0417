// style/punctuation-spacing: a space before , . ; : ! ?, a space on only one
// side of an em dash, and doubled spaces between words. Works on the raw text
// of Prose pieces, so code, URLs and markup are never touched.
#include <array>

#include <fmt/format.h>

#include "engine/ParagraphRule.h"
#include "style/StyleRules.h"
#include "style/support/StyleSupport.h"

namespace copydesk {

namespace {

constexpr RuleInfo kInfo{
    "style/punctuation-spacing",
    Severity::Warning,
    "Spaces before punctuation, around dashes and between words",
    "Stray spaces are invisible in the editor and glaring in print:\n\n"
    "- a space before `,` `.` `;` `:` `!` `?` (\"fast , safe\") — except an ellipsis "
    "(\"and so on ...\"), a leading dot (\".NET\", \".5\") and operators such as `!=`;\n"
    "- an em dash with a space on one side only (\"friction —from\", \"word— next\"): "
    "use no space on either side (closed, \"word—word\") or one on each side "
    "(\"word — word\"); the fix follows whichever style the document uses more;\n"
    "- two or more spaces between words inside a line. Indentation, trailing spaces (a "
    "Markdown hard break) and two spaces after the end of a sentence (a deliberate, if "
    "old-fashioned, style) are left alone.\n\n"
    "**Fix:** delete or add the space (the fixes are safe).",
};

using style::isBlank;
using style::isSpace;

constexpr std::string_view kEmDash = "\xE2\x80\x94";

bool isAsciiAlnum(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); }
bool isLineBreak(char c) { return c == '\n' || c == '\r'; }

// Closing quotes and brackets that may follow punctuation.
bool isCloser(std::string_view text, std::size_t i) {
  if (i >= text.size()) return false;
  const char c = text[i];
  if (c == ')' || c == ']' || c == '"' || c == '\'' || c == '*' || c == '_') return true;
  return text.substr(i, 3) == "\xE2\x80\x9D" || text.substr(i, 3) == "\xE2\x80\x99";
}

// The punctuation at text[i] (preceded by blanks) is misplaced, given what follows.
bool punctuationNeedsNoSpace(std::string_view text, std::size_t i) {
  const char c = text[i];
  const std::size_t k = i + 1;
  const bool at_end = k >= text.size() || isSpace(text[k]);
  const bool closer = isCloser(text, k);
  switch (c) {
    case '.': return at_end || closer;  // not "...", ".NET", ".5", ".gitignore"
    case ',': return at_end || closer || isAsciiAlnum(text[k]);
    case ';':
    case ':': return at_end || (closer && text[k] != ')' && text[k] != '\'');  // not ":)", ";)", ":smile:"
    case '!':
    case '?': return at_end || closer;  // not "!=", "??", "?."
    default: return false;
  }
}

bool sentenceEndsBefore(std::string_view text, std::size_t j, std::size_t limit) {
  while (j > limit && isCloser(text, j - 1)) --j;
  // Curly closing quotes are three bytes; isCloser looked at the first byte only.
  while (j >= limit + 3 && (text.substr(j - 3, 3) == "\xE2\x80\x9D" || text.substr(j - 3, 3) == "\xE2\x80\x99")) j -= 3;
  return j > limit && (text[j - 1] == '.' || text[j - 1] == '!' || text[j - 1] == '?');
}

struct DashStyle {
  int closed = 0;
  int spaced = 0;
};

class PunctuationSpacingRule final : public ParagraphRule {
 public:
  const RuleInfo& info() const override { return kInfo; }
  // How the whole document spaces em dashes decides the fix offered.
  std::uint64_t documentInputs(const RuleContext& ctx) const override {
    return prefersSpacedDashes(ctx.document) ? 1 : 0;
  }

  void check(const RuleContext& ctx, FindingSink& sink) const override {
    const Document& doc = ctx.document;
    const std::string_view text = doc.text();
    const bool prefer_spaced = prefersSpacedDashes(doc);
    for (const Block& block : doc.prose().blocks) {
      for (const Piece& piece : block.pieces) {
        if (piece.kind != PieceKind::Prose) continue;
        for (std::size_t i = piece.span.begin; i < piece.span.end; ++i) {
          const char c = text[i];
          if (!mayMatter(c)) continue;  // most bytes: one table lookup
          if (c == ' ' && i + 1 < piece.span.end && text[i + 1] == ' ') {
            i = doubledSpace(text, piece.span, i, sink);
          } else if (std::string_view(",.;:!?").find(c) != std::string_view::npos) {
            spaceBefore(text, piece.span, i, sink);
          } else if (text.compare(i, kEmDash.size(), kEmDash) == 0) {
            oneSidedDash(text, piece.span, i, prefer_spaced, sink);
            i += kEmDash.size() - 1;
          }
        }
      }
    }
  }

 private:
  // The bytes a finding can start at: a space, , . ; : ! ? and the first byte of "—".
  static bool mayMatter(char c) {
    static constexpr auto kTable = [] {
      std::array<bool, 256> table{};
      for (unsigned char b : std::string_view(" ,.;:!?")) table[b] = true;
      table[static_cast<unsigned char>(kEmDash[0])] = true;
      return table;
    }();
    return kTable[static_cast<unsigned char>(c)];
  }

  // Blanks before one of , . ; : ! ? at text[i].
  static void spaceBefore(std::string_view text, ByteSpan piece, std::size_t i, FindingSink& sink) {
    std::size_t j = i;
    while (j > piece.begin && isBlank(text[j - 1])) --j;
    if (j == i || j == 0) return;
    const char before = text[j - 1];
    if (isSpace(before)) return;  // at the start of a line: indentation or a wrapped line
    if (std::string_view(",.;:!?-").find(before) != std::string_view::npos) return;  // ". ." etc.: leave it
    if (j >= kEmDash.size() && text.compare(j - kEmDash.size(), kEmDash.size(), kEmDash) == 0) return;
    if (!punctuationNeedsNoSpace(text, i)) return;
    Finding finding = style::makeFinding({j, i + 1}, fmt::format("Space before '{}'", text[i]));
    finding.fixes.push_back(style::makeFix("Remove the space", {{{j, i}, ""}}, true));
    sink.add(std::move(finding));
  }

  // Two or more spaces starting at text[i]; returns the index of the last one.
  static std::size_t doubledSpace(std::string_view text, ByteSpan piece, std::size_t i, FindingSink& sink) {
    std::size_t k = i;
    while (k < piece.end && text[k] == ' ') ++k;
    const std::size_t last = k - 1;
    if (i == 0 || isSpace(text[i - 1])) return last;            // indentation
    if (k >= text.size() || isSpace(text[k])) return last;      // trailing: a Markdown hard break
    if (sentenceEndsBefore(text, i, piece.begin)) return last;  // two spaces after a sentence: a style
    if (std::string_view(",.;:!?").find(text[k]) != std::string_view::npos && punctuationNeedsNoSpace(text, k))
      return last;  // "word  ,": reported as a space before ','
    Finding finding = style::makeFinding({i, k}, "Doubled space between words");
    finding.fixes.push_back(style::makeFix("Use one space", {{{i, k}, " "}}, true));
    sink.add(std::move(finding));
    return last;
  }

  static void oneSidedDash(std::string_view text, ByteSpan piece, std::size_t i, bool prefer_spaced,
                           FindingSink& sink) {
    const std::size_t after = i + kEmDash.size();
    if (i == 0 || after >= text.size()) return;
    // The dash opens the prose ("- —y" in a list item): the blank before it is markup.
    if (i == piece.begin && isBlank(text[i - 1])) return;
    const char b = text[i - 1];
    const char a = text[after];
    if (isLineBreak(b) || isLineBreak(a)) return;                   // a dash at the start or end of a line
    if (text.compare(after, kEmDash.size(), kEmDash) == 0) return;  // "——"
    if (i >= kEmDash.size() && text.compare(i - kEmDash.size(), kEmDash.size(), kEmDash) == 0) return;
    const bool space_before = isBlank(b);
    const bool space_after = isBlank(a);
    if (space_before == space_after) return;
    // A blank-only side that runs to the start of the line is not a space "before".
    if (space_before) {
      std::size_t j = i;
      while (j > piece.begin && isBlank(text[j - 1])) --j;
      if (j == 0 || isLineBreak(text[j - 1])) return;
      Finding finding = style::makeFinding({j, after}, "Space before the em dash but not after it");
      finding.fixes.push_back(prefer_spaced
                                  ? style::makeFix("Add a space after the dash", {{{after, after}, " "}}, true)
                                  : style::makeFix("Remove the space before the dash", {{{j, i}, ""}}, true));
      sink.add(std::move(finding));
    } else {
      std::size_t k = after;
      while (k < text.size() && isBlank(text[k])) ++k;
      if (k >= text.size() || isLineBreak(text[k])) return;
      Finding finding = style::makeFinding({i, k}, "Space after the em dash but not before it");
      finding.fixes.push_back(prefer_spaced
                                  ? style::makeFix("Add a space before the dash", {{{i, i}, " "}}, true)
                                  : style::makeFix("Remove the space after the dash", {{{after, k}, ""}}, true));
      sink.add(std::move(finding));
    }
  }

  static bool prefersSpacedDashes(const Document& doc) {
    const DashStyle dashes = countDashes(doc.whole());  // also when checking a part
    return dashes.spaced > dashes.closed;
  }

  // How the document writes em dashes elsewhere: closed ("a—b") or spaced ("a — b").
  static DashStyle countDashes(const Document& doc) {
    const std::string_view text = doc.text();
    DashStyle style;
    for (const Block& block : doc.prose().blocks) {
      for (const Piece& piece : block.pieces) {
        if (piece.kind != PieceKind::Prose) continue;
        const std::string_view s = doc.slice(piece.span);
        for (std::size_t at = s.find(kEmDash); at != std::string_view::npos; at = s.find(kEmDash, at + 1)) {
          const std::size_t i = piece.span.begin + at;
          const std::size_t after = i + kEmDash.size();
          if (i == 0 || after >= text.size()) continue;
          const bool sb = isBlank(text[i - 1]);
          const bool sa = isBlank(text[after]);
          if (sb && sa) ++style.spaced;
          if (!sb && !sa && !isSpace(text[i - 1]) && !isSpace(text[after])) ++style.closed;
        }
      }
    }
    return style;
  }
};

}  // namespace

std::unique_ptr<Rule> makePunctuationSpacingRule() { return std::make_unique<PunctuationSpacingRule>(); }

}  // namespace copydesk
