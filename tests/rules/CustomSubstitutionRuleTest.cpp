// Custom "substitution" rules built from configuration: phrases with a
// preferred alternative offered as a safe fix.
#include "rules/ConfigRuleTestHelpers.h"

namespace copydesk::testing {
namespace {

constexpr std::string_view kSwap = R"({"customRules": [{"id": "custom/plain", "kind": "substitution",
  "swap": {"utilize": "use", "in order to": "to", "e-mail": "email", "leverage": "use"}}]})";
constexpr std::string_view kCaseSensitive = R"({"customRules": [{"id": "custom/brand", "kind": "substitution",
  "swap": {"Javascript": "JavaScript"}, "ignoreCase": false}]})";

// --- found, with fixes ----------------------------------------------------------

const ConfigCase kFound[] = {
    {"ReportsAWord", kSwap, "We [[utilize]] caches."},
    {"ReportsAPhrase", kSwap, "Cache [[in order to]] win."},
    {"ReportsEveryOccurrence", kSwap, "[[Utilize]] and [[leverage]], then [[utilize]]."},
};
INSTANTIATE_TEST_SUITE_P(CustomSubstitutionFound, ConfigFindings, ::testing::ValuesIn(kFound), configCaseName);
TEST(CustomSubstitution, FixesAWord) { expectConfigFix(kSwap, "We utilize caches.", "We use caches."); }
TEST(CustomSubstitution, FixesAPhrase) { expectConfigFix(kSwap, "Cache in order to win.", "Cache to win."); }
TEST(CustomSubstitution, FixKeepsTheCapital) { expectConfigFix(kSwap, "In order to win, cache.", "To win, cache."); }
TEST(CustomSubstitution, FixesEveryOccurrence) {
  expectConfigFix(kSwap, "Utilize it; leverage it.", "Use it; use it.");
}
TEST(CustomSubstitution, HyphenatedWord) { expectConfigFix(kSwap, "Send an e-mail.", "Send an email."); }
TEST(CustomSubstitution, InsideEmphasisKeepsTheMarkup) { expectConfigFix(kSwap, "We *utilize* it.", "We *use* it."); }
TEST(CustomSubstitution, CaseSensitiveMatchesExactSpelling) {
  expectConfigFix(kCaseSensitive, "Learn Javascript.", "Learn JavaScript.");
}
TEST(CustomSubstitution, MessageAndFixShape) {
  const RuleRun run = runWithConfig(kSwap, "We Utilize it.");
  ASSERT_EQ(run.findings.size(), 1u);
  const Finding& f = run.findings[0];
  EXPECT_EQ(f.rule_id, "custom/plain");
  EXPECT_EQ(f.message, "Use 'Use' instead of 'Utilize'");
  ASSERT_EQ(f.fixes.size(), 1u);
  EXPECT_EQ(f.fixes[0].title, "Replace with 'Use'");
  EXPECT_TRUE(f.fixes[0].safe);
  EXPECT_TRUE(f.fixes[0].preferred);
}
TEST(CustomSubstitution, CustomMessage) {
  const RuleRun run = runWithConfig(R"({"customRules": [{"id": "custom/x", "kind": "substitution",
    "swap": {"whilst": "while"}, "message": "Prefer %s over %s."}]})",
                                    "Wait whilst it runs.");
  ASSERT_EQ(run.findings.size(), 1u);
  EXPECT_EQ(run.findings[0].message, "Prefer while over whilst.");
}
TEST(CustomSubstitution, InPlainText) {
  expectConfigFindings(kSwap, "Please [[utilize]] it.\n", DocumentFormat::PlainText);
}

// --- not found -------------------------------------------------------------------

const ConfigCase kNotFound[] = {
    {"NotInsideLongerWords", kSwap, "Utilized leverages e-mails."},
    {"NotInInlineCode", kSwap, "Call `utilize` now."},
    {"NotInCodeBlocks", kSwap, "```\nin order to\n```\n"},
    {"NotInUrls", kSwap, "See <https://example.com/utilize>."},
    {"NotInLinkDestinations", kSwap, "[Guide](utilize.md)"},
    {"NotAcrossSentences", kSwap, "Come in. Order to go."},
};
INSTANTIATE_TEST_SUITE_P(CustomSubstitutionNotFound, ConfigFindings, ::testing::ValuesIn(kNotFound), configCaseName);
TEST(CustomSubstitution, NotWhenAlreadyTheReplacement) {
  expectConfigFindings(R"({"customRules": [{"id": "custom/x", "kind": "substitution",
    "swap": {"email": "email"}}]})",
                       "Send email.");
}
const ConfigCase kNotFoundElsewhere[] = {
    {"CaseSensitiveIgnoresOtherSpellings", kCaseSensitive, "JavaScript and javascript."},
    {"NotInFrontMatter", kSwap, "---\ntitle: utilize\n---\n\nHi.\n"},
};
INSTANTIATE_TEST_SUITE_P(CustomSubstitutionNotFoundElsewhere, ConfigFindings, ::testing::ValuesIn(kNotFoundElsewhere),
                         configCaseName);
TEST(CustomSubstitution, OffInAnOverride) {
  expectConfigFindings(R"({"customRules": [{"id": "custom/x", "kind": "substitution", "swap": {"utilize": "use"}}],
                          "overrides": [{"files": ["*.md"], "rules": {"custom/x": "off"}}]})",
                       "We utilize it.");
}
TEST(CustomSubstitution, SuppressedByAComment) {
  expectConfigFindings(kSwap, "<!-- copydesk-disable-next-line custom/plain -->\nWe utilize it.\n");
}

}  // namespace
}  // namespace copydesk::testing
