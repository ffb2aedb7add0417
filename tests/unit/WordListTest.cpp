#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "spelling/WordList.h"

namespace copydesk {
namespace {

TEST(WordList, LowerCaseEntriesAcceptAnyCase) {
  WordList words;
  words.addLines("# comment\ntoolchain\n\n  Ferrocene  \r\n");
  EXPECT_TRUE(words.contains("toolchain"));
  EXPECT_TRUE(words.contains("Toolchain"));
  EXPECT_TRUE(words.contains("Ferrocene"));
  EXPECT_FALSE(words.contains("ferrocene"));
  EXPECT_FALSE(words.contains("# comment"));
  EXPECT_EQ(words.size(), 2u);
}

TEST(WordList, WorkspaceDictionaryIsFoundWalkingUp) {
  namespace fs = std::filesystem;
  const fs::path root = fs::temp_directory_path() / "copydesk-wordlist-test";
  fs::remove_all(root);
  fs::create_directories(root / ".copydesk");
  fs::create_directories(root / "docs" / "deep");
  std::ofstream(root / ".copydesk" / "dictionary.txt") << "frobnicate\n";
  std::ofstream(root / "docs" / "deep" / "a.md") << "text";
  WordList words;
  const std::string found = loadWorkspaceDictionary((root / "docs" / "deep" / "a.md").string(), words);
  EXPECT_EQ(found, (root / ".copydesk" / "dictionary.txt").string());
  EXPECT_TRUE(words.contains("frobnicate"));
  fs::remove_all(root);
}

}  // namespace
}  // namespace copydesk
