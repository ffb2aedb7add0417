#pragma once
// Reads one Vale rule file (YAML, through yaml-cpp) into a RuleDefinition.
// Problems come back as "file:line: message" strings; nothing throws.
#include <string>

#include "vale/ValeRuleDefinition.h"

namespace copydesk::vale {

struct RuleFileResult {
  std::optional<RuleDefinition> rule;  // empty when it cannot be used
  std::string error;                   // "file:line: message" when the rule cannot be used
};

// `name` is "Style.Rule"; `text` the file's contents.
RuleFileResult parseRuleFile(const std::string& name, const std::string& file, const std::string& text);

}  // namespace copydesk::vale
