#pragma once
// Text pictures of a ProseMap, for the format extraction tests: the cases of
// tests/data/extraction/<format>.json (ExtractionCasesTest.cpp) and the tests
// of each format's file (MarkdownTest.cpp, LatexTest.cpp, ...).
#include <string>
#include <string_view>

#include "markup/Prose.h"

namespace copydesk {

// One line per block: `scope[level][ quote]: piece piece ...`, where a piece is
// `"text"@begin` for prose and `kind"text"@begin` for the others (code, math,
// url, fn, br). Also checks the invariants every ProseMap must hold.
std::string describe(std::string_view text, const ProseMap& map);

// What the extractor keeps beside the blocks, one line each:
//   blocks N                          (how many; describe() pictures them)
//   front-matter KIND@begin-end      (when there is front matter)
//   field KEY="value"                 (every front-matter field, by key)
//   comment@begin-end[ own-line] "body"
//   footnote "label"@begin-end "text"
//   link@block "destination" "text"   (the links of every block, in order)
//   code@begin-end "text"
std::string describeAside(std::string_view text, const ProseMap& map);

}  // namespace copydesk
