// .vale.ini -> Config rules and overrides.
#include "config/ValeConfig.h"

#include <filesystem>
#include <set>

#include "vale/ValeStyles.h"

namespace copydesk {

namespace {

int levelRank(std::string_view level) { return level == "error" ? 2 : level == "warning" ? 1 : 0; }

int severityRank(Severity severity) { return severity == Severity::Error ? 2 : severity == Severity::Warning ? 1 : 0; }

Severity severityOfLevel(std::string_view level) {
  return level == "error" ? Severity::Error : level == "warning" ? Severity::Warning : Severity::Information;
}

nlohmann::json viewOptions(const ValeIniSection& section) {
  nlohmann::json options = nlohmann::json::object();
  if (!section.token_ignores.empty()) options["tokenIgnores"] = section.token_ignores;
  if (!section.block_ignores.empty()) options["blockIgnores"] = section.block_ignores;
  if (!section.ignored_scopes.empty()) {
    bool code = false;
    for (const std::string& scope : section.ignored_scopes) code = code || scope == "code";
    options["lintCode"] = !code;
  }
  return options;
}

class SectionWriter {
 public:
  SectionWriter(const Config& config, const ValeIni& ini)
      : config_(config), min_rank_(levelRank(ini.min_alert_level)) {}

  std::vector<RuleSetting> settings(const ValeIniSection& section) const {
    std::vector<RuleSetting> out;
    const nlohmann::json options = viewOptions(section);
    if (!options.empty())
      for (const auto& rule : config_.custom_rules)
        if (isVale(*rule)) out.push_back({std::string(rule->info().id), std::nullopt, std::nullopt, options});
    for (const std::string& style : section.based_on_styles)
      for (const auto& rule : config_.custom_rules)
        if (std::string_view(rule->info().id).starts_with(style + ".")) out.push_back(enable(*rule, std::nullopt));
    for (const auto& [name, value] : section.rules) {
      const Rule* rule = config_.findCustomRule(name);
      if (!rule) continue;
      if (value == "NO") out.push_back({name, false, std::nullopt, nlohmann::json::object()});
      else out.push_back(enable(*rule, value == "YES" ? std::nullopt : std::optional<std::string>(value)));
    }
    return out;
  }

 private:
  static bool isVale(const Rule& rule) { return !std::string_view(rule.info().id).starts_with("custom/"); }

  RuleSetting enable(const Rule& rule, const std::optional<std::string>& level) const {
    const Severity severity = level ? severityOfLevel(*level) : rule.info().default_severity;
    const bool shown = severityRank(severity) >= min_rank_;
    return {std::string(rule.info().id), shown, severity, nlohmann::json::object()};
  }

  const Config& config_;
  int min_rank_;
};

}  // namespace

ValeSetupProblems addValeStyles(const ValeIni& ini, Config& config) {
  ValeSetupProblems problems;
  problems.errors = ini.errors;
  vale::StyleRequest request;
  request.styles_path = ini.styles_path;
  request.vocabularies = ini.vocab;
  std::set<std::string> styles;
  std::set<std::string> rules;
  for (const ValeIniSection* section : [&] {
         std::vector<const ValeIniSection*> all{&ini.global};
         for (const ValeIniSection& s : ini.sections) all.push_back(&s);
         return all;
       }()) {
    styles.insert(section->based_on_styles.begin(), section->based_on_styles.end());
    for (const auto& [name, value] : section->rules)
      if (value != "NO") rules.insert(name);
  }
  if (!ini.vocab.empty()) {
    rules.insert("Vale.Terms");
    rules.insert("Vale.Avoid");
  }
  request.styles.assign(styles.begin(), styles.end());
  request.rules.assign(rules.begin(), rules.end());
  vale::LoadedStyles loaded = vale::loadStyles(request);
  for (const vale::StyleProblem& problem : loaded.problems)
    (problem.kind == vale::StyleProblem::Kind::Unsupported ? problems.unsupported : problems.errors)
        .push_back(problem.message);
  for (const auto& [style, counts] : loaded.engines)
    problems.engines.push_back(style + ": " + std::to_string(counts.re2) + " on RE2, " + std::to_string(counts.pcre2) +
                               " on PCRE2");
  for (auto& rule : loaded.rules)
    if (!config.findCustomRule(rule->info().id)) config.custom_rules.push_back(std::move(rule));

  const SectionWriter writer(config, ini);
  const std::vector<RuleSetting> global = writer.settings(ini.global);
  config.rules.insert(config.rules.end(), global.begin(), global.end());
  // Vale applies a section to any file it lints, wherever it is: globs are
  // anchored at the root (a glob without '/' matches a file name at any depth).
  const std::string base_dir = std::filesystem::absolute(std::filesystem::path(ini.path)).root_path().string();
  for (const ValeIniSection& section : ini.sections) {
    ConfigOverride override_;
    override_.base_dir = base_dir;
    override_.files = section.globs;
    override_.rules = writer.settings(section);
    config.overrides.push_back(std::move(override_));
  }
  return problems;
}

}  // namespace copydesk
