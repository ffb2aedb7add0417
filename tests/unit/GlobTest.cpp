#include <gtest/gtest.h>

#include "config/Glob.h"

namespace copydesk {
namespace {

TEST(Glob, StarStaysInsideASegment) {
  EXPECT_TRUE(globMatch("*.md", "post.md"));
  EXPECT_FALSE(globMatch("*.md", "drafts/post.md"));
  EXPECT_TRUE(globMatch("drafts/*.md", "drafts/post.md"));
}

TEST(Glob, DoubleStarSpansSegments) {
  EXPECT_TRUE(globMatch("drafts/**", "drafts/a/b/c.md"));
  EXPECT_TRUE(globMatch("**/*.md", "a/b/c.md"));
  EXPECT_TRUE(globMatch("**/*.md", "c.md"));
  EXPECT_TRUE(globMatch("a/**/c.md", "a/c.md"));
  EXPECT_FALSE(globMatch("a/**/c.md", "b/c.md"));
}

TEST(Glob, QuestionMarkClassesAndEscapes) {
  EXPECT_TRUE(globMatch("post-?.md", "post-1.md"));
  EXPECT_FALSE(globMatch("post-?.md", "post-12.md"));
  EXPECT_TRUE(globMatch("[a-c]*.txt", "beta.txt"));
  EXPECT_FALSE(globMatch("[!a-c]*.txt", "beta.txt"));
  EXPECT_TRUE(globMatch("\\*.md", "*.md"));
  EXPECT_FALSE(globMatch("\\*.md", "x.md"));
}

TEST(Glob, BacktracksWithoutBlowingUp) {
  const std::string path(5000, 'a');
  EXPECT_FALSE(globMatch("*a*a*a*a*a*b", path));
  EXPECT_TRUE(globMatch("*a*a*a*a*a*", path));
}

}  // namespace
}  // namespace copydesk
