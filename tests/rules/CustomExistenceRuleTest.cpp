// Custom "existence" rules built from configuration: tokens and RE2 patterns.
#include "rules/ConfigRuleTestHelpers.h"

namespace copydesk::testing {
namespace {

constexpr std::string_view kTokens = R"({"customRules": [{"id": "custom/avoid", "kind": "existence",
  "tokens": ["utilize", "leverage", "in order to", "game-changing"], "message": "Avoid '%s'"}]})";
constexpr std::string_view kCaseSensitive = R"({"customRules": [{"id": "custom/brand", "kind": "existence",
  "tokens": ["Github"], "ignoreCase": false}]})";
constexpr std::string_view kPattern = R"({"customRules": [{"id": "custom/version", "kind": "existence",
  "pattern": "\\bv\\d+(\\.\\d+)*\\b", "message": "Write versions without 'v': %s"}]})";
constexpr std::string_view kPatternCase = R"({"customRules": [{"id": "custom/todo", "kind": "existence",
  "pattern": "TODO|FIXME", "ignoreCase": false}]})";

// --- tokens: found -----------------------------------------------------------

const ConfigCase kTokensFound[] = {
    {"FindsASingleWord", kTokens, "We [[utilize]] caches."},
    {"FindsEveryOccurrence", kTokens, "We [[utilize]] and [[leverage]] and [[utilize]] again."},
    {"FindsAPhrase", kTokens, "We cache [[in order to]] save time."},
    {"IgnoresCaseByDefault", kTokens, "[[Utilize]] it. [[LEVERAGE]] it."},
    {"FindsAHyphenatedWord", kTokens, "A [[game-changing]] idea."},
    {"PhraseAcrossALineBreak", kTokens, "We did it [[in\norder to]] win."},
    {"InsideEmphasis", kTokens, "We *[[utilize]]* it."},
    {"InAHeadingAndAListItem", kTokens, "# [[Leverage]] caches\n\n- [[utilize]] them\n"},
    {"InPlainText", kTokens, "We [[utilize]] it.\n", DocumentFormat::PlainText},
    {"CaseSensitiveTokenMatchesItsExactSpelling", kCaseSensitive, "Hosted on [[Github]]."},
};
INSTANTIATE_TEST_SUITE_P(CustomExistenceTokensFound, ConfigFindings, ::testing::ValuesIn(kTokensFound), configCaseName);
TEST(CustomExistence, MessageNamesTheWordAsWritten) {
  const RuleRun run = runWithConfig(kTokens, "We Utilize it.");
  ASSERT_EQ(run.findings.size(), 1u);
  EXPECT_EQ(run.findings[0].message, "Avoid 'Utilize'");
  EXPECT_EQ(run.findings[0].rule_id, "custom/avoid");
  EXPECT_TRUE(run.findings[0].fixes.empty());
}

// --- tokens: not found -------------------------------------------------------

const ConfigCase kTokensNotFound[] = {
    {"NotInsideALongerWord", kTokens, "Utilized and leverages are fine."},
    {"NotInInlineCode", kTokens, "Call `utilize()` here."},
    {"NotInACodeBlock", kTokens, "Text.\n\n```\nutilize\n```\n"},
    {"NotInALinkDestination", kTokens, "See [the docs](https://example.com/utilize)."},
    {"NotInAUrl", kTokens, "See https://example.com/leverage today."},
    {"NotInHtml", kTokens, "<div class=\"utilize\"></div>\n\nText.\n"},
    {"NotInFrontMatter", kTokens, "---\ntitle: utilize\n---\n\nText.\n"},
    {"PhraseDoesNotCrossSentences", kTokens, "Come in. Order to go."},
    {"PartialPhraseIsNotAMatch", kTokens, "In order, to be clear."},
    {"CaseSensitiveTokenIgnoresOtherSpellings", kCaseSensitive, "Hosted on GitHub or github."},
};
INSTANTIATE_TEST_SUITE_P(CustomExistenceTokensNotFound, ConfigFindings, ::testing::ValuesIn(kTokensNotFound),
                         configCaseName);
TEST(CustomExistence, OffInConfigReportsNothing) {
  expectConfigFindings(R"({"customRules": [{"id": "custom/a", "kind": "existence", "tokens": ["x"]}],
                          "rules": {"custom/*": "off"}})",
                       "x marks the spot.");
}

// --- patterns: found ---------------------------------------------------------

const ConfigCase kPatternFound[] = {
    {"FindsMatches", kPattern, "Use [[v1.2]] or [[v2]]."},
    {"ExactSpansAfterMultiByteText", kPattern, "Café — 中文 [[v3.1.4]] now."},
    {"SpansAroundInlineMarkup", kPattern, "Try **[[v9]]** first."},
};
INSTANTIATE_TEST_SUITE_P(CustomExistencePatternFound, ConfigFindings, ::testing::ValuesIn(kPatternFound),
                         configCaseName);
TEST(CustomExistencePattern, MessageUsesTheMatch) {
  const RuleRun run = runWithConfig(kPattern, "Use v1.2 now.");
  ASSERT_EQ(run.findings.size(), 1u);
  EXPECT_EQ(run.findings[0].message, "Write versions without 'v': v1.2");
}
TEST(CustomExistencePattern, IgnoreCaseByDefault) {
  expectConfigFindings(R"({"customRules": [{"id": "custom/x", "kind": "existence", "pattern": "foo+"}]})",
                       "[[FOO]] and [[fooo]].");
}
const ConfigCase kCaseSensitivePatternFound[] = {
    {"CaseSensitiveWhenAsked", kPatternCase, "[[TODO]]: fix it."},
    {"InEveryBlockKind", kPatternCase, "# [[TODO]]\n\n> [[FIXME]] here\n\n| a |\n|---|\n| [[TODO]] |\n"},
    {"BeforeAndAfterInlineCode", kPatternCase, "[[TODO]] `TODO` [[FIXME]]"},
    {"InPlainText", kPatternCase, "Line one.\n[[TODO]] later.\n", DocumentFormat::PlainText},
};
INSTANTIATE_TEST_SUITE_P(CustomExistenceCaseSensitivePatternFound, ConfigFindings,
                         ::testing::ValuesIn(kCaseSensitivePatternFound), configCaseName);
TEST(CustomExistencePattern, AcrossALineBreakInsideAParagraph) {
  expectConfigFindings(R"({"customRules": [{"id": "custom/x", "kind": "existence", "pattern": "end\\s+start"}]})",
                       "the [[end\nstart]] here");
}

// --- patterns: not found -----------------------------------------------------

const ConfigCase kPatternNotFound[] = {
    {"NotInInlineCode", kPattern, "Run `tool v1.2` today."},
    {"NotInACodeBlock", kPattern, "```\nv1.2\n```\n"},
    {"NotInALinkDestination", kPattern, "[Notes](https://x.io/v1.2)"},
};
INSTANTIATE_TEST_SUITE_P(CustomExistencePatternNotFound, ConfigFindings, ::testing::ValuesIn(kPatternNotFound),
                         configCaseName);
TEST(CustomExistencePattern, NotAcrossInlineCode) {
  expectConfigFindings(R"({"customRules": [{"id": "custom/x", "kind": "existence", "pattern": "a b c"}]})", "a `b` c");
}
TEST(CustomExistencePattern, NotAcrossBlocks) {
  expectConfigFindings(R"({"customRules": [{"id": "custom/x", "kind": "existence", "pattern": "end\\s+start"}]})",
                       "the end\n\nstart here");
}
TEST(CustomExistencePattern, CaseSensitiveIgnoresOtherCases) { expectConfigFindings(kPatternCase, "todo: Fixme."); }
TEST(CustomExistencePattern, EmptyMatchesAreIgnored) {
  expectConfigFindings(R"({"customRules": [{"id": "custom/x", "kind": "existence", "pattern": "z*"}]})",
                       "No letter of that kind.");
}
const ConfigCase kPatternNotFoundElsewhere[] = {
    {"NoMatchNoFinding", kPattern, "Version 1.2 is out."},
    {"NotInHtmlComments", kPatternCase, "<!-- TODO -->\n\nDone.\n"},
    {"NotInFrontMatter", kPatternCase, "---\nnote: TODO\n---\n\nOk.\n"},
};
INSTANTIATE_TEST_SUITE_P(CustomExistencePatternNotFoundElsewhere, ConfigFindings,
                         ::testing::ValuesIn(kPatternNotFoundElsewhere), configCaseName);

}  // namespace
}  // namespace copydesk::testing
