#include "grammar/support/PatternRule.h"

namespace copydesk::grammar {

const PatternSet& PatternRule::patterns() const {
  std::call_once(once_, [this] { set_ = PatternSet::forRule(name_); });
  return *set_;
}

void PatternRule::check(const RuleContext& ctx, FindingSink& sink) const { patterns().check(ctx, sink); }

}  // namespace copydesk::grammar
