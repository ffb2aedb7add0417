// Inline suppression: disable/enable ranges, disable-next-line, front matter,
// unknown names, and the comment the LSP code action inserts. Uses the
// spelling rule ("concensus") so it does not depend on other rules.
#include "engine/Suppression.h"
#include "rules/RuleTestHelpers.h"

namespace copydesk::testing {
namespace {

void suppressed(std::string_view text) { expectNoFindings("spelling", text); }
void reported(std::string_view marked) { expectFindings("spelling", marked); }

// --- copydesk-disable / copydesk-enable --------------------------------------

TEST(SuppressionRange, DisableAllToTheEnd) {
  suppressed("<!-- copydesk-disable -->\n\nThe concensus.\n\nMore concensus.\n");
}
TEST(SuppressionRange, DisableNamedRule) { suppressed("<!-- copydesk-disable spelling -->\n\nThe concensus.\n"); }
TEST(SuppressionRange, DisableByPattern) { suppressed("<!-- copydesk-disable * -->\n\nThe concensus.\n"); }
TEST(SuppressionRange, DisableAmongSeveralRules) {
  suppressed("<!-- copydesk-disable style/*, spelling -->\n\nThe concensus.\n");
}
TEST(SuppressionRange, InlineCommentInsideAParagraph) {
  suppressed("The <!-- copydesk-disable spelling -->concensus<!-- copydesk-enable spelling --> holds.\n");
}
TEST(SuppressionRange, ReasonAfterDoubleDash) {
  suppressed("<!-- copydesk-disable spelling -- quoted from a source -->\n\nThe concensus.\n");
}
TEST(SuppressionRange, DisableAllThenEnableOtherRuleKeepsSpellingOff) {
  suppressed("<!-- copydesk-disable -->\n<!-- copydesk-enable style/* -->\n\nThe concensus.\n");
}
TEST(SuppressionRange, InsideAListItem) { suppressed("<!-- copydesk-disable spelling -->\n\n- the concensus\n"); }
TEST(SuppressionRange, DisableTwiceEnableOnce) {
  suppressed("<!-- copydesk-disable spelling -->\n<!-- copydesk-disable spelling -->\n\nThe concensus.\n");
}
TEST(SuppressionRange, AfterAHeading) { suppressed("# Title\n\n<!-- copydesk-disable spelling -->\n\nA concensus.\n"); }

TEST(SuppressionRange, BeforeTheCommentStillReported) {
  reported("The [[concensus]].\n\n<!-- copydesk-disable spelling -->\n\nThe concensus.\n");
}
TEST(SuppressionRange, AfterEnableReportedAgain) {
  reported("<!-- copydesk-disable spelling -->\n\nThe concensus.\n\n<!-- copydesk-enable spelling -->\n\nThe "
           "[[concensus]].\n");
}
TEST(SuppressionRange, EnableAllEndsANamedDisable) {
  reported("<!-- copydesk-disable spelling -->\n<!-- copydesk-enable -->\n\nThe [[concensus]].\n");
}
TEST(SuppressionRange, EnableSpellingAfterDisableAll) {
  reported("<!-- copydesk-disable -->\n<!-- copydesk-enable spelling -->\n\nThe [[concensus]].\n");
}
TEST(SuppressionRange, OtherRuleDoesNotSuppressSpelling) {
  reported("<!-- copydesk-disable style/* -->\n\nThe [[concensus]].\n");
}
TEST(SuppressionRange, OtherAreaPatternDoesNotMatch) {
  reported("<!-- copydesk-disable spelling/* -->\n\nThe [[concensus]].\n");
}
TEST(SuppressionRange, CommentInACodeBlockIsNotADirective) {
  reported("```\n<!-- copydesk-disable -->\n```\n\nThe [[concensus]].\n");
}
TEST(SuppressionRange, CommentInInlineCodeIsNotADirective) {
  reported("Write `<!-- copydesk-disable -->` and the [[concensus]].\n");
}
TEST(SuppressionRange, OrdinaryCommentDoesNothing) { reported("<!-- disable spelling -->\n\nThe [[concensus]].\n"); }
TEST(SuppressionRange, PlainTextHasNoComments) {
  expectFindings("spelling", "<!-- copydesk-disable -->\nThe [[concensus]].\n", nlohmann::json::object(),
                 DocumentFormat::PlainText);
}

// --- each format's own comments ------------------------------------------------

const nlohmann::json kNoOptions = nlohmann::json::object();

TEST(SuppressionFormats, HtmlComments) {
  expectNoFindings("spelling", "<!-- copydesk-disable spelling -->\n<p>The concensus.</p>\n", kNoOptions,
                   DocumentFormat::Html);
  expectFindings("spelling", "<p>The [[concensus]].</p>\n<!-- copydesk-disable spelling -->\n", kNoOptions,
                 DocumentFormat::Html);
}
TEST(SuppressionFormats, MdxJsxComments) {
  expectNoFindings("spelling", "{/* copydesk-disable spelling */}\n\nThe concensus.\n", kNoOptions,
                   DocumentFormat::Mdx);
  expectNoFindings("spelling", "{/* copydesk-disable-next-line spelling */}\nThe concensus.\n", kNoOptions,
                   DocumentFormat::Mdx);
  expectNoFindings("spelling", "<!-- copydesk-disable spelling -->\n\nThe concensus.\n", kNoOptions,
                   DocumentFormat::Mdx);
  expectFindings("spelling", "{/* copydesk-disable style/* */}\n\nThe [[concensus]].\n", kNoOptions,
                 DocumentFormat::Mdx);
}
TEST(SuppressionFormats, CommitMessageHashLines) {
  expectNoFindings("spelling", "Subject\n\n# copydesk-disable-next-line spelling\nThe concensus.\n", kNoOptions,
                   DocumentFormat::GitCommit);
  expectFindings("spelling", "Subject\n\n# copydesk-disable-next-line spelling\nFine.\nThe [[concensus]].\n",
                 kNoOptions, DocumentFormat::GitCommit);
}

// --- copydesk-disable-next-line ----------------------------------------------

TEST(SuppressionNextLine, NextLine) { suppressed("<!-- copydesk-disable-next-line spelling -->\nThe concensus.\n"); }
TEST(SuppressionNextLine, AllRules) { suppressed("<!-- copydesk-disable-next-line -->\nThe concensus.\n"); }
TEST(SuppressionNextLine, SkipsBlankLines) {
  suppressed("<!-- copydesk-disable-next-line spelling -->\n\n\nThe concensus.\n");
}
TEST(SuppressionNextLine, EveryFindingOnThatLine) {
  suppressed("<!-- copydesk-disable-next-line spelling -->\nThe concensus and the mantainers.\n");
}
TEST(SuppressionNextLine, AtTheEndOfThePreviousLine) {
  suppressed("First line is fine. <!-- copydesk-disable-next-line spelling -->\nThe concensus.\n");
}
TEST(SuppressionNextLine, Pattern) { suppressed("<!-- copydesk-disable-next-line * -->\nThe concensus.\n"); }
TEST(SuppressionNextLine, InAList) {
  suppressed("- fine\n  <!-- copydesk-disable-next-line spelling -->\n- the concensus\n");
}
TEST(SuppressionNextLine, InAHeading) { suppressed("<!-- copydesk-disable-next-line spelling -->\n# Concensus\n"); }
TEST(SuppressionNextLine, InABlockQuote) {
  suppressed("> Fine. <!-- copydesk-disable-next-line spelling -->\n> The concensus.\n");
}
TEST(SuppressionNextLine, CrLfLineEnds) {
  suppressed("<!-- copydesk-disable-next-line spelling -->\r\nThe concensus.\r\n");
}

TEST(SuppressionNextLine, OnlyTheNextLine) {
  reported("<!-- copydesk-disable-next-line spelling -->\nThe concensus.\nThe [[mantainers]].\n");
}
TEST(SuppressionNextLine, NotTheCommentsOwnLine) {
  reported("The [[concensus]]. <!-- copydesk-disable-next-line spelling -->\nFine.\n");
}
TEST(SuppressionNextLine, NotTheLineBefore) {
  reported("The [[concensus]].\n<!-- copydesk-disable-next-line spelling -->\nFine.\n");
}
TEST(SuppressionNextLine, OtherRuleOnly) {
  reported("<!-- copydesk-disable-next-line custom/* -->\nThe [[concensus]].\n");
}
TEST(SuppressionNextLine, LineAfterBlankIsTheOnlyOne) {
  reported("<!-- copydesk-disable-next-line spelling -->\n\nThe concensus.\n\nThe [[concensus]].\n");
}
TEST(SuppressionNextLine, AtTheEndOfTheDocumentDoesNothing) {
  reported("The [[concensus]].\n<!-- copydesk-disable-next-line spelling -->\n");
}
TEST(SuppressionNextLine, MisspeltDirectiveDoesNothing) {
  const RuleRun run = runRule("spelling", "<!-- copydesk-disable-nextline spelling -->\nThe concensus.\n");
  ASSERT_EQ(run.findings.size(), 2u);
  EXPECT_EQ(run.findings[0].rule_id, "config/unknown-directive");
  EXPECT_EQ(run.findings[1].rule_id, "spelling");
}
TEST(SuppressionNextLine, NotInPlainText) {
  expectFindings("spelling", "<!-- copydesk-disable-next-line -->\nThe [[concensus]].\n", nlohmann::json::object(),
                 DocumentFormat::PlainText);
}
TEST(SuppressionNextLine, IndentedCodeCommentIsNotADirective) {
  reported("Text.\n\n    <!-- copydesk-disable-next-line -->\n\nThe [[concensus]].\n");
}
TEST(SuppressionNextLine, TwoLinesDown) {
  reported("<!-- copydesk-disable-next-line spelling -->\nFine here.\nThe [[concensus]].\n");
}

// --- front matter ------------------------------------------------------------

TEST(SuppressionFrontMatter, YamlNestedList) {
  suppressed("---\ncopydesk:\n  disable: [spelling]\n---\n\nThe concensus.\n");
}
TEST(SuppressionFrontMatter, YamlBlockList) {
  suppressed("---\ncopydesk:\n  disable:\n    - style/*\n    - spelling\n---\n\nThe concensus.\n");
}
TEST(SuppressionFrontMatter, YamlFlowMap) {
  suppressed("---\ncopydesk: { disable: [spelling] }\n---\n\nThe concensus.\n");
}
TEST(SuppressionFrontMatter, YamlPattern) { suppressed("---\ncopydesk:\n  disable: [\"*\"]\n---\n\nThe concensus.\n"); }
TEST(SuppressionFrontMatter, TomlTable) {
  suppressed("+++\ntitle = \"x\"\n[copydesk]\ndisable = [\"spelling\"]\n+++\n\nThe concensus.\n");
}
TEST(SuppressionFrontMatter, TomlDottedKey) {
  suppressed("+++\ncopydesk.disable = [\"spelling\"]\n+++\n\nThe concensus.\n");
}
TEST(SuppressionFrontMatter, YamlScalar) { suppressed("---\ncopydesk:\n  disable: spelling\n---\n\nThe concensus.\n"); }
TEST(SuppressionFrontMatter, WholeDocument) {
  suppressed("---\ncopydesk:\n  disable: [spelling]\n---\n\nA concensus.\n\n# Concensus\n\n- concensus\n");
}
TEST(SuppressionFrontMatter, WithOtherFields) {
  suppressed("---\ntitle: Hello\ndate: 2026-01-01\ncopydesk:\n  disable: [spelling]\n---\n\nThe concensus.\n");
}
TEST(SuppressionFrontMatter, EnableCommentDoesNotUndoIt) {
  suppressed("---\ncopydesk:\n  disable: [spelling]\n---\n\n<!-- copydesk-enable -->\n\nThe concensus.\n");
}

TEST(SuppressionFrontMatter, OtherRuleOnly) {
  reported("---\ncopydesk:\n  disable: [style/*]\n---\n\nThe [[concensus]].\n");
}
TEST(SuppressionFrontMatter, EmptyList) { reported("---\ncopydesk:\n  disable: []\n---\n\nThe [[concensus]].\n"); }
TEST(SuppressionFrontMatter, OtherKey) {
  reported("---\ncopydesk:\n  enable: [spelling]\n---\n\nThe [[concensus]].\n");
}
TEST(SuppressionFrontMatter, TopLevelDisableIsNotOurs) {
  reported("---\ndisable: [spelling]\n---\n\nThe [[concensus]].\n");
}
TEST(SuppressionFrontMatter, NotFrontMatterWhenNotAtTheStart) {
  reported("Intro.\n\n---\ncopydesk:\n  disable: [spelling]\n---\n\nThe [[concensus]].\n");
}
TEST(SuppressionFrontMatter, UnclosedFenceIsNotFrontMatter) {
  reported("---\ncopydesk:\n  disable: [spelling]\n\nThe [[concensus]].\n");
}
TEST(SuppressionFrontMatter, TomlOtherTable) {
  reported("+++\n[other]\ndisable = [\"spelling\"]\n+++\n\nThe [[concensus]].\n");
}
TEST(SuppressionFrontMatter, SimilarPrefixDoesNotMatch) {
  const RuleRun run = runRule("spelling", "---\ncopydesk:\n  disable: [spell]\n---\n\nThe concensus.\n");
  ASSERT_EQ(run.findings.size(), 2u);
  EXPECT_EQ(run.findings[0].rule_id, "config/unknown-rule");
  EXPECT_EQ(run.findings[1].rule_id, "spelling");
}
TEST(SuppressionFrontMatter, NestedUnderAnotherKey) {
  reported("---\nother:\n  copydesk:\n    disable: [spelling]\n---\n\nThe [[concensus]].\n");
}
TEST(SuppressionFrontMatter, CommentedOut) {
  reported("---\n# copydesk:\n#   disable: [spelling]\ntitle: x\n---\n\nThe [[concensus]].\n");
}
TEST(SuppressionFrontMatter, PlainTextFrontMatterWorksToo) {
  expectNoFindings("spelling", "---\ncopydesk:\n  disable: [spelling]\n---\n\nThe concensus.\n",
                   nlohmann::json::object(), DocumentFormat::PlainText);
}

// --- unknown names -------------------------------------------------------------

TEST(SuppressionUnknown, UnknownRuleIsReportedWithASuggestion) {
  const RuleRun run = runRule("spelling", "<!-- copydesk-disable speling -->\n\nThe concensus.\n");
  ASSERT_EQ(run.findings.size(), 2u);
  EXPECT_EQ(run.findings[0].rule_id, "config/unknown-rule");
  EXPECT_EQ(run.document->slice(run.findings[0].span), "speling");
  EXPECT_EQ(run.findings[0].message, "Unknown rule 'speling' in a suppression (did you mean 'spelling'?)");
  EXPECT_EQ(run.findings[1].rule_id, "spelling");
}
TEST(SuppressionUnknown, UnknownRuleInFrontMatter) {
  const RuleRun run = runRule("spelling", "---\ncopydesk:\n  disable: [nope]\n---\n\nFine.\n");
  ASSERT_EQ(run.findings.size(), 1u);
  EXPECT_EQ(run.findings[0].rule_id, "config/unknown-rule");
}
TEST(SuppressionUnknown, KnownAreasAreFine) {
  suppressed("<!-- copydesk-disable style/* facts/* custom/* -->\n<!-- copydesk-enable spelling -->\n\nFine.\n");
}

// --- the code action's edit ----------------------------------------------------

std::string withSuppressionIn(DocumentFormat format, std::string text, std::string_view word) {
  const auto document = Document::create("a", text, format);
  const std::size_t at = text.find(word);
  const auto edit = suppressionEdit(*document, {at, at + word.size()}, "spelling");
  if (!edit) return "(none)";
  return applyEdits(text, {*edit});
}

std::string withSuppression(std::string text, std::string_view word) {
  return withSuppressionIn(DocumentFormat::Markdown, std::move(text), word);
}

TEST(SuppressionEdit, CommentText) {
  EXPECT_EQ(suppressionComment(CommentSyntax::Html, "style/cliche"),
            "<!-- copydesk-disable-next-line style/cliche -->");
}
TEST(SuppressionEdit, OwnLineBeforeAParagraph) {
  EXPECT_EQ(withSuppression("# T\n\nThe concensus.\n", "concensus"),
            "# T\n\n<!-- copydesk-disable-next-line spelling -->\nThe concensus.\n");
}
TEST(SuppressionEdit, EndOfPreviousLineInsideAParagraph) {
  EXPECT_EQ(withSuppression("First line\nthe concensus.\n", "concensus"),
            "First line <!-- copydesk-disable-next-line spelling -->\nthe concensus.\n");
}
TEST(SuppressionEdit, FirstLineOfTheDocument) {
  EXPECT_EQ(withSuppression("The concensus.\n", "concensus"),
            "<!-- copydesk-disable-next-line spelling -->\nThe concensus.\n");
}
TEST(SuppressionEdit, KeepsIndentation) {
  EXPECT_EQ(withSuppression("- a\n\n  the concensus\n", "concensus"),
            "- a\n\n  <!-- copydesk-disable-next-line spelling -->\n  the concensus\n");
}
TEST(SuppressionEdit, NoneForPlainText) {
  const auto document = Document::create("a.txt", "The concensus.\n", DocumentFormat::PlainText);
  EXPECT_FALSE(suppressionEdit(*document, {4, 13}, "spelling").has_value());
}
TEST(SuppressionEdit, EachFormatWritesItsOwnComment) {
  EXPECT_EQ(withSuppressionIn(DocumentFormat::Mdx, "First line\nthe concensus.\n", "concensus"),
            "First line {/* copydesk-disable-next-line spelling */}\nthe concensus.\n");
  // A line comment cannot follow text: it goes on a line of its own.
  EXPECT_EQ(withSuppressionIn(DocumentFormat::GitCommit, "Subject\n\nFirst line\nthe concensus.\n", "concensus"),
            "Subject\n\nFirst line\n# copydesk-disable-next-line spelling\nthe concensus.\n");
  EXPECT_EQ(withSuppressionIn(DocumentFormat::Html, "<p>The\nconcensus.</p>\n", "concensus"),
            "<p>The <!-- copydesk-disable-next-line spelling -->\nconcensus.</p>\n");
  for (const auto& [format, text] : {std::pair{DocumentFormat::Mdx, "First line\nthe concensus.\n"},
                                     std::pair{DocumentFormat::GitCommit, "Subject\n\nFirst line\nthe concensus.\n"},
                                     std::pair{DocumentFormat::Html, "<p>The\nconcensus.</p>\n"}}) {
    expectNoFindings("spelling", withSuppressionIn(format, text, "concensus"), kNoOptions, format);
  }
}

TEST(SuppressionEdit, TheInsertedCommentSuppresses) {
  for (const std::string text : {"# T\n\nThe concensus.\n", "First line\nthe concensus.\n", "The concensus.\n",
                                 "- item one\n- the concensus\n", "> quote\n> the concensus\n"}) {
    const std::string edited = withSuppression(text, "concensus");
    expectNoFindings("spelling", edited);
  }
}

}  // namespace
}  // namespace copydesk::testing
