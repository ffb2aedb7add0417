#include "facts/support/CitationFix.h"

#include <algorithm>
#include <functional>
#include <string>

namespace copydesk::facts {

namespace {

int numericLabel(std::string_view label) {
  if (label.empty() || label.size() > 6) return 0;
  int n = 0;
  for (char c : label) {
    if (c < '0' || c > '9') return 0;
    n = n * 10 + (c - '0');
  }
  return n;
}

bool isDigit(char c) { return c >= '0' && c <= '9'; }

// The number a footnote reference is written with, in any format's form
// ("[^12]", "[12]_", "[fn:12]"); 0 when it has none ("[#]_", "footnote:[...]").
int referenceNumber(std::string_view ref) {
  const std::size_t first = ref.find_first_of("0123456789");
  if (first == std::string_view::npos) return 0;
  std::size_t last = first;
  while (last < ref.size() && isDigit(ref[last])) ++last;
  const std::string_view rest = ref.substr(last);
  if (rest.find_first_of("0123456789") != std::string_view::npos) return 0;
  return numericLabel(ref.substr(first, last - first));
}

int nextFootnoteNumber(const Document& doc) {
  int highest = 0;
  for (const FootnoteDefinition& def : doc.prose().footnotes) highest = std::max(highest, numericLabel(def.label));
  // The references: the prose map's footnote pieces (a walk over every token
  // took as long on each keystroke of a 1 MB article).
  for (const Block& block : doc.prose().blocks)
    for (const Piece& piece : block.pieces)
      if (piece.kind == PieceKind::FootnoteRef) highest = std::max(highest, referenceNumber(doc.slice(piece.span)));
  return highest + 1;
}

std::string withNumber(std::string_view form, const std::string& number) {
  std::string out(form);
  for (std::size_t at = out.find("{n}"); at != std::string::npos; at = out.find("{n}", at + number.size()))
    out.replace(at, 3, number);
  return out;
}

// The definition appended at the end of the document.
std::string definitionAppendix(std::string_view text, const std::string& definition) {
  std::string tail;
  if (!text.empty() && text.back() != '\n') tail += '\n';
  // A blank line before the definition unless the document already ends with footnotes.
  std::size_t last_line = 0;
  if (const std::size_t last_char = text.find_last_not_of("\r\n"); last_char != std::string_view::npos) {
    const std::size_t newline = text.rfind('\n', last_char);
    last_line = newline == std::string_view::npos ? 0 : newline + 1;
  }
  const bool blank_end = text.size() >= 2 && text.substr(text.size() - 2) == "\n\n";
  const std::string_view marker = std::string_view(definition).substr(0, 2);  // "[^", ".."
  if (text.substr(last_line, 2) != marker && !text.empty() && !blank_end) tail += '\n';
  tail += definition + "\n";
  return tail;
}

CitationForm formOf(const Document& doc) { return citationForm(formatInfo(doc.format()).citations); }

bool numbered(const CitationForm& form) { return form.reference.find("{n}") != std::string_view::npos; }

std::string footnoteNumber(const Document& doc) { return std::to_string(nextFootnoteNumber(doc.whole())); }

}  // namespace

Fix CitationFixes::forSentence(const Sentence& sentence) {
  const CitationForm form = formOf(doc_);
  Fix fix;
  fix.preferred = true;
  if (!numbered(form)) {
    const std::string reference(form.reference);
    fix.title = "Add " + reference;
    fix.edits.push_back({{sentence.span.end, sentence.span.end}, reference});
    return fix;
  }
  if (number_.empty()) number_ = footnoteNumber(doc_);
  const std::string reference = withNumber(form.reference, number_);
  fix.title = "Add a footnote citation " + reference.substr(reference.find_first_not_of(' '));
  fix.edits.push_back({{sentence.span.end, sentence.span.end}, reference});
  const std::string_view text = doc_.text();
  fix.edits.push_back({{text.size(), text.size()}, definitionAppendix(text, withNumber(form.definition, number_))});
  return fix;
}

std::uint64_t citationFixInputs(const Document& doc) {
  const CitationForm form = formOf(doc);
  if (!numbered(form)) return 0;
  return std::hash<std::string>{}(definitionAppendix(doc.text(), withNumber(form.definition, footnoteNumber(doc))));
}

}  // namespace copydesk::facts
