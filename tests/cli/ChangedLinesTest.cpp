// The parts of --changed-since and --shard that need no process: reading
// `git diff -U0`, matching findings to changed lines, and the shard split.
#include <gtest/gtest.h>

#include <set>

#include "cli/ChangedLines.h"
#include "cli/Shard.h"
#include "text/IndexedText.h"

namespace copydesk::cli {
namespace {

std::vector<std::pair<std::size_t, std::size_t>> rangesOf(const FileChanges& changes) {
  std::vector<std::pair<std::size_t, std::size_t>> out;
  for (const LineRange& range : changes.ranges) out.emplace_back(range.first, range.last);
  return out;
}

TEST(ChangedLines, ReadsTheNewSideOfEachHunk) {
  const auto changes = parseDiffLines("diff --git a/docs/a.md b/docs/a.md\n"
                                      "index 1111111..2222222 100644\n"
                                      "--- a/docs/a.md\n"
                                      "+++ b/docs/a.md\n"
                                      "@@ -3 +3 @@ Title\n"
                                      "-old line\n"
                                      "+new line\n"
                                      "@@ -10,0 +11,2 @@\n"
                                      "+++ an added line that looks like a header\n"
                                      "+@@ -1 +1 @@ and one like a hunk\n"
                                      "@@ -20,3 +21,0 @@\n"  // deleted lines only: nothing new
                                      "-a\n"
                                      "-b\n"
                                      "-c\n"
                                      "diff --git a/gone.md b/gone.md\n"
                                      "--- a/gone.md\n"
                                      "+++ /dev/null\n"
                                      "@@ -1 +0,0 @@\n"
                                      "-bye\n"
                                      "diff --git \"a/caf\\303\\251 \\\"x\\\".md\" \"b/caf\\303\\251 \\\"x\\\".md\"\n"
                                      "--- \"a/caf\\303\\251 \\\"x\\\".md\"\n"
                                      "+++ \"b/caf\\303\\251 \\\"x\\\".md\"\n"
                                      "@@ -1,2 +1,3 @@\n"
                                      "-x\n"
                                      "-y\n"
                                      "+x\n"
                                      "+y\n"
                                      "\\ No newline at end of file\n"
                                      "+z\n");
  ASSERT_EQ(changes.size(), 2u);
  const std::vector<std::pair<std::size_t, std::size_t>> a = {{3, 3}, {11, 12}};
  EXPECT_EQ(rangesOf(changes.at("docs/a.md")), a);
  const std::vector<std::pair<std::size_t, std::size_t>> cafe = {{1, 3}};
  EXPECT_EQ(rangesOf(changes.at("caf\xc3\xa9 \"x\".md")), cafe);
}

TEST(ChangedLines, TouchesAnyLineOfARange) {
  FileChanges changes;
  changes.ranges = {{3, 3}, {11, 12}};
  EXPECT_TRUE(changes.touches(3, 3));
  EXPECT_TRUE(changes.touches(1, 3));
  EXPECT_TRUE(changes.touches(12, 20));
  EXPECT_FALSE(changes.touches(4, 10));
  EXPECT_FALSE(changes.touches(13, 13));
  EXPECT_FALSE(changes.touches(1, 2));
  FileChanges whole;
  whole.whole_file = true;
  EXPECT_TRUE(whole.touches(100, 100));
}

TEST(ChangedLines, KeepsFindingsThatTouchAChangedLine) {
  const auto text = IndexedText::make("one\ntwo\nthree\nfour\n");
  const auto at = [](std::size_t begin, std::size_t end) {
    Finding finding;
    finding.rule_id = "r";
    finding.span = {begin, end};
    return finding;
  };
  FileChanges changes;
  changes.ranges = {{2, 2}};  // "two"
  std::vector<Finding> findings = {
      at(0, 3),   // line 1: dropped
      at(4, 7),   // line 2: kept
      at(0, 8),   // lines 1-2, ending at the start of line 3: kept (it reaches line 2)
      at(8, 14),  // line 3 up to the start of line 4: dropped
      at(2, 10),  // lines 1-3: kept
  };
  keepChangedFindings(findings, text->lines(), changes);
  ASSERT_EQ(findings.size(), 3u);
  EXPECT_EQ(findings[0].span.begin, 4u);
  EXPECT_EQ(findings[1].span.end, 8u);
  EXPECT_EQ(findings[2].span.end, 10u);
}

TEST(Shard, SplitIsStableAndCoversEveryFile) {
  // The same path always falls in the same part (these values are part of
  // the contract: CI jobs on different machines must agree).
  // (FNV-1a then MurmurHash3's fmix64, modulo N; docs/ci.md).
  EXPECT_EQ(shardOf("docs/intro.md", 8), 6u);
  EXPECT_EQ(shardOf("blog/2024/post.md", 8), 0u);
  EXPECT_EQ(shardOf("README.md", 8), 5u);
  std::vector<std::string> files;
  for (int i = 0; i < 300; ++i) files.push_back("post-" + std::to_string(i) + ".md");
  std::set<std::string> seen;
  std::size_t smallest = files.size(), largest = 0;
  for (unsigned index = 1; index <= 4; ++index) {
    std::vector<std::string> part = files;
    keepShard(part, {index, 4});
    for (const std::string& file : part) EXPECT_TRUE(seen.insert(file).second) << file << " in two parts";
    smallest = std::min(smallest, part.size());
    largest = std::max(largest, part.size());
  }
  EXPECT_EQ(seen.size(), files.size());
  EXPECT_GT(smallest, 50u);  // roughly even: 75 each
  EXPECT_LT(largest, 100u);
}

}  // namespace
}  // namespace copydesk::cli
