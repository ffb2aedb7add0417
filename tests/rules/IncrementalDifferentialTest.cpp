// Incremental checking gives exactly what a check from scratch gives: random
// edits of real articles, each followed by Document::revise + ParagraphCache
// on one side and Document::create + checkDocument on the other, compared
// byte for byte (findings, tokens and block keys).
#include <gtest/gtest.h>

#include "IncrementalTestSupport.h"
#include "engine/ParagraphCache.h"

namespace copydesk::testing {
namespace {

constexpr int kEditsPerArticle = 48;

void editAndCompare(const Article& article, unsigned seed) {
  std::mt19937 rng(seed);
  std::string text = article.text;
  ParagraphCache cache;
  std::shared_ptr<const Document> document = Document::create(article.path, text, article.format, 0);
  for (int version = 0; version <= kEditsPerArticle; ++version) {
    std::string edit = "the original text";
    if (version > 0) {
      edit = randomEdit(text, rng);
      document = Document::revise(*cache.lastDocument(), text, version);
    }
    const std::shared_ptr<const Document> fresh = Document::create(article.path, text, article.format, version);
    ASSERT_EQ(renderTokens(*document), renderTokens(*fresh)) << article.path << " after " << edit;
    ASSERT_EQ(document->blockKeys(), fresh->blockKeys()) << article.path << " after " << edit;
    const std::vector<Finding> incremental = cache.check(document, allDefaultRules(), testServices());
    const std::vector<Finding> full = checkDocument(*fresh, allDefaultRules(), testServices());
    ASSERT_EQ(render(incremental), render(full)) << article.path << " after edit " << version << ": " << edit;
  }
}

TEST(IncrementalDifferential, RandomEditsOfSeedAndCorpusArticlesMatchFullChecks) {
  const std::vector<Article> articles = articlesToEdit();
  ASSERT_EQ(articles.size(), kSeedArticles + kCorpusArticles) << "tests/data/seeds and tests/data/corpus";
  unsigned seed = 1;
  for (const Article& article : articles) {
    editAndCompare(article, seed++);
    if (HasFatalFailure()) return;
  }
}

}  // namespace
}  // namespace copydesk::testing
