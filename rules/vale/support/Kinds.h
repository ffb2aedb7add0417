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
 protected:
  PatternCheck(const RuleDefinition& rule, std::shared_ptr<const Pattern> pattern, std::string& error)
      : rule_(rule), pattern_(std::move(pattern)), exceptions_(rule, error), scopes_(parseScopes(rule.scopes)) {}

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
