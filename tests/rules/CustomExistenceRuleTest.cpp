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

TEST(CustomExistence, FindsASingleWord) { expectConfigFindings(kTokens, "We [[utilize]] caches."); }
TEST(CustomExistence, FindsEveryOccurrence) {
  expectConfigFindings(kTokens, "We [[utilize]] and [[leverage]] and [[utilize]] again.");
}
TEST(CustomExistence, FindsAPhrase) { expectConfigFindings(kTokens, "We cache [[in order to]] save time."); }
TEST(CustomExistence, IgnoresCaseByDefault) { expectConfigFindings(kTokens, "[[Utilize]] it. [[LEVERAGE]] it."); }
TEST(CustomExistence, FindsAHyphenatedWord) { expectConfigFindings(kTokens, "A [[game-changing]] idea."); }
TEST(CustomExistence, PhraseAcrossALineBreak) { expectConfigFindings(kTokens, "We did it [[in\norder to]] win."); }
TEST(CustomExistence, InsideEmphasis) { expectConfigFindings(kTokens, "We *[[utilize]]* it."); }
TEST(CustomExistence, InAHeadingAndAListItem) {
  expectConfigFindings(kTokens, "# [[Leverage]] caches\n\n- [[utilize]] them\n");
}
TEST(CustomExistence, InPlainText) { expectConfigFindings(kTokens, "We [[utilize]] it.\n", DocumentFormat::PlainText); }
TEST(CustomExistence, CaseSensitiveTokenMatchesItsExactSpelling) {
  expectConfigFindings(kCaseSensitive, "Hosted on [[Github]].");
}
TEST(CustomExistence, MessageNamesTheWordAsWritten) {
  const RuleRun run = runWithConfig(kTokens, "We Utilize it.");
  ASSERT_EQ(run.findings.size(), 1u);
  EXPECT_EQ(run.findings[0].message, "Avoid 'Utilize'");
  EXPECT_EQ(run.findings[0].rule_id, "custom/avoid");
  EXPECT_TRUE(run.findings[0].fixes.empty());
}

// --- tokens: not found -------------------------------------------------------

TEST(CustomExistence, NotInsideALongerWord) { expectConfigFindings(kTokens, "Utilized and leverages are fine."); }
TEST(CustomExistence, NotInInlineCode) { expectConfigFindings(kTokens, "Call `utilize()` here."); }
TEST(CustomExistence, NotInACodeBlock) { expectConfigFindings(kTokens, "Text.\n\n```\nutilize\n```\n"); }
TEST(CustomExistence, NotInALinkDestination) {
  expectConfigFindings(kTokens, "See [the docs](https://example.com/utilize).");
}
TEST(CustomExistence, NotInAUrl) { expectConfigFindings(kTokens, "See https://example.com/leverage today."); }
TEST(CustomExistence, NotInHtml) { expectConfigFindings(kTokens, "<div class=\"utilize\"></div>\n\nText.\n"); }
TEST(CustomExistence, NotInFrontMatter) { expectConfigFindings(kTokens, "---\ntitle: utilize\n---\n\nText.\n"); }
TEST(CustomExistence, PhraseDoesNotCrossSentences) { expectConfigFindings(kTokens, "Come in. Order to go."); }
TEST(CustomExistence, PartialPhraseIsNotAMatch) { expectConfigFindings(kTokens, "In order, to be clear."); }
TEST(CustomExistence, CaseSensitiveTokenIgnoresOtherSpellings) {
  expectConfigFindings(kCaseSensitive, "Hosted on GitHub or github.");
}
TEST(CustomExistence, OffInConfigReportsNothing) {
  expectConfigFindings(R"({"customRules": [{"id": "custom/a", "kind": "existence", "tokens": ["x"]}],
                          "rules": {"custom/*": "off"}})",
                       "x marks the spot.");
}

// --- patterns: found ---------------------------------------------------------

TEST(CustomExistencePattern, FindsMatches) { expectConfigFindings(kPattern, "Use [[v1.2]] or [[v2]]."); }
TEST(CustomExistencePattern, ExactSpansAfterMultiByteText) {
  expectConfigFindings(kPattern, "Café — 中文 [[v3.1.4]] now.");
}
TEST(CustomExistencePattern, SpansAroundInlineMarkup) { expectConfigFindings(kPattern, "Try **[[v9]]** first."); }
TEST(CustomExistencePattern, MessageUsesTheMatch) {
  const RuleRun run = runWithConfig(kPattern, "Use v1.2 now.");
  ASSERT_EQ(run.findings.size(), 1u);
  EXPECT_EQ(run.findings[0].message, "Write versions without 'v': v1.2");
}
TEST(CustomExistencePattern, IgnoreCaseByDefault) {
  expectConfigFindings(R"({"customRules": [{"id": "custom/x", "kind": "existence", "pattern": "foo+"}]})",
                       "[[FOO]] and [[fooo]].");
}
TEST(CustomExistencePattern, CaseSensitiveWhenAsked) { expectConfigFindings(kPatternCase, "[[TODO]]: fix it."); }
TEST(CustomExistencePattern, InEveryBlockKind) {
  expectConfigFindings(kPatternCase, "# [[TODO]]\n\n> [[FIXME]] here\n\n| a |\n|---|\n| [[TODO]] |\n");
}
TEST(CustomExistencePattern, BeforeAndAfterInlineCode) {
  expectConfigFindings(kPatternCase, "[[TODO]] `TODO` [[FIXME]]");
}
TEST(CustomExistencePattern, InPlainText) {
  expectConfigFindings(kPatternCase, "Line one.\n[[TODO]] later.\n", DocumentFormat::PlainText);
}
TEST(CustomExistencePattern, AcrossALineBreakInsideAParagraph) {
  expectConfigFindings(R"({"customRules": [{"id": "custom/x", "kind": "existence", "pattern": "end\\s+start"}]})",
                       "the [[end\nstart]] here");
}

// --- patterns: not found -----------------------------------------------------

TEST(CustomExistencePattern, NotInInlineCode) { expectConfigFindings(kPattern, "Run `tool v1.2` today."); }
TEST(CustomExistencePattern, NotInACodeBlock) { expectConfigFindings(kPattern, "```\nv1.2\n```\n"); }
TEST(CustomExistencePattern, NotInALinkDestination) { expectConfigFindings(kPattern, "[Notes](https://x.io/v1.2)"); }
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
TEST(CustomExistencePattern, NoMatchNoFinding) { expectConfigFindings(kPattern, "Version 1.2 is out."); }
TEST(CustomExistencePattern, NotInHtmlComments) { expectConfigFindings(kPatternCase, "<!-- TODO -->\n\nDone.\n"); }
TEST(CustomExistencePattern, NotInFrontMatter) { expectConfigFindings(kPatternCase, "---\nnote: TODO\n---\n\nOk.\n"); }

}  // namespace
}  // namespace copydesk::testing
