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

int nextFootnoteNumber(const Document& doc) {
  int highest = 0;
  for (const FootnoteDefinition& def : doc.prose().footnotes) highest = std::max(highest, numericLabel(def.label));
  // The references: the prose map's footnote pieces (a walk over every token
  // took as long on each keystroke of a 1 MB article).
  for (const Block& block : doc.prose().blocks) {
    for (const Piece& piece : block.pieces) {
      if (piece.kind != PieceKind::FootnoteRef) continue;
      std::string_view ref = doc.slice(piece.span);  // "[^12]"
      if (ref.size() > 3 && ref.substr(0, 2) == "[^" && ref.back() == ']')
        highest = std::max(highest, numericLabel(ref.substr(2, ref.size() - 3)));
    }
  }
  return highest + 1;
}

// The definition appended at the end of the document for `label`.
std::string definitionAppendix(std::string_view text, const std::string& label) {
  std::string tail;
  if (!text.empty() && text.back() != '\n') tail += '\n';
  // A blank line before the definition unless the document already ends with footnotes.
  std::size_t last_line = 0;
  if (const std::size_t last_char = text.find_last_not_of("\r\n"); last_char != std::string_view::npos) {
    const std::size_t newline = text.rfind('\n', last_char);
    last_line = newline == std::string_view::npos ? 0 : newline + 1;
  }
  const bool blank_end = text.size() >= 2 && text.substr(text.size() - 2) == "\n\n";
  if (text.substr(last_line, 2) != "[^" && !text.empty() && !blank_end) tail += '\n';
  tail += label + ": Source needed\n";
  return tail;
}

std::string footnoteLabel(const Document& doc) { return "[^" + std::to_string(nextFootnoteNumber(doc.whole())) + "]"; }

}  // namespace

Fix CitationFixes::forSentence(const Sentence& sentence) {
  const Document& doc = doc_;
  Fix fix;
  if (formatInfo(doc.format()).citations == CitationStyle::Marker) {
    fix.title = "Add [citation needed]";
    fix.edits.push_back({{sentence.span.end, sentence.span.end}, "[citation needed]"});
    fix.preferred = true;
    return fix;
  }
  if (label_.empty()) label_ = footnoteLabel(doc);
  fix.title = "Add a footnote citation " + label_;
  fix.edits.push_back({{sentence.span.end, sentence.span.end}, label_});
  const std::string_view text = doc.text();
  fix.edits.push_back({{text.size(), text.size()}, definitionAppendix(text, label_)});
  fix.preferred = true;
  return fix;
}

std::uint64_t citationFixInputs(const Document& doc) {
  if (formatInfo(doc.format()).citations != CitationStyle::Footnote) return 0;
  const std::string label = footnoteLabel(doc);
  return std::hash<std::string>{}(definitionAppendix(doc.text(), label));
}

}  // namespace copydesk::facts
