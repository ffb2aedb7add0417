// existence: every match of the rule's tokens (word-bounded) or raw pattern.
#include "vale/support/Kinds.h"

namespace copydesk::vale::kinds {

namespace {

class ExistenceCheck final : public PatternCheck {
 public:
  ExistenceCheck(const RuleDefinition& rule, std::shared_ptr<const Pattern> pattern, std::string& error)
      : PatternCheck(rule, std::move(pattern), error) {}

  const Pattern* mainPattern() const override { return pattern_.get(); }

  bool blockLocal() const override { return true; }

  void run(const CheckInput& input, std::vector<Hit>& hits, CheckNotes& notes) const override {
    for (const ViewBlock* block : detail::blocksInScope(input, scopes_, *this)) {
      for (const PatternMatch& m : pattern_->findAll(block->text, &notes.limit_hit)) {
        const std::string_view matched = std::string_view(block->text).substr(m.begin(), m.end() - m.begin());
        if (exceptions_.excuses(matched, input.vocab)) continue;
        Hit hit;
        hit.span = block->sourceSpan(m.begin(), m.end());
        hit.message = detail::formatMessage(rule_.message, {std::string(matched)});
        hit.fixes = detail::actionFixes(rule_, hit.span, matched, {});
        hits.push_back(std::move(hit));
      }
    }
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
