// From a Config to the rules of one file, and the layering of configurations.
#include <algorithm>
#include <filesystem>

#include "config/Config.h"
#include "config/Glob.h"
#include "engine/RuleIds.h"
#include "registry/Registry.h"
#include "text/Hash.h"

namespace copydesk {

namespace {

namespace fs = std::filesystem;

// The path of `file` relative to `base_dir` with '/' separators; empty when
// the file is not below it.
std::string relativePath(std::string_view file, const std::string& base_dir) {
  const fs::path absolute = fs::absolute(fs::path(file)).lexically_normal();
  if (base_dir.empty()) return absolute.filename().generic_string();
  const fs::path base = fs::absolute(fs::path(base_dir)).lexically_normal();
  const fs::path relative = absolute.lexically_relative(base);
  const std::string text = relative.generic_string();
  if (relative.empty() || text.starts_with("..")) return {};
  return text;
}

bool overrideApplies(const ConfigOverride& override_, std::string_view file) {
  const std::string relative = relativePath(file, override_.base_dir);
  if (relative.empty()) return false;
  const std::string name = fs::path(relative).filename().string();
  for (const std::string& glob : override_.files) {
    const bool has_slash = glob.find('/') != std::string::npos;
    const std::string_view pattern = glob.starts_with("./") ? std::string_view(glob).substr(2) : std::string_view(glob);
    if (globMatch(pattern, has_slash ? relative : name)) return true;
  }
  return false;
}

struct RuleState {
  const Rule* rule = nullptr;
  bool enabled = false;
  Severity severity = Severity::Warning;
  nlohmann::json options = nlohmann::json::object();
};

// Applies one "rules" object: "*" first, then "area/*", then exact ids.
void applySettings(const std::vector<RuleSetting>& settings, std::vector<RuleState>& states) {
  std::vector<const RuleSetting*> ordered;
  for (const RuleSetting& s : settings) ordered.push_back(&s);
  std::stable_sort(ordered.begin(), ordered.end(), [](const RuleSetting* a, const RuleSetting* b) {
    return ruleIdSpecificity(a->pattern) < ruleIdSpecificity(b->pattern);
  });
  for (const RuleSetting* setting : ordered) {
    for (RuleState& state : states) {
      if (!ruleIdMatches(setting->pattern, state.rule->info().id)) continue;
      if (setting->enabled) state.enabled = *setting->enabled;
      if (setting->severity) state.severity = *setting->severity;
      state.options.update(setting->options);
    }
  }
}

// Options every rule of an area gets from the sections of the configuration.
nlohmann::json sectionOptions(const Config& config, std::string_view id) {
  nlohmann::json options = nlohmann::json::object();
  if (id == "spelling" && config.spelling.check_names) options["checkNames"] = *config.spelling.check_names;
  if (id == "style/spelling-variant" && config.spelling.variant) options["variant"] = *config.spelling.variant;
  if (id.starts_with("facts/")) options = config.facts;
  return options;
}

}  // namespace

bool Config::judgeByDocumentDate() const { return facts.value("judgeBy", "") == "document-date"; }

const Rule* Config::findCustomRule(std::string_view id) const {
  for (const auto& rule : custom_rules)
    if (rule->info().id == id) return rule.get();
  return nullptr;
}

std::vector<std::string> Config::customRuleIds() const {
  std::vector<std::string> ids;
  for (const auto& rule : custom_rules) ids.emplace_back(rule->info().id);
  return ids;
}

ResolvedRules resolveRules(const Config& config, std::string_view file_path) {
  std::vector<RuleState> states;
  for (const Rule* rule : builtinRules())
    states.push_back({rule, rule->info().enabled_by_default, rule->info().default_severity});
  for (const auto& rule : config.custom_rules)
    states.push_back({rule.get(), rule->info().enabled_by_default, rule->info().default_severity});
  for (RuleState& state : states) state.options = sectionOptions(config, state.rule->info().id);

  applySettings(config.rules, states);
  std::string fingerprint = std::to_string(config.hash);
  for (std::size_t i = 0; i < config.overrides.size(); ++i) {
    if (!overrideApplies(config.overrides[i], file_path)) continue;
    applySettings(config.overrides[i].rules, states);
    fingerprint += "," + std::to_string(i);
  }

  ResolvedRules resolved;
  resolved.custom_rules = config.custom_rules;
  resolved.rules.other_known_ids = builtinRuleIds();
  for (RuleState& state : states) {
    if (!state.enabled) continue;
    fingerprint += "|" + std::string(state.rule->info().id) + ":" + std::to_string(static_cast<int>(state.severity)) +
                   state.options.dump();
    resolved.rules.rules.push_back({state.rule, state.severity, std::move(state.options)});
  }
  resolved.hash = hashBytes(fingerprint);
  return resolved;
}

Config mergeConfig(const Config& base, const Config& overlay) {
  Config merged = base;
  if (!overlay.path.empty()) merged.path = overlay.path;
  if (!overlay.base_dir.empty()) merged.base_dir = overlay.base_dir;
  merged.rules.insert(merged.rules.end(), overlay.rules.begin(), overlay.rules.end());
  merged.overrides.insert(merged.overrides.end(), overlay.overrides.begin(), overlay.overrides.end());

  SpellingSettings& spelling = merged.spelling;
  if (overlay.spelling.language) spelling.language = overlay.spelling.language;
  if (overlay.spelling.check_names) spelling.check_names = overlay.spelling.check_names;
  if (overlay.spelling.variant) spelling.variant = overlay.spelling.variant;
  spelling.dictionaries.insert(spelling.dictionaries.end(), overlay.spelling.dictionaries.begin(),
                               overlay.spelling.dictionaries.end());
  spelling.words.insert(spelling.words.end(), overlay.spelling.words.begin(), overlay.spelling.words.end());

  if (overlay.as_of) merged.as_of = overlay.as_of;
  merged.facts.update(overlay.facts);
  for (const auto& rule : overlay.custom_rules) {
    auto same = std::find_if(merged.custom_rules.begin(), merged.custom_rules.end(),
                             [&](const auto& r) { return r->info().id == rule->info().id; });
    if (same != merged.custom_rules.end()) *same = rule;
    else merged.custom_rules.push_back(rule);
  }
  merged.hash = hashBytes(std::to_string(overlay.hash), base.hash);
  return merged;
}

void applyDateSettings(const Config& config, const std::optional<CivilDate>& as_of, CheckServices& services) {
  if (as_of) services.check_date = *as_of;
  else if (config.as_of) services.check_date = *config.as_of;
  services.judge_by_document_date = config.judgeByDocumentDate();
}

}  // namespace copydesk
