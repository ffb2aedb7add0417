#pragma once
// The spelling rule: the factories the registry (rules/registry) lists; each is
// defined in the rule's own file.
#include <memory>

#include "engine/Rule.h"

namespace copydesk {

std::unique_ptr<Rule> makeSpellingRule();

}  // namespace copydesk
