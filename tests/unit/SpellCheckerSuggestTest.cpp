#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>

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
  EXPECT_EQ(checker->quickSuggest("recieved", 3).front(), "received");  // swap, in a suffixed form
  EXPECT_TRUE(contains(checker->quickSuggest("unlocekd", 5), "unlocked"));  // prefix and suffix
  EXPECT_EQ(checker->quickSuggest("frobnicte", 3).front(), "frobnicate");
  EXPECT_TRUE(checker->quickSuggest("qzxvbnmw", 3).empty());
  fs::remove(words);
}

}  // namespace
}  // namespace copydesk
