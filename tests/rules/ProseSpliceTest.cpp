// Re-parsing only the edited paragraph gives exactly the prose map that
// extracting the whole new text gives: every field compared, over random
// typing and random edits of real Markdown articles.
#include <gtest/gtest.h>

#include <algorithm>
#include <memory>
#include <sstream>

#include "IncrementalTestSupport.h"
#include "document/ProseSplice.h"

namespace copydesk::testing {
namespace {

// Typing: one character inserted (letters mostly, markup sometimes) or one deleted.
std::string typeRandomly(std::string& text, std::mt19937& rng) {
  return typeOrDelete(text, rng, "etaoinshrdlu etaoin ETAO,.;'\"!?*_`~[]()<>#-+=|:1&\\$\n\r", 4);
}

TEST(ProseSplice, RandomTypingAndEditsGiveTheFullExtraction) {
  constexpr int kEditsPerArticle = 120;
  std::vector<Article> articles = articlesToEdit();
  std::erase_if(articles, [](const Article& a) { return a.format != DocumentFormat::Markdown; });
  ASSERT_EQ(articles.size(), kCorpusArticles) << "tests/data/corpus";
  // One (k8s-blog) has Windows line endings of its own; a copy of every
  // second other article (8 in all) is edited with Windows line endings too.
  ASSERT_EQ(std::count_if(articles.begin(), articles.end(),
                          [](const Article& a) { return a.text.find('\r') != std::string::npos; }),
            1);
  for (std::size_t i = 0; i < kCorpusArticles; i += 2) {
    if (articles[i].text.find('\r') != std::string::npos) continue;
    Article crlf = articles[i];
    crlf.text.clear();
    for (char c : articles[i].text) crlf.text += c == '\n' ? std::string("\r\n") : std::string(1, c);
    crlf.path += " (CRLF)";
    articles.push_back(std::move(crlf));
  }
  std::mt19937 rng(7);
  std::size_t edits = 0, paragraphs = 0, regions = 0;
  for (const Article& article : articles) {
    // The maps hold views into their text: each text lives as long as its map.
    auto before = std::make_unique<std::string>(article.text);
    ProseMap previous = extractMarkdown(*before);
    for (int n = 0; n < kEditsPerArticle; ++n) {
      auto text = std::make_unique<std::string>(*before);
      const std::string what = n % 10 == 9 ? randomEdit(*text, rng) : typeRandomly(*text, rng);
      const std::optional<TextChange> edit = findChange(*before, *text);
      std::optional<ProseSplice> splice;
      if (edit && (splice = spliceParagraphEdit(previous, *before, *text, *edit))) ++paragraphs;
      else if (edit && (splice = spliceRegionEdit(previous, *before, *text, *edit))) ++regions;
      ProseMap full = extractMarkdown(*text);
      ++edits;
      if (splice) {
        ASSERT_EQ(renderProse(splice->prose), renderProse(full)) << article.path << " after " << what;
        // Only the blocks named new may have other text: the others are the
        // previous blocks before and after them, in order.
        ASSERT_EQ(full.blocks.size() + splice->old_blocks, previous.blocks.size() + splice->new_blocks);
        for (std::size_t b = 0; b < full.blocks.size(); ++b) {
          if (b >= splice->first_block && b < splice->first_block + splice->new_blocks) continue;
          const std::size_t old = b < splice->first_block ? b : b - splice->new_blocks + splice->old_blocks;
          ASSERT_EQ(text->substr(full.blocks[b].span.begin, full.blocks[b].span.size()),
                    before->substr(previous.blocks[old].span.begin, previous.blocks[old].span.size()))
              << article.path << " after " << what;
        }
      }
      previous = splice ? std::move(splice->prose) : std::move(full);
      before = std::move(text);
    }
  }
  std::printf("prose splice: of %zu edits, %zu re-parsed one paragraph, %zu a region\n", edits, paragraphs, regions);
  // Random places include code, headings, lists and link-heavy paragraphs: a
  // quarter or more must still take the paragraph splice, an eighth the region
  // splice, for this test to mean anything.
  EXPECT_GT(paragraphs * 4, edits) << "the paragraph splice was hardly ever taken";
  EXPECT_GT(regions * 8, edits) << "the region splice was hardly ever taken";
}

std::optional<ProseMap> spliceOf(std::string_view before, std::string_view after) {
  const std::optional<TextChange> edit = findChange(before, after);
  if (!edit) return std::nullopt;
  auto splice = spliceParagraphEdit(extractMarkdown(before), before, after, *edit);
  if (!splice) return std::nullopt;
  return std::move(splice->prose);
}

// `text` with an "e" typed before the first `before`.
std::string typedBefore(std::string text, std::string_view before) {
  text.insert(text.begin() + static_cast<std::ptrdiff_t>(text.find(before)), 'e');
  return text;
}

// Typing before `before` is spliced, and the splice is the full extraction.
void expectSpliced(const std::string& text, std::string_view before) {
  const std::string edited = typedBefore(text, before);
  const auto splice = spliceOf(text, edited);
  ASSERT_TRUE(splice.has_value()) << text;
  EXPECT_EQ(renderProse(*splice), renderProse(extractMarkdown(edited)));
}

TEST(ProseSplice, TypingInsideAPlainParagraphIsSpliced) {
  const std::string before = "# Title\n\nFirst paragraph here.\n\nSecond *one* with `code`.\n\n- a list\n";
  expectSpliced(before, "here");
  expectSpliced(before, "with");
}

TEST(ProseSplice, LinesThatOnlyLookLikeMarkupAreSpliced) {
  // Lines starting with a link, emphasis, inline code, a number or a hashtag
  // begin no block (one sentence a line, as many blogs write).
  expectSpliced("Intro.\n\n[A link](/x) starts it,\n*then* `code` and\n2025 or #go or ==.\n\nEnd.\n", "starts");
  // With a link reference definition in the paragraph, a "[" line may be one.
  const std::string defined = "Intro.\n\nSome text\n[a]: /url\n\nEnd.\n";
  EXPECT_FALSE(spliceOf(defined, typedBefore(defined, "text")));
}

TEST(ProseSplice, BracketsAreSplicedUnlessTheyMayReferToADefinition) {
  const std::string definitions = "\n\nEnd.\n\n[go  blog]: /blog\n[^1]: a note\n";
  const std::string defined = "Intro.\n\nSee [the docs](/d) and [Go Blog]." + definitions;
  EXPECT_FALSE(spliceOf(defined, typedBefore(defined, "docs")));  // "[Go Blog]" is the defined "go blog"
  expectSpliced("Intro.\n\nSee [the docs](/d) and [more]." + definitions, "docs");
  const std::string noted = "Intro.\n\nSee [the docs](/d) and a note[^1]." + definitions;
  EXPECT_FALSE(spliceOf(noted, typedBefore(noted, "docs")));  // "^1" is defined
}

TEST(ProseSplice, TypingInAOneLineListItemIsSpliced) {
  const std::string list = "Intro.\n\n- first **item** here\n- [a link](/x) item\n  1. nested item\n\nEnd.\n";
  expectSpliced(list, "here");
  expectSpliced(list, "item**");  // inside emphasis
  expectSpliced(list, "/x) item");
  expectSpliced(list, "nested");
  const auto typed = [&](std::string_view before, std::string_view what) {
    std::string s = list;
    s.insert(s.find(before), what);
    return s;
  };
  EXPECT_FALSE(spliceOf(list, typed("first", "# ")));                               // the item's text becomes a heading
  EXPECT_FALSE(spliceOf(list, typed("first", "[ ] ")));                             // a task box
  EXPECT_FALSE(spliceOf(list, typed("here", "\n")));                                // a second line
  EXPECT_FALSE(spliceOf(list, typed("- first", "x")));                              // the marker
  EXPECT_FALSE(spliceOf("Intro.\n\n- one\n  two\n", "Intro.\n\n- once\n  two\n"));  // two lines
}

TEST(ProseSplice, AnItemFollowedByAFootnoteDefinitionIsParsedWhole) {
  // md4c reads the definition's line as the item's paragraph going on: the
  // item's "~" pairs with the one after it (found on tests/data/corpus/swift-blog).
  const std::string text = "Intro.\n\n * [a](/x) tex~t\n[^1]: A note.\nmo~re\n\nEnd.\n";
  const std::string edited = typedBefore(text, "tex~t");
  const auto splice = spliceOf(text, edited);
  if (splice) {
    EXPECT_EQ(renderProse(*splice), renderProse(extractMarkdown(edited)));
  }
  EXPECT_FALSE(splice.has_value());
}

TEST(ProseSplice, EditsThatCanChangeTheStructureAreParsedWhole) {
  const std::string base = "Intro.\n\nA plain paragraph.\n\nEnd.\n";
  const std::size_t at = base.find("A plain");
  const auto insertAt = [&](std::size_t pos, std::string_view what) {
    std::string s = base;
    s.insert(pos, what);
    return s;
  };
  EXPECT_FALSE(spliceOf(base, insertAt(at, "# ")));                      // becomes a heading
  EXPECT_FALSE(spliceOf(base, insertAt(at, "- ")));                      // a list
  EXPECT_FALSE(spliceOf(base, insertAt(at, "    ")));                    // indented code
  EXPECT_FALSE(spliceOf(base, insertAt(at + 7, " <!-- x")));             // an HTML comment opens
  EXPECT_FALSE(spliceOf(base, insertAt(at + 7, "\n\n")));                // splits the paragraph
  EXPECT_FALSE(spliceOf(base, insertAt(at + 7, "\n===\n")));             // a setext heading
  EXPECT_FALSE(spliceOf(base, insertAt(at + 7, "\n---\n")));             // a setext heading too
  EXPECT_FALSE(spliceOf(base, insertAt(at + 7, "\n* x")));               // a list interrupting it
  EXPECT_FALSE(spliceOf(base, insertAt(at + 7, "\n1. x")));              // an ordered one
  EXPECT_FALSE(spliceOf(base, insertAt(at + 7, "\n## x")));              // a heading
  EXPECT_FALSE(spliceOf(base, insertAt(at + 7, "\n```")));               // a fence
  EXPECT_FALSE(spliceOf(base, insertAt(at + 7, "\n* * *\n")));           // a thematic break
  EXPECT_FALSE(spliceOf(base, insertAt(base.size(), "\n[x]: /url\n")));  // a link definition anywhere
  EXPECT_FALSE(spliceOf(base, insertAt(0, "x")));                        // the first line (front matter, BOM)
  EXPECT_FALSE(spliceOf("- item one\n\n- item two\n", "- item once\n\n- item two\n"));  // on the first line
  EXPECT_FALSE(
      spliceOf("+++\ntitle = 'x'\n\n++\n\nEnd.\n", "+++\ntitle = 'x'\n\n+++\n\nEnd.\n"));     // closes front matter
  EXPECT_FALSE(spliceOf("---\ntitle: x\n\n..\n\nEnd.\n", "---\ntitle: x\n\n...\n\nEnd.\n"));  // so does "..."
  EXPECT_FALSE(spliceOf("Intro.\n\n> quoted text\n", "Intro.\n\n> quoted texts\n"));          // block quote
  EXPECT_TRUE(spliceOf(base, insertAt(at + 7, "x")));
}

// `text` with its first `what` replaced by `with`.
std::string replacedIn(const std::string& text, std::string_view what, std::string_view with) {
  const std::size_t at = text.find(what);
  return text.substr(0, at) + std::string(with) + text.substr(at + what.size());
}

// The region splice: `after` (an edit of `before`) is spliced, and the splice
// is the full extraction.
void expectRegionSpliced(std::string_view before, std::string_view after) {
  const std::optional<TextChange> edit = findChange(before, after);
  ASSERT_TRUE(edit.has_value());
  const auto splice = spliceRegionEdit(extractMarkdown(before), before, after, *edit);
  ASSERT_TRUE(splice.has_value()) << after;
  EXPECT_EQ(renderProse(splice->prose), renderProse(extractMarkdown(after))) << after;
}

bool regionSpliced(std::string_view before, std::string_view after) {
  const std::optional<TextChange> edit = findChange(before, after);
  return edit && spliceRegionEdit(extractMarkdown(before), before, after, *edit).has_value();
}

TEST(ProseSplice, RegionsTakeHeadingsCodeListsAndBlankLines) {
  const std::string base =
      "Intro.\n\n## A heading\n\nText.\n\n```go\nfunc main() {\n\n}\n```\n\n- one\n- two\n  more\n\nEnd.\n";
  const auto replaced = [&](std::string_view what, std::string_view with) { return replacedIn(base, what, with); };
  expectRegionSpliced(base, replaced("A heading", "A headings"));                        // in a heading
  expectRegionSpliced(base, replaced("func main", "func mains"));                        // in code
  expectRegionSpliced(base, replaced("{\n\n}", "{\nx\n}"));                              // a blank line in code
  expectRegionSpliced(base, replaced("  more", "  mores"));                              // a list item's second line
  expectRegionSpliced(base, replaced("Text.\n\n```", "Text.\ne\n```"));                  // a blank line filled in
  expectRegionSpliced(base, replaced("Text.", "Text.\n\nMore."));                        // a paragraph split
  expectRegionSpliced(base, replaced("## A", "# A"));                                    // a heading's level
  expectRegionSpliced(base, replaced("Intro.\n\n## A heading", "Intro.\n\nA heading"));  // no longer a heading
  expectRegionSpliced(base, base + "\nMore at the end.\n");                              // at the end of the text
}

TEST(ProseSplice, RegionsThatCanReachFurtherAreParsedWhole) {
  const std::string base = "---\ntitle: x\n---\n\nIntro.\n\nText here.\n\n```\ncode\n```\n\nEnd.\n";
  const auto replaced = [&](std::string_view what, std::string_view with) { return replacedIn(base, what, with); };
  EXPECT_FALSE(regionSpliced(base, replaced("Text here.", "```\nText here.")));    // a fence left open
  EXPECT_FALSE(regionSpliced(base, replaced("```\n\nEnd", "``\n\nEnd")));          // a fence no longer closed
  EXPECT_FALSE(regionSpliced(base, replaced("```\n\nEnd", "```x\n\nEnd")));        // nor with an info string
  EXPECT_FALSE(regionSpliced(base, replaced("Text here.", "<pre>\nText here.")));  // HTML that spans blank lines
  EXPECT_FALSE(regionSpliced(base, replaced("Text here.", "<!-- Text here.")));    // an open comment
  EXPECT_FALSE(regionSpliced(base, replaced("Text here.", "[Text]: /here")));      // a link definition
  EXPECT_FALSE(regionSpliced(base, replaced("title: x", "title: y")));             // the front matter
  const std::string unclosed = "+++\ntitle = 'x'\n\n[extra]\n\n+ ++\n\nEnd.\n";    // front matter not closed yet
  EXPECT_FALSE(regionSpliced(unclosed, replacedIn(unclosed, "+ ++", "+++")));
  EXPECT_FALSE(regionSpliced(base, replaced("Text here.", "<STYLE>\nText here.")));  // in any case
  EXPECT_FALSE(regionSpliced(base, replaced("Text here.", "<?php\nText here.")));
  EXPECT_TRUE(regionSpliced(base, replaced("Text here.", "<!-- a --> Text here.")));             // a closed comment
  EXPECT_TRUE(regionSpliced(base, replaced("Text here.", "<pre>\n\nText\n\n</PRE>\n\nhere.")));  // closed HTML
  EXPECT_TRUE(regionSpliced(base, replaced("Text here.", "Text there.")));
}

TEST(ProseSplice, AQuoteMarkerDoesNotCloseAFenceOutsideAQuote) {
  // "> ```" inside an unquoted code block is a line of code: the block runs on
  // to the next fence (found on tests/data/corpus/k8s-blog, CRLF).
  for (const std::string newline : {"\n", "\r\n"}) {
    std::string base = "Intro.\n\n```\ncode\n```\n\n```\nmore\n```\n\nEnd.\n";
    for (std::size_t at = base.find('\n'); at != std::string::npos; at = base.find('\n', at + newline.size()))
      base.replace(at, 1, newline);
    const std::string after = replacedIn(base, "code" + newline + "```", "code" + newline + "> ```");
    const std::optional<TextChange> edit = findChange(base, after);
    ASSERT_TRUE(edit.has_value());
    const auto splice = spliceRegionEdit(extractMarkdown(base), base, after, *edit);
    if (splice) {
      EXPECT_EQ(renderProse(splice->prose), renderProse(extractMarkdown(after))) << after;
    }
    EXPECT_FALSE(splice.has_value()) << after;
  }
}

TEST(ProseSplice, RegionsReadReferenceLinksWithTheDocumentsDefinitions) {
  const std::string base =
      "Intro.\n\n## See [the docs]\n\nRead [them][docs] and [Docs].\n\n[docs]: /d\n[the docs]: /t\n";
  expectRegionSpliced(base, replacedIn(base, "Read", "Reads"));
  expectRegionSpliced(base, replacedIn(base, "## See", "## Seen"));
  expectRegionSpliced(base, replacedIn(base, "[them][docs]", "[them] [docs]"));
  expectRegionSpliced(base, replacedIn(base, "[them][docs]", "[them][docs ]"));
  // A "]:" in a paragraph or in code defines nothing; in a run with
  // paragraph text it cannot be vouched for.
  expectRegionSpliced(base + "\nNot [docs]: a definition.\n\n```\n[x]: /y\n```\n",
                      replacedIn(base, "Read", "Reads") + "\nNot [docs]: a definition.\n\n```\n[x]: /y\n```\n");
  const std::string mixed = base + "\n[more]: /m\nand text\n";
  EXPECT_FALSE(regionSpliced(mixed, replacedIn(mixed, "Read", "Reads")));
}

}  // namespace
}  // namespace copydesk::testing
