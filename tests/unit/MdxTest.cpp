// MDX extraction: Markdown with ESM, JSX and expressions left out, offsets
// those of the original text.
#include <gtest/gtest.h>

#include <string>

#include "markup/Formats.h"
#include "markup/Prose.h"
#include "unit/ProseDescription.h"

namespace copydesk {
namespace {

const char* const kDocument = "import {Note} from \"./note.js\"\n"
                              "export const a = 1\n"
                              "\n"
                              "# Title {year}\n"
                              "\n"
                              "<Note kind={\"info\"}>\n"
                              "Some **text** with <Badge label=\"x\" /> and {props.name} here.\n"
                              "</Note>\n"
                              "\n"
                              "{/* copydesk-disable spelling */}\n"
                              "More <!-- c --> text `{code}` a < b.\n"
                              "\n"
                              "```jsx\n"
                              "<Foo>{x}</Foo>\n"
                              "```\n";

TEST(Mdx, JsxEsmAndExpressionsAreNotProse) {
  const std::string text = kDocument;
  EXPECT_EQ(describe(text, extractMdx(text)),
            "heading1: \"Title \"@53\n"
            "paragraph: \"Some \"@88 \"text\"@95 \" with \"@101 \" and \"@126 \" here.\"@143\n"
            "paragraph: \"More \"@193 \" text \"@208 code\"`{code}`\"@214 \" a < b.\"@222\n");
}

TEST(Mdx, BothCommentFormsAreKept) {
  const std::string text = kDocument;
  const ProseMap map = extractMdx(text);
  ASSERT_EQ(map.comments.size(), 2u);
  EXPECT_EQ(map.comments[0].span.begin, 159u);
  EXPECT_EQ(map.comments[0].span.end, 192u);
  EXPECT_EQ(map.comments[0].body, "copydesk-disable spelling");
  EXPECT_TRUE(map.comments[0].own_line);
  EXPECT_EQ(map.comments[1].body, "c");
  // The body is a view into the document, not into the extractor's copy.
  EXPECT_EQ(map.comments[0].body.data(), text.data() + 163);
  ASSERT_EQ(map.code_blocks.size(), 1u);
  EXPECT_EQ(map.code_blocks[0].begin, 231u);
}

TEST(Mdx, FrontMatterGivesTheDate) {
  const std::string text = "---\ndate: 2024-05-06\n---\nimport X from 'x'\n\nText.\n";
  const ProseMap map = extractMdx(text);
  EXPECT_EQ(map.front_matter.get("date"), "2024-05-06");
  EXPECT_EQ(describe(text, map), "paragraph: \"Text.\"@44\n");
}

TEST(Mdx, UnbalancedInputStaysText) {
  const std::string text = "A {open brace and a <tag that never closes\n";
  EXPECT_EQ(describe(text, extractMdx(text)), "paragraph: \"A {open brace and a <tag that never closes\"@0\n");
}

TEST(Mdx, TheTableHasItsOwnRow) {
  EXPECT_EQ(formatForPath("docs/Intro.MDX"), DocumentFormat::Mdx);
  EXPECT_EQ(formatForLanguageId("mdx")->format, DocumentFormat::Mdx);
  EXPECT_EQ(formatInfo(DocumentFormat::Mdx).comments, CommentSyntax::Jsx);
}

}  // namespace
}  // namespace copydesk
