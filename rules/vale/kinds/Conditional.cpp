// conditional: `first` appears without `second`. With capture groups in
// `second`, its captures (anywhere in the file) say which `first` matches are
// defined ("Full Name (ABC)"); without, `second` must occur in the same block.
#include <set>

#include "vale/support/Kinds.h"

namespace copydesk::vale::kinds {

namespace {

// Whether group 1 of `source` is its whole match: "(...)" alone, or between
// \b's (which match no text), as in "\b([A-Z]{3,5})\b". Then a search needs
// no second pass for the group.
bool firstGroupIsWholeMatch(std::string_view source) {
  if (source.ends_with("\\\\b")) return false;
  if (source.starts_with("\\b")) source.remove_prefix(2);
  if (source.ends_with("\\b")) source.remove_suffix(2);
  if (source.size() < 2 || source[0] != '(' || source[1] == '?') return false;
  int depth = 0;
  for (std::size_t i = 0; i < source.size(); ++i) {
    const char c = source[i];
    if (c == '\\') {
      ++i;
    } else if (c == '[') {  // a class, where a ']' first is a member
      i += i + 1 < source.size() && source[i + 1] == '^' ? 2 : 1;
      if (i < source.size() && source[i] == ']') ++i;
      while (i < source.size() && source[i] != ']') i += source[i] == '\\' ? 2 : 1;
    } else if (c == '(') {
      ++depth;
    } else if (c == ')' && --depth == 0) {
      return i + 1 == source.size();
    }
  }
  return false;
}

class ConditionalCheck final : public Check {
 public:
  ConditionalCheck(const RuleDefinition& rule, std::shared_ptr<const Pattern> first,
                   std::shared_ptr<const Pattern> second, std::string& error)
      : rule_(rule), first_(std::move(first)), second_(std::move(second)), exceptions_(rule, error),
        scopes_(parseScopes(rule.scopes)),
        first_captures_(firstGroupIsWholeMatch(first_->source()) ? Captures::WholeMatch : Captures::All) {}

  // With captures, `second` may define a match of `first` anywhere in the file.
  bool blockLocal() const override { return second_->groupCount() == 0; }
  std::vector<const Pattern*> filteredPatterns() const override { return {first_.get(), second_.get()}; }

  void run(const CheckInput& input, std::vector<Hit>& hits, CheckNotes& notes) const override {
    const std::vector<const ViewBlock*> blocks = detail::blocksInScope(input.view, scopes_);
    const bool captures = second_->groupCount() > 0;
    // The matches of `first` that no exception excuses, before `second` is
    // read: with none, a file need not be searched for definitions (unless a
    // PCRE2 search could hit its limits there, which is reported).
    std::vector<std::pair<const ViewBlock*, ByteSpan>> candidates;
    for (const ViewBlock* block : blocks) {
      if (!detail::mayMatch(input, *this, 0, *block)) continue;
      if (!captures && detail::mayMatch(input, *this, 1, *block) && second_->contains(block->text)) continue;
      for (const PatternMatch& m : first_->findAll(block->text, &notes.limit_hit, first_captures_)) {
        const std::size_t g = m.groups.size() > 1 && m.groups[1].matched() ? 1 : 0;
        const std::string_view matched =
            std::string_view(block->text).substr(m.groups[g].begin, m.groups[g].end - m.groups[g].begin);
        if (!exceptions_.excuses(matched, input.vocab))
          candidates.push_back({block, {m.groups[g].begin, m.groups[g].end}});
      }
    }
    std::set<std::string, std::less<>> defined;
    if (captures && (!candidates.empty() || second_->engine() != PatternEngine::Re2))
      for (const ViewBlock* block : blocks)
        if (detail::mayMatch(input, *this, 1, *block))
          for (const PatternMatch& m : second_->findAll(block->text, &notes.limit_hit))
            for (std::size_t g = 1; g < m.groups.size(); ++g)
              if (m.groups[g].matched())
                defined.insert(block->text.substr(m.groups[g].begin, m.groups[g].end - m.groups[g].begin));
    for (const auto& [block, span] : candidates) {
      const std::string_view matched = std::string_view(block->text).substr(span.begin, span.size());
      if (captures && defined.count(matched)) continue;
      Hit hit;
      hit.span = block->sourceSpan(span.begin, span.end);
      hit.message = detail::formatMessage(rule_.message, {matched});
      hits.push_back(std::move(hit));
    }
  }

 private:
  RuleDefinition rule_;
  std::shared_ptr<const Pattern> first_;
  std::shared_ptr<const Pattern> second_;
  detail::Exceptions exceptions_;
  std::vector<ScopeSelector> scopes_;
  Captures first_captures_;
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
