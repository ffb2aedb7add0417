#pragma once
// The vocabulary of rule tests:
//   expectFindings(rule, "It was [[game-changing]].")  -- [[ ]] marks expected spans
//   expectNoFindings(rule, "It was fine.")
//   expectFix(rule, "the the cat", "the cat")           -- applies the preferred fix
// Inputs are Markdown unless a PlainText format is given.
#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "document/Document.h"
#include "engine/Engine.h"
#include "registry/Registry.h"

namespace copydesk::testing {

struct RuleRun {
  std::shared_ptr<const Document> document;
  std::vector<Finding> findings;
};

// The spell checker shared by all tests (en_US from the system).
const SpellChecker* testSpellChecker();

RuleRun runRule(std::string_view rule_id, std::string text, const nlohmann::json& options = nlohmann::json::object(),
                DocumentFormat format = DocumentFormat::Markdown);

// Strips [[ ]] markers; returns the text and the marked spans.
// The findings of one rule (with the built-in ids known) on a Markdown
// document checked on `check_date` (with the test spell checker); for the
// rules that read dates and the rule documentation's examples.
std::vector<Finding> runAt(std::string_view rule_id, const std::string& text, CivilDate check_date,
                           bool judge_by_document = false, const nlohmann::json& options = nlohmann::json::object(),
                           const std::string& path = "test.md");

std::string stripMarkers(std::string_view marked, std::vector<ByteSpan>& spans);

// Expects the findings of `run` at exactly the `expected` spans (the [[ ]]
// markers of `marked`); `found` describes the findings for a failure message.
void expectFindingSpans(const RuleRun& run, const std::vector<ByteSpan>& expected, std::string_view marked,
                        const std::string& found);

void expectFindings(std::string_view rule_id, std::string_view marked,
                    const nlohmann::json& options = nlohmann::json::object(),
                    DocumentFormat format = DocumentFormat::Markdown);
void expectNoFindings(std::string_view rule_id, std::string_view text,
                      const nlohmann::json& options = nlohmann::json::object(),
                      DocumentFormat format = DocumentFormat::Markdown);
// `text` has exactly one finding of `rule_id`, with exactly one fix, safe or not as `safe` says.
void expectFixSafety(std::string_view rule_id, std::string_view text, bool safe,
                     const nlohmann::json& options = nlohmann::json::object());
void expectFix(std::string_view rule_id, std::string_view before, std::string_view after,
               const nlohmann::json& options = nlohmann::json::object(),
               DocumentFormat format = DocumentFormat::Markdown);

// A text for a table of cases (TEST_P): [[ ]] marks each finding expected, no
// marks: none expected.
struct MarkedCase {
  const char* name;
  std::string marked;
  DocumentFormat format = DocumentFormat::Markdown;
};
std::string markedCaseName(const ::testing::TestParamInfo<MarkedCase>& info);

// A text and what an edit made for `word` in it turns it into.
struct EditCase {
  const char* name;
  std::string text;
  std::string word;
  std::string expected;
  DocumentFormat format = DocumentFormat::Markdown;
};
std::string editCaseName(const ::testing::TestParamInfo<EditCase>& info);

// `text` with `edit` applied; a test failure (and `text` unchanged) when there is no edit.
std::string withEdit(const std::string& text, const std::optional<TextEdit>& edit);

}  // namespace copydesk::testing
