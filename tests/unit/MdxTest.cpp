// MDX extraction: Markdown with ESM, JSX and expressions left out, offsets
// those of the original text.
#include <gtest/gtest.h>

#include <string>

#include "markup/Formats.h"
#include "markup/Prose.h"
#include "unit/ExtractionTestSupport.h"

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

// The spans and bodies of the comments: tests/data/extraction/mdx.json.
TEST(Mdx, ACommentBodyIsAViewIntoTheDocument) {
  const std::string text = kDocument;
  const ProseMap map = extractMdx(text);
  ASSERT_FALSE(map.comments.empty());
  // Not into the extractor's copy, in which JSX and ESM are blanked.
  EXPECT_EQ(map.comments[0].body.data(), text.data() + 163);
}

TEST(Mdx, TheTableHasItsOwnRow) {
  EXPECT_EQ(formatForPath("docs/Intro.MDX"), DocumentFormat::Mdx);
  EXPECT_EQ(formatForLanguageId("mdx")->format, DocumentFormat::Mdx);
  EXPECT_EQ(formatInfo(DocumentFormat::Mdx).comments, CommentSyntax::Jsx);
}

}  // namespace
}  // namespace copydesk
