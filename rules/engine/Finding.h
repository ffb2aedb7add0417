#pragma once
// What a rule reports: a finding with an exact byte span, a message and fixes.
#include <string>
#include <string_view>
#include <vector>

#include "text/ByteSpan.h"

namespace copydesk {

// Numbered as LSP's DiagnosticSeverity.
enum class Severity { Error = 1, Warning = 2, Information = 3, Hint = 4 };

std::string_view severityName(Severity severity);  // "error", "warning", "information", "hint"
// Parses "error" | "warning" | "information" | "info" | "hint"; false when unknown.
bool parseSeverity(std::string_view name, Severity& out);

struct TextEdit {
  ByteSpan span;  // bytes replaced (empty span = insertion)
  std::string new_text;
  friend bool operator==(const TextEdit&, const TextEdit&) = default;
};

struct Fix {
  std::string title;
  std::vector<TextEdit> edits;  // non-overlapping
  bool safe = false;            // one unambiguous correction: may be applied without a human
  bool preferred = false;
};

struct Finding {
  std::string rule_id;
  ByteSpan span;
  Severity severity = Severity::Warning;
  std::string message;
  std::vector<Fix> fixes;
  // Set by a rule that raises this finding's severity itself (facts/review-due
  // past its grace period): the engine then keeps `severity` instead of the
  // configured one.
  bool severity_escalated = false;
  // Background a front end shows on demand, not in the finding's list (the
  // server's hover): Markdown, empty when the message says it all.
  std::string details;
};

// Applies edits (non-overlapping, any order) to `text`.
std::string applyEdits(std::string_view text, std::vector<TextEdit> edits);

}  // namespace copydesk
