// libFuzzer target: HTML extraction (Gumbo) on any bytes.
// Invariants: Gumbo's tree of the shortened copy that extractHtml parses is
// the text's (markup/HtmlShorten.h); markup/Prose.h's (spans in the text,
// pieces non-empty, ordered, disjoint; blocks never start or end with a line
// break) and every comment's body a view into the text, inside the comment.
// Build: cmake/Fuzzing.cmake (target fuzz_html); seeds: corpus/html (broken
// markup, deep nesting) and, named in CMakeLists.txt, an HTML sample of
// tests/data/formats/html and seed 001 in HTML.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fuzz/FuzzSupport.h"
#include "fuzz/ShortenedTree.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  copydesk::fuzz::require(copydesk::fuzz::shortenedTreeDifference(text).empty(),
                          "Gumbo's tree of the shortened copy differs from the text's");
  return copydesk::fuzz::fuzzExtractor(copydesk::extractHtml, data, size);
}
