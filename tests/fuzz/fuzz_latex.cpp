// libFuzzer target: LaTeX prose extraction (markup/Latex.cpp) on any bytes
// (invalid UTF-8, NULs, CRLF, unterminated blocks, deep nesting). Invariants:
// markup/Prose.h's (fuzz::checkProse) and every comment body a view into
// its comment (fuzz::checkCommentBodies). Seeds: corpus/latex.
#include <cstddef>
#include <cstdint>

#include "fuzz/FuzzSupport.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  return copydesk::fuzz::fuzzExtractor(copydesk::extractLatex, data, size);
}
