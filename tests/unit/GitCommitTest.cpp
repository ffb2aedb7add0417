// Git commit message extraction: subject, body, list items; comments,
// scissors, diffs, indented code and trailers left out.
#include <gtest/gtest.h>

#include <string>

#include "markup/Formats.h"
#include "markup/Prose.h"
#include "unit/ExtractionTestSupport.h"

namespace copydesk {
namespace {

TEST(GitCommit, TheTableFindsCommitMessagesByName) {
  EXPECT_EQ(formatForPath("/repo/.git/COMMIT_EDITMSG"), DocumentFormat::GitCommit);
  EXPECT_EQ(formatForPath("MERGE_MSG"), DocumentFormat::GitCommit);
  ASSERT_NE(formatForDocument("plaintext", "/repo/.git/COMMIT_EDITMSG"), nullptr);
  EXPECT_EQ(formatForDocument("plaintext", "/repo/.git/COMMIT_EDITMSG")->format, DocumentFormat::GitCommit);
  EXPECT_EQ(formatForLanguageId("gitcommit")->format, DocumentFormat::GitCommit);
  EXPECT_EQ(formatInfo(DocumentFormat::GitCommit).comments, CommentSyntax::Hash);
}

// `git log` saved to a text file or piped in is commit messages; a name that says more keeps its format.
TEST(GitCommit, GitLogOutputIsCommitMessages) {
  EXPECT_EQ(formatForText(DocumentFormat::PlainText, "commit 4515c86\n\nFix it\n"), DocumentFormat::GitCommit);
  EXPECT_EQ(formatForText(DocumentFormat::PlainText, "commit 4515c86 (HEAD -> main)\r\nAuthor: A\r\n"),
            DocumentFormat::GitCommit);
  EXPECT_EQ(formatForText(DocumentFormat::PlainText, "commit to the plan\n"), DocumentFormat::PlainText);
  EXPECT_EQ(formatForText(DocumentFormat::PlainText, "commit 12ab\n"), DocumentFormat::PlainText);  // too short
  EXPECT_EQ(formatForText(DocumentFormat::Markdown, "commit 4515c86\n"), DocumentFormat::Markdown);
}

}  // namespace
}  // namespace copydesk
