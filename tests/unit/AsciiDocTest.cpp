// AsciiDoc prose extraction: input -> blocks with exact piece spans (markup/AsciiDoc.cpp).
#include <gtest/gtest.h>

#include <string>

#include "markup/Prose.h"
#include "unit/ProseDescription.h"

namespace copydesk {
namespace {

struct Case {
  const char* name;
  std::string input;
  std::string expected;
};

class AsciiDocExtraction : public ::testing::TestWithParam<Case> {};

TEST_P(AsciiDocExtraction, ProducesExactPieces) {
  const Case& c = GetParam();
  EXPECT_EQ(describe(c.input, extractAsciiDoc(c.input)), c.expected) << "input:\n" << c.input;
}

const Case kCases[] = {
    {"HeaderTitleAuthorRevision",
     "= The Title\nJane Doe <jane@x.org>\nv1.2, 2024-03-05: First\n:toc:\n:revdate: 2024-04-01\n\nBody text.\n",
     "heading1: \"The Title\"@2\nparagraph: \"Body text.\"@86\n"},
    {"SectionsWithLevels", "== Two\n\n=== Three ===\n\n# Markdown style\n",
     "heading2: \"Two\"@3\nheading3: \"Three\"@12\nheading1: \"Markdown style\"@25\n"},
    {"ParagraphLines", "One line\nand another.\n\nNext.\n",
     "paragraph: \"One line\"@0 br\"\\n\"@8 \"and another.\"@9\nparagraph: \"Next.\"@23\n"},
    {"ListsAndChecklist", "* one\n** nested\n. first\n- [x] done\n1. numbered\n",
     "list-item: \"one\"@2\nlist-item: \"nested\"@9\nlist-item: \"first\"@18\nlist-item: \"done\"@30\nlist-item: "
     "\"numbered\"@38\n"},
    {"DescriptionList", "CPU:: The brain.\nRAM::\n  Memory here.\n",
     "list-item: \"CPU\"@0\nlist-item: \"The brain.\"@6\nlist-item: \"RAM\"@17\nlist-item: \"Memory here.\"@25\n"},
    {"TwoLineSectionTitles", "git(1)\n======\n\nNAME\n----\ngit - the tool\n\nLong Title\n~~~~~~~~\n",
     "heading1: \"git(1)\"@0\nheading2: \"NAME\"@15\nparagraph: \"git - the tool\"@25\nheading3: \"Long Title\"@41\n"},
    {"UnderlineOfAnotherLengthOpensABlock", "Hi\n------\ncode\n------\n", "paragraph: \"Hi\"@0\n"},
    {"ListingAndLiteralBlocksLeftOut",
     "Before.\n\n[source,ruby]\n----\nputs 1\n----\n\n....\nliteral\n....\n\n  indented literal\n\nAfter.\n",
     "paragraph: \"Before.\"@0\nparagraph: \"After.\"@80\n"},
    {"StyledParagraphIsCode", "[source]\nputs 'x'\n\nText.\n", "paragraph: \"Text.\"@19\n"},
    {"CommentsLeftOut", "// a line comment\nText.\n\n////\nblock comment\n////\n", "paragraph: \"Text.\"@18\n"},
    {"InlineCodeAndPassthrough", "Use `foo()` and +bar+ now.\n",
     "paragraph: \"Use \"@0 code\"`foo()`\"@4 \" and \"@11 code\"+bar+\"@16 \" now.\"@21\n"},
    {"EmphasisMarksLeftOut", "Some *bold* and _it_ and **un**constrained, a * b.\n",
     "paragraph: \"Some \"@0 \"bold\"@6 \" and \"@11 \"it\"@17 \" and \"@20 \"un\"@27 \"constrained, a * b.\"@31\n"},
    {"LinksKeepTheirText", "See https://x.org[the site] and link:doc.html[docs] or xref:a.adoc[A].\n",
     "paragraph: \"See \"@0 url\"https://x.org\"@4 \"the site\"@18 \" and \"@27 \"docs\"@46 \" or \"@51 \"A\"@67 "
     "\".\"@69\n"},
    {"AttributeReferencesAreOpaque", "Version {release} from {url-docs}/guide[the guide].\n",
     "paragraph: \"Version \"@0 code\"{release}\"@8 \" from \"@17 url\"{url-docs}/guide\"@23 \"the guide\"@40 "
     "\".\"@50\n"},
    {"CrossReferences", "As <<intro>> says, see <<setup,the setup>>.\n",
     "paragraph: \"As \"@0 fn\"<<intro>>\"@3 \" says, see \"@12 \"the setup\"@31 \".\"@42\n"},
    {"FootnoteIsItsOwnBlock", "It rose 40%.footnote:[Source: the report.] Then fell.\n",
     "paragraph: \"It rose 40%.\"@0 fn\"footnote:[\"@12\nparagraph: \"Source: the report.\"@22\nparagraph: \"Then "
     "fell.\"@43\n"},
    {"MacrosAreOpaque", "Press kbd:[Ctrl+C] or see linkgit:git-log[1] and image:a.png[Alt].\n",
     "paragraph: \"Press \"@0 code\"kbd:[Ctrl+C]\"@6 \" or see \"@18 code\"linkgit:git-log[1]\"@26 \" and \"@44 "
     "code\"image:a.png[Alt]\"@49 \".\"@65\n"},
    {"BlockTitleIsACaption", ".A caption\n----\ncode\n----\n", "caption: \"A caption\"@1\n"},
    {"QuoteBlock", "____\nQuoted words.\n____\n\n[quote]\nStyled quote.\n",
     "paragraph quote: \"Quoted words.\"@5\nparagraph quote: \"Styled quote.\"@33\n"},
    {"ExampleAndSidebarAreProse", "====\nInside example.\n====\n", "paragraph: \"Inside example.\"@5\n"},
    {"AdmonitionLabelLeftOut", "NOTE: Mind the gap.\n", "paragraph: \"Mind the gap.\"@6\n"},
    {"TableCells", "|===\n|Name |Value\n\n|a |b c\n2+|wide\n|===\n",
     "table-cell: \"Name\"@6\ntable-cell: \"Value\"@12\ntable-cell: \"a\"@20\ntable-cell: \"b c\"@23\ntable-cell: "
     "\"wide\"@30\n"},
    {"DirectivesAndAttributesLeftOut", ":attr: value\ninclude::other.adoc[]\nifdef::env[]\nText.\nendif::[]\n",
     "paragraph: \"Text.\"@48\n"},
    {"InlineAnchorAndRoleLeftOut", "[[id]]A [.path]#file# here.\n", "paragraph: \"A \"@6 \"file\"@16 \" here.\"@21\n"},
    {"EscapedMarkup", "Not \\*bold* here.\n", "paragraph: \"Not \"@0 \"*bold* here.\"@5\n"},
    {"CrlfLines", "== T\r\n\r\nA b\r\nc d\r\n", "heading2: \"T\"@3\nparagraph: \"A b\"@8 br\"\\r\\n\"@11 \"c d\"@13\n"},
};

INSTANTIATE_TEST_SUITE_P(AsciiDoc, AsciiDocExtraction, ::testing::ValuesIn(kCases),
                         [](const ::testing::TestParamInfo<Case>& info) { return std::string(info.param.name); });

TEST(AsciiDoc, ReadsTitleDateCommentsAndFootnotes) {
  const std::string text =
      "= Title\nA. Author\nv2.0, 2023-11-02: notes\n\n// copydesk-disable spelling\nClaim.footnote:[See it.]\n";
  const ProseMap map = extractAsciiDoc(text);
  EXPECT_EQ(map.front_matter.get("title"), "Title");
  EXPECT_EQ(map.front_matter.get("date"), "2023-11-02");
  ASSERT_EQ(map.comments.size(), 1u);
  EXPECT_EQ(map.comments[0].body, "copydesk-disable spelling");
  EXPECT_TRUE(map.comments[0].own_line);
  ASSERT_EQ(map.footnotes.size(), 1u);
  EXPECT_EQ(text.substr(map.footnotes[0].span.begin, map.footnotes[0].span.size()), "See it.");
}

TEST(AsciiDoc, RevdateAttributeIsTheDate) {
  const ProseMap map = extractAsciiDoc("= T\n:revdate: 2022-01-09\n\nText.\n");
  EXPECT_EQ(map.front_matter.get("date"), "2022-01-09");
}

TEST(AsciiDoc, RecordsLinksAndCodeBlocks) {
  const std::string text = "See https://x.org[the site].\n\n----\ncode\n----\n";
  const ProseMap map = extractAsciiDoc(text);
  ASSERT_EQ(map.blocks.size(), 1u);
  ASSERT_EQ(map.blocks[0].links.size(), 1u);
  EXPECT_EQ(map.blocks[0].links[0].destination, "https://x.org");
  ASSERT_EQ(map.code_blocks.size(), 1u);
  EXPECT_EQ(text.substr(map.code_blocks[0].begin, map.code_blocks[0].size()), "----\ncode\n----");
}

}  // namespace
}  // namespace copydesk
