#pragma once
// A grammar rule that is nothing but the patterns of data/patterns.txt with its
// name: compiled once (on first use), then shared by every thread.
#include <memory>
#include <mutex>
#include <string_view>

#include "engine/ParagraphRule.h"
#include "grammar/support/Grammar.h"

namespace copydesk::grammar {

class PatternRule final : public ParagraphRule {
 public:
  // `info` must outlive the rule (a constexpr RuleInfo); `name` is the
  // pattern file's rule column ("modal-of").
  PatternRule(const RuleInfo& info, std::string_view name) : info_(info), name_(name) {}
  const RuleInfo& info() const override { return info_; }
  void check(const RuleContext& ctx, FindingSink& sink) const override;

 private:
  const PatternSet& patterns() const;
  const RuleInfo& info_;
  std::string_view name_;
  mutable std::once_flag once_;
  mutable std::shared_ptr<const PatternSet> set_;
};

}  // namespace copydesk::grammar
