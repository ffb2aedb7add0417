// Inline suppression: disable/enable ranges, disable-next-line, front matter,
// unknown names, and the comment the LSP code action inserts. Uses the
// spelling rule ("concensus") so it does not depend on other rules.
#include "engine/Suppression.h"
#include "rules/RuleTestHelpers.h"

namespace copydesk::testing {
namespace {

// The spelling findings of each text are the [[ ]] it marks (none: all suppressed).
class SpellingSuppression : public ::testing::TestWithParam<MarkedCase> {};

TEST_P(SpellingSuppression, ReportsWhatIsMarked) {
  expectFindings("spelling", GetParam().marked, nlohmann::json::object(), GetParam().format);
}

// The ids of the findings of `rule_id` on `text`, in order.
std::vector<std::string> ruleIds(std::string_view rule_id, std::string text) {
  std::vector<std::string> ids;
  for (const Finding& finding : runRule(rule_id, std::move(text)).findings) ids.push_back(finding.rule_id);
  return ids;
}

// --- copydesk-disable / copydesk-enable --------------------------------------

const MarkedCase kRangeCases[] = {
    {"DisableAllToTheEnd", "<!-- copydesk-disable -->\n\nThe concensus.\n\nMore concensus.\n"},
    {"DisableNamedRule", "<!-- copydesk-disable spelling -->\n\nThe concensus.\n"},
    {"DisableByPattern", "<!-- copydesk-disable * -->\n\nThe concensus.\n"},
    {"DisableAmongSeveralRules", "<!-- copydesk-disable style/*, spelling -->\n\nThe concensus.\n"},
    {"InlineCommentInsideAParagraph",
     "The <!-- copydesk-disable spelling -->concensus<!-- copydesk-enable spelling --> holds.\n"},
    {"ReasonAfterDoubleDash", "<!-- copydesk-disable spelling -- quoted from a source -->\n\nThe concensus.\n"},
    {"DisableAllThenEnableOtherRuleKeepsSpellingOff",
     "<!-- copydesk-disable -->\n<!-- copydesk-enable style/* -->\n\nThe concensus.\n"},
    {"InsideAListItem", "<!-- copydesk-disable spelling -->\n\n- the concensus\n"},
    {"DisableTwiceEnableOnce",
     "<!-- copydesk-disable spelling -->\n<!-- copydesk-disable spelling -->\n\nThe concensus.\n"},
    {"AfterAHeading", "# Title\n\n<!-- copydesk-disable spelling -->\n\nA concensus.\n"},
    {"BeforeTheCommentStillReported", "The [[concensus]].\n\n<!-- copydesk-disable spelling -->\n\nThe concensus.\n"},
    {"AfterEnableReportedAgain", "<!-- copydesk-disable spelling -->\n\nThe concensus.\n\n<!-- copydesk-enable "
                                 "spelling -->\n\nThe [[concensus]].\n"},
    {"EnableAllEndsANamedDisable",
     "<!-- copydesk-disable spelling -->\n<!-- copydesk-enable -->\n\nThe [[concensus]].\n"},
    {"EnableSpellingAfterDisableAll",
     "<!-- copydesk-disable -->\n<!-- copydesk-enable spelling -->\n\nThe [[concensus]].\n"},
    {"OtherRuleDoesNotSuppressSpelling", "<!-- copydesk-disable style/* -->\n\nThe [[concensus]].\n"},
    {"OtherAreaPatternDoesNotMatch", "<!-- copydesk-disable spelling/* -->\n\nThe [[concensus]].\n"},
    {"CommentInACodeBlockIsNotADirective", "```\n<!-- copydesk-disable -->\n```\n\nThe [[concensus]].\n"},
    {"CommentInInlineCodeIsNotADirective", "Write `<!-- copydesk-disable -->` and the [[concensus]].\n"},
    {"OrdinaryCommentDoesNothing", "<!-- disable spelling -->\n\nThe [[concensus]].\n"},
    {"PlainTextHasNoComments", "<!-- copydesk-disable -->\nThe [[concensus]].\n", DocumentFormat::PlainText},
};
INSTANTIATE_TEST_SUITE_P(Range, SpellingSuppression, ::testing::ValuesIn(kRangeCases), markedCaseName);

// --- each format's own comments ------------------------------------------------

const nlohmann::json kNoOptions = nlohmann::json::object();

const MarkedCase kFormatsCases[] = {
    {"HtmlComment", "<!-- copydesk-disable spelling -->\n<p>The concensus.</p>\n", DocumentFormat::Html},
    {"HtmlCommentAfterTheText", "<p>The [[concensus]].</p>\n<!-- copydesk-disable spelling -->\n",
     DocumentFormat::Html},
    {"MdxJsxComment", "{/* copydesk-disable spelling */}\n\nThe concensus.\n", DocumentFormat::Mdx},
    {"MdxJsxCommentNextLine", "{/* copydesk-disable-next-line spelling */}\nThe concensus.\n", DocumentFormat::Mdx},
    {"MdxHtmlComment", "<!-- copydesk-disable spelling -->\n\nThe concensus.\n", DocumentFormat::Mdx},
    {"MdxJsxCommentOtherRule", "{/* copydesk-disable style/* */}\n\nThe [[concensus]].\n", DocumentFormat::Mdx},
    {"CommitMessageHashLine", "Subject\n\n# copydesk-disable-next-line spelling\nThe concensus.\n",
     DocumentFormat::GitCommit},
    {"CommitMessageHashLineTwoLinesDown",
     "Subject\n\n# copydesk-disable-next-line spelling\nFine.\nThe [[concensus]].\n", DocumentFormat::GitCommit},
};
INSTANTIATE_TEST_SUITE_P(Formats, SpellingSuppression, ::testing::ValuesIn(kFormatsCases), markedCaseName);

// --- copydesk-disable-next-line ----------------------------------------------

const MarkedCase kNextLineCases[] = {
    {"NextLine", "<!-- copydesk-disable-next-line spelling -->\nThe concensus.\n"},
    {"AllRules", "<!-- copydesk-disable-next-line -->\nThe concensus.\n"},
    {"SkipsBlankLines", "<!-- copydesk-disable-next-line spelling -->\n\n\nThe concensus.\n"},
    {"EveryFindingOnThatLine", "<!-- copydesk-disable-next-line spelling -->\nThe concensus and the mantainers.\n"},
    {"AtTheEndOfThePreviousLine", "First line is fine. <!-- copydesk-disable-next-line spelling -->\nThe concensus.\n"},
    {"Pattern", "<!-- copydesk-disable-next-line * -->\nThe concensus.\n"},
    {"InAList", "- fine\n  <!-- copydesk-disable-next-line spelling -->\n- the concensus\n"},
    {"InAHeading", "<!-- copydesk-disable-next-line spelling -->\n# Concensus\n"},
    {"InABlockQuote", "> Fine. <!-- copydesk-disable-next-line spelling -->\n> The concensus.\n"},
    {"CrLfLineEnds", "<!-- copydesk-disable-next-line spelling -->\r\nThe concensus.\r\n"},
    {"OnlyTheNextLine", "<!-- copydesk-disable-next-line spelling -->\nThe concensus.\nThe [[mantainers]].\n"},
    {"NotTheCommentsOwnLine", "The [[concensus]]. <!-- copydesk-disable-next-line spelling -->\nFine.\n"},
    {"NotTheLineBefore", "The [[concensus]].\n<!-- copydesk-disable-next-line spelling -->\nFine.\n"},
    {"OtherRuleOnly", "<!-- copydesk-disable-next-line custom/* -->\nThe [[concensus]].\n"},
    {"LineAfterBlankIsTheOnlyOne",
     "<!-- copydesk-disable-next-line spelling -->\n\nThe concensus.\n\nThe [[concensus]].\n"},
    {"AtTheEndOfTheDocumentDoesNothing", "The [[concensus]].\n<!-- copydesk-disable-next-line spelling -->\n"},
    {"IndentedCodeCommentIsNotADirective", "Text.\n\n    <!-- copydesk-disable-next-line -->\n\nThe [[concensus]].\n"},
    {"TwoLinesDown", "<!-- copydesk-disable-next-line spelling -->\nFine here.\nThe [[concensus]].\n"},
    {"NotInPlainText", "<!-- copydesk-disable-next-line -->\nThe [[concensus]].\n", DocumentFormat::PlainText},
};
INSTANTIATE_TEST_SUITE_P(NextLine, SpellingSuppression, ::testing::ValuesIn(kNextLineCases), markedCaseName);

TEST(SuppressionNextLine, MisspeltDirectiveDoesNothing) {
  EXPECT_EQ(ruleIds("spelling", "<!-- copydesk-disable-nextline spelling -->\nThe concensus.\n"),
            (std::vector<std::string>{"config/unknown-directive", "spelling"}));
}

// --- front matter ------------------------------------------------------------

const MarkedCase kFrontMatterCases[] = {
    {"YamlNestedList", "---\ncopydesk:\n  disable: [spelling]\n---\n\nThe concensus.\n"},
    {"YamlBlockList", "---\ncopydesk:\n  disable:\n    - style/*\n    - spelling\n---\n\nThe concensus.\n"},
    {"YamlFlowMap", "---\ncopydesk: { disable: [spelling] }\n---\n\nThe concensus.\n"},
    {"YamlPattern", "---\ncopydesk:\n  disable: [\"*\"]\n---\n\nThe concensus.\n"},
    {"TomlTable", "+++\ntitle = \"x\"\n[copydesk]\ndisable = [\"spelling\"]\n+++\n\nThe concensus.\n"},
    {"TomlDottedKey", "+++\ncopydesk.disable = [\"spelling\"]\n+++\n\nThe concensus.\n"},
    {"YamlScalar", "---\ncopydesk:\n  disable: spelling\n---\n\nThe concensus.\n"},
    {"WholeDocument", "---\ncopydesk:\n  disable: [spelling]\n---\n\nA concensus.\n\n# Concensus\n\n- concensus\n"},
    {"WithOtherFields",
     "---\ntitle: Hello\ndate: 2026-01-01\ncopydesk:\n  disable: [spelling]\n---\n\nThe concensus.\n"},
    {"EnableCommentDoesNotUndoIt",
     "---\ncopydesk:\n  disable: [spelling]\n---\n\n<!-- copydesk-enable -->\n\nThe concensus.\n"},
    {"OtherRuleOnly", "---\ncopydesk:\n  disable: [style/*]\n---\n\nThe [[concensus]].\n"},
    {"EmptyList", "---\ncopydesk:\n  disable: []\n---\n\nThe [[concensus]].\n"},
    {"OtherKey", "---\ncopydesk:\n  enable: [spelling]\n---\n\nThe [[concensus]].\n"},
    {"TopLevelDisableIsNotOurs", "---\ndisable: [spelling]\n---\n\nThe [[concensus]].\n"},
    {"NotFrontMatterWhenNotAtTheStart", "Intro.\n\n---\ncopydesk:\n  disable: [spelling]\n---\n\nThe [[concensus]].\n"},
    {"UnclosedFenceIsNotFrontMatter", "---\ncopydesk:\n  disable: [spelling]\n\nThe [[concensus]].\n"},
    {"TomlOtherTable", "+++\n[other]\ndisable = [\"spelling\"]\n+++\n\nThe [[concensus]].\n"},
    {"NestedUnderAnotherKey", "---\nother:\n  copydesk:\n    disable: [spelling]\n---\n\nThe [[concensus]].\n"},
    {"CommentedOut", "---\n# copydesk:\n#   disable: [spelling]\ntitle: x\n---\n\nThe [[concensus]].\n"},
    {"PlainTextFrontMatterWorksToo", "---\ncopydesk:\n  disable: [spelling]\n---\n\nThe concensus.\n",
     DocumentFormat::PlainText},
};
INSTANTIATE_TEST_SUITE_P(FrontMatter, SpellingSuppression, ::testing::ValuesIn(kFrontMatterCases), markedCaseName);

TEST(SuppressionFrontMatter, SimilarPrefixDoesNotMatch) {
  EXPECT_EQ(ruleIds("spelling", "---\ncopydesk:\n  disable: [spell]\n---\n\nThe concensus.\n"),
            (std::vector<std::string>{"config/unknown-rule", "spelling"}));
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
  EXPECT_EQ(ruleIds("spelling", "---\ncopydesk:\n  disable: [nope]\n---\n\nFine.\n"),
            std::vector<std::string>{"config/unknown-rule"});
}
const MarkedCase kUnknownCases[] = {
    {"KnownAreasAreFine",
     "<!-- copydesk-disable style/* facts/* custom/* -->\n<!-- copydesk-enable spelling -->\n\nFine.\n"},
};
INSTANTIATE_TEST_SUITE_P(Unknown, SpellingSuppression, ::testing::ValuesIn(kUnknownCases), markedCaseName);

// --- the code action's edit ----------------------------------------------------

std::string withSuppression(const std::string& text, std::string_view word,
                            DocumentFormat format = DocumentFormat::Markdown) {
  const std::size_t at = text.find(word);
  return withEdit(text, suppressionEdit(*Document::create("a", text, format), {at, at + word.size()}, "spelling"));
}

// The edited text is as expected, and the inserted comment suppresses the finding.
class SuppressionEdits : public ::testing::TestWithParam<EditCase> {};

TEST_P(SuppressionEdits, InsertTheComment) {
  const EditCase& c = GetParam();
  const std::string edited = withSuppression(c.text, c.word, c.format);
  EXPECT_EQ(edited, c.expected);
  expectNoFindings("spelling", edited, kNoOptions, c.format);
}

const EditCase kEditCases[] = {
    {"OwnLineBeforeAParagraph", "# T\n\nThe concensus.\n", "concensus",
     "# T\n\n<!-- copydesk-disable-next-line spelling -->\nThe concensus.\n"},
    {"EndOfPreviousLineInsideAParagraph", "First line\nthe concensus.\n", "concensus",
     "First line <!-- copydesk-disable-next-line spelling -->\nthe concensus.\n"},
    {"FirstLineOfTheDocument", "The concensus.\n", "concensus",
     "<!-- copydesk-disable-next-line spelling -->\nThe concensus.\n"},
    {"KeepsIndentation", "- a\n\n  the concensus\n", "concensus",
     "- a\n\n  <!-- copydesk-disable-next-line spelling -->\n  the concensus\n"},
    // Each format writes its own comment.
    {"Mdx", "First line\nthe concensus.\n", "concensus",
     "First line {/* copydesk-disable-next-line spelling */}\nthe concensus.\n", DocumentFormat::Mdx},
    // A line comment cannot follow text: it goes on a line of its own.
    {"GitCommit", "Subject\n\nFirst line\nthe concensus.\n", "concensus",
     "Subject\n\nFirst line\n# copydesk-disable-next-line spelling\nthe concensus.\n", DocumentFormat::GitCommit},
    {"Html", "<p>The\nconcensus.</p>\n", "concensus",
     "<p>The <!-- copydesk-disable-next-line spelling -->\nconcensus.</p>\n", DocumentFormat::Html},
};
INSTANTIATE_TEST_SUITE_P(Edits, SuppressionEdits, ::testing::ValuesIn(kEditCases), editCaseName);

TEST(SuppressionEdit, CommentText) {
  EXPECT_EQ(suppressionComment(CommentSyntax::Html, "style/cliche"),
            "<!-- copydesk-disable-next-line style/cliche -->");
}
TEST(SuppressionEdit, NoneForPlainText) {
  const auto document = Document::create("a.txt", "The concensus.\n", DocumentFormat::PlainText);
  EXPECT_FALSE(suppressionEdit(*document, {4, 13}, "spelling").has_value());
}
TEST(SuppressionEdit, TheInsertedCommentSuppresses) {
  // Also each text of kEditCases.
  for (const std::string text : {"- item one\n- the concensus\n", "> quote\n> the concensus\n"}) {
    const std::string edited = withSuppression(text, "concensus");
    expectNoFindings("spelling", edited);
  }
}

}  // namespace
}  // namespace copydesk::testing
