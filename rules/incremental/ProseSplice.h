#pragma once
// The prose of a Markdown document after an edit inside one plain paragraph,
// without parsing the whole document again: on every keystroke md4c parsing
// the whole text was the largest single cost (two fifths of the check of a
// 60 KB article, more on bigger ones).
//
// Only a paragraph that Markdown cannot read differently in context is
// re-parsed alone: a top-level paragraph between blank lines, whose lines
// (before and after the edit) start with a letter or another character that
// begins no block (no #, <, >, -, *, +, =, _, |, ~, `, [, :, digit or
// indentation), hold no HTML comment marker and no blank line, and, when the
// text may define link references ("]:"), no bracket. Everything else in the map is the previous
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
