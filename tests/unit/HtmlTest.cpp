// HTML prose extraction (Gumbo): input -> blocks with scopes and exact piece
// spans; metadata, comments, links and footnote references.
#include <gtest/gtest.h>

#include <string>

#include "markup/Formats.h"
#include "markup/Prose.h"
#include "unit/ProseDescription.h"

namespace copydesk {
namespace {

struct Case {
  const char* name;
  std::string input;
  std::string expected;
};

class HtmlExtraction : public ::testing::TestWithParam<Case> {};

TEST_P(HtmlExtraction, ProducesExactPieces) {
  const Case& c = GetParam();
  EXPECT_EQ(describe(c.input, extractHtml(c.input)), c.expected) << "input:\n" << c.input;
}

const Case kCases[] = {
    {"HeadingsWithLevels", "<h1>One</h1><h3>Three</h3>", "heading1: \"One\"@4\nheading3: \"Three\"@16\n"},
    {"ParagraphAndList", "<p>Text.</p>\n<ul>\n  <li>a</li>\n  <li>b c</li>\n</ul>\n",
     "paragraph: \"Text.\"@3\nlist-item: \"a\"@24\nlist-item: \"b c\"@37\n"},
    {"InlineTagsSplitPieces", "<p>An <b>bold</b> word.</p>", "paragraph: \"An\"@3 \"bold\"@9 \"word.\"@18\n"},
    {"EntitiesLeftOut", "<p>Tom &amp; Jerry &copy; 2026</p>", "paragraph: \"Tom\"@3 \"Jerry\"@13 \"2026\"@26\n"},
    {"WordsWithEntitiesAreOpaque", "<p>It doesn&#8217;t, AT&amp;T.</p>",
     "paragraph: \"It\"@3 code\"doesn&#8217;t\"@6 \",\"@19 code\"AT&amp;T\"@21 \".\"@29\n"},
    {"BareAmpersandIsText", "<p>R&D team</p>", "paragraph: \"R&D team\"@3\n"},
    {"LineBreaks", "<p>one\n   two<br>three</p>",
     "paragraph: \"one\"@3 br\"\\n\"@6 \"two\"@10 br\"<br>\"@13 \"three\"@17\n"},
    {"CodeAndMathOpaque", "<p>Run <code>make</code> and <math><mi>x</mi></math>.</p>",
     "paragraph: \"Run\"@3 code\"<code>make</code>\"@7 \"and\"@25 math\"<math><mi>x</mi></math>\"@29 \".\"@52\n"},
    {"SkippedElements",
     "<head><title>T</title><style>p{}</style></head><body><script>var a;</script><p>Yes.</p>"
     "<pre>code\nhere</pre><svg><text>no</text></svg></body>",
     "paragraph: \"Yes.\"@79\n"},
    {"TableCellsAndCaption", "<table><caption>Cap</caption><tr><th>H</th><td>D</td></tr></table>",
     "caption: \"Cap\"@16\ntable-cell: \"H\"@37\ntable-cell: \"D\"@47\n"},
    {"BlockQuote", "<blockquote><p>Quoted.</p>Loose</blockquote>",
     "paragraph quote: \"Quoted.\"@15\nblockquote quote: \"Loose\"@26\n"},
    {"TextDirectlyInDiv", "<div>Loose text<p>Para</p>after</div>",
     "paragraph: \"Loose text\"@5\nparagraph: \"Para\"@18\nparagraph: \"after\"@26\n"},
    {"FigureCaption", "<figure><img src=a.png alt=\"x\"><figcaption>A cat.</figcaption></figure>",
     "caption: \"A cat.\"@43\n"},
    {"CommentsAreNotProse", "<p>a <!-- note --> b</p>", "paragraph: \"a\"@3 \"b\"@19\n"},
    {"FootnoteReferences", "<p>Claim.<sup><a href=\"#fn1\">1</a></sup> Ten<sup>6</sup> and<sup>[2]</sup></p>",
     "paragraph: \"Claim.\"@3 fn\"<sup><a href=\"#fn1\">1</a></sup>\"@9 \"Ten\"@41 \"6\"@49 \"and\"@57 "
     "fn\"<sup>[2]</sup>\"@60\n"},
    {"CrlfAndInvalidUtf8", "<p>a\r\nb \xff</p>", "paragraph: \"a\"@3 br\"\\r\\n\"@4 \"b \xff\"@6\n"},
};

INSTANTIATE_TEST_SUITE_P(Html, HtmlExtraction, ::testing::ValuesIn(kCases),
                         [](const auto& info) { return std::string(info.param.name); });

TEST(Html, ReadsTitleAndDateFromTheHead) {
  const ProseMap map = extractHtml(
      "<html><head><title>Page title</title><meta name=\"date\" content=\"2024-03-05\">"
      "<meta property=\"og:title\" content=\"OG\"></head><body><p>x</p><time datetime=\"2020-01-01\">then</time>"
      "</body></html>");
  EXPECT_EQ(map.front_matter.format, FrontMatterFormat::Markup);
  EXPECT_EQ(map.front_matter.get("title"), "Page title");
  EXPECT_EQ(map.front_matter.get("date"), "2024-03-05");
}

TEST(Html, PublishedTimeAndTimeElementGiveTheDate) {
  EXPECT_EQ(extractHtml("<meta property=\"article:published_time\" content=\"2023-07-01T10:00:00Z\"><p>x</p>")
                .front_matter.get("date"),
            "2023-07-01T10:00:00Z");
  EXPECT_EQ(extractHtml("<p>Posted <time datetime=\"2022-02-02\">Feb 2</time>.</p>").front_matter.get("date"),
            "2022-02-02");
  EXPECT_EQ(extractHtml("<p>No date.</p>").front_matter.format, FrontMatterFormat::None);
}

TEST(Html, KeepsCommentsForSuppression) {
  const std::string text = "<p>a</p>\n<!-- copydesk-disable spelling -->\n<p>b <!--x--></p>";
  const ProseMap map = extractHtml(text);
  ASSERT_EQ(map.comments.size(), 2u);
  EXPECT_EQ(map.comments[0].span.begin, 9u);
  EXPECT_EQ(map.comments[0].span.end, 43u);
  EXPECT_EQ(map.comments[0].body, "copydesk-disable spelling");
  EXPECT_TRUE(map.comments[0].own_line);
  EXPECT_EQ(map.comments[1].body, "x");
  EXPECT_FALSE(map.comments[1].own_line);
}

TEST(Html, LinksAndCitesAreSources) {
  const std::string text = "<p>See <a href=\"https://x.org/a?b&amp;c\">the report</a> and <cite>The Book</cite>.</p>";
  const ProseMap map = extractHtml(text);
  ASSERT_EQ(map.blocks.size(), 1u);
  ASSERT_EQ(map.blocks[0].links.size(), 2u);
  EXPECT_EQ(map.blocks[0].links[0].destination, "https://x.org/a?b&c");
  EXPECT_EQ(text.substr(map.blocks[0].links[0].text.begin, map.blocks[0].links[0].text.size()), "the report");
  EXPECT_EQ(text.substr(map.blocks[0].links[1].text.begin, map.blocks[0].links[1].text.size()), "The Book");
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
