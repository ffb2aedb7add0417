// The shortened copy of HTML that Gumbo parses (markup/HtmlShorten.h): what
// it cuts and keeps, and that Gumbo's tree of it, mapped back, is the tree of
// the whole text node for node.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "fuzz/ShortenedTree.h"
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
  // Raw text up to its own end tag, cut but for its first characters; the
  // text of a title (read) and of a textarea stay.
  EXPECT_EQ(shortened("<script>if (a<b) x = \"<p>a b</p>\";</script>Text here"), "<script>i</script>T");
  EXPECT_EQ(shortened("<style>\r\n\r\n  p { }</style><script>\n \n</script>"),
            "<style>\r\np</style><script>\n</script>");
  EXPECT_EQ(shortened("<style>p { color: red }"), "<style>p");  // to the end of the text
  // A script's "<script>" inside "<!--" opens a stretch that "</script>" only closes.
  EXPECT_EQ(shortened("<script><!-- <script></script> --></script><p>Cut text"), "<script><</script><p>C");
  EXPECT_EQ(shortened("<script><!--<script>a</script>b</script>c--></script>x y"), "<script><</script>c</script>x");
  EXPECT_EQ(shortened("<script><!--></script>x y"), "<script><</script>x");
  EXPECT_EQ(shortened("<title>A title</title><textarea>some </p> text</TEXTAREA >Done now"),
            "<title>A title</title><textarea>some </p> text</TEXTAREA >D");
}

TEST(HtmlShorten, CopiesTheRestWhereItLosesTrackOfTheTokenizer) {
  EXPECT_EQ(shortened("<p>Cut this</p><select><option>Kept whole</select><p>Kept too"),
            "<p>C</p><select><option>Kept whole</select><p>Kept too");
  EXPECT_EQ(shortened("<p>Cut this<title>No end tag"), "<p>C<title>No end tag");
  // In foreign content text is cut, but raw text tags may be no raw text.
  EXPECT_EQ(shortened("<svg><text>Cut this</text></svg><p>And this</p><style>a b</style>"),
            "<svg><text>C</text></svg><p>A</p><style>a b</style>");
  EXPECT_EQ(shortened("<math><mi>x y</mi></math><![CDATA[ a b ]]>"), "<math><mi>x</mi></math><![CDATA[ a b ]]>");
}

void expectSameTree(const std::string& text) {
  EXPECT_EQ(fuzz::shortenedTreeDifference(text), "") << text.substr(0, 80);
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
           "<script><!--<script>a</script>b</script>c--></script>x y",
           "<script><!-- a --!> <script> </script> --></script> x",
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
