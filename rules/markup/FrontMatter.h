#pragma once
// Front matter at the very start of a document (optionally after a UTF-8 BOM):
// YAML between "---" and "---" (or "..."), TOML between "+++" and "+++".
// Internal to rules/markup; the result type is FrontMatter from Prose.h.
//
// What is understood (a pragmatic subset, never an exception or a crash):
//  - YAML: `key: value` at any indentation; nested maps flatten to dotted keys
//    ("copydesk:\n  disable: [a, b]" -> "copydesk.disable"); plain, "double"
//    (with escapes) and 'single' quoted scalars; inline lists `[a, "b"]` and
//    block lists (`- a`, also at the key's own indentation) become "a,b";
//    block scalars `|` / `>` are joined with "\n" / " "; comments are dropped.
//  - TOML: `key = value` with bare, quoted or dotted keys; `[table]` and
//    `[[array]]` headers prefix later keys ("extra.updated"); basic, literal
//    and multi-line strings; arrays (also multi-line) become "a,b"; dates,
//    numbers and booleans are kept as written; inline tables are kept raw.
//  - An opening fence without a closing one is not front matter.
#include <cstddef>
#include <string_view>

#include "markup/Prose.h"

namespace copydesk::markup {

struct FrontMatterResult {
  FrontMatter front_matter;    // format None when there is none
  std::size_t body_begin = 0;  // where the rest of the document starts (after the
                               // closing fence's line end, or after a lone BOM)
};

FrontMatterResult parseFrontMatter(std::string_view text);

}  // namespace copydesk::markup
