#include "rules/RuleTestHelpers.h"
#include "style/support/DuplicateBlocks.h"

namespace copydesk::testing {
namespace {

constexpr std::string_view kRule = "style/duplicate-paragraph";

constexpr std::string_view kPara = "The cache keeps every result for one hour.";

TEST(StyleDuplicateParagraph, FlagsRepeatedParagraphs) {
  expectFindings(kRule,
                 "The cache keeps every result for one hour.\n\n[[The cache keeps every result for one hour.]]\n");
  expectFindings(
      kRule, "The cache keeps every result for one hour.\n\nOther.\n\n[[the cache keeps every result for one hour]]\n");
  expectFindings(kRule,
                 "The cache keeps every result for one hour.\n\n[[The  cache keeps every\nresult for one hour!]]\n");
  expectFindings(kRule,
                 "The cache keeps *every* result for one hour.\n\n[[The cache keeps every result for one hour.]]\n");
  expectFindings(kRule,
                 "Run `make all` before you push any change.\n\n[[Run `make all` before you push any change.]]\n");
  expectFindings(kRule, "# Title\n\nWe measured it twice this week on three machines with the same kernel build.\n\n## "
                        "Part\n\n[[We measured it twice this week on three machines with the same kernel build.]]\n");
  expectFindings(kRule, "> Quoted text stays the same here.\n\nQuoted text stays the same here.\n\n"
                        "[[Quoted text stays the same here.]]\n");
  expectFindings(
      kRule,
      "Every line is its own paragraph in plain text files like this.\n[[Every line is its own paragraph in plain text "
      "files like this.]]\n"
      "This is a much longer line of plain text that goes on and on for more than one hundred bytes, yes it is.\n",
      {}, DocumentFormat::PlainText);
}

TEST(StyleDuplicateParagraph, LeavesDistinctOrShortParagraphsAlone) {
  expectNoFindings(kRule,
                   "The cache keeps every result for one hour.\n\nThe cache keeps every result for two hours.\n");
  expectNoFindings(kRule, "See the notes below.\n\nSee the notes below.\n");  // four words
  expectNoFindings(kRule,
                   "- The cache keeps every result for one hour.\n- The cache keeps every result for one hour.\n");
  expectNoFindings(kRule,
                   "Rust in the Kernel: From Experiment to Core\n\nRust in the Kernel: From Experiment to Core\n\n"
                   "After years of debate, Rust is here to stay for good.\n",
                   {}, DocumentFormat::PlainText);  // a title copy: style/duplicate-heading
}

TEST(StyleDuplicateParagraph, MessageAndFix) {
  const std::string text = std::string(kPara) + "\n\nMiddle.\n\n" + std::string(kPara) + "\n\nEnd.\n";
  const RuleRun run = runRule(kRule, text);
  ASSERT_EQ(run.findings.size(), 1u);
  EXPECT_EQ(run.findings[0].message, "Repeats the paragraph on line 1");
  ASSERT_EQ(run.findings[0].fixes.size(), 1u);
  EXPECT_FALSE(run.findings[0].fixes[0].safe);
  expectFix(kRule, text, std::string(kPara) + "\n\nMiddle.\n\nEnd.\n");
}

}  // namespace
}  // namespace copydesk::testing

namespace copydesk::testing {
namespace {

TEST(StyleDuplicateParagraph, LeavesBoilerplateAlone) {
  expectNoFindings(
      "style/duplicate-paragraph",
      "## Rust\n\nSee the detailed release notes for more.\n\n## Cargo\n\nSee the detailed release notes for more.\n");
  expectNoFindings(
      "style/duplicate-paragraph",
      "Comment by @epage posted on 2025-02-20:\n\n> A.\n\nComment by @epage posted on 2025-02-20:\n\n> B.\n");
  expectFindings("style/duplicate-paragraph",
                 "## A\n\nThe cache keeps every single result for one whole hour before it expires.\n\n## B\n\n"
                 "[[The cache keeps every single result for one whole hour before it expires.]]\n");
}

// The duplicate rules read every block on every edit: a block seen before (in
// this or another version) is not normalised again.
TEST(StyleDuplicateParagraph, BlockTextsAreRememberedByBlockKey) {
  const auto first = Document::create("a.md", "# Notes\n\nThe Cache keeps  every result.\n", DocumentFormat::Markdown);
  const auto second =
      Document::create("b.md", "Intro first.\n\nThe Cache keeps  every result.\n", DocumentFormat::Markdown);
  ASSERT_EQ(first->prose().blocks.size(), 2u);
  ASSERT_EQ(second->prose().blocks.size(), 2u);
  const auto text = style::rememberedBlockText(*first, 1);
  EXPECT_EQ(text->normalized, "the cache keeps every result");
  EXPECT_EQ(text->normalized, style::normalizedBlockText(*first, 1).normalized);
  EXPECT_EQ(text->words, 5);
  EXPECT_EQ(style::rememberedBlockText(*second, 1), text);  // the same block: remembered
  EXPECT_NE(style::rememberedBlockText(*second, 0), text);
  EXPECT_EQ(style::rememberedBlockText(*second, 0)->normalized, "intro first");
}

}  // namespace
}  // namespace copydesk::testing
