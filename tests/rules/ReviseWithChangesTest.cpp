// Document::revise with the changes an editor sent (several in one didChange,
// out of order, multi-byte UTF-8, CRLF, typed then deleted, whole-text
// replacements) gives the same Document as Document::create of the new text:
// text, line index, prose map, tokens, block keys, and the findings of the
// paragraph cache fed with the revised snapshots. The snapshot
// uses the line index it is given (the store's), not one of its own.
#include <gtest/gtest.h>

#include <algorithm>
#include <sstream>

#include "IncrementalTestSupport.h"
#include "engine/ParagraphCache.h"
#include "engine/Session.h"
#include "text/IndexedText.h"

namespace copydesk::testing {
namespace {

const std::vector<std::string> kPieces = {
    "",
    "a",
    "the ",
    "Z",
    " ",
    "\n",
    "\n\n",
    "\r\n",
    "\r\n\r\n",
    "\r",
    "\xC3\xA9" /* é */,
    "\xE4\xB8\xAD\xE6\x96\x87" /* 中文 */,
    "\xE2\x80\x94" /* em dash */,
    "\xF0\x9F\x8E\x89" /* 🎉 */,
    "x\xCC\x81" /* x + combining acute */,
    "# ",
    "\n- item\n",
    "\n```\ncode\n```\n",
    "[^1]",
    "<!-- c -->",
    "`",
    "*",
    "concensus",
    "In 2019, 45% of users",
    "\n\n> quote\n",
    "the the ",
};

std::size_t characterStart(std::string_view text, std::size_t at) {
  at = std::min(at, text.size());
  while (at > 0 && at < text.size() && (static_cast<unsigned char>(text[at]) & 0xC0) == 0x80) --at;
  return at;
}

// The new text and its changes, applied one by one as an editor's store
// applies a didChange's content changes.
struct Edit {
  std::shared_ptr<IndexedText> text;
  std::vector<TextChange> changes;
  std::string what;

  void apply(const IndexedText& previous, std::size_t begin, std::size_t end, std::string_view with) {
    if (!text) {
      text = std::make_shared<IndexedText>(previous, begin, end, with);
      changes.push_back(TextChange{begin, end, begin + with.size()});
    } else {
      changes.push_back(text->replace(begin, end, with));
    }
  }
  std::string_view current(const IndexedText& previous) const { return text ? text->text() : previous.text(); }
};

Edit randomEdit(const IndexedText& previous, std::mt19937& rng) {
  Edit edit;
  std::ostringstream what;
  const int count = 1 + static_cast<int>(rng() % 4);
  for (int c = 0; c < count; ++c) {
    const std::string_view now = edit.current(previous);
    switch (rng() % 8) {
      case 0: {  // the whole text replaced (a client syncing full text): one of the support's edits
        std::string next(now);
        what << "whole text after " << copydesk::testing::randomEdit(next, rng) << "; ";
        edit.apply(previous, 0, now.size(), next);
        break;
      }
      case 1: {  // a support edit, sent as a range wider than what changed
        std::string next(now);
        const std::string did = copydesk::testing::randomEdit(next, rng);
        const auto change = findChange(now, next);
        if (!change) break;
        const std::size_t widen_before = std::min<std::size_t>(change->begin, rng() % 10);
        const std::size_t widen_after = std::min<std::size_t>(now.size() - change->old_end, rng() % 10);
        const std::size_t begin = change->begin - widen_before;
        what << did << " as [" << begin << ", " << change->old_end + widen_after << "); ";
        edit.apply(previous, begin, change->old_end + widen_after,
                   std::string_view(next).substr(begin, change->new_end + widen_after - begin));
        break;
      }
      case 2: {  // typed then deleted: no change in the end
        const std::size_t at = characterStart(now, rng() % (now.size() + 1));
        const std::string& piece = kPieces[1 + rng() % (kPieces.size() - 1)];
        what << "type '" << piece << "' at " << at << " and delete it; ";
        edit.apply(previous, at, at, piece);
        edit.apply(previous, at, at + piece.size(), "");
        break;
      }
      case 3: {  // multi-cursor: the same piece at several places, from the bottom up (descending offsets)
        std::vector<std::size_t> at;
        for (int k = 0; k < 3; ++k) at.push_back(characterStart(now, rng() % (now.size() + 1)));
        std::sort(at.rbegin(), at.rend());
        const std::string& piece = kPieces[rng() % kPieces.size()];
        what << "insert '" << piece << "' at " << at[0] << ", " << at[1] << ", " << at[2] << "; ";
        for (const std::size_t a : at) edit.apply(previous, a, a, piece);
        break;
      }
      default: {  // a random range replaced by a piece
        const std::size_t begin = characterStart(now, rng() % (now.size() + 1));
        const std::size_t end = characterStart(now, begin + rng() % 24);
        const std::string& piece = kPieces[rng() % kPieces.size()];
        what << "[" << begin << ", " << end << ") -> '" << piece << "'; ";
        edit.apply(previous, begin, std::max(begin, end), piece);
        break;
      }
    }
  }
  if (!edit.text) edit.apply(previous, 0, 0, "");  // an empty didChange content change
  edit.what = what.str();
  return edit;
}

std::string renderLines(const LineIndex& lines) {
  std::ostringstream out;
  for (std::size_t line = 0; line < lines.lineCount(); ++line)
    out << lines.lineStart(line) << '-' << lines.lineEnd(line) << ' ';
  return out.str();
}

void expectSameDocument(const Document& revised, const Document& fresh, const std::string& what) {
  ASSERT_EQ(revised.text(), fresh.text()) << what;
  ASSERT_EQ(renderLines(revised.lines()), renderLines(fresh.lines())) << what;
  ASSERT_EQ(renderProse(revised.prose()), renderProse(fresh.prose())) << what;
  ASSERT_EQ(renderTokens(revised), renderTokens(fresh)) << what;
  ASSERT_EQ(revised.blockKeys(), fresh.blockKeys()) << what;
}

TEST(ReviseWithChanges, RandomDidChangesOfSeedAndCorpusArticlesMatchFreshDocuments) {
  constexpr int kEditsPerArticle = 24;
  const std::vector<Article> articles = articlesToEdit();
  ASSERT_FALSE(articles.empty());
  unsigned seed = 1000;
  for (const Article& article : articles) {
    std::mt19937 rng(seed++);
    std::shared_ptr<const Document> document = Document::create(article.path, article.text, article.format, 0);
    ParagraphCache cache;
    cache.check(document, allDefaultRules(), testServices());
    for (int version = 1; version <= kEditsPerArticle; ++version) {
      const Edit edit = randomEdit(*document->indexedText(), rng);
      const std::string what = article.path + " version " + std::to_string(version) + ": " + edit.what;
      std::shared_ptr<const IndexedText> text = edit.text;
      document = Document::revise(*document, text, edit.changes, version);
      ASSERT_EQ(document->indexedText(), text) << "the snapshot shares the text and line index it is given";
      ASSERT_EQ(&document->lines(), &text->lines());
      const auto fresh = Document::create(article.path, std::string(text->text()), article.format, version);
      expectSameDocument(*document, *fresh, what);
      if (HasFatalFailure()) return;
      const std::vector<Finding> revised = cache.check(document, allDefaultRules(), testServices());
      const std::vector<Finding> full = checkDocument(*fresh, allDefaultRules(), testServices());
      ASSERT_EQ(render(revised), render(full)) << what;
    }
  }
}

TEST(ReviseWithChanges, SeveralChangesInOneDidChange) {
  const std::string before =
      "# Title\r\n\r\nA caf\xC3\xA9 in \xE4\xB8\xAD\xE6\x96\x87 text.\r\n\r\nSecond paragraph here.\r\n";
  const auto document = Document::create("a.md", before, DocumentFormat::Markdown, 1);
  // Out of order: the second paragraph first, then the first, then a CRLF
  // line break into the title and an emoji over the é.
  Edit edit;
  const IndexedText& previous = *document->indexedText();
  const std::size_t second = before.find("Second");
  edit.apply(previous, second, second + 6, "Third");
  const std::size_t cafe = before.find("caf");
  edit.apply(previous, cafe + 3, cafe + 5, "\xF0\x9F\x8E\x89");
  edit.apply(previous, 2, 2, "New\r\n\r\n# ");
  const auto revised = Document::revise(*document, edit.text, edit.changes, 2);
  const std::string after = "# New\r\n\r\n# Title\r\n\r\nA caf\xF0\x9F\x8E\x89 in \xE4\xB8\xAD\xE6\x96\x87 "
                            "text.\r\n\r\nThird paragraph here.\r\n";
  ASSERT_EQ(revised->text(), after);
  expectSameDocument(*revised, *Document::create("a.md", after, DocumentFormat::Markdown, 2), "several changes");
}

TEST(ReviseWithChanges, WholeTextReplacementAndNoChange) {
  const auto document = Document::create("a.md", "One paragraph.\n\nTwo.\n", DocumentFormat::Markdown, 1);
  const std::string after = "# Other\n\nText entirely.\n";
  Edit edit;
  edit.apply(*document->indexedText(), 0, document->text().size(), after);
  const auto revised = Document::revise(*document, edit.text, edit.changes, 2);
  expectSameDocument(*revised, *Document::create("a.md", after, DocumentFormat::Markdown, 2), "whole text");
  // No change at all (an empty list): the same text, checked again.
  const auto same = Document::revise(*revised, revised->indexedText(), std::span<const TextChange>{}, 3);
  expectSameDocument(*same, *revised, "no change");
  EXPECT_EQ(same->version(), 3);
}

TEST(ReviseWithChanges, TheSessionUsesTheHistoryFromItsLastText) {
  DocumentSession session;
  const RuleSet& rules = allDefaultRules();
  const CheckServices services = testServices();
  auto v1 = IndexedText::make("First paragrph.\n\nSecond one.\n");
  session.check("a.md", v1, {}, DocumentFormat::Markdown, 1, rules, services, 0);
  EXPECT_EQ(session.lastTextId(), v1->id());
  auto v2 = std::make_shared<const IndexedText>(*v1, 12, 12, "a");  // "paragraph"
  auto v3 = std::make_shared<const IndexedText>(*v2, 0, 5, "1st");
  const std::vector<TextStep> history = {{v1->id(), {12, 12, 13}}, {v2->id(), {0, 5, 3}}};
  const auto checked = session.check("a.md", v3, history, DocumentFormat::Markdown, 3, rules, services, 0);
  EXPECT_EQ(checked.document->indexedText(), v3);
  EXPECT_EQ(checked.document->text(), "1st paragraph.\n\nSecond one.\n");
  const auto fresh = Document::create("a.md", std::string(v3->text()), DocumentFormat::Markdown, 3);
  expectSameDocument(*checked.document, *fresh, "history");
  EXPECT_EQ(render(checked.findings), render(checkDocument(*fresh, rules, services)));
  // A history that does not hold the last text: the texts are compared.
  auto v4 = std::make_shared<const IndexedText>(*v3, 0, 0, "# ");
  const std::vector<TextStep> unrelated = {{12345678, {0, 0, 2}}};
  const auto again = session.check("a.md", v4, unrelated, DocumentFormat::Markdown, 4, rules, services, 0);
  expectSameDocument(*again.document, *Document::create("a.md", std::string(v4->text()), DocumentFormat::Markdown, 4),
                     "unrelated");
}

}  // namespace
}  // namespace copydesk::testing
