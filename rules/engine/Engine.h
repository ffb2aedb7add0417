#pragma once
// Runs a set of rules over a document and returns its findings, sorted by
// position. Thread-safe: rules are const and the document is immutable.
#include <memory>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "engine/Finding.h"
#include "engine/Rule.h"
#include "text/Date.h"

namespace copydesk {

struct EnabledRule {
  const Rule* rule = nullptr;
  Severity severity = Severity::Warning;
  nlohmann::json options = nlohmann::json::object();
};

// The rules to run for one document, with their effective severity and options.
struct RuleSet {
  std::vector<EnabledRule> rules;
  // The other rule ids a suppression comment may name without being told the
  // rule is unknown (the built-in ones): set by whoever builds the set
  // (registry/Registry.h, config), so the engine needs no list of rules.
  std::shared_ptr<const std::vector<std::string>> other_known_ids;
};

struct CheckServices {
  const SpellChecker* spelling = nullptr;
  const WordList* accepted_words = nullptr;
  CivilDate check_date = today();
  bool judge_by_document_date = false;
  bool spelling_suggestions = true;  // see RuleContext
};

// Runs every rule, then drops the findings that inline suppression comments and
// front matter switch off (engine/Suppression.h), then sorts by position.
// engine/ParagraphCache.h gives the same findings for successive versions
// of one document, re-running paragraph rules only on the blocks that changed.
std::vector<Finding> checkDocument(const Document& document, const RuleSet& rules, const CheckServices& services);

// The two steps of checkDocument, for incremental checking:
// runRule appends one rule's findings on `document` (which may be a part) to
// `out`, as the engine reports them (rule id, configured severity, one-line
// message), in the order the rule emits them;
void runRule(const EnabledRule& rule, const Document& document, const CheckServices& services,
             std::vector<Finding>& out);
// finishFindings applies the suppressions of the whole `document` and sorts.
// Given the findings of every rule in RuleSet order (each rule's in emission
// order), the result does not depend on how they were computed.
void finishFindings(const Document& document, const RuleSet& rules, std::vector<Finding>& findings);

}  // namespace copydesk
