// `copydesk check` on the formats of the formats table beyond Markdown and
// plain text: folder walks by extension, --stdin --format-of, and the
// commit-msg hook example (examples/hooks/commit-msg), as real processes.
#include <gtest/gtest.h>

#include <sys/wait.h>

#include <cstdlib>
#include <filesystem>

#include "cli/ProcessRunner.h"
#include "cli/TempFolder.h"

namespace copydesk::testing {
namespace {

namespace fs = std::filesystem;

using FormatsCheck = TempFolderTest;

const char* const kCommitMessage = "Fix the parser\n"
                                   "\n"
                                   "The concensus was to fix it.\n"
                                   "# Please enter the commit message. Lines starting with '#' are ignored: teh\n"
                                   "\n"
                                   "Signed-off-by: Teh Writer <w@example.com>\n"
                                   "# ------------------------ >8 ------------------------\n"
                                   "diff --git a/x b/x\n"
                                   "+teh\n";

TEST_F(FormatsCheck, FoldersAreWalkedForEveryFormatInAnyCase) {
  write("site/Page.HTML", "<html><body><p>The concensus is clear.</p><script>teh()</script></body></html>\n");
  write("site/doc.mdx", "import {X} from 'x'\n\n<X prop={teh} />\n\nThe concensus is clear.\n");
  write("site/style.css", "teh { }\n");
  const ProcessResult r = runCopydesk({"check", "--no-color", (root_ / "site").string()});
  EXPECT_EQ(r.exit_code, 1) << r.out << r.err;
  EXPECT_NE(r.out.find("Page.HTML:1:20: warning: Unknown word 'concensus'"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("doc.mdx:5:5: warning: Unknown word 'concensus'"), std::string::npos) << r.out;
  EXPECT_EQ(r.out.find("'teh'"), std::string::npos) << r.out;  // code, JSX and CSS are not prose
  EXPECT_NE(r.out.find("2 files checked"), std::string::npos) << r.out;
}

TEST_F(FormatsCheck, StdinIsReadAsTheFormatOfTheNamedFile) {
  const std::string message = write("message", kCommitMessage);
  const ProcessResult r =
      runCopydesk({"check", "--no-color", "--stdin", "--format-of", ".git/COMMIT_EDITMSG"}, "", message);
  EXPECT_EQ(r.exit_code, 1) << r.out << r.err;
  EXPECT_NE(r.out.find(".git/COMMIT_EDITMSG:3:5: warning: Unknown word 'concensus'"), std::string::npos) << r.out;
  // Comments, trailers and the diff below the scissors line are not prose.
  EXPECT_EQ(r.out.find("'teh'"), std::string::npos) << r.out;
  EXPECT_EQ(r.out.find("'Teh'"), std::string::npos) << r.out;

  const ProcessResult plain = runCopydesk({"check", "--no-color", "--stdin"}, "", message);
  EXPECT_NE(plain.out.find("<stdin>:3:5: warning: Unknown word 'concensus'"), std::string::npos) << plain.out;
  EXPECT_NE(plain.out.find("'teh'"), std::string::npos) << "plain text reads every line: " << plain.out;
}

TEST_F(FormatsCheck, StdinTakesNoPathsAndNoFix) {
  EXPECT_EQ(runCopydesk({"check", "--stdin", "a.md"}).exit_code, 2);
  EXPECT_EQ(runCopydesk({"check", "--stdin", "--fix"}).exit_code, 2);
  const ProcessResult r = runCopydesk({"check", "--format-of", "x.html", "a.md"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("--format-of goes with --stdin"), std::string::npos) << r.err;
}

int runHook(const std::string& message_file) {
  const std::string hook = std::string(COPYDESK_SOURCE_DIR) + "/examples/hooks/commit-msg";
  const std::string bin = fs::path(COPYDESK_BINARY).parent_path().string();
  const std::string command = "PATH='" + bin + "':\"$PATH\" sh '" + hook + "' '" + message_file + "' >/dev/null 2>&1";
  const int status = std::system(command.c_str());
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

TEST_F(FormatsCheck, TheCommitMsgHookRefusesAMisspeltMessage) {
  EXPECT_EQ(runHook(write(".git/COMMIT_EDITMSG", kCommitMessage)), 1);
  EXPECT_EQ(runHook(write(".git/COMMIT_EDITMSG", "Fix the parser\n\nThe consensus was to fix it.\n# teh\n")), 0);
}

}  // namespace
}  // namespace copydesk::testing
