// Org prose extraction: input -> blocks with exact piece spans (markup/Org.cpp).
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

class OrgExtraction : public ::testing::TestWithParam<Case> {};

TEST_P(OrgExtraction, ProducesExactPieces) {
  const Case& c = GetParam();
  EXPECT_EQ(describe(c.input, extractOrg(c.input)), c.expected) << "input:\n" << c.input;
}

const Case kCases[] = {
    {"KeywordsAreMetadata", "#+TITLE: The Title\n#+DATE: 2024-05-06\n#+OPTIONS: toc:nil\n\nBody text.\n",
     "paragraph: \"Body text.\"@58\n"},
    {"HeadlinesWithLevels", "* One\n** TODO [#A] Two :tag:work:\n*** Three\n",
     "heading1: \"One\"@2\nheading2: \"Two\"@19\nheading3: \"Three\"@38\n"},
    {"ParagraphLines", "One line\nand another.\n\nNext.\n",
     "paragraph: \"One line\"@0 br\"\\n\"@8 \"and another.\"@9\nparagraph: \"Next.\"@23\n"},
    {"ListsAndCheckboxes", "- one\n  continued\n+ two\n1. first\n2) second\n- [X] done\n",
     "list-item: \"one\"@2 br\"\\n\"@5 \"continued\"@8\nlist-item: \"two\"@20\nlist-item: \"first\"@27\nlist-item: "
     "\"second\"@36\nlist-item: \"done\"@49\n"},
    {"DescriptionItem", "- term :: The description.\n", "list-item: \"term\"@2\nlist-item: \"The description.\"@10\n"},
    {"SourceAndExampleBlocksLeftOut",
     "Before.\n#+begin_src python\nprint(1)\n#+end_src\n#+BEGIN_EXAMPLE\nx\n#+END_EXAMPLE\nAfter.\n",
     "paragraph: \"Before.\"@0\nparagraph: \"After.\"@78\n"},
    {"FixedWidthLeftOut", ": fixed width\n: lines\nText.\n", "paragraph: \"Text.\"@22\n"},
    {"CommentsLeftOut", "# a comment\nText.\n#+begin_comment\nhidden\n#+end_comment\n", "paragraph: \"Text.\"@12\n"},
    {"DrawersLeftOut", "* H\n:PROPERTIES:\n:ID: x\n:END:\nSCHEDULED: <2024-01-01>\nText.\n",
     "heading1: \"H\"@2\nparagraph: \"Text.\"@54\n"},
    {"QuoteBlock", "#+begin_quote\nQuoted.\n#+end_quote\n", "paragraph quote: \"Quoted.\"@14\n"},
    {"InlineCodeAndVerbatim", "Use ~foo()~ and =bar= now.\n",
     "paragraph: \"Use \"@0 code\"~foo()~\"@4 \" and \"@11 code\"=bar=\"@16 \" now.\"@21\n"},
    {"EmphasisMarksLeftOut", "Some *bold*, /it/ and _u_ and +s+ text, a/b.\n",
     "paragraph: \"Some \"@0 \"bold\"@6 \", \"@11 \"it\"@14 \" and \"@17 \"u\"@23 \" and \"@25 \"s\"@31 \" text, "
     "a/b.\"@33\n"},
    {"LinksKeepTheirDescription", "See [[https://x.org][the site]] and [[file:a.org]].\n",
     "paragraph: \"See \"@0 \"the site\"@21 \" and \"@31 url\"[[file:a.org]]\"@36 \".\"@50\n"},
    {"FootnoteReferenceAndDefinition", "Claim[fn:1].\n\n[fn:1] The source.\n",
     "paragraph: \"Claim\"@0 fn\"[fn:1]\"@5 \".\"@11\nparagraph: \"The source.\"@21\n"},
    {"InlineFootnoteIsItsOwnBlock", "It rose.[fn::See the report.] Then fell.\n",
     "paragraph: \"It rose.\"@0 fn\"[fn::\"@8\nparagraph: \"See the report.\"@13\nparagraph: \"Then fell.\"@30\n"},
    {"MathIsOpaque", "Area $x^2$ and \\(y\\).\n",
     "paragraph: \"Area \"@0 math\"$x^2$\"@5 \" and \"@10 math\"\\(y\\)\"@15 \".\"@20\n"},
    {"TableCells", "| a | b c |\n|---+-----|\n| d | e |\n",
     "table-cell: \"a\"@2\ntable-cell: \"b c\"@6\ntable-cell: \"d\"@26\ntable-cell: \"e\"@30\n"},
    {"CaptionIsProse", "#+CAPTION: A caption.\n#+NAME: fig\n", "caption: \"A caption.\"@11\n"},
    {"CommentedSubtreeLeftOut", "* COMMENT Hidden\nSecret.\n* Shown\n", "heading1: \"Shown\"@27\n"},
    {"MacrosAndTargetsLeftOut", "A {{{macro(x)}}} and <<target>> here.\n",
     "paragraph: \"A \"@0 code\"{{{macro(x)}}}\"@2 \" and \"@16 \" here.\"@31\n"},
    {"BareUrlKeepsItsSlashes", "Go https://a.org/x/ now and /here/.\n",
     "paragraph: \"Go \"@0 url\"https://a.org/x/\"@3 \" now and \"@19 \"here\"@29 \".\"@34\n"},
};

INSTANTIATE_TEST_SUITE_P(Org, OrgExtraction, ::testing::ValuesIn(kCases),
                         [](const ::testing::TestParamInfo<Case>& info) { return std::string(info.param.name); });

TEST(Org, ReadsTitleDateCommentsAndFootnotes) {
  const std::string text =
      "#+title: Notes\n#+date: <2024-05-06 Mon>\n\n# copydesk-disable spelling\nClaim[fn:1].\n\n[fn:1] See it.\n";
  const ProseMap map = extractOrg(text);
  EXPECT_EQ(map.front_matter.get("title"), "Notes");
  EXPECT_EQ(map.front_matter.get("date"), "<2024-05-06 Mon>");
  ASSERT_EQ(map.comments.size(), 1u);
  EXPECT_EQ(map.comments[0].body, "copydesk-disable spelling");
  ASSERT_EQ(map.footnotes.size(), 1u);
  EXPECT_EQ(map.footnotes[0].label, "1");
}

TEST(Org, RecordsLinksAndCodeBlocks) {
  const std::string text = "See [[https://x.org][docs]].\n#+begin_src sh\nls\n#+end_src\n";
  const ProseMap map = extractOrg(text);
  ASSERT_EQ(map.blocks.size(), 1u);
  ASSERT_EQ(map.blocks[0].links.size(), 1u);
  EXPECT_EQ(map.blocks[0].links[0].destination, "https://x.org");
  ASSERT_EQ(map.code_blocks.size(), 1u);
  EXPECT_EQ(text.substr(map.code_blocks[0].begin, map.code_blocks[0].size()), "#+begin_src sh\nls\n#+end_src");
}

}  // namespace
}  // namespace copydesk
