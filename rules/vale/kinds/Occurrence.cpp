// occurrence: too many (max) or too few (min) matches of a token in one block.
#include "vale/support/Kinds.h"

namespace copydesk::vale::kinds {

namespace {

class OccurrenceCheck final : public Check {
 public:
  OccurrenceCheck(const RuleDefinition& rule, std::shared_ptr<const Pattern> pattern)
      : rule_(rule), pattern_(std::move(pattern)), scopes_(parseScopes(rule.scopes)) {}

  bool blockLocal() const override { return true; }

  void run(const CheckInput& input, std::vector<Hit>& hits, CheckNotes& notes) const override {
    for (const ViewBlock* block : detail::blocksInScope(input.view, scopes_)) {
      PatternMatch first;
      const int count = static_cast<int>(pattern_->count(block->text, first, &notes.limit_hit));
      const bool too_many = rule_.max && *rule_.max > 0 && count > *rule_.max;
      const bool too_few = rule_.min && *rule_.min > 0 && count < *rule_.min;
      if (!too_many && !too_few) continue;
      Hit hit;
      // Vale points at the first match, or at the whole block when there is none.
      hit.span = count == 0 ? block->sourceSpan(0, block->text.size()) : block->sourceSpan(first.begin(), first.end());
      hit.message = detail::formatMessage(rule_.message, {std::to_string(count)});
      hits.push_back(std::move(hit));
    }
  }

 private:
  RuleDefinition rule_;
  std::shared_ptr<const Pattern> pattern_;
  std::vector<ScopeSelector> scopes_;
};

}  // namespace

std::unique_ptr<Check> occurrence(const RuleDefinition& rule, std::string& error) {
  if (rule.token.empty()) {
    error = rule.file + ": " + rule.name + ": an occurrence rule needs a 'token'";
    return nullptr;
  }
  auto pattern = detail::compileOrError(
      detail::caseFlag(rule.ignorecase) + "(?:" + detail::nonCapturing(rule.token) + ")", rule, error);
  return pattern ? std::make_unique<OccurrenceCheck>(rule, std::move(pattern)) : nullptr;
}

}  // namespace copydesk::vale::kinds
