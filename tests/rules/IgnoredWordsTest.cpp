// "Ignore in this document": the front matter's copydesk.ignore_words drops
// spelling findings of those words, and ignoreWordEdit adds a word to the list
// in every front-matter shape it understands.
#include "engine/IgnoredWords.h"
#include "rules/RuleTestHelpers.h"

namespace copydesk::testing {
namespace {

// `text` after the edit that ignores `word`.
std::string ignoring(const std::string& text, std::string_view word) {
  return withEdit(text, ignoreWordEdit(*Document::create("a.md", text, DocumentFormat::Markdown), word));
}

TEST(IgnoredWords, YamlListDropsTheWordAnyCase) {
  expectNoFindings("spelling", "---\ncopydesk:\n  ignore_words: [gizmox]\n---\n\nThe gizmox. Gizmox works.\n");
}
TEST(IgnoredWords, TomlList) {
  expectNoFindings("spelling", "+++\n[copydesk]\nignore_words = [\"gizmox\"]\n+++\n\nThe gizmox works.\n");
}
TEST(IgnoredWords, OtherWordsStillReported) {
  expectFindings("spelling", "---\ncopydesk:\n  ignore_words: [gizmox]\n---\n\nThe gizmox and [[concensus]].\n");
}
TEST(IgnoredWords, OtherRulesUntouched) {
  expectFindings("style/repeated-word", "---\ncopydesk:\n  ignore_words: [the]\n---\n\nIt is [[the the]] end.\n");
}

class IgnoreWordEdits : public ::testing::TestWithParam<EditCase> {};

TEST_P(IgnoreWordEdits, AddTheWord) { EXPECT_EQ(ignoring(GetParam().text, GetParam().word), GetParam().expected); }

const EditCase kEditCases[] = {
    {"CreatesFrontMatter", "# T\n\ngizmox\n", "gizmox",
     "---\ncopydesk:\n  ignore_words: [gizmox]\n---\n\n# T\n\ngizmox\n"},
    {"AfterAByteOrderMark", "\xEF\xBB\xBFgizmox\n", "gizmox",
     "\xEF\xBB\xBF---\ncopydesk:\n  ignore_words: [gizmox]\n---\n\ngizmox\n"},
    {"AddsToAnExistingYamlFrontMatter", "---\ntitle: T\n---\nx\n", "gizmox",
     "---\ntitle: T\ncopydesk:\n  ignore_words: [gizmox]\n---\nx\n"},
    {"AddsUnderAnExistingCopydeskMap", "---\ncopydesk:\n  disable: [style/*]\n---\nx\n", "gizmox",
     "---\ncopydesk:\n  ignore_words: [gizmox]\n  disable: [style/*]\n---\nx\n"},
    {"AppendsToAnInlineList", "---\ncopydesk:\n  ignore_words: [a, b]\n---\nx\n", "gizmox",
     "---\ncopydesk:\n  ignore_words: [a, b, gizmox]\n---\nx\n"},
    {"AppendsToAnEmptyInlineList", "---\ncopydesk:\n  ignore_words: []\n---\nx\n", "gizmox",
     "---\ncopydesk:\n  ignore_words: [gizmox]\n---\nx\n"},
    {"AppendsToABlockList", "---\ncopydesk:\n  ignore_words:\n    - a\n---\nx\n", "gizmox",
     "---\ncopydesk:\n  ignore_words:\n    - gizmox\n    - a\n---\nx\n"},
    {"QuotesWhatYamlWouldRead", "---\ncopydesk:\n  ignore_words: [a]\n---\nx\n", "a:b",
     "---\ncopydesk:\n  ignore_words: [a, \"a:b\"]\n---\nx\n"},
    {"Toml", "+++\ntitle = \"T\"\n+++\nx\n", "gizmox",
     "+++\ntitle = \"T\"\n[copydesk]\nignore_words = [\"gizmox\"]\n+++\nx\n"},
    {"TomlAppends", "+++\n[copydesk]\nignore_words = [\"a\"]\n+++\nx\n", "gizmox",
     "+++\n[copydesk]\nignore_words = [\"a\", \"gizmox\"]\n+++\nx\n"},
};
INSTANTIATE_TEST_SUITE_P(Edits, IgnoreWordEdits, ::testing::ValuesIn(kEditCases), editCaseName);

TEST(IgnoreWordEdit, EditedListsAreRead) {
  for (const std::string text : {"# T\n\ngizmox\n", "---\ntitle: T\n---\ngizmox\n",
                                 "---\ncopydesk:\n  ignore_words:\n    - a\n---\ngizmox\n", "+++\n+++\ngizmox\n"})
    expectNoFindings("spelling", ignoring(text, "gizmox"));
}
TEST(IgnoreWordEdit, NoneForAFlowMapOrPlainText) {
  const auto flow = Document::create("a.md", "---\ncopydesk: { disable: [a] }\n---\nx\n", DocumentFormat::Markdown);
  EXPECT_FALSE(ignoreWordEdit(*flow, "gizmox"));
  const auto plain = Document::create("a.txt", "gizmox\n", DocumentFormat::PlainText);
  EXPECT_FALSE(ignoreWordEdit(*plain, "gizmox"));
}

}  // namespace
}  // namespace copydesk::testing
