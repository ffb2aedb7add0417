// conditional: `first` appears without `second`. With capture groups in
// `second`, its captures (anywhere in the file) say which `first` matches are
// defined ("Full Name (ABC)"); without, `second` must occur in the same block.
#include <set>

#include "vale/support/Kinds.h"

namespace copydesk::vale::kinds {

namespace {

class ConditionalCheck final : public Check {
 public:
  ConditionalCheck(const RuleDefinition& rule, std::shared_ptr<const Pattern> first,
                   std::shared_ptr<const Pattern> second, std::string& error)
      : rule_(rule), first_(std::move(first)), second_(std::move(second)), exceptions_(rule, error),
        scopes_(parseScopes(rule.scopes)) {}

  // With captures, `second` may define a match of `first` anywhere in the file.
  bool blockLocal() const override { return second_->groupCount() == 0; }

  void run(const CheckInput& input, std::vector<Hit>& hits, CheckNotes& notes) const override {
    const std::vector<const ViewBlock*> blocks = detail::blocksInScope(input.view, scopes_);
    std::set<std::string, std::less<>> defined;
    const bool captures = second_->groupCount() > 0;
    if (captures)
      for (const ViewBlock* block : blocks)
        for (const PatternMatch& m : second_->findAll(block->text, &notes.limit_hit))
          for (std::size_t g = 1; g < m.groups.size(); ++g)
            if (m.groups[g].matched())
              defined.insert(block->text.substr(m.groups[g].begin, m.groups[g].end - m.groups[g].begin));
    for (const ViewBlock* block : blocks) {
      if (!captures && second_->contains(block->text)) continue;
      for (const PatternMatch& m : first_->findAll(block->text, &notes.limit_hit)) {
        const std::size_t g = m.groups.size() > 1 && m.groups[1].matched() ? 1 : 0;
        const std::string_view matched =
            std::string_view(block->text).substr(m.groups[g].begin, m.groups[g].end - m.groups[g].begin);
        if (captures && defined.count(matched)) continue;
        if (exceptions_.excuses(matched, input.vocab)) continue;
        Hit hit;
        hit.span = block->sourceSpan(m.groups[g].begin, m.groups[g].end);
        hit.message = detail::formatMessage(rule_.message, {std::string(matched)});
        hits.push_back(std::move(hit));
      }
    }
  }

 private:
  RuleDefinition rule_;
  std::shared_ptr<const Pattern> first_;
  std::shared_ptr<const Pattern> second_;
  detail::Exceptions exceptions_;
  std::vector<ScopeSelector> scopes_;
};

}  // namespace

std::unique_ptr<Check> conditional(const RuleDefinition& rule, std::string& error) {
  if (rule.first.empty() || rule.second.empty()) {
    error = rule.file + ": " + rule.name + ": a conditional rule needs 'first' and 'second'";
    return nullptr;
  }
  auto first = detail::compileOrError(rule.first, rule, error);
  auto second = first ? detail::compileOrError(rule.second, rule, error) : nullptr;
  if (!second) return nullptr;
  auto check = std::make_unique<ConditionalCheck>(rule, std::move(first), std::move(second), error);
  return error.empty() ? std::move(check) : nullptr;
}

}  // namespace copydesk::vale::kinds
