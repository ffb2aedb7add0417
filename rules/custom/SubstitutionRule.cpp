// Custom "substitution" rules: a phrase with a preferred alternative, offered
// as a safe fix.
#include "custom/support/CustomRuleSupport.h"

namespace copydesk {

namespace {

constexpr std::string_view kDefaultMessage = "Use '%s' instead of '%s'";

class SubstitutionRule final : public custom::CustomRule {
 public:
  explicit SubstitutionRule(CustomRuleSpec spec) : CustomRule(std::move(spec), "Custom substitution rule") {
    for (std::size_t i = 0; i < spec_.swap.size(); ++i) {
      matcher_.add(spec_.swap[i].first, static_cast<std::uint32_t>(i));
      phrases_.push_back(spec_.swap[i].first);
    }
  }

  void check(const RuleContext& ctx, FindingSink& sink) const override {
    const std::string_view message = spec_.message.empty() ? kDefaultMessage : std::string_view(spec_.message);
    custom::forEachPhrase(ctx.document, matcher_, phrases_, spec_.ignore_case, [&](ByteSpan span, std::uint32_t id) {
      const std::string_view written = ctx.document.slice(span);
      const std::string replacement = custom::matchCapitalization(written, spec_.swap[id].second);
      if (replacement == written) return;
      Finding finding;
      finding.span = span;
      finding.message = custom::formatMessage(message, {replacement, written});
      Fix fix;
      fix.title = "Replace with '" + replacement + "'";
      fix.edits.push_back({span, replacement});
      fix.safe = true;
      fix.preferred = true;
      finding.fixes.push_back(std::move(fix));
      sink.add(std::move(finding));
    });
  }

 private:
  PhraseMatcher matcher_;
  std::vector<std::string_view> phrases_;
};

}  // namespace

std::shared_ptr<const Rule> makeSubstitutionRule(CustomRuleSpec spec) {
  return std::make_shared<SubstitutionRule>(std::move(spec));
}

}  // namespace copydesk
