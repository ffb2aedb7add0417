#pragma once
// The prose of a Markdown document after an edit, without parsing the whole
// document again: on every keystroke md4c parsing the whole text was the
// largest single cost (two fifths of the check of a 60 KB article, more on
// bigger ones, and the whole of the slowest keystrokes of a 1 MB one).
//
// Two ways, tried in this order (spliceEdit):
//  - Paragraph: an edit inside a plain paragraph or the text of a one-line
//    list item re-parses that text alone. Only a paragraph that Markdown
//    cannot read differently in context qualifies: a top-level paragraph
//    between blank lines, none of whose lines (before and after the edit) may
//    begin a block (an ATX heading, fence, thematic break, setext underline,
//    list item, quote, HTML, table row, indented line, or a link definition
//    when the paragraph holds "]:"), with no HTML comment marker, no blank
//    line, nothing else of the map reaching into its lines, and no bracket that
//    may refer to a link reference defined anywhere in the text.
//  - Region: any other edit (headings, code blocks, lists, blank lines, HTML)
//    re-parses the smallest run of whole top-level blocks around it that
//    starts and ends where Markdown starts afresh: a line after a blank line
//    that begins at the margin with no quote marker, outside any code block,
//    comment or footnote of the old map. The region must be short (64 KB),
//    hold no lone CR, no "]:" (link definitions and footnotes are global), no
//    HTML able to run past blank lines left unclosed (<pre, <script, <style,
//    <textarea, <!, <?; nor may such HTML stand between the previous block and
//    the region), no fenced code left open, and its old text parsed alone must
//    give exactly the old map's blocks, code, comments and footnotes there.
//    Reference links in it are read with the document's link definitions
//    parsed after it.
// Everything else in the map is the previous one, moved by the edit's length.
// Anything else gives nullopt: the caller extracts the whole text. The result
// equals extractMarkdown(new_text) (tests/rules/ProseSpliceTest.cpp compares
// them over random edits).
#include <optional>
#include <string_view>

#include "markup/Prose.h"
#include "text/TextChange.h"

namespace copydesk {

struct ProseSplice {
  ProseMap prose;
  // prose.blocks[first_block, first_block + new_blocks) replace the previous
  // map's blocks [first_block, first_block + old_blocks); every other block
  // has its old text (moved by the edit when after it).
  std::size_t first_block = 0;
  std::size_t old_blocks = 0;
  std::size_t new_blocks = 0;
};

// `previous` is extractMarkdown(old_text) (or a splice equal to it); `edit`
// is findChange(old_text, new_text).
std::optional<ProseSplice> spliceParagraphEdit(const ProseMap& previous, std::string_view old_text,
                                               std::string_view new_text, const TextChange& edit);
std::optional<ProseSplice> spliceRegionEdit(const ProseMap& previous, std::string_view old_text,
                                            std::string_view new_text, const TextChange& edit);
// The paragraph splice, else the region splice.
std::optional<ProseSplice> spliceEdit(const ProseMap& previous, std::string_view old_text, std::string_view new_text,
                                      const TextChange& edit);

// Every format but Markdown and plain text (WordSplice.cpp): an edit that
// only types or erases ASCII letters and digits inside a word of a Prose
// piece, a word that is not the first of its line, with a blank before it and
// a blank, a line end (HTML: or a tag) after it, outside HTML not in a title
// or table cell, and in AsciiDoc not on a line over what may underline it as
// a title. Nothing else can change: no tag, entity, URL, footnote reference,
// role, emphasis mark, list marker or column is next to or made of those
// bytes, and no line that starts a block changes its first word or drops
// under three bytes. The map is the previous one with that piece (and what
// holds it) grown or shrunk and everything after it moved; the result equals
// the format's extractor over new_text (tests/rules/WordSpliceTest.cpp).
// In HTML an edit of a code block that no block, comment or footnote holds
// is taken too when it types or erases no '<', '>' or '&' and stands in an
// element's text (the nearest '<' or '>' before it ends a tag, and no '&',
// '#', '<' or '/' stands before it and the letters and digits around it):
// no block changes, only the spans after it move.
std::optional<ProseSplice> spliceWordEdit(const ProseMap& previous, std::string_view old_text,
                                          std::string_view new_text, const TextChange& edit, DocumentFormat format);

// HTML (HtmlSplice.cpp): an edit the word splice cannot take re-parses the
// run of whole top-level elements around it (markup/HtmlRegion.h), from the
// line of the nearest block start tag at or before the edit that nothing of
// the map holds to the next such line after it (16 KB at most). The old
// region parsed alone must give the previous map's blocks, code and comments
// there (at least one of them; or, inside a <blockquote> left open before
// the region, those blocks once quoted, and the new ones are quoted too),
// and the new region must read as a run of
// whole elements with the same top-level elements and the same ones left
// open at its end, so that the text after it parses as before. The result
// equals extractHtml(new_text) (tests/rules/WordSpliceTest.cpp).
std::optional<ProseSplice> spliceHtmlRegionEdit(const ProseMap& previous, std::string_view old_text,
                                                std::string_view new_text, const TextChange& edit);

// reStructuredText (RstSplice.cpp): an edit the word splice cannot take
// re-extracts the blocks between the nearest line at the margin after a blank
// line at or before it and the next such line after it (16 KB at most), read
// after a paragraph of its own (nothing there counts as the top of the
// document) and a title in each style used before it (its titles get their
// levels); the old region must give the previous map's blocks there, no
// title in either may take a style of its own, and neither may run on past
// its ends (a simple table's border, a trailing "::", a lone CR).
std::optional<ProseSplice> spliceRstRegionEdit(const ProseMap& previous, std::string_view old_text,
                                               std::string_view new_text, const TextChange& edit);

}  // namespace copydesk
