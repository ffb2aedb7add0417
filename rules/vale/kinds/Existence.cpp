// existence: every match of the rule's tokens (word-bounded) or raw pattern.
#include "vale/support/Kinds.h"

namespace copydesk::vale::kinds {

namespace {

class ExistenceCheck final : public PatternCheck {
 public:
  ExistenceCheck(const RuleDefinition& rule, std::shared_ptr<const Pattern> pattern, std::string& error)
      : PatternCheck(rule, std::move(pattern), error) {}

  std::vector<const Pattern*> filteredPatterns() const override { return {pattern_.get()}; }

  void run(const CheckInput& input, std::vector<Hit>& hits, CheckNotes& notes) const override {
    forEachMatch(input, notes, Captures::WholeMatch, [&](const ViewBlock& block, const PatternMatch& m, std::string_view matched) {
      if (exceptions_.excuses(matched, input.vocab)) return;
      addHit(hits, block, m, detail::formatMessage(rule_.message, {matched}), matched, {});
    });
  }
};

}  // namespace

std::unique_ptr<Check> existence(const RuleDefinition& rule, std::string& error) {
  const std::string alternation = detail::tokenAlternation(rule.tokens);
  std::string source = alternation.empty() ? rule.raw
                       : rule.append       ? detail::wordTemplate(alternation, rule.nonword) + rule.raw
                                           : rule.raw + detail::wordTemplate(alternation, rule.nonword);
  if (source.empty()) {
    error = rule.file + ": " + rule.name + ": an existence rule needs 'tokens' or 'raw'";
    return nullptr;
  }
  auto pattern = detail::compileOrError(detail::caseFlag(rule.ignorecase) + source, rule, error);
  if (!pattern) return nullptr;
  auto check = std::make_unique<ExistenceCheck>(rule, std::move(pattern), error);
  return error.empty() ? std::move(check) : nullptr;
}

}  // namespace copydesk::vale::kinds
