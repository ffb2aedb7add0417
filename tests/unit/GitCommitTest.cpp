// Git commit message extraction: subject, body, list items; comments,
// scissors, diffs, indented code and trailers left out.
#include <gtest/gtest.h>

#include <string>

#include "markup/Formats.h"
#include "markup/Prose.h"
#include "unit/ProseDescription.h"

namespace copydesk {
namespace {

const char* const kMessage = "Fix the parser for long lines\n"
                             "\n"
                             "The parser dropped text after 4096 bytes.\n"
                             "It now reads on.\n"
                             "# copydesk-disable-next-line spelling\n"
                             "\n"
                             "- first item\n"
                             "  continued\n"
                             "* second item\n"
                             "\n"
                             "    $ make test\n"
                             "    ok\n"
                             "\n"
                             "Signed-off-by: A B <a@b.c>\n"
                             "Reviewed-by: C D <c@d.e>\n"
                             "# Please enter the commit message\n"
                             "# ------------------------ >8 ------------------------\n"
                             "diff --git a/x b/x\n"
                             "+teh\n";

TEST(GitCommit, SubjectBodyAndItemsAreProse) {
  const std::string text = kMessage;
  EXPECT_EQ(describe(text, extractGitCommit(text)),
            "heading1: \"Fix the parser for long lines\"@0\n"
            "paragraph: \"The parser dropped text after 4096 bytes.\"@31 br\"\\n\"@72 \"It now reads on.\"@73\n"
            "list-item: \"first item\"@131 br\"\\n\"@141 \"continued\"@144\n"
            "list-item: \"second item\"@156\n");
}

TEST(GitCommit, CommentsAndCodeAreKeptAside) {
  const std::string text = kMessage;
  const ProseMap map = extractGitCommit(text);
  ASSERT_EQ(map.comments.size(), 3u);
  EXPECT_EQ(map.comments[0].span.begin, 90u);
  EXPECT_EQ(map.comments[0].span.end, 127u);
  EXPECT_EQ(map.comments[0].body, "copydesk-disable-next-line spelling");
  EXPECT_TRUE(map.comments[0].own_line);
  EXPECT_EQ(map.comments[2].body, "------------------------ >8 ------------------------");
  ASSERT_EQ(map.code_blocks.size(), 1u);
  EXPECT_EQ(text.substr(map.code_blocks[0].begin, map.code_blocks[0].size()), "    $ make test\n    ok");
  EXPECT_EQ(map.front_matter.format, FrontMatterFormat::None);  // no date: the check date is used
}

TEST(GitCommit, InlineCodeIsOpaque) {
  const std::string text = "Use `git log` here\n";
  EXPECT_EQ(describe(text, extractGitCommit(text)), "heading1: \"Use \"@0 code\"`git log`\"@4 \" here\"@13\n");
}

TEST(GitCommit, APastedDiffEndsTheMessage) {
  const std::string text = "Subject\n\nBody text.\n\ndiff --git a/f b/f\n-old teh\n+new teh\n";
  EXPECT_EQ(describe(text, extractGitCommit(text)), "heading1: \"Subject\"@0\nparagraph: \"Body text.\"@9\n");
}

TEST(GitCommit, TrailersOnlyAtTheEnd) {
  const std::string text = "Subject\n\nNote: this paragraph looks like a trailer.\n\nFixes: 1234\n";
  EXPECT_EQ(describe(text, extractGitCommit(text)),
            "heading1: \"Subject\"@0\nparagraph: \"Note: this paragraph looks like a trailer.\"@9\n");
  EXPECT_EQ(describe("Fixes: a subject alone\n", extractGitCommit("Fixes: a subject alone\n")),
            "heading1: \"Fixes: a subject alone\"@0\n");
}

TEST(GitCommit, TheTableFindsCommitMessagesByName) {
  EXPECT_EQ(formatForPath("/repo/.git/COMMIT_EDITMSG"), DocumentFormat::GitCommit);
  EXPECT_EQ(formatForPath("MERGE_MSG"), DocumentFormat::GitCommit);
  ASSERT_NE(formatForDocument("plaintext", "/repo/.git/COMMIT_EDITMSG"), nullptr);
  EXPECT_EQ(formatForDocument("plaintext", "/repo/.git/COMMIT_EDITMSG")->format, DocumentFormat::GitCommit);
  EXPECT_EQ(formatForLanguageId("gitcommit")->format, DocumentFormat::GitCommit);
  EXPECT_EQ(formatInfo(DocumentFormat::GitCommit).comments, CommentSyntax::Hash);
}

}  // namespace
}  // namespace copydesk
