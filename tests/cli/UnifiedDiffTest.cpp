// The unified diff of --fix --dry-run, on its own.
#include "cli/UnifiedDiff.h"

#include <gtest/gtest.h>

namespace copydesk::cli {
namespace {

TEST(UnifiedDiff, EqualTextsGiveNothing) { EXPECT_EQ(unifiedDiff("a\nb\n", "a\nb\n", "x", "x"), ""); }

TEST(UnifiedDiff, OneChangedLineWithContext) {
  EXPECT_EQ(unifiedDiff("1\n2\n3\n4\n5\n6\n7\n8\n", "1\n2\n3\n4\nfive\n6\n7\n8\n", "old", "new"),
            "--- old\n+++ new\n@@ -2,7 +2,7 @@\n 2\n 3\n 4\n-5\n+five\n 6\n 7\n 8\n");
}

TEST(UnifiedDiff, InsertionsDeletionsAndEmptyRanges) {
  EXPECT_EQ(unifiedDiff("", "a\n", "x", "x"), "--- x\n+++ x\n@@ -0,0 +1 @@\n+a\n");
  EXPECT_EQ(unifiedDiff("a\n", "", "x", "x"), "--- x\n+++ x\n@@ -1 +0,0 @@\n-a\n");
  EXPECT_EQ(unifiedDiff("a\nb\nc\n", "a\nc\n", "x", "x"), "--- x\n+++ x\n@@ -1,3 +1,2 @@\n a\n-b\n c\n");
  EXPECT_EQ(unifiedDiff("a\nc\n", "a\nb\nc\n", "x", "x"), "--- x\n+++ x\n@@ -1,2 +1,3 @@\n a\n+b\n c\n");
}

TEST(UnifiedDiff, MissingFinalNewlineIsMarked) {
  EXPECT_EQ(unifiedDiff("a\nb", "a\nc", "x", "x"),
            "--- x\n+++ x\n@@ -1,2 +1,2 @@\n a\n-b\n\\ No newline at end of file\n+c\n"
            "\\ No newline at end of file\n");
  EXPECT_EQ(unifiedDiff("a\n", "a", "x", "x"), "--- x\n+++ x\n@@ -1 +1 @@\n-a\n+a\n\\ No newline at end of file\n");
}

TEST(UnifiedDiff, NearbyChangesShareAHunkDistantOnesDoNot) {
  std::string before, near, far;
  for (int i = 1; i <= 20; ++i) before += std::to_string(i) + "\n";
  near = before;
  near.replace(near.find("\n3\n") + 1, 1, "x");
  near.replace(near.find("\n9\n") + 1, 1, "y");  // 5 equal lines apart: one hunk
  const std::string one = unifiedDiff(before, near, "a", "b");
  EXPECT_NE(one.find("@@ -1,12 +1,12 @@"), std::string::npos) << one;
  EXPECT_EQ(one.find("@@ -", one.find("@@ -") + 1), std::string::npos) << one;
  far = before;
  far.replace(far.find("\n3\n") + 1, 1, "x");
  far.replace(far.find("\n12\n") + 1, 2, "y");  // 8 equal lines apart: two hunks
  const std::string diff = unifiedDiff(before, far, "a", "b");
  EXPECT_NE(diff.find("@@ -1,6 +1,6 @@"), std::string::npos) << diff;
  EXPECT_NE(diff.find("@@ -9,7 +9,7 @@"), std::string::npos) << diff;
}

TEST(UnifiedDiff, CarriageReturnsArePartOfTheLine) {
  EXPECT_EQ(unifiedDiff("a\r\nb\r\n", "a\r\nc\r\n", "x", "x"), "--- x\n+++ x\n@@ -1,2 +1,2 @@\n a\r\n-b\r\n+c\r\n");
}

}  // namespace
}  // namespace copydesk::cli
