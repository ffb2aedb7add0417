// libFuzzer target: MDX extraction (JSX and ESM blanked, then md4c) on any bytes.
// Invariants: markup/Prose.h's (spans in the text, pieces non-empty, ordered,
// disjoint; blocks never start or end with a line break) and every comment's
// body a view into the text, inside the comment.
// Build: cmake/Fuzzing.cmake (target fuzz_mdx); seeds: corpus/mdx (the MDX samples of tests/data/formats/mdx, seed 001
// in MDX, unbalanced braces and tags).
#include <cstddef>
#include <cstdint>

#include "fuzz/FuzzSupport.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  return copydesk::fuzz::fuzzExtractor(copydesk::extractMdx, data, size);
}
