// libFuzzer target: LaTeX prose extraction (markup/Latex.cpp) on any bytes
// (invalid UTF-8, NULs, CRLF, unterminated blocks, deep nesting). Invariants:
// markup/Prose.h's, checked by fuzz::checkProse. Seeds: corpus/latex.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fuzz/FuzzSupport.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  copydesk::fuzz::checkProse(text, copydesk::extractLatex(text));
  return 0;
}
