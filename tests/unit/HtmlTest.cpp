// HTML prose extraction (Gumbo): input -> blocks with scopes and exact piece
// spans; metadata, comments, links and footnote references.
#include <gtest/gtest.h>

#include <string>

#include "markup/Formats.h"
#include "markup/Prose.h"
#include "unit/ExtractionTestSupport.h"

namespace copydesk {
namespace {

// Not in the JSON cases, which are UTF-8.
TEST(Html, CrlfAndInvalidUtf8) {
  const std::string text = "<p>a\r\nb \xff</p>";
  EXPECT_EQ(describe(text, extractHtml(text)), "paragraph: \"a\"@3 br\"\\r\\n\"@4 \"b \xff\"@6\n");
}

TEST(Html, DeepNestingAndGarbageNeverCrash) {
  std::string deep;
  for (int i = 0; i < 3000; ++i) deep += "<div><span>";
  deep += "x";
  EXPECT_EQ(extractHtml(deep).blocks.size(), 1u);
  const std::string nul("<p>a\0b</p><p\0>\0", 16);
  describe(nul, extractHtml(nul));  // checks the invariants of the prose map
  EXPECT_TRUE(extractHtml("").blocks.empty());
}

TEST(Html, AbsurdNestingIsParsedInPieces) {
  // Gumbo looks down the stack of open elements at each <div>: 100,000
  // nested ones took minutes in one parse; in pieces 512 deep, a blink.
  std::string deep = "<p>Before.</p>";
  for (int i = 0; i < 100000; ++i) deep += "<div>";
  deep += "Deep text.";
  for (int i = 0; i < 100000; ++i) deep += "</div>";
  deep += "<p>After.</p>";
  const ProseMap map = extractHtml(deep);
  describe(deep, map);  // checks the invariants of the prose map
  ASSERT_EQ(map.blocks.size(), 3u);
  EXPECT_EQ(deep.substr(map.blocks[1].span.begin, map.blocks[1].span.size()), "Deep text.");
  EXPECT_EQ(deep.substr(map.blocks[2].span.begin, map.blocks[2].span.size()), "After.");
}

TEST(Html, TheTableKnowsTheFormat) {
  EXPECT_EQ(formatForPath("site/Index.HTML"), DocumentFormat::Html);
  EXPECT_EQ(formatForPath("a.htm"), DocumentFormat::Html);
  EXPECT_EQ(formatForPath("ch1.xhtml"), DocumentFormat::Html);
  ASSERT_NE(formatForLanguageId("html"), nullptr);
  EXPECT_EQ(formatForLanguageId("html")->format, DocumentFormat::Html);
  EXPECT_EQ(formatInfo(DocumentFormat::Html).comments, CommentSyntax::Html);
}

}  // namespace
}  // namespace copydesk
