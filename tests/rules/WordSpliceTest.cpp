// The word splice of every format that has one, and the region splices of
// HTML and reStructuredText documents, give exactly the prose map that
// extracting the whole new text gives, over random typing (of words, and of
// markup) in the format samples of tests/data/formats (their READMEs give
// sources and licences).
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <memory>
#include <random>
#include <sstream>

#include "IncrementalTestSupport.h"
#include "document/ProseSplice.h"

namespace copydesk::testing {
namespace {

namespace fs = std::filesystem;

// The samples of `format` (its folder and seed 001 written in it; commit
// messages are named after their commits, not COMMIT_EDITMSG).
std::vector<std::string> samples(DocumentFormat format, const std::string& folder) {
  const fs::path data = fs::path(COPYDESK_SOURCE_DIR) / "tests" / "data" / "formats";
  std::vector<fs::path> paths;
  for (const fs::path& dir : {data / folder, data / "seed-001"})
    for (const auto& entry : fs::directory_iterator(dir))
      if (entry.path().filename() != "README.md" &&
          (formatForPath(entry.path().string()) == format || entry.path().extension() == ".msg"))
        paths.push_back(entry.path());
  std::sort(paths.begin(), paths.end());
  std::vector<std::string> out;
  for (const fs::path& path : paths) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    out.push_back(text.str());
  }
  return out;
}

// Typing as in an editor: letters and digits mostly, at random places (so in
// tags, entities, markup and at line starts too), sometimes a blank or a
// deletion.
std::string typeRandomly(std::string& text, std::mt19937& rng) {
  return typeOrDelete(text, rng, "etaoinshrdluETAOINw0123 ", 3);
}

// The same with markup: punctuation, brackets, line ends and blanks.
std::string typeMarkup(std::string& text, std::mt19937& rng) {
  return typeOrDelete(text, rng, "etaoin ETAO,.;'\"!?*_`~[]()<>#-+=|:/&\\$\n\r\t", 4);
}

struct SpliceCounts {
  std::size_t words = 0, regions = 0;
  std::size_t in_code = 0;  // of the word splices, edits of HTML code (no block re-read)
};

// Word splices (and region splices for HTML and reST) over random typing, each
// compared with extracting the whole new text; returns how many of each.
// `often`: whether a sixth of the edits or more must be spliced.
SpliceCounts expectSplicesAreExact(DocumentFormat format, const std::vector<std::string>& texts,
                                   std::string (*type)(std::string&, std::mt19937&) = typeRandomly, bool often = true) {
  EXPECT_GE(texts.size(), 4u);
  constexpr int kEditsPerText = 400;
  std::mt19937 rng(11);
  std::size_t edits = 0, words = 0, regions = 0, in_code = 0;
  for (const std::string& original : texts) {
    // The maps hold views into their text: each text lives as long as its map.
    auto before = std::make_unique<std::string>(original);
    ProseMap previous = extractProse(*before, format);
    for (int n = 0; n < kEditsPerText; ++n) {
      auto text = std::make_unique<std::string>(*before);
      const std::string what = type(*text, rng);
      const std::optional<TextChange> edit = findChange(*before, *text);
      std::optional<ProseSplice> splice;
      if (edit && (splice = spliceWordEdit(previous, *before, *text, *edit, format))) {
        ++words;
        in_code += splice->new_blocks == 0 ? 1 : 0;
      } else if (edit && format == DocumentFormat::Html &&
                 (splice = spliceHtmlRegionEdit(previous, *before, *text, *edit)))
        ++regions;
      else if (edit && format == DocumentFormat::RestructuredText &&
               (splice = spliceRstRegionEdit(previous, *before, *text, *edit)))
        ++regions;
      ProseMap full = extractProse(*text, format);
      ++edits;
      if (splice) {
        EXPECT_EQ(renderProse(splice->prose), renderProse(full)) << what;
        if (renderProse(splice->prose) != renderProse(full)) return {};
        // Only the blocks named new may have other text: the others are the
        // previous blocks before and after them, in order.
        EXPECT_EQ(full.blocks.size() + splice->old_blocks, previous.blocks.size() + splice->new_blocks);
        for (std::size_t b = 0; b < full.blocks.size(); ++b) {
          if (b >= splice->first_block && b < splice->first_block + splice->new_blocks) continue;
          const std::size_t old = b < splice->first_block ? b : b - splice->new_blocks + splice->old_blocks;
          EXPECT_EQ(text->substr(full.blocks[b].span.begin, full.blocks[b].span.size()),
                    before->substr(previous.blocks[old].span.begin, previous.blocks[old].span.size()))
              << what;
        }
      }
      previous = splice ? std::move(splice->prose) : std::move(full);
      before = std::move(text);
    }
  }
  std::printf("splices (%s): of %zu edits, %zu word splices (%zu in code), %zu region splices\n",
              std::string(formatInfo(format).name).c_str(), edits, words, in_code, regions);
  // Random places are markup as often as prose: a sixth or more must still be spliced.
  if (often) {
    EXPECT_GT((words + regions) * 6, edits) << "the splices were hardly ever taken";
  }
  return {words, regions, in_code};
}

TEST(WordSplice, RandomTypingInHtmlGivesTheFullExtraction) {
  const SpliceCounts html = expectSplicesAreExact(DocumentFormat::Html, samples(DocumentFormat::Html, "html"));
  // Edits in tags, attributes, code and between blocks: the region splice
  // takes a tenth of all or more (not the head, nor markup the typing broke).
  EXPECT_GT(html.regions * 10, html.words + html.regions) << "the region splice was hardly ever taken";
  // Typing in code blocks (dip3-comprehensions.html has them) moves the map alone.
  EXPECT_GE(html.in_code, 5u) << "edits of code were hardly ever spliced";
}

TEST(RegionSplice, TypingMarkupInHtmlAndRestructuredTextGivesTheFullExtraction) {
  const auto html = expectSplicesAreExact(DocumentFormat::Html, samples(DocumentFormat::Html, "html"), typeMarkup);
  const auto rst = expectSplicesAreExact(DocumentFormat::RestructuredText,
                                         samples(DocumentFormat::RestructuredText, "restructuredtext"), typeMarkup);
  EXPECT_GT(html.regions * 20, 1600u) << "the HTML region splice was hardly ever taken";
  EXPECT_GT(rst.regions * 4, 1600u) << "the reST region splice was hardly ever taken";
}

TEST(WordSplice, RandomTypingInRestructuredTextGivesTheFullExtraction) {
  expectSplicesAreExact(DocumentFormat::RestructuredText,
                        samples(DocumentFormat::RestructuredText, "restructuredtext"));
}

// The formats whose only splice is the word splice.
TEST(WordSplice, RandomTypingInTheOtherFormatsGivesTheFullExtraction) {
  for (const auto& [format, folder] : {std::pair{DocumentFormat::AsciiDoc, "asciidoc"},
                                       {DocumentFormat::Org, "org"},
                                       {DocumentFormat::Typst, "typst"},
                                       {DocumentFormat::Latex, "latex"},
                                       {DocumentFormat::Mdx, "mdx"},
                                       {DocumentFormat::GitCommit, "git-commit"}}) {
    SCOPED_TRACE(folder);
    expectSplicesAreExact(format, samples(format, folder));
    expectSplicesAreExact(format, samples(format, folder), typeMarkup, false);
  }
}

std::optional<ProseSplice> typeBefore(const std::string& text, std::string_view before, DocumentFormat format) {
  std::string edited = text;
  edited.insert(edited.find(before), "e");
  const std::optional<TextChange> edit = findChange(text, edited);
  std::optional<ProseSplice> splice = spliceWordEdit(extractProse(text, format), text, edited, *edit, format);
  if (splice) {
    EXPECT_EQ(renderProse(splice->prose), renderProse(extractProse(edited, format))) << before;
  }
  return splice;
}

// A paragraph line over a line of "=" becomes an AsciiDoc title when the two lengths come within two bytes.
TEST(WordSplice, AsciiDocLinesOverAnUnderlineAreNotSpliced) {
  const std::string text = "Intro text here.\n\nA line of some words\n=====\n\nMore.\n";
  EXPECT_FALSE(typeBefore(text, "words", DocumentFormat::AsciiDoc)) << "the line may become a title";
  EXPECT_TRUE(typeBefore(text, "text", DocumentFormat::AsciiDoc));
}

TEST(WordSplice, OnlyWordsInsideProseAreSpliced) {
  const std::string html =
      "<p>One <b>big bold</b> words here and more&amp;more and http://ww.example.com here\nnext line</p>\n";
  EXPECT_TRUE(typeBefore(html, "ere and", DocumentFormat::Html));     // inside a word
  EXPECT_TRUE(typeBefore(html, "old<", DocumentFormat::Html));        // before a tag
  EXPECT_FALSE(typeBefore(html, "ne ", DocumentFormat::Html));        // the first word of a line
  EXPECT_FALSE(typeBefore(html, "ore", DocumentFormat::Html));        // next to an entity
  EXPECT_FALSE(typeBefore(html, "w.example", DocumentFormat::Html));  // a URL in the making
  EXPECT_FALSE(typeBefore(html, "b>", DocumentFormat::Html));         // a tag
  const std::string code =
      "<p>Some words.\n<pre class=\"x>y\"><kbd>run this</kbd> &amp;more\nand  then <b>bold</b></pre>\n<p>After.\n";
  EXPECT_TRUE(typeBefore(code, "un this", DocumentFormat::Html));  // a word of code: no block changes
  EXPECT_TRUE(typeBefore(code, "hen", DocumentFormat::Html));
  EXPECT_TRUE(typeBefore(code, " then", DocumentFormat::Html));  // between blanks
  EXPECT_TRUE(typeBefore(code, "ore", DocumentFormat::Html));    // after an entity
  EXPECT_FALSE(typeBefore(code, "mp;", DocumentFormat::Html));   // the entity's name
  EXPECT_FALSE(typeBefore(code, "bd>", DocumentFormat::Html));   // a tag's name
  EXPECT_FALSE(typeBefore(code, "y\"", DocumentFormat::Html));   // an attribute's value, after a quoted '>'
  const std::string rst = "Title\n=====\n\nA para with *emph* and ``code`` here.\n\n=== ===\nx a  y b\n=== ===\n";
  EXPECT_TRUE(typeBefore(rst, "ara", DocumentFormat::RestructuredText));
  EXPECT_FALSE(typeBefore(rst, "itle", DocumentFormat::RestructuredText));  // a title
  EXPECT_FALSE(typeBefore(rst, "mph", DocumentFormat::RestructuredText));   // next to an emphasis mark
  EXPECT_FALSE(typeBefore(rst, "ode", DocumentFormat::RestructuredText));   // code
  EXPECT_FALSE(typeBefore(rst, " y b", DocumentFormat::RestructuredText));  // a table cell, read by column
}

std::optional<ProseSplice> htmlRegionAfter(const std::string& html, std::string_view before, std::string_view typed) {
  std::string edited = html;
  edited.insert(edited.find(before), typed);
  const std::optional<TextChange> edit = findChange(html, edited);
  std::optional<ProseSplice> splice = spliceHtmlRegionEdit(extractHtml(html), html, edited, *edit);
  if (splice) {
    EXPECT_EQ(renderProse(splice->prose), renderProse(extractHtml(edited)));
  }
  return splice;
}

TEST(HtmlRegionSplice, TagsAndAttributesOfABlockAreReparsedAlone) {
  const std::string html =
      "<!DOCTYPE html>\n<title>T</title>\n<p>One <a href=x>link</a> here.\n\n<pre>code\nmore</pre>\n"
      "<ul>\n<li>an item\n<li>another\n</ul>\n<p>Last <b>bold</b> words.\n";
  EXPECT_TRUE(htmlRegionAfter(html, "ref=x", "e"));           // an attribute's name
  EXPECT_TRUE(htmlRegionAfter(html, "x>link", "e"));          // a link's destination
  EXPECT_TRUE(htmlRegionAfter(html, "more</pre>", "e"));      // code
  EXPECT_FALSE(htmlRegionAfter(html, "another", "<i>"));      // a formatting element left open is reopened later
  EXPECT_FALSE(htmlRegionAfter(html, "T</title>", "e"));      // the head: read from the whole text
  EXPECT_FALSE(htmlRegionAfter(html, "code", "<!--"));        // a comment left open
  EXPECT_FALSE(htmlRegionAfter(html, "bold", "<a href=y>"));  // a link left open reaches past the region
  EXPECT_TRUE(htmlRegionAfter(html, "</ul>", "<ol>"));        // closed by the list's end tag
  EXPECT_FALSE(htmlRegionAfter(html, "\n<p>Last", "<ol>"));   // left open for what follows
}

TEST(HtmlRegionSplice, ABlockQuoteLeftOpenBeforeTheRegionQuotesItsBlocks) {
  // "</blockquotee>" closes nothing: the quote runs on to the end.
  const std::string html = "<!DOCTYPE html>\n<blockquote>\n<p>Quoted.\n</blockquotee>\n<p>After <a href=x>a link</a>.\n"
                           "<ul>\n<li>an item\n</ul>\n<p>Last.\n";
  EXPECT_TRUE(htmlRegionAfter(html, "ref=x", "e"));
  EXPECT_TRUE(htmlRegionAfter(html, "an item", "<b>new</b> "));
  EXPECT_TRUE(htmlRegionAfter(html, "</ul>", "<p>A new paragraph.\n"));
  EXPECT_FALSE(htmlRegionAfter(html, "<ul>", "</blockquote>"));  // closes the quote opened before
}

TEST(HtmlRegionSplice, EndTagsThatCloseNothingAreDroppedAlike) {
  // "</kbdd>" closes nothing up to the <pre> around it: the whole text drops
  // it too, with LF or CR LF line ends after it.
  for (const std::string eol : {"\n", "\r\n"}) {
    const std::string html = "<!DOCTYPE html>" + eol + "<p>One." + eol + "<pre><kbd>run</kbd></kbdd>" + eol +
                             "out</pre>" + eol + "<p>Two <b>bold</b>." + eol;
    EXPECT_TRUE(htmlRegionAfter(html, "out<", "e"));
    EXPECT_TRUE(htmlRegionAfter(html, "</kbdd>", "</xyz>"));
    EXPECT_FALSE(htmlRegionAfter(html, "</kbdd>", "</b>"));    // may close a <b> opened before the region
    EXPECT_FALSE(htmlRegionAfter(html, "</kbdd>", "</div>"));  // a block's end tag: read in the whole text
  }
}

}  // namespace
}  // namespace copydesk::testing
