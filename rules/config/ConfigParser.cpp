// Parses configuration JSON into a Config, reporting every problem at its
// source position.
#include <filesystem>

#include "config/ConfigReader.h"
#include "config/ValeConfig.h"
#include "engine/RuleIds.h"
#include "registry/Registry.h"
#include "text/Hash.h"

namespace copydesk {

namespace {

using detail::ConfigReader;
namespace fs = std::filesystem;

std::string resolvePath(const std::string& base_dir, const std::string& path) {
  if (path.empty() || fs::path(path).is_absolute() || base_dir.empty()) return path;
  return (fs::path(base_dir) / path).lexically_normal().string();
}

class ConfigParser {
 public:
  ConfigParser(ConfigReader& reader, Config& config) : reader_(reader), config_(config) {}

  void parse(const nlohmann::json& root) {
    if (!reader_.isObject(root, "", "the configuration")) return;
    reader_.checkKeys(root, "", "the configuration",
                      {"$schema", "rules", "overrides", "spelling", "asOf", "facts", "customRules", "vale"});
    if (root.contains("customRules")) readCustomRules(root["customRules"], "/customRules");
    if (root.contains("vale")) readVale(root["vale"], "/vale");
    if (root.contains("rules")) {
      // After any settings "vale" added from a .vale.ini's global part.
      std::vector<RuleSetting> rules = readRules(root["rules"], "/rules");
      config_.rules.insert(config_.rules.end(), rules.begin(), rules.end());
    }
    if (root.contains("overrides")) readOverrides(root["overrides"], "/overrides");
    if (root.contains("spelling")) readSpelling(root["spelling"], "/spelling");
    if (root.contains("asOf")) readAsOf(root["asOf"], "/asOf");
    if (root.contains("facts")) readFacts(root["facts"], "/facts");
  }

 private:
  void readCustomRules(const nlohmann::json& value, const std::string& pointer) {
    if (!reader_.isArray(value, pointer, "\"customRules\"")) return;
    for (std::size_t i = 0; i < value.size(); ++i) {
      const std::string at = ConfigReader::child(pointer, i);
      auto rule = detail::readCustomRule(reader_, value[i], at);
      if (!rule) continue;
      if (config_.findCustomRule(rule->info().id)) {
        reader_.error(ConfigReader::child(at, "id"), "duplicate custom rule id '" + std::string(rule->info().id) + "'");
        continue;
      }
      config_.custom_rules.push_back(std::move(rule));
    }
  }

  // "vale": true | {"config": path} | {"stylesPath": path, "basedOnStyles": [...], "vocab": [...]}
  void readVale(const nlohmann::json& value, const std::string& pointer) {
    ValeIni ini;
    if (value.is_boolean()) {
      if (!value.get<bool>()) return;
      const std::string found = findValeIni(config_.base_dir.empty() ? "." : config_.base_dir);
      if (found.empty()) return reader_.error(pointer, "no .vale.ini in this folder or above");
      ini = loadValeIni(found);
    } else {
      if (!reader_.isObject(value, pointer, "\"vale\"")) return;
      reader_.checkKeys(value, pointer, "\"vale\"", {"config", "stylesPath", "basedOnStyles", "vocab"});
      if (value.contains("config")) {
        if (!reader_.isString(value["config"], ConfigReader::child(pointer, "config"), "\"config\"")) return;
        ini = loadValeIni(resolvePath(config_.base_dir, value["config"].get<std::string>()));
      } else {
        if (!value.contains("stylesPath") || !value["stylesPath"].is_string())
          return reader_.error(pointer, "\"vale\" needs \"config\" (a .vale.ini) or \"stylesPath\"");
        ini.path = resolvePath(config_.base_dir, ".copydesk.json");
        ini.styles_path = resolvePath(config_.base_dir, value["stylesPath"].get<std::string>());
        if (value.contains("basedOnStyles"))
          ini.global.based_on_styles = reader_.strings(
              value["basedOnStyles"], ConfigReader::child(pointer, "basedOnStyles"), "\"basedOnStyles\"");
        if (value.contains("vocab"))
          ini.vocab = reader_.strings(value["vocab"], ConfigReader::child(pointer, "vocab"), "\"vocab\"");
      }
    }
    const ValeSetupProblems problems = addValeStyles(ini, config_);
    for (const std::string& error : problems.errors) reader_.error(pointer, error);
    config_.warnings.insert(config_.warnings.end(), problems.unsupported.begin(), problems.unsupported.end());
  }

  std::vector<RuleSetting> readRules(const nlohmann::json& value, const std::string& pointer) {
    std::vector<RuleSetting> settings;
    if (!reader_.isObject(value, pointer, "\"rules\"")) return settings;
    const std::vector<std::string> known = knownRuleIds(config_.customRuleIds());
    std::vector<std::string> suggestions{"style/*", "facts/*", "custom/*"};
    suggestions.insert(suggestions.end(), known.begin(), known.end());
    for (const auto& [id, setting] : value.items()) {
      const std::string at = ConfigReader::child(pointer, id);
      if (!isKnownRuleIdOrPattern(id, known)) {
        const std::string hint =
            id.starts_with("custom/") ? " (custom rules are defined in \"customRules\")" : didYouMean(id, suggestions);
        reader_.error(at, "unknown rule '" + id + "'" + hint, true);
        continue;
      }
      RuleSetting rule;
      rule.pattern = id;
      if (readRuleSetting(setting, at, rule)) settings.push_back(std::move(rule));
    }
    return settings;
  }

  bool readRuleSetting(const nlohmann::json& value, const std::string& pointer, RuleSetting& rule) {
    if (value.is_string()) return readLevel(value, pointer, rule);
    if (!value.is_object()) {
      reader_.error(pointer, "a rule setting must be \"off\", \"on\", a severity or an object");
      return false;
    }
    for (const auto& [key, option] : value.items()) {
      if (key == "severity") {
        if (!readLevel(option, ConfigReader::child(pointer, key), rule)) return false;
      } else {
        rule.options[key] = option;
      }
    }
    return true;
  }

  bool readLevel(const nlohmann::json& value, const std::string& pointer, RuleSetting& rule) {
    if (value.is_string() && (value == "off" || value == "on")) {
      rule.enabled = value == "on";
      return true;
    }
    const auto severity = reader_.severity(value, pointer, "a rule's severity");
    if (!severity) return false;
    rule.enabled = true;
    rule.severity = severity;
    return true;
  }

  void readOverrides(const nlohmann::json& value, const std::string& pointer) {
    if (!reader_.isArray(value, pointer, "\"overrides\"")) return;
    for (std::size_t i = 0; i < value.size(); ++i) {
      const std::string at = ConfigReader::child(pointer, i);
      const nlohmann::json& entry = value[i];
      if (!reader_.isObject(entry, at, "an override")) continue;
      reader_.checkKeys(entry, at, "an override", {"files", "rules"});
      ConfigOverride override_;
      override_.base_dir = config_.base_dir;
      if (!entry.contains("files")) reader_.error(at, "an override needs \"files\": [\"glob\", ...]");
      else override_.files = reader_.strings(entry["files"], ConfigReader::child(at, "files"), "\"files\"", true);
      if (entry.contains("rules")) override_.rules = readRules(entry["rules"], ConfigReader::child(at, "rules"));
      config_.overrides.push_back(std::move(override_));
    }
  }

  void readSpelling(const nlohmann::json& value, const std::string& pointer) {
    if (!reader_.isObject(value, pointer, "\"spelling\"")) return;
    reader_.checkKeys(value, pointer, "\"spelling\"", {"language", "dictionaries", "words", "checkNames", "variant"});
    SpellingSettings& s = config_.spelling;
    if (value.contains("language") && reader_.isString(value["language"], pointer + "/language", "\"language\""))
      s.language = value["language"].get<std::string>();
    if (value.contains("dictionaries"))
      for (const std::string& path :
           reader_.strings(value["dictionaries"], pointer + "/dictionaries", "\"dictionaries\""))
        s.dictionaries.push_back(resolvePath(config_.base_dir, path));
    if (value.contains("words")) s.words = reader_.strings(value["words"], pointer + "/words", "\"words\"");
    if (value.contains("checkNames") &&
        reader_.isBoolean(value["checkNames"], pointer + "/checkNames", "\"checkNames\""))
      s.check_names = value["checkNames"].get<bool>();
    if (value.contains("variant") && reader_.isString(value["variant"], pointer + "/variant", "\"variant\"")) {
      const std::string variant = value["variant"].get<std::string>();
      if (variant == "en-US" || variant == "en-GB") {
        s.variant = variant;
      } else {
        reader_.error(pointer + "/variant", "\"variant\" must be \"en-US\" or \"en-GB\", not \"" + variant + "\"");
      }
    }
  }

  void readAsOf(const nlohmann::json& value, const std::string& pointer) {
    if (!reader_.isString(value, pointer, "\"asOf\"")) return;
    const std::string text = value.get<std::string>();
    const auto date = text.size() == 10 ? parseDate(text) : std::nullopt;
    if (!date || !date->valid()) {
      reader_.error(pointer, "\"asOf\" must be a date written YYYY-MM-DD, not '" + text + "'");
      return;
    }
    config_.as_of = date;
  }

  void readFacts(const nlohmann::json& value, const std::string& pointer) {
    if (!reader_.isObject(value, pointer, "\"facts\"")) return;
    reader_.checkKeys(value, pointer, "\"facts\"",
                      {"judgeBy", "staleAfterYears", "claims", "reviewGraceDays", "releaseData"});
    nlohmann::json& facts = config_.facts;
    if (value.contains("judgeBy") && reader_.isString(value["judgeBy"], pointer + "/judgeBy", "\"judgeBy\"")) {
      const std::string judge = value["judgeBy"].get<std::string>();
      if (judge == "check-date" || judge == "document-date") facts["judgeBy"] = judge;
      else
        reader_.error(pointer + "/judgeBy",
                      "\"judgeBy\" must be \"check-date\" or \"document-date\", not '" + judge + "'");
    }
    readNumber(value, pointer, "staleAfterYears", 1, facts);
    readNumber(value, pointer, "reviewGraceDays", 0, facts);
    if (value.contains("claims")) {
      nlohmann::json claims = nlohmann::json::array();
      for (const std::string& path : reader_.strings(value["claims"], pointer + "/claims", "\"claims\""))
        claims.push_back(resolvePath(config_.base_dir, path));
      facts["claims"] = std::move(claims);
    }
    // A release-cycles snapshot folder (its cycles.json) replacing the compiled-in release data.
    if (value.contains("releaseData") &&
        reader_.isString(value["releaseData"], pointer + "/releaseData", "\"releaseData\""))
      facts["releaseData"] = resolvePath(config_.base_dir, value["releaseData"].get<std::string>());
  }

  // An integer no smaller than `minimum`.
  void readNumber(const nlohmann::json& object, const std::string& pointer, const std::string& key, int minimum,
                  nlohmann::json& out) {
    if (!object.contains(key)) return;
    const nlohmann::json& value = object[key];
    if (!value.is_number_integer() || value.get<long long>() < minimum || value.get<long long>() > 100000) {
      reader_.error(ConfigReader::child(pointer, key),
                    "\"" + key + "\" must be a whole number from " + std::to_string(minimum) + " to 100000");
      return;
    }
    out[key] = value;
  }

  ConfigReader& reader_;
  Config& config_;
};

ConfigParseResult parseWith(const nlohmann::json& json, std::string_view source, std::string_view base_dir,
                            const JsonSource* positions) {
  ConfigParseResult result;
  result.config.base_dir = std::string(base_dir);
  ConfigReader reader(std::string(source), positions, result.errors);
  ConfigParser(reader, result.config).parse(json);
  result.config.hash = hashBytes(json.dump(), hashBytes(base_dir));
  return result;
}

}  // namespace

std::string ConfigError::format() const {
  if (line > 0) return file + ":" + std::to_string(line) + ":" + std::to_string(column) + ": " + message;
  if (pointer.empty()) return file + ": " + message;
  return file + ": " + message + " (at " + pointer + ")";
}

ConfigParseResult parseConfigText(std::string_view text, std::string_view path) {
  JsonSource source;
  std::string message;
  SourcePosition where;
  const std::string base_dir = fs::path(path).parent_path().string();
  if (!source.parse(text, message, where)) {
    ConfigParseResult result;
    result.config.path = std::string(path);
    result.config.base_dir = base_dir;
    result.errors.push_back({std::string(path), where.line, where.column, "", message});
    return result;
  }
  ConfigParseResult result = parseWith(source.value(), path, base_dir, &source);
  result.config.path = std::string(path);
  return result;
}

ConfigParseResult parseConfigJson(const nlohmann::json& json, std::string_view source, std::string_view base_dir) {
  return parseWith(json, source, base_dir, nullptr);
}

}  // namespace copydesk
