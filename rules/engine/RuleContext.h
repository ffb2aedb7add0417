#pragma once
// What a rule may look at while checking: the document and the services and
// options that apply to it.
#include <nlohmann/json.hpp>

#include "document/Document.h"
#include "text/Date.h"

namespace copydesk {

class SpellChecker;
class WordList;

struct RuleContext {
  const Document& document;
  // The rule's options from configuration (an object; empty when none).
  const nlohmann::json& options;
  // Spelling service for the document's language and dictionaries; null when
  // spelling is unavailable.
  const SpellChecker* spelling = nullptr;
  // Words the writer accepted for this document (workspace dictionary and
  // configuration); null when none.
  const WordList* accepted_words = nullptr;
  // The date the check is made for: today, or --as-of / the config's asOf.
  CivilDate check_date;
  // Judge outdated claims by the document's own date instead of check_date
  // (config "facts": {"judgeBy": "document-date"}), for archives.
  bool judge_by_document_date = false;
  // False: spelling findings carry no suggestions (nor "did you mean" in their
  // message); the language server computes them when a code action asks.
  bool spelling_suggestions = true;
};

}  // namespace copydesk
