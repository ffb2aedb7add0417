// Markdown prose extraction: input -> blocks with scopes and exact piece spans.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "markup/Prose.h"
#include "unit/ProseDescription.h"

namespace copydesk {
namespace {

struct Case {
  const char* name;
  std::string input;
  std::string expected;
};

class MarkdownExtraction : public ::testing::TestWithParam<Case> {};

TEST_P(MarkdownExtraction, ProducesExactPieces) {
  const Case& c = GetParam();
  const ProseMap map = extractMarkdown(c.input);
  EXPECT_EQ(describe(c.input, map), c.expected) << "input:\n" << c.input;
}

const Case kCases[] = {
    {"HeadingsWithLevels", "# One\n\n## Two ##\n\nThree\n=====\n\n###### Six\n",
     "heading1: \"One\"@2\nheading2: \"Two\"@10\nheading1: \"Three\"@18\nheading6: \"Six\"@38\n"},
    {"Paragraphs", "First line\nsecond line.\n\nNext para.\n",
     "paragraph: \"First line\"@0 br\"\\n\"@10 \"second line.\"@11\nparagraph: \"Next para.\"@25\n"},
    {"HardBreaks", "one  \ntwo\\\nthree\n", "paragraph: \"one\"@0 br\"\\n\"@5 \"two\"@6 br\"\\n\"@10 \"three\"@11\n"},
    {"CrlfLineEndings", "# T\r\n\r\nA b\r\nc d\r\n",
     "heading1: \"T\"@2\nparagraph: \"A b\"@7 br\"\\r\\n\"@10 \"c d\"@12\n"},
    {"TightNestedList", "- a\n  - b\n- c\n", "list-item: \"a\"@2\nlist-item: \"b\"@8\nlist-item: \"c\"@12\n"},
    {"LooseOrderedList", "1. x\n\n   y\n", "list-item: \"x\"@3\nlist-item: \"y\"@9\n"},
    {"ListItemWithHeading", "- # Head\n  text\n", "heading1: \"Head\"@4\nlist-item: \"text\"@11\n"},
    {"Table", "| h1 | h2 |\n|----|----|\n| c1 | |\n",
     "table-cell: \"h1\"@2\ntable-cell: \"h2\"@7\ntable-cell: \"c1\"@26\n"},
    {"BlockQuote", "> q1\n> q2\n>> deep\n\nafter\n",
     "paragraph quote: \"q1\"@2 br\"\\n\"@4 \"q2\"@7\nparagraph quote: \"deep\"@13\nparagraph: \"after\"@19\n"},
    {"ListInQuote", "> - item\n", "list-item quote: \"item\"@4\n"},
    {"FencedCodeExcluded", "Before.\n\n```js\nlet x = 1;\n```\n\nAfter.\n",
     "paragraph: \"Before.\"@0\nparagraph: \"After.\"@31\n"},
    {"IndentedCodeExcluded", "Text.\n\n    code here\n\nMore.\n", "paragraph: \"Text.\"@0\nparagraph: \"More.\"@22\n"},
    {"InlineCodeOpaque", "Use `foo()` or ``a`b`` now.\n",
     "paragraph: \"Use \"@0 code\"`foo()`\"@4 \" or \"@11 code\"``a`b``\"@15 \" now.\"@22\n"},
    {"MultiLineInlineCode", "x `a\nb` y\n", "paragraph: \"x \"@0 code\"`a\\nb`\"@2 \" y\"@7\n"},
    {"EmphasisAndStrikethroughKept", "*em* **strong** ~~gone~~ _u_\n",
     "paragraph: \"em\"@1 \" \"@4 \"strong\"@7 \" \"@15 \"gone\"@18 \" \"@24 \"u\"@26\n"},
    {"LinkTextKeptDestinationExcluded", "See [the docs](https://x.org/d \"Title\") now.\n",
     "paragraph: \"See \"@0 \"the docs\"@5 \" now.\"@39\n"},
    {"ReferenceLink", "A [ref][r] b.\n\n[r]: https://r.example\n", "paragraph: \"A \"@0 \"ref\"@3 \" b.\"@10\n"},
    // A "`" or "$" in a link's or image's destination opens no code span or math later on.
    {"BacktickInADestination", "## [a](https://x.org/a`b)\n\n`code` here and $x$.\n\n![i](p$q.png) `c`\n",
     "heading2: \"a\"@4\nparagraph: code\"`code`\"@27 \" here and \"@33 math\"$x$\"@43 \".\"@46\n"
     "paragraph: \" \"@62 code\"`c`\"@63\n"},
    {"ImageAltTextLeftOut", "Look ![a cat](cat.png) here.\n", "paragraph: \"Look \"@0 \" here.\"@22\n"},
    {"AngleAutolink", "Go <https://example.com/x> now.\n",
     "paragraph: \"Go \"@0 url\"<https://example.com/x>\"@3 \" now.\"@26\n"},
    {"BareUrlAndWww", "At http://ex.com/a. and www.foo.org, ok\n",
     "paragraph: \"At \"@0 url\"http://ex.com/a\"@3 \". and \"@18 url\"www.foo.org\"@24 \", ok\"@35\n"},
    {"Email", "Mail me@x.org or <a@b.co>.\n",
     "paragraph: \"Mail \"@0 url\"me@x.org\"@5 \" or \"@13 url\"<a@b.co>\"@17 \".\"@25\n"},
    {"UrlInsideEmphasisStillUrl", "*see https://a.b/c*\n", "paragraph: \"see \"@1 url\"https://a.b/c\"@5\n"},
    {"HtmlBlockExcluded", "<div>\nblock text\n</div>\n\nProse.\n", "paragraph: \"Prose.\"@25\n"},
    {"InlineHtmlExcluded", "a <span class=\"x\">b</span> c\n", "paragraph: \"a \"@0 \"b\"@18 \" c\"@26\n"},
    {"HtmlCommentNotProse", "Text <!-- note --> more.\n", "paragraph: \"Text \"@0 \" more.\"@18\n"},
    {"EntitiesAreNotPieces", "AT&amp;T &copy; 2024\n", "paragraph: \"AT\"@0 \"T \"@7 \" 2024\"@15\n"},
    {"EscapesSplitProse", "a \\*b\\* c\n", "paragraph: \"a \"@0 \"*b\"@3 \"* c\"@6\n"},
    {"Math", "Area $\\pi r^2$ and $$x$$.\n",
     "paragraph: \"Area \"@0 math\"$\\pi r^2$\"@5 \" and \"@14 math\"$$x$$\"@19 \".\"@24\n"},
    {"FootnoteReference", "Claim[^1] here [^note].\n",
     "paragraph: \"Claim\"@0 fn\"[^1]\"@5 \" here \"@9 fn\"[^note]\"@15 \".\"@22\n"},
    {"FootnoteDefinition", "Text[^1].\n\n[^1]: The source.\n",
     "paragraph: \"Text\"@0 fn\"[^1]\"@4 \".\"@8\nparagraph: \"The source.\"@17\n"},
    {"ConsecutiveFootnoteDefinitions", "[^a]: First.\n[^b]: Second.\n",
     "paragraph: \"First.\"@6\nparagraph: \"Second.\"@19\n"},
    {"FootnoteDefinitionThatLooksLikeALinkDefinition", "See[^1].\n\n[^1]: https://example.com/src\n",
     "paragraph: \"See\"@0 fn\"[^1]\"@3 \".\"@7\nparagraph: url\"https://example.com/src\"@16\n"},
    {"FootnoteDefinitionInQuote", "> [^q]: Quoted note.\n", "paragraph quote: \"Quoted note.\"@8\n"},
    {"HorizontalRuleAndEmpty", "---\n\n#\n\n", ""},
    {"EmptyInput", "", ""},
};

INSTANTIATE_TEST_SUITE_P(Markdown, MarkdownExtraction, ::testing::ValuesIn(kCases),
                         [](const ::testing::TestParamInfo<Case>& info) { return std::string(info.param.name); });

TEST(Markdown, RecordsLinks) {
  const std::string text = "See [the docs](https://x.org/a&amp;b \"T\") and <https://auto.org>.\n";
  const ProseMap map = extractMarkdown(text);
  ASSERT_EQ(map.blocks.size(), 1u);
  const auto& links = map.blocks[0].links;
  ASSERT_EQ(links.size(), 2u);
  EXPECT_EQ(text.substr(links[0].text.begin, links[0].text.size()), "the docs");
  EXPECT_EQ(links[0].destination, "https://x.org/a&b");
  EXPECT_EQ(links[1].destination, "https://auto.org");
}

TEST(Markdown, RecordsCodeBlocks) {
  const std::string text = "A.\n\n```js\nlet x;\n\nmore\n```\n\n    indented\n\n~~~\n~~~\nZ.\n";
  const ProseMap map = extractMarkdown(text);
  ASSERT_EQ(map.code_blocks.size(), 3u);
  EXPECT_EQ(text.substr(map.code_blocks[0].begin, map.code_blocks[0].size()), "```js\nlet x;\n\nmore\n```");
  EXPECT_EQ(text.substr(map.code_blocks[1].begin, map.code_blocks[1].size()), "indented");
  EXPECT_EQ(text.substr(map.code_blocks[2].begin, map.code_blocks[2].size()), "~~~\n~~~");
}

TEST(Markdown, UnclosedFenceRunsToEnd) {
  const std::string text = "```\ncode\n";
  const ProseMap map = extractMarkdown(text);
  EXPECT_TRUE(map.blocks.empty());
  ASSERT_EQ(map.code_blocks.size(), 1u);
  EXPECT_EQ(map.code_blocks[0].begin, 0u);
}

TEST(Markdown, RecordsHtmlComments) {
  const std::string text = "<!-- copydesk-disable spelling -->\n\nSome text <!-- inline --> here.\n\n"
                           "<!--\n  multi\n  line\n-->\n\n`<!-- not in code -->`\n";
  const ProseMap map = extractMarkdown(text);
  ASSERT_EQ(map.comments.size(), 3u);
  EXPECT_EQ(map.comments[0].body, "copydesk-disable spelling");
  EXPECT_TRUE(map.comments[0].own_line);
  EXPECT_EQ(map.comments[0].span, (ByteSpan{0, 34}));
  EXPECT_EQ(map.comments[1].body, "inline");
  EXPECT_FALSE(map.comments[1].own_line);
  EXPECT_EQ(map.comments[2].body, "multi\n  line");
  EXPECT_TRUE(map.comments[2].own_line);
}

TEST(Markdown, RecordsFootnoteDefinitions) {
  const std::string text = "Text[^1].\n\n[^1]: The source, p. 4.\n[^long]: Another\none.\n";
  const ProseMap map = extractMarkdown(text);
  ASSERT_EQ(map.footnotes.size(), 2u);
  EXPECT_EQ(map.footnotes[0].label, "1");
  EXPECT_EQ(text.substr(map.footnotes[0].span.begin, map.footnotes[0].span.size()), "[^1]: The source, p. 4.");
  EXPECT_EQ(map.footnotes[1].label, "long");
  EXPECT_EQ(text.substr(map.footnotes[1].span.begin, map.footnotes[1].span.size()), "[^long]: Another\none.");
}

TEST(Markdown, FrontMatterIsNotProse) {
  const std::string text = "---\ntitle: \"Hello: world\"\ndate: 2024-05-01\n---\n# Heading\n\nBody.\n";
  const ProseMap map = extractMarkdown(text);
  EXPECT_EQ(map.front_matter.format, FrontMatterFormat::Yaml);
  EXPECT_EQ(map.front_matter.get("title"), "Hello: world");
  EXPECT_EQ(map.front_matter.get("date"), "2024-05-01");
  EXPECT_EQ(describe(text, map), "heading1: \"Heading\"@49\nparagraph: \"Body.\"@58\n");
}

TEST(Markdown, TomlFrontMatterAfterBom) {
  const std::string text = "\xEF\xBB\xBF+++\ntitle = 'T'\n+++\n\nBody.\n";
  const ProseMap map = extractMarkdown(text);
  EXPECT_EQ(map.front_matter.format, FrontMatterFormat::Toml);
  EXPECT_EQ(map.front_matter.span, (ByteSpan{3, 22}));
  EXPECT_EQ(describe(text, map), "paragraph: \"Body.\"@24\n");
}

TEST(Markdown, BomWithoutFrontMatter) {
  const std::string text = "\xEF\xBB\xBF# Title\n";
  EXPECT_EQ(describe(text, extractMarkdown(text)), "heading1: \"Title\"@5\n");
}

TEST(Markdown, UnterminatedFrontMatterIsMarkdown) {
  const std::string text = "---\ntitle: x\n";
  const ProseMap map = extractMarkdown(text);
  EXPECT_EQ(map.front_matter.format, FrontMatterFormat::None);
  EXPECT_EQ(describe(text, map), "paragraph: \"title: x\"@4\n");  // "---" is a thematic break
}

TEST(Markdown, InvalidUtf8AndBinaryNeverCrash) {
  using namespace std::string_literals;
  std::string text = "Bad \xC3\x28 bytes \xFF\xFE and NUL \0 here.\n"s;
  text += "\0\x01\x02\x80\x81 *x* `y"s;
  for (int i = 0; i < 256; ++i) text.push_back(static_cast<char>(i));
  const ProseMap map = extractMarkdown(text);
  describe(text, map);  // checks the invariants
  EXPECT_FALSE(map.blocks.empty());
}

TEST(Markdown, DeepBlockQuoteNesting) {
  std::string text(10000, '>');
  text += " deep\n";
  const ProseMap map = extractMarkdown(text);
  ASSERT_EQ(map.blocks.size(), 1u);
  EXPECT_TRUE(map.blocks[0].in_blockquote);
  EXPECT_EQ(text.substr(map.blocks[0].span.begin, map.blocks[0].span.size()), "deep");
}

TEST(Markdown, DeepListNesting) {
  std::string text;
  for (int i = 0; i < 10000; ++i) text += "- ";
  text += "x\n";
  std::string lines;
  for (int i = 0; i < 2000; ++i) lines += std::string(static_cast<std::size_t>(i) * 2, ' ') + "- item\n";
  for (const std::string& input : {text, lines}) {
    const ProseMap map = extractMarkdown(input);
    describe(input, map);
    EXPECT_FALSE(map.blocks.empty());
  }
}

TEST(Markdown, DeepInlineNesting) {
  std::string text = std::string(10000, '[') + "x" + std::string(10000, ']') + "\n\n" + std::string(10000, '*') + "y" +
                     std::string(10000, '*') + "\n";
  const ProseMap map = extractMarkdown(text);
  describe(text, map);
}

}  // namespace
}  // namespace copydesk
