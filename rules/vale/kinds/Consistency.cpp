// consistency: both spellings of a pair in one file; the later form is flagged.
#include "vale/support/Kinds.h"

namespace copydesk::vale::kinds {

namespace {

struct Pair {
  std::shared_ptr<const Pattern> pattern;  // (?P<a>form1)|(?P<b>form2)
};

class ConsistencyCheck final : public Check {
 public:
  ConsistencyCheck(const RuleDefinition& rule, std::vector<Pair> pairs)
      : rule_(rule), pairs_(std::move(pairs)), scopes_(parseScopes(rule.scopes)) {}

  void run(const CheckInput& input, std::vector<Hit>& hits, CheckNotes& notes) const override {
    const std::vector<const ViewBlock*> blocks = detail::blocksInScope(input.view, scopes_);
    for (const Pair& pair : pairs_) {
      int first_form = 0;  // 1 or 2: the form used first in the file
      for (const ViewBlock* block : blocks) {
        for (const PatternMatch& m : pair.pattern->findAll(block->text, &notes.limit_hit)) {
          const int form = m.groups.size() > 1 && m.groups[1].matched() ? 1 : 2;
          if (first_form == 0) first_form = form;
          if (form == first_form) continue;
          const std::string matched = block->text.substr(m.begin(), m.end() - m.begin());
          Hit hit;
          hit.span = block->sourceSpan(m.begin(), m.end());
          hit.message = detail::formatMessage(rule_.message, {matched});
          hits.push_back(std::move(hit));
        }
      }
    }
  }

 private:
  RuleDefinition rule_;
  std::vector<Pair> pairs_;
  std::vector<ScopeSelector> scopes_;
};

}  // namespace

std::unique_ptr<Check> consistency(const RuleDefinition& rule, std::string& error) {
  if (rule.either.empty()) {
    error = rule.file + ": " + rule.name + ": a consistency rule needs 'either'";
    return nullptr;
  }
  std::vector<Pair> pairs;
  for (const auto& [one, other] : rule.either) {
    const std::string alternation = "(" + detail::nonCapturing(one) + ")|(" + detail::nonCapturing(other) + ")";
    auto pattern = detail::compileOrError(
        detail::caseFlag(rule.ignorecase) + detail::wordTemplate(alternation, rule.nonword), rule, error);
    if (!pattern) return nullptr;
    pairs.push_back({std::move(pattern)});
  }
  return std::make_unique<ConsistencyCheck>(rule, std::move(pairs));
}

}  // namespace copydesk::vale::kinds
