#include "rules/RuleTestHelpers.h"

#include "registry/Registry.h"

namespace copydesk::testing {
namespace {

constexpr std::string_view kRule = "style/passive-voice";

TEST(StylePassiveVoice, OffByDefault) {
  const Rule* rule = findBuiltinRule(kRule);
  ASSERT_NE(rule, nullptr);
  EXPECT_FALSE(rule->info().enabled_by_default);
  EXPECT_EQ(rule->info().default_severity, Severity::Information);
}

TEST(StylePassiveVoice, FlagsPassives) {
  expectFindings(kRule, "The file [[was written]] by the script.");
  expectFindings(kRule, "The bug [[is fixed]] in 1.2.");
  expectFindings(kRule, "Mistakes [[were made]].");
  expectFindings(kRule, "The cause [[is known]].");
  expectFindings(kRule, "The tests [[are run]] nightly.");
  expectFindings(kRule, "The value [[is not used]].");
  expectFindings(kRule, "The crate [[was quickly adopted]].");
  expectFindings(kRule, "It must [[be built]] first.");
  expectFindings(kRule, "The API has [[been deprecated]].");
  expectFindings(kRule, "The lock is [[being held]].");
  expectFindings(kRule, "The limit [[wasn't reached]].");
  expectFindings(kRule, "Errors [[are shown]] inline.");
  expectFindings(kRule, "The flag [[is set]] by default.");
}

TEST(StylePassiveVoice, CaseVariants) {
  expectFindings(kRule, "[[Is Written]] In Rust");
  expectFindings(kRule, "[[WAS BUILT]] last year.");
}

TEST(StylePassiveVoice, LeavesActiveAndAdjectivesAlone) {
  expectNoFindings(kRule, "The script wrote the file.");
  expectNoFindings(kRule, "We fixed the bug in 1.2.");
  expectNoFindings(kRule, "She is interested in compilers.");
  expectNoFindings(kRule, "It is supposed to work.");
  expectNoFindings(kRule, "This is indeed true.");
  expectNoFindings(kRule, "The result is unexpected.");
  expectNoFindings(kRule, "It is red.");
  expectNoFindings(kRule, "The speed is high.");
  expectNoFindings(kRule, "The build is fast.");
  expectNoFindings(kRule, "They were happy.");
  expectNoFindings(kRule, "The team is growing.");
}

TEST(StylePassiveVoice, NothingInsideCode) {
  expectNoFindings(kRule, "Check `is written` in the log.");
  expectNoFindings(kRule, "```\nit was written\n```\n");
  expectNoFindings(kRule, "It is `written` twice.");
}

}  // namespace
}  // namespace copydesk::testing
