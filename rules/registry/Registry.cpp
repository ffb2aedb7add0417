#include "registry/Registry.h"

#include <algorithm>
#include <vector>

#include "facts/FactsRules.h"
#include "grammar/GrammarRules.h"
#include "spelling/SpellingRules.h"
#include "style/StyleRules.h"

namespace copydesk {

namespace {

struct RegistryData {
  std::vector<std::unique_ptr<Rule>> owned;
  std::vector<const Rule*> sorted;
};

const RegistryData& registry() {
  static const RegistryData data = [] {
    RegistryData d;
    d.owned.push_back(makeIncorrectClaimRule());
    d.owned.push_back(makeOutdatedClaimRule());
    d.owned.push_back(makePastPredictionRule());
    d.owned.push_back(makeRelativeTimeRule());
    d.owned.push_back(makeReviewDueRule());
    d.owned.push_back(makeStaleAsOfRule());
    d.owned.push_back(makeUnattributedClaimRule());
    d.owned.push_back(makeUnsourcedStatisticRule());
    d.owned.push_back(makeGrammarAgreementRule());
    d.owned.push_back(makeGrammarArticleRule());
    d.owned.push_back(makeGrammarComparativeRule());
    d.owned.push_back(makeGrammarConfusedWordsRule());
    d.owned.push_back(makeGrammarDoubledWordClassRule());
    d.owned.push_back(makeGrammarModalOfRule());
    d.owned.push_back(makeGrammarVerbFormRule());
    d.owned.push_back(makeSpellingRule());
    d.owned.push_back(makeCapitalizationRule());
    d.owned.push_back(makeClicheRule());
    d.owned.push_back(makeDuplicateHeadingRule());
    d.owned.push_back(makeDuplicateParagraphRule());
    d.owned.push_back(makeHeadingPunctuationRule());
    d.owned.push_back(makeHedgingRule());
    d.owned.push_back(makePassiveVoiceRule());
    d.owned.push_back(makePufferyRule());
    d.owned.push_back(makePunctuationSpacingRule());
    d.owned.push_back(makeRepeatedWordRule());
    d.owned.push_back(makeSentenceLengthRule());
    d.owned.push_back(makeSpellingVariantRule());
    d.owned.push_back(makeWordinessRule());
    for (const auto& rule : d.owned) d.sorted.push_back(rule.get());
    std::sort(d.sorted.begin(), d.sorted.end(),
              [](const Rule* a, const Rule* b) { return a->info().id < b->info().id; });
    return d;
  }();
  return data;
}

}  // namespace

std::span<const Rule* const> builtinRules() { return registry().sorted; }

const Rule* findBuiltinRule(std::string_view id) {
  for (const Rule* rule : builtinRules())
    if (rule->info().id == id) return rule;
  return nullptr;
}

std::vector<std::string> knownRuleIds(const std::vector<std::string>& extra) {
  std::vector<std::string> ids = *builtinRuleIds();
  ids.insert(ids.end(), extra.begin(), extra.end());
  return ids;
}

std::shared_ptr<const std::vector<std::string>> builtinRuleIds() {
  static const auto ids = [] {
    auto list = std::make_shared<std::vector<std::string>>();
    for (const Rule* rule : builtinRules()) list->emplace_back(rule->info().id);
    return std::shared_ptr<const std::vector<std::string>>(std::move(list));
  }();
  return ids;
}

RuleSet defaultRuleSet() {
  RuleSet set;
  for (const Rule* rule : builtinRules()) {
    if (rule->info().enabled_by_default)
      set.rules.push_back({rule, rule->info().default_severity, nlohmann::json::object()});
  }
  set.other_known_ids = builtinRuleIds();
  return set;
}

RuleSet ruleSetOf(std::vector<EnabledRule> rules) {
  RuleSet set;
  set.rules = std::move(rules);
  set.other_known_ids = builtinRuleIds();
  return set;
}

}  // namespace copydesk
