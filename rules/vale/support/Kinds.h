#pragma once
// One factory per Vale rule kind, each in its own file (kinds/*.cpp).
// Each returns null with `error` set when the rule cannot run. Internal.
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "vale/support/Check.h"

namespace copydesk::vale::kinds {

// What the kinds that run one pattern over the blocks in scope hold (existence,
// substitution, repetition): the rule, its pattern, exceptions and scopes.
class PatternCheck : public Check {
 public:
  bool blockLocal() const override { return true; }

 protected:
  PatternCheck(const RuleDefinition& rule, std::shared_ptr<const Pattern> pattern, std::string& error)
      : rule_(rule), pattern_(std::move(pattern)), exceptions_(rule, error), scopes_(parseScopes(rule.scopes)) {}

  // Calls on_match(block, match, matched text) for every match of the pattern
  // in the blocks in scope that the prefilter lets through, with `captures`.
  template <class OnMatch>
  void forEachMatch(const CheckInput& input, CheckNotes& notes, Captures captures, OnMatch on_match) const {
    for (const ViewBlock* block : detail::blocksInScope(input, scopes_, *this))
      for (const PatternMatch& m : pattern_->findAll(block->text, &notes.limit_hit, captures))
        on_match(*block, m, std::string_view(block->text).substr(m.begin(), m.end() - m.begin()));
  }

  // A hit on `m` in `block` with `message`, offering `options` as fixes.
  void addHit(std::vector<Hit>& hits, const ViewBlock& block, const PatternMatch& m, std::string message,
              std::string_view matched, const std::vector<std::string>& options) const {
    Hit hit;
    hit.span = block.sourceSpan(m.begin(), m.end());
    hit.message = std::move(message);
    hit.fixes = detail::actionFixes(rule_, hit.span, matched, options);
    hits.push_back(std::move(hit));
  }

  RuleDefinition rule_;
  std::shared_ptr<const Pattern> pattern_;
  detail::Exceptions exceptions_;
  std::vector<ScopeSelector> scopes_;
};

std::unique_ptr<Check> existence(const RuleDefinition& rule, std::string& error);
std::unique_ptr<Check> substitution(const RuleDefinition& rule, std::string& error);
std::unique_ptr<Check> occurrence(const RuleDefinition& rule, std::string& error);
std::unique_ptr<Check> repetition(const RuleDefinition& rule, std::string& error);
std::unique_ptr<Check> consistency(const RuleDefinition& rule, std::string& error);
std::unique_ptr<Check> conditional(const RuleDefinition& rule, std::string& error);
std::unique_ptr<Check> capitalization(const RuleDefinition& rule, std::string& error);
std::unique_ptr<Check> readability(const RuleDefinition& rule, std::string& error);
std::unique_ptr<Check> metric(const RuleDefinition& rule, std::string& error);
std::unique_ptr<Check> spelling(const RuleDefinition& rule, std::string& error);
std::unique_ptr<Check> sequence(const RuleDefinition& rule, std::string& error);

}  // namespace copydesk::vale::kinds
