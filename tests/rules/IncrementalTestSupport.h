#pragma once
// Shared by the incremental-checking tests: articles to edit, random edits,
// and exact renderings of findings and tokens to compare byte for byte.
#include <cstdint>
#include <random>
#include <string>
#include <string_view>
#include <vector>

#include "document/Document.h"
#include "engine/Engine.h"

namespace copydesk::testing {

struct Article {
  std::string path;
  std::string text;
  DocumentFormat format = DocumentFormat::Markdown;
};

// The articles of the repository's test data, sorted by path: tests/data/seeds/*.txt
// (plain text), then tests/data/corpus/**/*.md (Markdown); the READMEs there give sources and licences.
inline constexpr std::size_t kSeedArticles = 4, kCorpusArticles = 15;
std::vector<Article> articlesToEdit();

// One random edit of `text` at a character boundary: typing, deleting, new
// paragraphs, markup (headings, lists, code, links, footnotes), suppression
// comments, dates, repeated lines. Returns a description for failure messages.
std::string randomEdit(std::string& text, std::mt19937& rng);

// One character of `typed` inserted at a random character boundary, or (one
// time in `delete_one_in`) the character there deleted. Returns a description.
std::string typeOrDelete(std::string& text, std::mt19937& rng, std::string_view typed, unsigned delete_one_in);

// Every field of every finding, in order.
std::string render(const std::vector<Finding>& findings);
// Every field of a prose map.
std::string renderProse(const ProseMap& prose);
// Every token, sentence, block range and folded word of a document.
std::string renderTokens(const Document& document);

// The rules and services of the tests: every default rule, a fixed check date.
const RuleSet& allDefaultRules();
CheckServices testServices();

}  // namespace copydesk::testing
