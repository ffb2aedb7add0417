// ParagraphCache re-runs paragraph rules only on the blocks an edit touched,
// and still honours suppression comments, front matter and document-wide inputs.
#include <gtest/gtest.h>

#include "IncrementalTestSupport.h"
#include "engine/ParagraphCache.h"

namespace copydesk::testing {
namespace {

const std::string kArticle = "# A title\n\n"
                             "The first paragraph has a mispelled word.\n\n"
                             "The second paragraph is very unique in every way.\n\n"
                             "The third paragraph says 70% of developers agree.\n\n"
                             "The fourth paragraph is quiet.\n";

struct Checked {
  std::vector<Finding> findings;
  ParagraphCacheStats stats;
};

class ParagraphCacheTest : public ::testing::Test {
 protected:
  Checked check(const std::string& text) {
    std::shared_ptr<const Document> previous = cache_.lastDocument();
    auto document = previous ? Document::revise(*previous, text, ++version_)
                             : Document::create("article.md", text, DocumentFormat::Markdown, version_);
    Checked out{cache_.check(document, allDefaultRules(), testServices()), cache_.stats()};
    const auto fresh = Document::create("article.md", text, DocumentFormat::Markdown, version_);
    EXPECT_EQ(render(out.findings), render(checkDocument(*fresh, allDefaultRules(), testServices())));
    return out;
  }

  static std::size_t countRule(const std::vector<Finding>& findings, std::string_view rule_id) {
    return static_cast<std::size_t>(
        std::count_if(findings.begin(), findings.end(), [&](const Finding& f) { return f.rule_id == rule_id; }));
  }

  ParagraphCache cache_;
  std::int64_t version_ = 0;
};

TEST_F(ParagraphCacheTest, FirstCheckRunsOnEveryBlock) {
  const Checked first = check(kArticle);
  EXPECT_EQ(first.stats.blocks, 5u);
  EXPECT_EQ(first.stats.blocks_checked, 5u);
  EXPECT_EQ(countRule(first.findings, "spelling"), 1u);
}

TEST_F(ParagraphCacheTest, AnEditInOneParagraphRechecksOnlyThatParagraph) {
  check(kArticle);
  std::string edited = kArticle;
  edited.replace(edited.find("is quiet"), 8, "is very quiet and teh end");
  const Checked second = check(edited);
  EXPECT_EQ(second.stats.blocks_checked, 1u);
  EXPECT_GE(second.stats.rule_runs, 1u);
  EXPECT_EQ(countRule(second.findings, "spelling"), 2u);  // the old one kept, the new one found

  // Moving every block (an edit in the first) still reuses the rest.
  std::string moved = edited;
  moved.insert(moved.find("A title"), "Better ");
  const Checked third = check(moved);
  EXPECT_EQ(third.stats.blocks_checked, 1u);
  EXPECT_EQ(countRule(third.findings, "spelling"), 2u);
}

TEST_F(ParagraphCacheTest, ParagraphsMovedOrRemovedKeepTheirFindings) {
  check(kArticle);
  const std::string first = "The first paragraph has a mispelled word.\n\n";
  const std::string third = "The third paragraph says 70% of developers agree.\n\n";
  std::string swapped = kArticle;
  swapped.erase(swapped.find(first), first.size());
  swapped.insert(swapped.find("The fourth"), first);  // now after the third
  const Checked moved = check(swapped);
  EXPECT_EQ(moved.stats.blocks_checked, 0u);
  EXPECT_EQ(countRule(moved.findings, "spelling"), 1u);
  std::string removed = swapped;
  removed.erase(removed.find(third), third.size());
  const Checked after_removal = check(removed);
  EXPECT_EQ(after_removal.stats.blocks_checked, 0u);
  EXPECT_EQ(after_removal.stats.blocks, 4u);
}

TEST_F(ParagraphCacheTest, UnchangedTextRunsNoParagraphRule) {
  check(kArticle);
  const Checked again = check(kArticle);
  EXPECT_EQ(again.stats.blocks_checked, 0u);
  EXPECT_EQ(again.stats.rule_runs, 0u);
}

TEST_F(ParagraphCacheTest, SuppressionCommentAddedElsewhereStillApplies) {
  check(kArticle);
  std::string suppressed = kArticle;
  suppressed.insert(suppressed.find("The first"), "<!-- copydesk-disable-next-line spelling -->\n");
  const Checked second = check(suppressed);
  EXPECT_EQ(countRule(second.findings, "spelling"), 0u);
  EXPECT_EQ(second.stats.blocks_checked, 0u);  // the comment is no block: findings reused, then suppressed
}

TEST_F(ParagraphCacheTest, FrontMatterSettingsApplyToReusedFindings) {
  check(kArticle);
  const Checked second = check("---\ncopydesk:\n  disable: [spelling]\n---\n" + kArticle);
  EXPECT_EQ(countRule(second.findings, "spelling"), 0u);
}

TEST_F(ParagraphCacheTest, ADocumentDateChangeRechecksDateDependentRules) {
  const std::string dated = "---\ndate: 2020-01-01\n---\n" + kArticle + "\nNext year we will ship it.\n";
  check(dated);
  std::string redated = dated;
  redated.replace(redated.find("2020"), 4, "2025");
  const Checked second = check(redated);  // compared with a full check inside check()
  EXPECT_EQ(second.stats.blocks_checked, second.stats.blocks);
}

// Source material (a "Sources" section, footnotes) is read by block, not by
// offset: typing before it rechecks only the edited block, and a block that
// moves into or out of it is checked again (check() compares each result
// with a full check).
TEST_F(ParagraphCacheTest, SourceSectionsAreReadByBlockNotByOffset) {
  const std::string article = kArticle + "\nNext year 70% of teams will ship it.[^1]\n\n## Sources\n\n"
                                         "Next year 40% of users will ship it.\n\n## Later\n\n"
                                         "Next year 30% of users will ship it.\n\n[^1]: Next year 20% will.\n";
  check(article);
  std::string typed = article;
  typed.insert(typed.find("first"), "e");
  EXPECT_EQ(check(typed).stats.blocks_checked, 1u);
  std::string merged = typed;
  merged.erase(merged.find("## Later"), 3);  // its paragraph joins the sources
  const Checked third = check(merged);
  EXPECT_GT(third.stats.blocks_checked, 1u);
}

TEST_F(ParagraphCacheTest, ANewSaltRechecksEverything) {
  check(kArticle);
  auto document = Document::revise(*cache_.lastDocument(), kArticle, ++version_);
  cache_.check(document, allDefaultRules(), testServices(), /*salt=*/7);
  EXPECT_EQ(cache_.stats().blocks_checked, 5u);
}

}  // namespace
}  // namespace copydesk::testing
