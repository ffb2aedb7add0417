// reStructuredText prose extraction: input -> blocks with exact piece spans (markup/RestructuredText.cpp).
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

class RestructuredTextExtraction : public ::testing::TestWithParam<Case> {};

TEST_P(RestructuredTextExtraction, ProducesExactPieces) {
  const Case& c = GetParam();
  EXPECT_EQ(describe(c.input, extractRestructuredText(c.input)), c.expected) << "input:\n" << c.input;
}

const Case kCases[] = {
    {"SectionsByAdornmentOrder", "=====\nTitle\n=====\n\nIntro.\n\nPart\n====\n\nSub\n---\n\nPart two\n========\n",
     "heading1: \"Title\"@6\nparagraph: \"Intro.\"@19\nheading2: \"Part\"@27\nheading3: \"Sub\"@38\nheading2: \"Part "
     "two\"@47\n"},
    {"ParagraphLines", "One line\nand another.\n\nNext.\n",
     "paragraph: \"One line\"@0 br\"\\n\"@8 \"and another.\"@9\nparagraph: \"Next.\"@23\n"},
    {"BulletAndEnumeratedLists", "* one\n  continued\n- two\n\n1. first\n#. auto\n(a) paren\n",
     "list-item: \"one\"@2 br\"\\n\"@5 \"continued\"@8\nlist-item: \"two\"@20\nlist-item: \"first\"@28\nlist-item: "
     "\"auto\"@37\nlist-item: \"paren\"@46\n"},
    {"NestedListBody", "* item\n\n  Second paragraph.\n\n  - nested\n",
     "list-item: \"item\"@2\nparagraph: \"Second paragraph.\"@10\nlist-item: \"nested\"@33\n"},
    {"LiteralBlockAfterDoubleColon", "Example::\n\n    code here\n\nText ::\n\n    more code\n\nAfter.\n",
     "paragraph: \"Example:\"@0\nparagraph: \"Text\"@26\nparagraph: \"After.\"@50\n"},
    {"CodeDirectiveLeftOut", ".. code-block:: python\n   :linenos:\n\n   print(1)\n\nAfter.\n",
     "paragraph: \"After.\"@50\n"},
    {"AdmonitionContentIsProse",
     ".. note:: First line.\n\n   Body text.\n\n.. warning::\n   :class: x\n\n   Careful.\n",
     "paragraph: \"First line.\"@10\nparagraph: \"Body text.\"@26\nparagraph: \"Careful.\"@68\n"},
    {"CommentsLeftOut", ".. a comment\n   continued\n\n..\n   also a comment\n\nText.\n", "paragraph: \"Text.\"@49\n"},
    {"TargetsAndSubstitutionsLeftOut", ".. _target: https://x.org\n.. |name| replace:: thing\n\nText.\n",
     "paragraph: \"Text.\"@53\n"},
    {"InlineLiteralsAndRoles", "Use ``foo()`` and :func:`bar` or :math:`x^2` and :emphasis:`this`.\n",
     "paragraph: \"Use \"@0 code\"``foo()``\"@4 \" and \"@13 code\":func:`bar`\"@18 \" or \"@29 math\":math:`x^2`\"@33 "
     "\" and \"@44 \"this\"@60 \".\"@65\n"},
    {"LinksKeepTheirText", "See `the site <https://x.org>`_ and `Ref`_ and word_ here.\n",
     "paragraph: \"See \"@0 \"the site\"@5 \" and \"@31 \"Ref\"@37 \" and word\"@42 \" here.\"@52\n"},
    {"FootnoteAndCitationReferences", "Claim [1]_ and [#]_ and [#note]_ and [CIT2002]_.\n",
     "paragraph: \"Claim \"@0 fn\"[1]_\"@6 \" and \"@10 fn\"[#]_\"@15 \" and \"@19 fn\"[#note]_\"@24 \" and \"@32 "
     "fn\"[CIT2002]_\"@37 \".\"@47\n"},
    {"FootnoteDefinitions", ".. [1] The source.\n.. [#note] Another\n   line.\n",
     "paragraph: \"The source.\"@7\nparagraph: \"Another\"@30 br\"\\n\"@37 \"line.\"@41\n"},
    {"SubstitutionReferenceIsOpaque", "Made by |project| today.\n",
     "paragraph: \"Made by \"@0 code\"|project|\"@8 \" today.\"@17\n"},
    {"EmphasisMarksLeftOut", "Some *emph* and **strong** text.\n",
     "paragraph: \"Some \"@0 \"emph\"@6 \" and \"@11 \"strong\"@18 \" text.\"@26\n"},
    {"BlockQuote", "Text.\n\n    Quoted text.\n\nAfter.\n",
     "paragraph: \"Text.\"@0\nparagraph quote: \"Quoted text.\"@11\nparagraph: \"After.\"@25\n"},
    {"DefinitionList", "term\n    The definition.\n", "list-item: \"term\"@0\nparagraph: \"The definition.\"@9\n"},
    {"FieldListBodyIsProseAfterDocinfo",
     "Title\n=====\n\n:Date: 2024-05-06\n:Author: Me\n\nText.\n\n:param x: The value.\n",
     "heading1: \"Title\"@0\nparagraph: \"Text.\"@44\nlist-item: \"The value.\"@61\n"},
    {"GridTable", "+-----+-------+\n| a   | b c   |\n+=====+=======+\n| d   | e     |\n+-----+-------+\n",
     "table-cell: \"a\"@18\ntable-cell: \"b c\"@24\ntable-cell: \"d\"@50\ntable-cell: \"e\"@56\n"},
    {"SimpleTable", "=====  =====\nName   Value\n=====  =====\nab     cd ef\n=====  =====\n",
     "table-cell: \"Name\"@13\ntable-cell: \"Value\"@20\ntable-cell: \"ab\"@39\ntable-cell: \"cd ef\"@46\n"},
    {"DoctestLeftOut", ">>> print(1)\n1\n\nText.\n", "paragraph: \"Text.\"@16\n"},
    {"LineBlock", "| Line one\n| Line two\n", "paragraph: \"Line one\"@2 br\"\\n\"@10 \"Line two\"@13\n"},
    {"EscapesLeftOut", "Not \\*emph\\* here.\n", "paragraph: \"Not \"@0 \"*emph\"@5 \"* here.\"@11\n"},
    {"RfcHeaderIsMetadata", "PEP: 1\nTitle: The Title\nCreated: 13-Jun-2000\n\nBody.\n", "paragraph: \"Body.\"@46\n"},
};

INSTANTIATE_TEST_SUITE_P(RestructuredText, RestructuredTextExtraction, ::testing::ValuesIn(kCases),
                         [](const ::testing::TestParamInfo<Case>& info) { return std::string(info.param.name); });

TEST(RestructuredText, ReadsDocinfoCommentsAndFootnotes) {
  const std::string text =
      "Title\n=====\n\n:date: 2024-05-06\n\n.. copydesk-disable spelling\n\nText [#]_.\n\n.. [#] The source.\n";
  const ProseMap map = extractRestructuredText(text);
  EXPECT_EQ(map.front_matter.get("date"), "2024-05-06");
  ASSERT_EQ(map.comments.size(), 1u);
  EXPECT_EQ(map.comments[0].body, "copydesk-disable spelling");
  ASSERT_EQ(map.footnotes.size(), 1u);
  EXPECT_EQ(map.footnotes[0].label, "#");
}

TEST(RestructuredText, RecordsLinksAndCodeBlocks) {
  const std::string text = "See `docs <https://x.org/d>`_::\n\n    code\n";
  const ProseMap map = extractRestructuredText(text);
  ASSERT_EQ(map.blocks.size(), 1u);
  ASSERT_EQ(map.blocks[0].links.size(), 1u);
  EXPECT_EQ(map.blocks[0].links[0].destination, "https://x.org/d");
  ASSERT_EQ(map.code_blocks.size(), 1u);
  EXPECT_EQ(text.substr(map.code_blocks[0].begin, map.code_blocks[0].size()), "    code");
}

}  // namespace
}  // namespace copydesk
