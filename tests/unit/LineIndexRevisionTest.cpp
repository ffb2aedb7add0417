// A line index revised after an edit (LineIndex(text, previous, change)) maps
// every offset and position as one built afresh: random edits of text with
// short and long lines, CRLF and lone CRs, non-ASCII text.
#include <gtest/gtest.h>

#include <random>
#include <string>

#include "text/LineIndex.h"
#include "text/TextChange.h"

namespace copydesk {
namespace {

void expectSameIndex(const LineIndex& revised, const LineIndex& fresh, std::string_view text) {
  ASSERT_EQ(revised.lineCount(), fresh.lineCount()) << text;
  for (std::size_t line = 0; line < fresh.lineCount(); ++line) {
    ASSERT_EQ(revised.lineStart(line), fresh.lineStart(line)) << "line " << line << " of " << text;
    ASSERT_EQ(revised.lineEnd(line), fresh.lineEnd(line)) << "line " << line << " of " << text;
  }
  for (std::size_t at = 0; at <= text.size(); at += 7)
    for (Encoding e : {Encoding::Utf8, Encoding::Utf16, Encoding::Utf32})
      ASSERT_EQ(revised.position(at, e), fresh.position(at, e)) << "offset " << at << " of " << text;
}

TEST(LineIndexRevision, RandomEditsGiveTheIndexBuiltAfresh) {
  static const std::string kPieces[] = {"a", "word ", "\n", "\n\n", "é", "中文", "😀", "\r\n", "\r", "line\n"};
  std::mt19937 rng(11);
  for (int round = 0; round < 40; ++round) {
    std::string text;
    for (int i = 0; i < 60; ++i) text += kPieces[rng() % (round % 4 == 0 ? 10 : 7)];
    if (round % 5 == 0) text += std::string(LineIndex::kCheckpointStride + 10, 'x');  // a long line
    LineIndex index(text);
    std::string current = text;
    for (int edit = 0; edit < 30; ++edit) {
      const std::size_t at = rng() % (current.size() + 1);
      const std::size_t removed = std::min<std::size_t>(rng() % 4, current.size() - at);
      const std::string typed = rng() % 3 == 0 ? std::string() : kPieces[rng() % 10];
      std::string next = current.substr(0, at) + typed + current.substr(at + removed);
      const std::optional<TextChange> change = findChange(current, next);
      if (!change) continue;
      LineIndex revised(next, index, *change);
      const LineIndex fresh(next);
      expectSameIndex(revised, fresh, next);
      current = std::move(next);
      index = LineIndex(current, revised, TextChange{0, 0, 0});  // rebinds to `current`: an empty change
    }
  }
}

TEST(LineIndexRevision, FindChangeIsTheSpanThatDiffers) {
  const std::optional<TextChange> typed = findChange("abc def", "abc xdef");
  ASSERT_TRUE(typed.has_value());
  EXPECT_EQ(typed->begin, 4u);
  EXPECT_EQ(typed->old_end, 4u);
  EXPECT_EQ(typed->new_end, 5u);
  EXPECT_EQ(typed->delta(), 1);
  const std::optional<TextChange> removed = findChange("aaaa", "aa");
  ASSERT_TRUE(removed.has_value());
  EXPECT_EQ(removed->old_end - removed->begin, 2u);
  EXPECT_EQ(removed->new_end, removed->begin);
  EXPECT_FALSE(findChange("same", "same").has_value());
}

}  // namespace
}  // namespace copydesk
