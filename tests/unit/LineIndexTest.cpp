#include <gtest/gtest.h>

#include "text/LineIndex.h"

namespace copydesk {
namespace {

TEST(LineIndex, AsciiLines) {
  const std::string text = "ab\ncd\n";
  LineIndex index(text);
  EXPECT_EQ(index.lineCount(), 3u);
  EXPECT_EQ(index.position(0, Encoding::Utf16), (LinePosition{0, 0}));
  EXPECT_EQ(index.position(4, Encoding::Utf16), (LinePosition{1, 1}));
  EXPECT_EQ(index.position(6, Encoding::Utf16), (LinePosition{2, 0}));
  EXPECT_EQ(index.offset({1, 1}, Encoding::Utf16), 4u);
}

TEST(LineIndex, MultiByteColumnsInEachEncoding) {
  // é is 2 bytes / 1 UTF-16 unit; 中 is 3 bytes / 1 unit; 😀 is 4 bytes / 2 units / 1 code point.
  const std::string text = "é中😀x";
  LineIndex index(text);
  const std::size_t x = text.size() - 1;
  EXPECT_EQ(index.position(x, Encoding::Utf8).character, 9u);
  EXPECT_EQ(index.position(x, Encoding::Utf16).character, 4u);
  EXPECT_EQ(index.position(x, Encoding::Utf32).character, 3u);
  EXPECT_EQ(index.offset({0, 4}, Encoding::Utf16), x);
  EXPECT_EQ(index.offset({0, 3}, Encoding::Utf32), x);
  EXPECT_EQ(index.offset({0, 9}, Encoding::Utf8), x);
}

TEST(LineIndex, InsideSurrogatePairClampsToCharacterStart) {
  const std::string text = "a😀b";
  LineIndex index(text);
  EXPECT_EQ(index.offset({0, 2}, Encoding::Utf16), 1u);  // between the surrogates
  EXPECT_EQ(index.offset({0, 3}, Encoding::Utf16), 5u);
  // A byte offset inside the emoji maps to the emoji's start column.
  EXPECT_EQ(index.position(3, Encoding::Utf16).character, 1u);
}

TEST(LineIndex, CrLfAndLoneCr) {
  const std::string text = "one\r\ntwo\rthree";
  LineIndex index(text);
  ASSERT_EQ(index.lineCount(), 3u);
  EXPECT_EQ(index.lineStart(1), 5u);
  EXPECT_EQ(index.lineEnd(0), 3u);
  EXPECT_EQ(index.lineStart(2), 9u);
  EXPECT_EQ(index.position(6, Encoding::Utf16), (LinePosition{1, 1}));
  // The offset between \r and \n is on line 0, at its end.
  EXPECT_EQ(index.position(4, Encoding::Utf16), (LinePosition{0, 3}));
  // A column past the end of the line stops before the terminator.
  EXPECT_EQ(index.offset({0, 99}, Encoding::Utf16), 3u);
}

TEST(LineIndex, NoFinalNewlineAndPastTheEnd) {
  const std::string text = "abc";
  LineIndex index(text);
  EXPECT_EQ(index.lineCount(), 1u);
  EXPECT_EQ(index.position(3, Encoding::Utf16), (LinePosition{0, 3}));
  EXPECT_EQ(index.position(100, Encoding::Utf16), (LinePosition{0, 3}));
  EXPECT_EQ(index.offset({7, 0}, Encoding::Utf16), 3u);
}

TEST(LineIndex, EmptyText) {
  LineIndex index{std::string_view{}};
  EXPECT_EQ(index.lineCount(), 1u);
  EXPECT_EQ(index.position(0, Encoding::Utf16), (LinePosition{0, 0}));
  EXPECT_EQ(index.offset({0, 5}, Encoding::Utf8), 0u);
}

TEST(LineIndex, InvalidUtf8CountsOneUnitPerBadByte) {
  const std::string text = "a\xff\xfe"
                           "b\xe2\x82";  // two bad bytes, b, truncated sequence
  LineIndex index(text);
  EXPECT_EQ(index.position(3, Encoding::Utf16).character, 3u);
  EXPECT_EQ(index.position(text.size(), Encoding::Utf16).character, 6u);
  EXPECT_EQ(index.offset({0, 3}, Encoding::Utf16), 3u);
}

TEST(LineIndex, RoundTripsEveryOffsetAtCharacterStarts) {
  const std::string text = "Zürich — 中文\r\nemoji 😀 end\nlast";
  LineIndex index(text);
  for (Encoding encoding : {Encoding::Utf8, Encoding::Utf16, Encoding::Utf32}) {
    for (std::size_t offset = 0; offset <= text.size(); ++offset) {
      const bool boundary = offset == text.size() || (static_cast<unsigned char>(text[offset]) & 0xC0) != 0x80;
      if (!boundary || (offset > 0 && text[offset - 1] == '\r' && text[offset] == '\n')) continue;
      EXPECT_EQ(index.offset(index.position(offset, encoding), encoding), offset) << offset;
    }
  }
}

}  // namespace
}  // namespace copydesk
