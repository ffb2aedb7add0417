// Typst prose extraction: input -> blocks with exact piece spans (markup/Typst.cpp).
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

class TypstExtraction : public ::testing::TestWithParam<Case> {};

TEST_P(TypstExtraction, ProducesExactPieces) {
  const Case& c = GetParam();
  EXPECT_EQ(describe(c.input, extractTypst(c.input)), c.expected) << "input:\n" << c.input;
}

const Case kCases[] = {
    {"SetAndLetLeftOut", "#set page(width: 10cm)\n#let x = 1\n#import \"a.typ\": *\n\nBody text.\n",
     "paragraph: \"Body text.\"@54\n"},
    {"HeadingsWithLevels", "= One\n== Two <label>\n=== Three\n",
     "heading1: \"One\"@2\nheading2: \"Two\"@9\nheading3: \"Three\"@25\n"},
    {"ParagraphLines", "One line\nand another.\n\nNext.\n",
     "paragraph: \"One line\"@0 br\"\\n\"@8 \"and another.\"@9\nparagraph: \"Next.\"@23\n"},
    {"ListsAndTerms", "- one\n  continued\n+ two\n1. three\n/ Term: The description.\n",
     "list-item: \"one\"@2 br\"\\n\"@5 \"continued\"@8\nlist-item: \"two\"@20\nlist-item: \"three\"@27\nlist-item: "
     "\"Term\"@35\nlist-item: \"The description.\"@41\n"},
    {"RawBlocksLeftOut", "Before.\n\n```rust\nfn main() {}\n```\n\n````typ\n```\n````\n\nAfter.\n",
     "paragraph: \"Before.\"@0\nparagraph: \"After.\"@53\n"},
    {"InlineRawAndMathAreOpaque", "Use `foo()` and $x^2$ now.\n",
     "paragraph: \"Use \"@0 code\"`foo()`\"@4 \" and \"@11 math\"$x^2$\"@16 \" now.\"@21\n"},
    {"CommentsLeftOut", "Text // a comment\nmore /* block */ here.\n",
     "paragraph: \"Text \"@0 br\"\\n\"@17 \"more \"@18 \" here.\"@34\n"},
    {"EmphasisMarksLeftOut", "Some *bold* and _em_ text.\n",
     "paragraph: \"Some \"@0 \"bold\"@6 \" and \"@11 \"em\"@17 \" text.\"@20\n"},
    {"LinksKeepTheirText", "See #link(\"https://x.org\")[the site] or https://y.org.\n",
     "paragraph: \"See \"@0 \"the site\"@27 \" or \"@36 url\"https://y.org\"@40 \".\"@53\n"},
    {"ContentArgumentsAreMarkup", "Read #emph[this] and #cross-link(\"/a.typ\", [the guide]).\n",
     "paragraph: \"Read \"@0 \"this\"@11 \" and \"@16 \"the guide\"@44 \".\"@55\n"},
    {"CallsWithoutContentAreOpaque", "Version #version and #sym.arrow here.\n",
     "paragraph: \"Version \"@0 code\"#version\"@8 \" and \"@16 code\"#sym.arrow\"@21 \" here.\"@31\n"},
    {"BlockFunctionContent", "#note[\n  Inside a note.\n]\n\nAfter.\n",
     "paragraph: \"Inside a note.\"@9\nparagraph: \"After.\"@27\n"},
    {"TableCells", "#table(\n  columns: 2,\n  [a], [b c],\n  [d], [e],\n)\n",
     "table-cell: \"a\"@25\ntable-cell: \"b c\"@30\ntable-cell: \"d\"@39\ntable-cell: \"e\"@44\n"},
    {"FigureCaption", "#figure(image(\"a.png\"), caption: [A caption.])\n", "caption: \"A caption.\"@34\n"},
    {"FootnoteIsItsOwnBlock", "It rose.#footnote[See the report.] Then fell.\n",
     "paragraph: \"It rose.\"@0 fn\"#footnote[\"@8\nparagraph: \"See the report.\"@18\nparagraph: \"Then fell.\"@35\n"},
    {"ReferencesAndCitations", "As @knuth shows in @sec:intro.\n",
     "paragraph: \"As \"@0 fn\"@knuth\"@3 \" shows in \"@9 fn\"@sec:intro\"@19 \".\"@29\n"},
    {"CodeBlocksLeftOut", "#{\n  let x = [not prose]\n}\nText.\n", "paragraph: \"Text.\"@27\n"},
    {"EscapesLeftOut", "A \\#hash and \\*star.\n", "paragraph: \"A \"@0 \"#hash and \"@3 \"*star.\"@14\n"},
    {"LabelsLeftOut", "Text <intro> here.\n", "paragraph: \"Text \"@0 \" here.\"@12\n"},
};

INSTANTIATE_TEST_SUITE_P(Typst, TypstExtraction, ::testing::ValuesIn(kCases),
                         [](const ::testing::TestParamInfo<Case>& info) { return std::string(info.param.name); });

TEST(Typst, ReadsDocumentTitleDateCommentsAndFootnotes) {
  const std::string text = "#set document(title: \"Notes\", date: datetime(year: 2024, month: 5, day: 6))\n// "
                           "copydesk-disable spelling\nClaim.#footnote[See it.]\n";
  const ProseMap map = extractTypst(text);
  EXPECT_EQ(map.front_matter.get("title"), "Notes");
  EXPECT_EQ(map.front_matter.get("date"), "2024-05-06");
  ASSERT_EQ(map.comments.size(), 1u);
  EXPECT_EQ(map.comments[0].body, "copydesk-disable spelling");
  EXPECT_TRUE(map.comments[0].own_line);
  ASSERT_EQ(map.footnotes.size(), 1u);
  EXPECT_EQ(text.substr(map.footnotes[0].span.begin, map.footnotes[0].span.size()), "See it.");
}

TEST(Typst, RecordsLinksAndCodeBlocks) {
  const std::string text = "See #link(\"https://x.org\")[docs].\n\n```sh\nls\n```\n";
  const ProseMap map = extractTypst(text);
  ASSERT_EQ(map.blocks.size(), 1u);
  ASSERT_EQ(map.blocks[0].links.size(), 1u);
  EXPECT_EQ(map.blocks[0].links[0].destination, "https://x.org");
  ASSERT_EQ(map.code_blocks.size(), 1u);
  EXPECT_EQ(text.substr(map.code_blocks[0].begin, map.code_blocks[0].size()), "```sh\nls\n```");
}

}  // namespace
}  // namespace copydesk
