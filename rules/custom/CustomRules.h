#pragma once
// User-defined rules from the "customRules" of a configuration, in the two
// kinds Vale made familiar:
//   existence     reports every occurrence of some phrases ("tokens", matched
//                 on word boundaries by the shared PhraseMatcher) or of an RE2
//                 "pattern" (run over each block's prose; never over code, URLs
//                 or markup)
//   substitution  reports a phrase that has a preferred alternative ("swap")
//                 and offers the alternative as a safe fix
// The rules are owned by the configuration that defines them, not by the
// built-in registry. Like every rule they are const and thread-safe.
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "engine/Rule.h"

namespace copydesk {

struct CustomRuleSpec {
  std::string id;       // "custom/..."
  std::string message;  // "%s" placeholders; empty for the kind's default
  std::string description;
  std::string explanation;
  Severity severity = Severity::Warning;
  bool ignore_case = true;
  std::vector<std::string> tokens;                        // existence
  std::string pattern;                                    // existence (RE2)
  std::vector<std::pair<std::string, std::string>> swap;  // substitution: bad -> good
};

// An existence rule; null with `error` set when the RE2 pattern does not compile.
// Empty matches of a pattern are ignored.
std::shared_ptr<const Rule> makeExistenceRule(CustomRuleSpec spec, std::string& error);
std::shared_ptr<const Rule> makeSubstitutionRule(CustomRuleSpec spec);

}  // namespace copydesk
