#pragma once
// What a rule may look at while checking: the document and the services and
// options that apply to it.
#include <nlohmann/json.hpp>

#include "text/Document.h"

namespace copydesk {

class SpellChecker;

struct RuleContext {
  const Document& document;
  // The rule's options from configuration (an object; empty when none).
  const nlohmann::json& options;
  // Spelling service for the document's language and dictionaries; null when
  // spelling is unavailable.
  const SpellChecker* spelling = nullptr;
};

}  // namespace copydesk
