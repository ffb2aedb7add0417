#include "rules/RuleTestHelpers.h"

namespace copydesk::testing {
namespace {

constexpr std::string_view kRule = "style/cliche";

TEST(StyleCliche, FlagsCliches) {
  expectFindings(kRule, "Start with the [[low-hanging fruit]].");
  expectFindings(kRule, "Start with the [[low hanging fruit]].");
  expectFindings(kRule, "[[At the end of the day]], it compiles.");
  expectFindings(kRule, "Will this [[move the needle]]?");
  expectFindings(kRule, "We need to [[think outside the box]].");
  expectFindings(kRule, "Let us [[circle back]] on this.");
  expectFindings(kRule, "There is no [[silver bullet]].");
  expectFindings(kRule, "Generics are a [[double-edged sword]].");
  expectFindings(kRule, "The new team will [[hit the ground running]].");
  expectFindings(kRule, "It takes caching [[to the next level]].");
  expectFindings(kRule, "[[Last but not least]], thanks to everyone.");
  expectFindings(kRule, "That is the [[tip of the iceberg]].");
  expectFindings(kRule, "It has a [[steep learning curve]].");
}

TEST(StyleCliche, CaseInsensitiveAndLongestMatch) {
  expectFindings(kRule, "## [[Low-Hanging Fruit]] First");
  expectFindings(kRule, "We are [[thinking outside the box]] here.");
  expectFindings(kRule, "[[AT THE END OF THE DAY]] it works.");
}

TEST(StyleCliche, LeavesLiteralUsesAlone) {
  expectNoFindings(kRule, "The fruit hangs low on the tree.");
  expectNoFindings(kRule, "At the end of the file, add a newline.");
  expectNoFindings(kRule, "Move the cursor to the needle icon.");
  expectNoFindings(kRule, "Put the box outside.");
  expectNoFindings(kRule, "The bullet list is silver.");
  expectNoFindings(kRule, "The sword has two edges.");
  expectNoFindings(kRule, "The next level of the tree is empty.");
  expectNoFindings(kRule, "Last, run the tests.");
  expectNoFindings(kRule, "The learning rate is steep.");
  expectNoFindings(kRule, "The circle goes back to the start.");
}

TEST(StyleCliche, NothingInsideCode) {
  expectNoFindings(kRule, "Run `low-hanging fruit` now.");
  expectNoFindings(kRule, "```text\nat the end of the day\n```\n");
}

TEST(StyleCliche, DoesNotCrossSentences) {
  expectNoFindings(kRule, "We reached the end. Of the day, little is left.");
  expectNoFindings(kRule, "Pick the low-hanging. Fruit comes later.");
}

}  // namespace
}  // namespace copydesk::testing
