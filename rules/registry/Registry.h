#pragma once
// Every built-in rule, in one explicit list (rules/registry/Registry.cpp), sorted by
// id. No self-registration: static libraries would drop it.
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "engine/Engine.h"
#include "engine/Rule.h"

namespace copydesk {

// All built-in rules, sorted by id; created once, shared by every thread.
std::span<const Rule* const> builtinRules();

// The built-in rule with this id, or null.
const Rule* findBuiltinRule(std::string_view id);

// Every rule id a configuration or a comment may name: the built-in ones plus `extra`.
std::vector<std::string> knownRuleIds(const std::vector<std::string>& extra = {});

// The ids of the built-in rules, shared (RuleSet::other_known_ids).
std::shared_ptr<const std::vector<std::string>> builtinRuleIds();

// Every built-in rule that is on by default, at its default severity.
RuleSet defaultRuleSet();

// A set of the given rules that knows the built-in ids (for tests and tools).
RuleSet ruleSetOf(std::vector<EnabledRule> rules);

}  // namespace copydesk
