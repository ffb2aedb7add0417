// TextChange composition and narrowing, and IndexedText's revised line index,
// against findChange and a LineIndex built afresh, on random texts and edits.
#include <gtest/gtest.h>

#include <random>

#include "text/IndexedText.h"
#include "text/TextChange.h"

namespace copydesk {
namespace {

std::string randomText(std::mt19937& rng, std::size_t size) {
  static constexpr std::string_view kAlphabet = "aab\n\r ";  // few letters: long runs of equal bytes
  std::string out;
  for (std::size_t i = 0; i < size; ++i) out += kAlphabet[rng() % kAlphabet.size()];
  return out;
}

bool covers(std::string_view old_text, std::string_view new_text, const TextChange& c) {
  return c.begin <= c.old_end && c.begin <= c.new_end && c.old_end <= old_text.size() && c.new_end <= new_text.size() &&
         old_text.substr(0, c.begin) == new_text.substr(0, c.begin) &&
         old_text.substr(c.old_end) == new_text.substr(c.new_end);
}

TEST(TextChange, ComposedChangesCoverAndNarrowToFindChange) {
  std::mt19937 rng(7);
  for (int round = 0; round < 3000; ++round) {
    const std::string original = randomText(rng, rng() % 40);
    std::string text = original;
    std::vector<TextChange> changes;
    const int count = 1 + static_cast<int>(rng() % 4);
    for (int c = 0; c < count; ++c) {
      const std::size_t begin = rng() % (text.size() + 1);
      const std::size_t end = begin + rng() % (text.size() - begin + 1);
      const std::string with = randomText(rng, rng() % 4);
      text.replace(begin, end - begin, with);
      changes.push_back({begin, end, begin + with.size()});
    }
    const std::optional<TextChange> all = composeChanges(changes);
    ASSERT_TRUE(all);
    ASSERT_TRUE(covers(original, text, *all)) << round;
    const auto narrowed = narrowChange(original, text, *all);
    const auto found = findChange(original, text);
    ASSERT_EQ(narrowed.has_value(), found.has_value()) << round;
    if (found) {
      EXPECT_EQ(narrowed->begin, found->begin) << round;
      EXPECT_EQ(narrowed->old_end, found->old_end) << round;
      EXPECT_EQ(narrowed->new_end, found->new_end) << round;
    }
  }
}

TEST(TextChange, ChangesAfterATextOfTheHistory) {
  const std::vector<TextStep> history = {{1, {0, 0, 1}}, {2, {3, 4, 3}}, {3, {5, 5, 7}}};
  EXPECT_EQ(changesAfter(history, 2, 4)->size(), 2u);
  EXPECT_EQ(changesAfter(history, 2, 4)->front().begin, 3u);
  EXPECT_TRUE(changesAfter(history, 4, 4)->empty());
  EXPECT_FALSE(changesAfter(history, 9, 4));
}

TEST(IndexedText, RevisedLineIndexEqualsAFreshOne) {
  std::mt19937 rng(11);
  for (int round = 0; round < 500; ++round) {
    auto text = std::make_shared<IndexedText>(randomText(rng, rng() % 60));
    for (int c = 0; c < 4; ++c) {
      const std::size_t size = text->text().size();
      const std::size_t begin = rng() % (size + 1);
      const std::size_t end = begin + rng() % (size - begin + 1);
      const std::string with = randomText(rng, rng() % 5);
      const std::uint64_t id = text->id();
      if (c % 2) text = std::make_shared<IndexedText>(*text, begin, end, with);
      else text->replace(begin, end, with);
      EXPECT_NE(text->id(), id);
      const LineIndex fresh(text->text());
      ASSERT_EQ(text->lines().lineCount(), fresh.lineCount()) << round;
      for (std::size_t line = 0; line < fresh.lineCount(); ++line) {
        ASSERT_EQ(text->lines().lineStart(line), fresh.lineStart(line)) << round;
        ASSERT_EQ(text->lines().lineEnd(line), fresh.lineEnd(line)) << round;
      }
    }
  }
}

}  // namespace
}  // namespace copydesk
