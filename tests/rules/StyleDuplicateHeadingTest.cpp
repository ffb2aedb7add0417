#include "rules/RuleTestHelpers.h"

namespace copydesk::testing {
namespace {

constexpr std::string_view kRule = "style/duplicate-heading";

TEST(StyleDuplicateHeading, FlagsRepeatedHeadings) {
  expectFindings(kRule, "# Intro\n\nText.\n\n# [[Intro]]\n\nMore.\n");
  expectFindings(kRule, "## Setup\n\nA.\n\n## Usage\n\nB.\n\n## [[setup]]\n");
  expectFindings(kRule, "# Title\n# [[Title]]\n");
  expectFindings(kRule, "# Title\n\n# [[Title]]\n\n# [[TITLE]]\n");
  expectFindings(kRule, "## Install now\n\n## [[Install  now.]]\n");
  expectFindings(kRule, "# Rust in *Linux*\n\n# [[Rust in Linux]]\n");
  expectFindings(kRule, "### Notes\n\nA.\n\n### [[Notes]]\n");
  expectFindings(kRule, "## Why it matters\n\nText.\n\n## [[Why It Matters]]\n");
}

TEST(StyleDuplicateHeading, TitleRepeatedAsParagraph) {
  expectFindings(kRule, "# Rust in the Kernel\n\n[[Rust in the Kernel]]\n\nText follows here.\n");
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
  expectFindings(kRule, "# Rust in Linux: A Revolution\n\n# [[Rust in Linux: The End of C]]\n");
}

TEST(StyleDuplicateHeading, LeavesDistinctHeadingsAlone) {
  expectNoFindings(kRule, "# Intro\n\n# Usage\n");
  expectNoFindings(kRule, "## 1.0\n\n### Fixed\n\nA.\n\n## 1.1\n\n### Fixed\n\nB.\n");
  expectNoFindings(kRule, "# Intro\n\nIntro\n");  // a one-word paragraph is not a title copy
  expectNoFindings(kRule, "# Step 1: Install\n\n# Step 2: Install\n");
  expectNoFindings(kRule, "# Part one: setup\n\nText.\n\n# Part one: usage\n");
  expectNoFindings(kRule, "# Rust in Linux: A Revolution\n\nText.\n\n# Rust in Linux: The End of C\n");
  expectNoFindings(kRule, "Same words twice here.\n\nSame words twice here.\n");  // paragraphs: the other rule
  expectNoFindings(kRule, "# Results\n\n```\n# Results\n```\n");
  expectNoFindings(kRule, "# Results\n\n- Results of the run\n");
  expectNoFindings(kRule, "# One\n\n## Two\n\n### Three\n");
  expectNoFindings(kRule, "# Alpha\n\n# Beta\n\n# Gamma\n");
}

TEST(StyleDuplicateHeading, MessageAndFix) {
  const RuleRun run = runRule(kRule, "# Intro\n\nText.\n\n# Intro\n\nMore.\n");
  ASSERT_EQ(run.findings.size(), 1u);
  EXPECT_EQ(run.findings[0].message, "Repeats the heading on line 1");
  ASSERT_EQ(run.findings[0].fixes.size(), 1u);
  EXPECT_FALSE(run.findings[0].fixes[0].safe);
  expectFix(kRule, "# Intro\n\nText.\n\n# Intro\n\nMore.\n", "# Intro\n\nText.\n\nMore.\n");
}

}  // namespace
}  // namespace copydesk::testing
