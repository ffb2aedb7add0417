// substitution: a term with a preferred form, offered as a fix.
#include <algorithm>

#include "text/Utf.h"
#include "vale/support/Kinds.h"

namespace copydesk::vale::kinds {

namespace {

std::vector<std::string> alternatives(const std::string& replacement) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (true) {
    const std::size_t bar = replacement.find('|', start);
    out.push_back(replacement.substr(start, bar - start));
    if (bar == std::string::npos) break;
    start = bar + 1;
  }
  return out;
}

class SubstitutionCheck final : public PatternCheck {
 public:
  SubstitutionCheck(const RuleDefinition& rule, std::vector<std::string> replacements,
                    std::shared_ptr<const Pattern> pattern, std::vector<std::shared_ptr<const Pattern>> exact,
                    std::vector<std::shared_ptr<const Pattern>> keys, std::string& error)
      : PatternCheck(rule, std::move(pattern), error), exact_(std::move(exact)), keys_(std::move(keys)),
        replacements_(std::move(replacements)) {}

  std::vector<const Pattern*> filteredPatterns() const override { return {pattern_.get()}; }

  void run(const CheckInput& input, std::vector<Hit>& hits, CheckNotes& notes) const override {
    forEachMatch(input, notes, Captures::All, [&](const ViewBlock& block, const PatternMatch& m, std::string_view matched) {
      std::size_t which = 0;
      while (which + 1 < m.groups.size() && !m.groups[which + 1].matched()) ++which;
      if (which >= replacements_.size()) return;
      std::vector<std::string> options = alternatives(expand(which, matched));
      // Vale keeps a capital at the start of a hit (a sentence start) in
      // ignorecase rules too (not an all-capitals hit: "IOS" -> "iOS");
      // vocabulary terms keep their own case.
      const bool title_case = utf::startsUpper(matched) && matched.size() > 1 && !utf::startsUpper(matched.substr(1));
      if ((rule_.capitalize && utf::startsUpper(matched)) || (rule_.ignorecase && !rule_.vocab_terms && title_case))
        for (std::string& option : options) option = utf::capitalizeFirst(option);
      if (std::find(options.begin(), options.end(), matched) != options.end()) return;
      if (which < exact_.size() && exact_[which]->contains(matched)) return;
      if (exceptions_.excuses(matched, input.vocab)) return;
      addHit(hits, block, m, detail::formatMessage(messageFor(options), {expected(options), matched}),
             matched, options);
    });
  }

 private:
  // A replacement may use the key's own groups ("change to the $1 directory").
  std::string expand(std::size_t which, std::string_view matched) const {
    const std::string& replacement = replacements_[which];
    if (replacement.find('$') == std::string::npos || which >= keys_.size() || !keys_[which]) return replacement;
    PatternMatch m;
    if (keys_[which]->search(matched, 0, m) != SearchResult::Found) return replacement;
    std::string out;
    for (std::size_t i = 0; i < replacement.size(); ++i) {
      const std::size_t group = i + 1 < replacement.size() ? static_cast<std::size_t>(replacement[i + 1] - '0') : 99;
      if (replacement[i] == '$' && group < m.groups.size() && m.groups[group].matched()) {
        out += matched.substr(m.groups[group].begin, m.groups[group].end - m.groups[group].begin);
        ++i;
      } else {
        out += replacement[i];
      }
    }
    return out;
  }

  // An empty replacement drops the quotes around its placeholder ("Use  instead of 'x'").
  std::string messageFor(const std::vector<std::string>& options) const {
    std::string message = rule_.message;
    const std::size_t quoted = message.find("'%s'");
    if (options.size() == 1 && options[0].empty() && quoted != std::string::npos) message.replace(quoted, 4, "%s");
    return message;
  }

  // Vale quotes the preferred form itself when the message does not, and
  // lists alternatives as 'a' or 'b'.
  std::string expected(const std::vector<std::string>& options) const {
    if (options.size() == 1 && options[0].empty()) return "";
    std::string list;
    for (std::size_t i = 0; i < options.size(); ++i) list += (i ? "' or '" : "") + options[i];
    const std::size_t first = rule_.message.find("%s");
    const bool quoted = first != std::string::npos && first > 0 && first + 2 < rule_.message.size() &&
                        (rule_.message[first - 1] == '\'' || rule_.message[first - 1] == '"') &&
                        rule_.message[first + 2] == rule_.message[first - 1];
    return quoted ? list : "'" + list + "'";
  }

  // Vale.Terms: each term as a case-sensitive whole-text pattern; a hit it matches is written right.
  std::vector<std::shared_ptr<const Pattern>> exact_;
  // Per key with "$n" in its replacement, the key alone with its groups; null otherwise.
  std::vector<std::shared_ptr<const Pattern>> keys_;
  std::vector<std::string> replacements_;  // per capture group, in pattern order
};

}  // namespace

std::unique_ptr<Check> substitution(const RuleDefinition& rule, std::string& error) {
  if (rule.swap.empty()) {
    error = rule.file + ": " + rule.name + ": a substitution rule needs 'swap'";
    return nullptr;
  }
  std::vector<std::pair<std::string, std::string>> swap = rule.swap;
  std::stable_sort(swap.begin(), swap.end(),
                   [](const auto& a, const auto& b) { return a.first.size() > b.first.size(); });
  std::string alternation;
  std::vector<std::string> replacements;
  std::vector<std::shared_ptr<const Pattern>> exact;
  std::vector<std::shared_ptr<const Pattern>> keys;
  for (const auto& [term, replacement] : swap) {
    keys.push_back(replacement.find('$') == std::string::npos
                       ? nullptr
                       : detail::compileOrError(detail::caseFlag(rule.ignorecase) + term, rule, error));
    if (rule.vocab_terms) {
      exact.push_back(detail::compileOrError("^(?:" + term + ")$", rule, error));
      if (!exact.back()) return nullptr;
    }
    if (!alternation.empty()) alternation += '|';
    alternation += "(" + detail::nonCapturing(term) + ")";
    replacements.push_back(replacement);
  }
  auto pattern = detail::compileOrError(
      detail::caseFlag(rule.ignorecase) + detail::wordTemplate(alternation, rule.nonword), rule, error);
  if (!pattern) return nullptr;
  auto check = std::make_unique<SubstitutionCheck>(rule, std::move(replacements), std::move(pattern), std::move(exact),
                                                   std::move(keys), error);
  return error.empty() ? std::move(check) : nullptr;
}

}  // namespace copydesk::vale::kinds
