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

}  // namespace
}  // namespace copydesk
