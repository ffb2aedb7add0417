#include "rules/RuleTestHelpers.h"

namespace copydesk::testing {
namespace {

constexpr std::string_view kRule = "style/heading-punctuation";

TEST(StyleHeadingPunctuation, FlagsFinalPeriod) {
  expectFindings(kRule, "# Moving past the experimental phase[[.]]\n");
  expectFindings(kRule, "## Install it[[.]]\n");
  expectFindings(kRule, "### Why Rust[[.]]\n\nText.\n");
  expectFindings(kRule, "Title line[[.]]\n=====\n");
  expectFindings(kRule, "# Use `cargo`[[.]]\n");
  expectFindings(kRule, "# The *end*[[.]]\n");
  expectFindings(kRule, "# Version 1.2 is out[[.]]\n");
  expectFindings(kRule, "# It works (mostly)[[.]]\n");
  expectFindings(kRule, "#### Deep heading[[.]] ####\n");
  expectFindings(kRule, "> # Quoted heading[[.]]\n");
  expectFindings(
      kRule,
      "Intro text that is long enough to be a paragraph of its own in plain text, with many more words added.\n"
      "Moving past the Experimental phase[[.]]\n"
      "When Rust was first merged into the Linux kernel, the approach was cautious and slow moving.\n",
      {}, DocumentFormat::PlainText);
}

TEST(StyleHeadingPunctuation, LeavesOtherEndingsAlone) {
  expectNoFindings(kRule, "# Moving past the experimental phase\n");
  expectNoFindings(kRule, "# Why Rust?\n");
  expectNoFindings(kRule, "# Finally!\n");
  expectNoFindings(kRule, "# Wait...\n");
  expectNoFindings(kRule, "# Tools, libraries, etc.\n");
  expectNoFindings(kRule, "# Version 1.2\n");
  expectNoFindings(kRule, "# Use `cargo build.`\n");
  expectNoFindings(kRule, "A paragraph ends with a period.\n");
  expectNoFindings(kRule, "- A list item ends with a period.\n");
  expectNoFindings(kRule, "```\n# Comment.\n```\n");
  expectNoFindings(kRule, "# Part 1: Setup\n");
}

TEST(StyleHeadingPunctuation, SafeFixRemovesThePeriod) {
  expectFix(kRule, "# Moving past the experimental phase.\n", "# Moving past the experimental phase\n");
  expectFix(kRule, "## It works (mostly).\n\nText.\n", "## It works (mostly)\n\nText.\n");
  expectFixSafety(kRule, "# Done.\n", true);
}

}  // namespace
}  // namespace copydesk::testing
