#pragma once
// A rule is stateless and const: one instance serves every thread.
#include <functional>
#include <string_view>

#include "engine/Finding.h"
#include "engine/RuleContext.h"

namespace copydesk {

struct RuleInfo {
  std::string_view id;  // "spelling", "style/...", "facts/...", "custom/..."
  Severity default_severity = Severity::Warning;
  std::string_view description;  // one line
  std::string_view explanation;  // Markdown: why it matters, how to fix
  bool enabled_by_default = true;
};

class FindingSink {
 public:
  virtual ~FindingSink() = default;
  virtual void add(Finding finding) = 0;
};

class Rule {
 public:
  virtual ~Rule() = default;
  virtual const RuleInfo& info() const = 0;
  // The rule's own documentation page (a Vale rule's `link`); empty: the
  // front end's documentation base URL applies.
  virtual std::string_view link() const { return {}; }
  // Appends findings for ctx.document; severity is filled in by the engine
  // when the rule leaves it at the default.
  virtual void check(const RuleContext& ctx, FindingSink& sink) const = 0;
};

}  // namespace copydesk
