#pragma once
// Shared by the incremental-checking tests: articles to edit, random edits,
// and exact renderings of findings and tokens to compare byte for byte.
#include <cstdint>
#include <random>
#include <string>
#include <vector>

#include "engine/Engine.h"
#include "document/Document.h"

namespace copydesk::testing {

struct Article {
  std::string path;
  std::string text;
  DocumentFormat format = DocumentFormat::Markdown;
};

// The seed articles (plain text) and every `stride`-th corpus article (Markdown) up to `max_bytes` each.
std::vector<Article> articlesToEdit(std::size_t stride, std::size_t max_bytes);

// One random edit of `text` at a character boundary: typing, deleting, new
// paragraphs, markup (headings, lists, code, links, footnotes), suppression
// comments, dates, repeated lines. Returns a description for failure messages.
std::string randomEdit(std::string& text, std::mt19937& rng);

// Every field of every finding, in order.
std::string render(const std::vector<Finding>& findings);
// Every token, sentence, block range and folded word of a document.
std::string renderTokens(const Document& document);

// The rules and services of the tests: every default rule, a fixed check date.
const RuleSet& allDefaultRules();
CheckServices testServices();

}  // namespace copydesk::testing
