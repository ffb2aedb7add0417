// VerdictTable: the verdict recorded for a word, told apart from words with
// the same hash or length, kept first-come, and kept across growth.
#include <gtest/gtest.h>

#include <string>

#include "spelling/support/VerdictTable.h"

namespace copydesk {
namespace {

using Verdict = VerdictTable::Verdict;

std::uint64_t hashOf(std::string_view word) { return std::hash<std::string_view>{}(word); }

TEST(VerdictTable, UnknownUntilRecorded) {
  VerdictTable table;
  EXPECT_EQ(table.find(hashOf("teh"), "teh"), Verdict::Unknown);
  table.insert(hashOf("teh"), "teh", false);
  table.insert(hashOf("the"), "the", true);
  EXPECT_EQ(table.find(hashOf("teh"), "teh"), Verdict::Incorrect);
  EXPECT_EQ(table.find(hashOf("the"), "the"), Verdict::Correct);
  EXPECT_EQ(table.find(hashOf("eth"), "eth"), Verdict::Unknown);
  EXPECT_EQ(table.size(), 2u);
}

TEST(VerdictTable, SameHashDifferentWords) {
  // A colliding hash must not give another word's verdict.
  VerdictTable table;
  table.insert(42, "alpha", true);
  table.insert(42, "beta", false);
  table.insert(42, "alphas", false);
  EXPECT_EQ(table.find(42, "alpha"), Verdict::Correct);
  EXPECT_EQ(table.find(42, "beta"), Verdict::Incorrect);
  EXPECT_EQ(table.find(42, "alphas"), Verdict::Incorrect);
  EXPECT_EQ(table.find(42, "alph"), Verdict::Unknown);
  EXPECT_EQ(table.find(42, ""), Verdict::Unknown);
}

TEST(VerdictTable, FirstVerdictStays) {
  VerdictTable table;
  table.insert(hashOf("colour"), "colour", true);
  table.insert(hashOf("colour"), "colour", false);
  EXPECT_EQ(table.find(hashOf("colour"), "colour"), Verdict::Correct);
  EXPECT_EQ(table.size(), 1u);
}

TEST(VerdictTable, EveryWordKeptAcrossGrowth) {
  // Hashes that differ only in high bits, as a caller's sharding can leave them.
  VerdictTable table;
  for (int i = 0; i < 5000; ++i) {
    const std::string word = "w" + std::to_string(i);
    table.insert(static_cast<std::uint64_t>(i) << 40, word, i % 3 == 0);
  }
  EXPECT_EQ(table.size(), 5000u);
  for (int i = 0; i < 5000; ++i) {
    const std::string word = "w" + std::to_string(i);
    EXPECT_EQ(table.find(static_cast<std::uint64_t>(i) << 40, word), i % 3 == 0 ? Verdict::Correct : Verdict::Incorrect)
        << word;
  }
  EXPECT_EQ(table.find(std::uint64_t{5000} << 40, "w5000"), Verdict::Unknown);
}

}  // namespace
}  // namespace copydesk
