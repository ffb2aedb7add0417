#include <gtest/gtest.h>

#include <hunspell/hunspell.hxx>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "spelling/support/AffixTable.h"
#include "spelling/support/WordFormIndex.h"

namespace copydesk {
namespace {

constexpr std::string_view kAff = "SET UTF-8\n"
                                  "PFX U Y 1\n"
                                  "PFX U   0     un         .\n"
                                  "SFX D Y 3\n"
                                  "SFX D   0     d          e\n"
                                  "SFX D   y     ied        [^aeiou]y\n"
                                  "SFX D   0     ed         [^ey]\n"
                                  "SFX S N 1\n"
                                  "SFX S   0     s          .\n";

WordFormIndex indexOf(std::string_view aff, std::string_view dic) {
  std::string why;
  std::optional<WordFormIndex> index = WordFormIndex::fromText(aff, {dic}, why);
  EXPECT_TRUE(index) << why;
  return index ? std::move(*index) : WordFormIndex{};
}

TEST(WordFormIndex, ExpandsSuffixesWithTheirStripAndCondition) {
  const WordFormIndex index = indexOf(kAff, "3\nbake/D\ncarry/D\nlock/DU\n");
  EXPECT_TRUE(index.mayAccept("bake"));
  EXPECT_TRUE(index.mayAccept("baked"));
  EXPECT_TRUE(index.mayAccept("carried"));
  EXPECT_TRUE(index.mayAccept("locked"));
  EXPECT_FALSE(index.mayAccept("bakeed"));  // [^ey] fails on "bake"
  EXPECT_FALSE(index.mayAccept("carryed"));
  EXPECT_FALSE(index.mayAccept("lockd"));  // needs a root ending in e
  EXPECT_FALSE(index.mayAccept("bakes"));  // no S flag
}

TEST(WordFormIndex, PrefixesCombineWithCrossProductSuffixesOnly) {
  const WordFormIndex index = indexOf(kAff, "2\nlock/DUS\nfold/S\n");
  EXPECT_TRUE(index.mayAccept("unlock"));
  EXPECT_TRUE(index.mayAccept("unlocked"));  // U and D are both cross-product
  EXPECT_TRUE(index.mayAccept("locks"));
  EXPECT_FALSE(index.mayAccept("unlocks"));  // S is not
  EXPECT_FALSE(index.mayAccept("unfold"));
}

TEST(WordFormIndex, IgnoresCaseAndNeverRulesOutWhatHunspellTreatsSpecially) {
  const WordFormIndex index = indexOf(kAff, "1\nLinux\n");
  EXPECT_TRUE(index.mayAccept("linux"));
  EXPECT_TRUE(index.mayAccept("LINUX"));
  EXPECT_FALSE(index.mayAccept("linix"));
  EXPECT_TRUE(index.mayAccept("linix-kernel"));  // break characters
  EXPECT_TRUE(index.mayAccept("21st"));          // numbers and compounds
  EXPECT_TRUE(index.mayAccept("café"));          // beyond ASCII
}

TEST(WordFormIndex, RefusesDictionariesItCannotModel) {
  std::string why;
  EXPECT_FALSE(WordFormIndex::fromText("FLAG long\n", {"1\nword/AaBb\n"}, why));
  EXPECT_NE(why.find("FLAG"), std::string::npos);
  EXPECT_FALSE(WordFormIndex::fromText("SFX A Y 1\nSFX A 0 s/B .\n", {"1\nword/A\n"}, why));
  EXPECT_FALSE(WordFormIndex::fromText("COMPOUNDFLAG X\n", {"1\nword/X\n"}, why));
  EXPECT_FALSE(WordFormIndex::fromText("ICONV 1\nICONV ph f\n", {"1\nword\n"}, why));
  // Compounds of letter-only words: hunspell alone can judge them.
  EXPECT_FALSE(WordFormIndex::fromText("COMPOUNDRULE 1\nCOMPOUNDRULE ab\n", {"2\nfoo/a\nbar/b\n"}, why));
  EXPECT_TRUE(WordFormIndex::fromText("COMPOUNDRULE 1\nCOMPOUNDRULE n*1t\n", {"2\n1/n1\n1th/t\n"}, why)) << why;
}

TEST(AffixCondition, MatchesClassesAtTheRightEnd) {
  EXPECT_TRUE(conditionHolds(parseCondition("[^aeiou]y"), "carry", false));
  EXPECT_FALSE(conditionHolds(parseCondition("[^aeiou]y"), "play", false));
  EXPECT_TRUE(conditionHolds(parseCondition("qu"), "quick", true));
  EXPECT_FALSE(conditionHolds(parseCondition("qu"), "quick", false));
  EXPECT_TRUE(conditionHolds(parseCondition("[éè]e"), "fée", false));  // characters, not bytes
  EXPECT_TRUE(conditionHolds(parseCondition("[ab"), "zzz", false));    // malformed: never rules out
  EXPECT_TRUE(conditionHolds(parseCondition("abc"), "c", false));      // root shorter than condition
}

std::string readAll(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

// The property the spell checker relies on, against the real dictionary:
// every one-edit variant hunspell accepts, the index may accept. Samples
// every Nth entry (COPYDESK_INDEX_STRIDE, default 400, 1 = all).
TEST(WordFormIndex, NeverRulesOutAWordHunspellAcceptsInEnUs) {
  const std::filesystem::path aff = "/usr/share/hunspell/en_US.aff", dic = "/usr/share/hunspell/en_US.dic";
  if (!std::filesystem::exists(aff) || !std::filesystem::exists(dic)) GTEST_SKIP() << "hunspell-en-us not installed";
  std::string why;
  const std::optional<WordFormIndex> index = WordFormIndex::build(aff.string(), {dic.string()}, why);
  ASSERT_TRUE(index) << why;
  EXPECT_GT(index->forms(), 100000u);
  Hunspell hunspell(aff.c_str(), dic.c_str());
  const char* stride_env = std::getenv("COPYDESK_INDEX_STRIDE");
  const std::size_t stride = stride_env ? std::max(1, std::atoi(stride_env)) : 400;
  std::istringstream lines(readAll(dic));
  std::string line;
  std::size_t n = 0, accepted = 0, screened = 0;
  const std::string letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'";
  const auto probe = [&](const std::string& variant) {
    if (index->mayAccept(variant)) return;
    ++screened;
    if (hunspell.spell(variant)) {
      ++accepted;
      ADD_FAILURE() << "hunspell accepts '" << variant << "' but the index rules it out";
    }
  };
  while (std::getline(lines, line)) {
    if (n++ % stride != 0) continue;
    const std::string word = line.substr(0, line.find('/'));
    probe(word);
    for (std::size_t i = 0; i <= word.size(); ++i) {
      for (char c : letters) {
        std::string v = word;
        v.insert(i, 1, c);
        probe(v);
        if (i < word.size()) {
          v = word;
          v[i] = c;
          probe(v);
        }
      }
      if (i < word.size()) probe(std::string(word).erase(i, 1));
      if (i + 1 < word.size()) {
        std::string v = word;
        std::swap(v[i], v[i + 1]);
        probe(v);
      }
    }
  }
  EXPECT_EQ(accepted, 0u);
  EXPECT_GT(screened, 1000u);  // the index does screen out non-words
}

}  // namespace
}  // namespace copydesk
