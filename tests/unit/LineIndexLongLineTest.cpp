// Regression: LineIndex on very long lines. Converting each finding of a
// single 5 MB line scanned the line from its start, so `copydesk check` on
// such a file ran for many minutes (found by tests/faults large-input tests).
// Lines longer than LineIndex::kCheckpointStride now have checkpoints; these
// tests pin that the answers are exactly those of a plain scan.
#include <gtest/gtest.h>

#include <chrono>
#include <random>
#include <string>

#include "text/LineIndex.h"
#include "text/Utf.h"

namespace copydesk {
namespace {

// The reference: the scan LineIndex did before checkpoints.
std::size_t units(std::string_view text, std::size_t start, std::size_t limit, Encoding e) {
  if (e == Encoding::Utf8) return limit - start;  // bytes, even inside a character
  std::size_t column = 0;
  for (std::size_t i = start; i < limit;) {
    const utf::Decoded d = utf::decode(text, i);
    if (i + d.length > limit) break;
    column += e == Encoding::Utf8    ? d.length
              : e == Encoding::Utf16 ? static_cast<std::size_t>(utf::utf16Length(d.code_point))
                                     : 1;
    i += d.length;
  }
  return column;
}

std::string longText(std::size_t bytes, unsigned seed) {
  static const char* const pieces[] = {"word ", "caf\xC3\xA9 ", "\xE4\xB8\xAD", "\xF0\x9F\x8E\x89", "\xC3",
                                       "x",     "\xED\xA0\x80"};
  std::mt19937 rng(seed);
  std::string text;
  while (text.size() < bytes) text += pieces[rng() % 7];
  return text;
}

TEST(LineIndexLongLine, PositionsMatchAPlainScan) {
  for (const std::string& prefix : {std::string(), std::string("short line\r\n")}) {
    const std::string text = prefix + longText(20000, 7) + "\nend\n" + longText(9000, 8);
    const LineIndex lines(text);
    std::mt19937 rng(1);
    for (int n = 0; n < 3000; ++n) {
      const std::size_t offset = rng() % (text.size() + 1);
      const std::size_t line = lines.lineOf(offset);
      const std::size_t limit = std::min(offset, lines.lineEnd(line));
      for (Encoding e : {Encoding::Utf8, Encoding::Utf16, Encoding::Utf32}) {
        const LinePosition p = lines.position(offset, e);
        ASSERT_EQ(p.line, line);
        ASSERT_EQ(p.character, units(text, lines.lineStart(line), limit, e)) << "offset " << offset;
        // offset() inverts position() (UTF-16/32 positions are on character starts;
        // a UTF-8 column may point inside a character, which offset() clamps).
        const std::size_t back = lines.offset(p, e);
        ASSERT_LE(back, limit);
        if (e != Encoding::Utf8) {
          ASSERT_EQ(p, lines.position(back, e));
        }
      }
    }
  }
}

TEST(LineIndexLongLine, ColumnsPastTheEndClampToTheLineEnd) {
  const std::string text = longText(10000, 3) + "\r\nnext";
  const LineIndex lines(text);
  for (Encoding e : {Encoding::Utf8, Encoding::Utf16, Encoding::Utf32})
    EXPECT_EQ(lines.offset({0, 1u << 30}, e), lines.lineEnd(0));
}

TEST(LineIndexLongLine, FiveMegabyteLineConvertsQuickly) {
  const std::string text = longText(5u << 20, 11);
  const auto started = std::chrono::steady_clock::now();
  const LineIndex lines(text);
  std::size_t sum = 0;
  for (std::size_t offset = 0; offset < text.size(); offset += 97)
    sum += lines.position(offset, Encoding::Utf16).character;
  for (std::uint32_t c = 0; c < 4000000; c += 101) sum += lines.offset({0, c}, Encoding::Utf16);
  EXPECT_GT(sum, 0u);
  // ~94,000 lookups: a few ms with checkpoints, hours without.
  EXPECT_LT(std::chrono::steady_clock::now() - started, std::chrono::seconds(20));
}

}  // namespace
}  // namespace copydesk
