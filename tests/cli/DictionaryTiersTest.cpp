// `copydesk check` honours the three tiers of accepted words: the user
// dictionary ($XDG_CONFIG_HOME/copydesk/dictionary.txt), the workspace
// dictionary (.copydesk/dictionary.txt) and the front matter's
// copydesk.ignore_words.
#include <gtest/gtest.h>

#include <cstdlib>

#include "cli/ProcessRunner.h"
#include "cli/TempFolder.h"

namespace copydesk::testing {
namespace {

class DictionaryTiers : public TempFolderTest {
 protected:
  void SetUp() override {
    TempFolderTest::SetUp();
    if (const char* old = std::getenv("XDG_CONFIG_HOME")) old_ = old;
    ::setenv("XDG_CONFIG_HOME", (root_ / "config").c_str(), 1);
  }
  void TearDown() override {
    if (old_) ::setenv("XDG_CONFIG_HOME", old_->c_str(), 1);
    else ::unsetenv("XDG_CONFIG_HOME");
    TempFolderTest::TearDown();
  }

 private:
  std::optional<std::string> old_;
};

TEST_F(DictionaryTiers, EachTierAcceptsItsWords) {
  const std::string text = "# Notes\n\nThe gizmox, the wobblex and the concensus.\n";
  const std::string file = write("site/post.md", text);
  ProcessResult r = runCopydesk({"check", "--no-color", file});
  EXPECT_NE(r.out.find("'gizmox'"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("'wobblex'"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("'concensus'"), std::string::npos) << r.out;

  write("config/copydesk/dictionary.txt", "gizmox\n");                                   // user
  write("site/.copydesk/dictionary.txt", "wobblex\n");                                   // workspace
  write("site/post.md", "---\ncopydesk:\n  ignore_words: [concensus]\n---\n\n" + text);  // document
  r = runCopydesk({"check", "--no-color", file});
  EXPECT_EQ(r.exit_code, 0) << r.out << r.err;
  EXPECT_NE(r.out.find("1 file checked: 0 errors, 0 warnings"), std::string::npos) << r.out;
}

TEST_F(DictionaryTiers, ABinaryUserDictionaryIsIgnoredWithAWarning) {
  write("config/copydesk/dictionary.txt", std::string("gizmox\0\x01", 8));
  const std::string file = write("post.md", "# Notes\n\nThe gizmox.\n");
  const ProcessResult r = runCopydesk({"check", "--no-color", file});
  EXPECT_EQ(r.exit_code, 1) << r.out << r.err;
  EXPECT_NE(r.err.find("config/copydesk/dictionary.txt contains NUL bytes"), std::string::npos) << r.err;
}

}  // namespace
}  // namespace copydesk::testing
