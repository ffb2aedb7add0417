#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <thread>

#include "spelling/SpellChecker.h"

namespace copydesk {
namespace {

bool contains(const std::vector<std::string>& list, const std::string& word) {
  return std::find(list.begin(), list.end(), word) != list.end();
}

// Suggestions come from one-edit variants screened by the index of word
// forms: dictionary forms made with affixes and the writer's own words must
// both survive the screening.
TEST(SpellCheckerSuggest, FindsAffixedFormsAndExtraWordsOneEditAway) {
  namespace fs = std::filesystem;
  const fs::path words = fs::temp_directory_path() / "copydesk-suggest-words.txt";
  std::ofstream(words) << "frobnicate\n";
  SpellingOptions options;
  options.extra_dictionaries.push_back(words.string());
  std::string error;
  const auto checker = SpellChecker::open(options, error);
  ASSERT_TRUE(checker) << error;
  // The index is built once enough words needed suggestions; wait for it.
  for (int i = 0; i < 40; ++i)
    checker->quickSuggest("qzx" + std::string(1, static_cast<char>('a' + i % 26)) + std::to_string(i), 1);
  for (int i = 0; i < 500 && !checker->suggestionIndexReady(); ++i)
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  ASSERT_TRUE(checker->suggestionIndexReady());
  EXPECT_EQ(checker->quickSuggest("recieved", 3).front(), "received");      // swap, in a suffixed form
  EXPECT_TRUE(contains(checker->quickSuggest("unlocekd", 5), "unlocked"));  // prefix and suffix
  EXPECT_EQ(checker->quickSuggest("frobnicte", 3).front(), "frobnicate");
  EXPECT_TRUE(checker->quickSuggest("qzxvbnmw", 3).empty());
  fs::remove(words);
}

// The batch CLI's setting: the index is started at open() and the very first
// suggestion waits for it, with the same answers.
TEST(SpellCheckerSuggest, IndexBuiltAtOpenScreensTheFirstWord) {
  SpellingOptions options;
  options.suggestion_index_at_open = true;
  std::string error;
  const auto checker = SpellChecker::open(options, error);
  ASSERT_TRUE(checker) << error;
  EXPECT_EQ(checker->quickSuggest("recieved", 3).front(), "received");
  EXPECT_TRUE(checker->suggestionIndexReady());
  EXPECT_TRUE(contains(checker->quickSuggest("unlocekd", 5), "unlocked"));
}

}  // namespace
}  // namespace copydesk
