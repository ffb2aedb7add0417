#include "rules/RuleTestHelpers.h"

namespace copydesk::testing {
namespace {

constexpr std::string_view kRule = "style/duplicate-heading";

TEST(StyleDuplicateHeading, TitleRepeatedAsParagraph) {
  expectFindings(kRule,
                 "Rust in the Kernel: From Experiment to Core\n\n[[Rust in the Kernel: From Experiment to Core]]\n\n"
                 "[[Rust in the Kernel: From Experiment to Core]]\n\nAfter years of debate, Rust is here to stay.\n",
                 {}, DocumentFormat::PlainText);
}

TEST(StyleDuplicateHeading, TitleRepeatedWithAnotherSubtitle) {
  expectFindings(kRule,
                 "Rust Kernel No Longer Experimental: Systems Revolution\n"
                 "[[Rust Kernel No Longer Experimental: The Post-C Era Begins]]\n"
                 "The Rust Linux kernel integration has officially graduated from experimental status, which is a long "
                 "sentence on one line.\n",
                 {}, DocumentFormat::PlainText);
}

TEST(StyleDuplicateHeading, LeavesDistinctHeadingsAlone) {
  expectNoFindings(kRule, "# Intro\n\nIntro\n");  // a one-word paragraph is not a title copy
  expectNoFindings(kRule, "Same words twice here.\n\nSame words twice here.\n");  // paragraphs: the other rule
}

TEST(StyleDuplicateHeading, MessageAndFix) {
  const RuleRun run = runRule(kRule, "# Intro\n\nText.\n\n# Intro\n\nMore.\n");
  ASSERT_EQ(run.findings.size(), 1u);
  EXPECT_EQ(run.findings[0].message, "Repeats the heading on line 1");
  ASSERT_EQ(run.findings[0].fixes.size(), 1u);
  EXPECT_FALSE(run.findings[0].fixes[0].safe);
}

}  // namespace
}  // namespace copydesk::testing
