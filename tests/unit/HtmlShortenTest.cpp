// The shortened copy of HTML that Gumbo parses (markup/HtmlShorten.h): what
// it cuts and keeps, and that Gumbo's tree of it, mapped back, is the tree of
// the whole text node for node.
#include <gtest/gtest.h>
#include <gumbo.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "markup/HtmlShorten.h"

namespace copydesk::markup::detail {
namespace {

std::string shortened(std::string_view text) { return shortenHtml(text, 0).text; }

TEST(HtmlShorten, CutsTextAfterItsFirstByte) {
  EXPECT_EQ(shortened("<p>Hello world, again.</p>"), "<p>H</p>");
  // Of leading blanks the first stays (a CR LF whole), all of them after <pre>.
  EXPECT_EQ(shortened("<li>\n  Indented item\n<li>x"), "<li>\nI<li>x");
  EXPECT_EQ(shortened("<p>  \n  </p><p>\r\n\r\n  x y</p>"), "<p> </p><p>\r\nx</p>");
  EXPECT_EQ(shortened("<pre>\n\n  code()</pre>"), "<pre>\n\n  c</pre>");
}

TEST(HtmlShorten, MapsOffsetsBack) {
  const std::string text = "<p>Hello world</p><p>Again here</p>";
  const ShortenedHtml s = shortenHtml(text, 100);
  ASSERT_EQ(s.text, "<p>H</p><p>A</p>");
  EXPECT_EQ(s.sourceOffset(3), 103u);   // "H"
  EXPECT_EQ(s.sourceOffset(4), 114u);   // "</p>": after the cut
  EXPECT_EQ(s.sourceOffset(11), 121u);  // "A"
  EXPECT_EQ(s.sourceOffset(s.text.size()), 100 + text.size());
}

TEST(HtmlShorten, KeepsWhatIsNoTextOfTheDataState) {
  // A word right after a character reference, which reads on into it.
  EXPECT_EQ(shortened("<p>&amp;more words"), "<p>&amp;more w");
  EXPECT_EQ(shortened("<p>caf&eacute; au lait"), "<p>c&eacute; a");
  // Attributes, quoted values holding '>', comments, doctypes.
  EXPECT_EQ(shortened("<p title=\"a > b\">Some text</p>"), "<p title=\"a > b\">S</p>");
  EXPECT_EQ(shortened("<!DOCTYPE html><!-- a comment --><p>x y"), "<!DOCTYPE html><!-- a comment --><p>x");
  // Raw text up to its own end tag.
  EXPECT_EQ(shortened("<script>if (a<b) x = \"<p>a b</p>\";</script>Text here"),
            "<script>if (a<b) x = \"<p>a b</p>\";</script>T");
  EXPECT_EQ(shortened("<title>A title</title><textarea>some </p> text</TEXTAREA >Done now"),
            "<title>A title</title><textarea>some </p> text</TEXTAREA >D");
}

TEST(HtmlShorten, CopiesTheRestWhereItLosesTrackOfTheTokenizer) {
  EXPECT_EQ(shortened("<p>Cut this</p><select><option>Kept whole</select><p>Kept too"),
            "<p>C</p><select><option>Kept whole</select><p>Kept too");
  EXPECT_EQ(shortened("<script><!-- <script></script> --></script><p>Kept text"),
            "<script><!-- <script></script> --></script><p>Kept text");
  // In foreign content text is cut, but raw text tags may be no raw text.
  EXPECT_EQ(shortened("<svg><text>Cut this</text></svg><p>And this</p><style>a b</style>"),
            "<svg><text>C</text></svg><p>A</p><style>a b</style>");
  EXPECT_EQ(shortened("<math><mi>x y</mi></math><![CDATA[ a b ]]>"), "<math><mi>x</mi></math><![CDATA[ a b ]]>");
}

// Gumbo's trees of the text and of its shortened copy match node for node,
// with every position mapped back.
class TreeComparison {
 public:
  TreeComparison(std::string_view text, const ShortenedHtml& s) : text_(text), s_(s) {}

  void expectSame(const GumboNode* a, const GumboNode* b) {
    ASSERT_EQ(a->type, b->type);
    ASSERT_EQ(a->parse_flags, b->parse_flags);
    if (a->type == GUMBO_NODE_DOCUMENT) {
      expectSameChildren(a->v.document.children, b->v.document.children);
    } else if (a->type == GUMBO_NODE_ELEMENT || a->type == GUMBO_NODE_TEMPLATE) {
      ASSERT_EQ(a->v.element.tag, b->v.element.tag);
      ASSERT_EQ(a->v.element.tag_namespace, b->v.element.tag_namespace);
      expectSamePiece(a->v.element.original_tag, b->v.element.original_tag);
      expectSamePiece(a->v.element.original_end_tag, b->v.element.original_end_tag);
      ASSERT_EQ(a->v.element.end_pos.offset, s_.sourceOffset(b->v.element.end_pos.offset));
      expectSameChildren(a->v.element.children, b->v.element.children);
    } else {
      expectSamePiece(a->v.text.original_text, b->v.text.original_text);
    }
  }

 private:
  void expectSameChildren(const GumboVector& a, const GumboVector& b) {
    ASSERT_EQ(a.length, b.length);
    for (unsigned i = 0; i < a.length; ++i)
      expectSame(static_cast<const GumboNode*>(a.data[i]), static_cast<const GumboNode*>(b.data[i]));
  }

  void expectSamePiece(const GumboStringPiece& a, const GumboStringPiece& b) {
    ASSERT_EQ(a.length == 0, b.length == 0);
    if (a.length == 0) return;
    const auto at = [](const char* p, const char* base) { return static_cast<std::size_t>(p - base); };
    ASSERT_EQ(at(a.data, text_.data()), s_.sourceOffset(at(b.data, s_.text.data())));
    ASSERT_EQ(at(a.data, text_.data()) + a.length, s_.sourceOffset(at(b.data, s_.text.data()) + b.length));
  }

  std::string_view text_;
  const ShortenedHtml& s_;
};

void expectSameTree(const std::string& text) {
  SCOPED_TRACE(text.substr(0, 80));
  const ShortenedHtml s = shortenHtml(text, 0);
  GumboOutput* a = gumbo_parse_with_options(&kGumboDefaultOptions, text.data(), text.size());
  GumboOutput* b = gumbo_parse_with_options(&kGumboDefaultOptions, s.text.data(), s.text.size());
  TreeComparison(text, s).expectSame(a->document, b->document);
  gumbo_destroy_output(&kGumboDefaultOptions, a);
  gumbo_destroy_output(&kGumboDefaultOptions, b);
}

TEST(HtmlShorten, GumboBuildsTheSameTree) {
  for (const char* text : {
           "Text before any tag <p>then a paragraph",
           "<html><head> <title>T</title> text in the head<p>x",
           "<table> loose text <tr><td>cell text</td> more</table>",
           "<table><colgroup> words <col></table>",
           "<p><b>bold <i>both</b> after the end</i> still</p>",
           "<a href=x>one <a href=y>two</a> three",
           "<pre>\n\nfirst line\nsecond</pre><listing>\r\nq w</listing>",
           "<p>a\r\n b\r\n</p>text\r\n<br>",
           "</body> after the body </html> after the html",
           "<svg><desc>text <b>breaks out</b> here</desc></svg> after",
           "<math><mi>x</mi><mtext>t <p>u v</p></mtext></math> after",
           "<p>x < y and 3<4 &amp; a&ampb &#x41; q</p>",
           "<frameset><frame> text",
       })
    expectSameTree(text);
  const std::filesystem::path samples =
      std::filesystem::path(COPYDESK_SOURCE_DIR) / "tests" / "data" / "formats" / "html";
  for (const auto& entry : std::filesystem::directory_iterator(samples)) {
    if (entry.path().extension() == ".md") continue;
    std::ifstream in(entry.path(), std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    expectSameTree(text.str());
  }
}

}  // namespace
}  // namespace copydesk::markup::detail
