#pragma once
// The prose of a Markdown document after an edit inside one plain paragraph,
// without parsing the whole document again: on every keystroke md4c parsing
// the whole text was the largest single cost (two fifths of the check of a
// 60 KB article, more on bigger ones).
//
// Only a paragraph that Markdown cannot read differently in context is
// re-parsed alone: a top-level paragraph between blank lines, none of whose
// lines (before and after the edit) may begin a block (an ATX heading, fence,
// thematic break, setext underline, list item, quote, HTML, table row,
// indented line, or a link definition when the paragraph holds "]:"), with no
// HTML comment marker, no blank line, nothing else of the map reaching into
// its lines, and no bracket that may refer to a link reference defined
// anywhere in the text ("[label]:" whose label occurs in the paragraph).
// Everything else in the map is the previous
// one, moved by the edit's length. Anything else gives nullopt: the caller
// extracts the whole text. The result equals extractMarkdown(new_text)
// (tests/rules/ProseSpliceTest.cpp compares them over random edits).
#include <optional>
#include <string_view>

#include "markup/Prose.h"

namespace copydesk {

struct ParagraphSplice {
  ProseMap prose;
  std::size_t block = 0;  // the edited paragraph; every other block has its old text
};

// `previous` is extractMarkdown(old_text) (or a splice equal to it).
std::optional<ParagraphSplice> spliceParagraphEdit(const ProseMap& previous, std::string_view old_text,
                                                   std::string_view new_text);

}  // namespace copydesk
