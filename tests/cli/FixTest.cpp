// `copydesk check --fix` and `--fix --dry-run` as a real process: only safe
// fixes, only in prose, byte-exact elsewhere, permissions kept, idempotent.
#include <gtest/gtest.h>
#include <sys/stat.h>

#include <filesystem>

#include "cli/ProcessRunner.h"
#include "cli/TempFolder.h"

namespace copydesk::testing {
namespace {

namespace fs = std::filesystem;

using Fix = TempFolderTest;

const std::string kArticle = "---\ntitle: concensus\n---\n"
                             "# The concensus\n\n"
                             "Kernel mantainers reached a concensus, *inherenttly* slow.\r\n"
                             "See `concensus` and https://example.org/concensus for more.\n\n"
                             "```text\nThe concensus among mantainers.\n```\n\n"
                             "    indented concensus code\n\n"
                             "<!-- concensus in a comment -->\n"
                             "Last line without newline: concensus";

const std::string kFixed = "---\ntitle: concensus\n---\n"
                           "# The consensus\n\n"
                           "Kernel maintainers reached a consensus, *inherently* slow.\r\n"
                           "See `concensus` and https://example.org/concensus for more.\n\n"
                           "```text\nThe concensus among mantainers.\n```\n\n"
                           "    indented concensus code\n\n"
                           "<!-- concensus in a comment -->\n"
                           "Last line without newline: consensus";

TEST_F(Fix, ChangesOnlyProseTyposAndEveryOtherByteStays) {
  const std::string file = write("article.md", kArticle);
  const ProcessResult r = runCopydesk({"check", "--no-color", "--fix", "article.md"}, root_.string());
  EXPECT_EQ(r.exit_code, 0) << r.out << r.err;
  const std::string after = read(file);
  EXPECT_EQ(after, kFixed);
  // Byte level: outside the fixed words, both files are identical (the words
  // differ in length, so compare the pieces between them).
  std::size_t a = 0, b = 0;
  for (const auto& [typo, word] :
       std::vector<std::pair<std::string, std::string>>{{"# The concensus", "# The consensus"},
                                                        {"mantainers reached", "maintainers reached"},
                                                        {"a concensus,", "a consensus,"},
                                                        {"*inherenttly*", "*inherently*"},
                                                        {"newline: concensus", "newline: consensus"}}) {
    const std::size_t next_a = kArticle.find(typo, a);
    const std::size_t next_b = after.find(word, b);
    ASSERT_NE(next_a, std::string::npos);
    ASSERT_NE(next_b, std::string::npos);
    EXPECT_EQ(kArticle.substr(a, next_a - a), after.substr(b, next_b - b));
    a = next_a + typo.size();
    b = next_b + word.size();
  }
  EXPECT_EQ(kArticle.substr(a), after.substr(b));
  EXPECT_TRUE(has(r.out, "article.md: fixed 5 problems\n  4:7 spelling: Replace with 'consensus'\n")) << r.out;
  EXPECT_TRUE(has(r.out, "fixed 5 problems in 1 file\n")) << r.out;
  EXPECT_TRUE(has(r.out, "1 file checked: 0 errors, 0 warnings")) << r.out;
}

TEST_F(Fix, IsIdempotentAndKeepsPermissions) {
  const std::string file = write("notes.txt", "The concensus among mantainers is clear.\n");
  ASSERT_EQ(::chmod(file.c_str(), 0640), 0);
  EXPECT_EQ(runCopydesk({"check", "--fix", file}).exit_code, 0);
  const std::string once = read(file);
  EXPECT_EQ(once, "The consensus among maintainers is clear.\n");
  struct stat info {};
  ASSERT_EQ(::stat(file.c_str(), &info), 0);
  EXPECT_EQ(info.st_mode & 07777, 0640u);
  const ProcessResult again = runCopydesk({"check", "--fix", file});
  EXPECT_EQ(again.exit_code, 0);
  EXPECT_EQ(read(file), once);
  EXPECT_TRUE(has(again.out, "fixed 0 problems in 0 files")) << again.out;
}

TEST_F(Fix, ExitStatusReflectsWhatRemains) {
  // "plasticx" has no safe suggestion, so it stays and keeps the exit status at 1.
  const std::string file = write("a.md", "A concensus about plasticx.\n");
  const ProcessResult r = runCopydesk({"check", "--fix", "--format", "json", file});
  EXPECT_EQ(r.exit_code, 1) << r.out << r.err;
  EXPECT_EQ(read(file), "A consensus about plasticx.\n");
  EXPECT_TRUE(has(r.err, "a.md: fixed 1 problem\n")) << r.err;  // stdout stays JSON
  EXPECT_TRUE(has(r.out, "plasticx")) << r.out;
  EXPECT_FALSE(has(r.out, "concensus")) << r.out;
}

TEST_F(Fix, DryRunPrintsAUnifiedDiffAndChangesNothing) {
  std::string text;
  for (int i = 1; i <= 12; ++i) text += "Line " + std::to_string(i) + " is fine.\n";
  text.replace(text.find("Line 2 "), 6, "The concensus");
  text.replace(text.find("Line 11 "), 7, "Our mantainers");
  const std::string file = write("a.md", text);
  const ProcessResult r = runCopydesk({"check", "--fix", "--dry-run", "a.md"}, root_.string());
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(read(file), text);
  EXPECT_EQ(r.out, "--- a.md\n+++ a.md\n"
                   "@@ -1,5 +1,5 @@\n"
                   " Line 1 is fine.\n"
                   "-The concensus is fine.\n"
                   "+The consensus is fine.\n"
                   " Line 3 is fine.\n Line 4 is fine.\n Line 5 is fine.\n"
                   "@@ -8,5 +8,5 @@\n"
                   " Line 8 is fine.\n Line 9 is fine.\n Line 10 is fine.\n"
                   "-Our mantainers is fine.\n"
                   "+Our maintainers is fine.\n"
                   " Line 12 is fine.\n");
  EXPECT_TRUE(has(r.err, "a.md: would fix 2 problems")) << r.err;
}

TEST_F(Fix, DryRunNeedsFix) { EXPECT_EQ(runCopydesk({"check", "--dry-run", "a.md"}).exit_code, 2); }

TEST_F(Fix, SeedArticleTyposOnly) {
  const std::string seed = std::string(COPYDESK_SOURCE_DIR) + "/tests/data/seeds/seed-001.txt";
  const std::string original = read(seed);
  ASSERT_EQ(original.size(), 3027u) << seed;
  const std::string file = write("seed-001.txt", original);
  // Only spelling: the other rules' safe fixes (heading punctuation, dash
  // spacing) are tested on their own; here the typos must be the only change.
  write(".copydesk.json", R"({"rules": {"*": "off", "spelling": "warning"}})");
  const ProcessResult r = runCopydesk({"check", "--fix", "--dry-run", file});
  const ProcessResult fixed = runCopydesk({"check", "--fix", file});
  EXPECT_TRUE(has(r.out, "+The recent consensus among maintainers")) << r.out;
  std::string expected = original;
  for (const auto& [typo, word] : std::vector<std::pair<std::string, std::string>>{
           {"concensus", "consensus"}, {"mantainers", "maintainers"}, {"inherenttly", "inherently"}})
    for (std::size_t at = expected.find(typo); at != std::string::npos; at = expected.find(typo, at))
      expected.replace(at, typo.size(), word);
  EXPECT_EQ(read(file), expected) << fixed.out;
}

}  // namespace
}  // namespace copydesk::testing
