#pragma once
// Every built-in rule, in one explicit list (rules/core/Registry.cpp), sorted by
// id. No self-registration: static libraries would drop it.
#include <memory>
#include <span>
#include <string_view>

#include "core/Rule.h"

namespace copydesk {

// All built-in rules, sorted by id; created once, shared by every thread.
std::span<const Rule* const> builtinRules();

// The built-in rule with this id, or null.
const Rule* findBuiltinRule(std::string_view id);

}  // namespace copydesk
