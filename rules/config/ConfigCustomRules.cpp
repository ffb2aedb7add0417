// Reads one entry of "customRules" into a custom rule.
#include "config/ConfigReader.h"
#include "custom/CustomRules.h"
#include "nlp/PhraseMatcher.h"

namespace copydesk::detail {

namespace {

bool validCustomId(std::string_view id) {
  if (!id.starts_with("custom/") || id.size() == 7) return false;
  for (char c : id.substr(7)) {
    const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
                    c == '_' || c == '.' || c == '/';
    if (!ok) return false;
  }
  return id.back() != '/';
}

std::string optionalString(ConfigReader& reader, const nlohmann::json& rule, const std::string& pointer,
                           std::string_view key) {
  if (!rule.contains(key)) return {};
  const std::string at = ConfigReader::child(pointer, key);
  return reader.isString(rule[key], at, "\"" + std::string(key) + "\"") ? rule[key].get<std::string>() : std::string();
}

bool readExistence(ConfigReader& reader, const nlohmann::json& rule, const std::string& pointer, CustomRuleSpec& spec) {
  const bool has_tokens = rule.contains("tokens");
  const bool has_pattern = rule.contains("pattern");
  if (rule.contains("swap"))
    reader.error(ConfigReader::child(pointer, "swap"), "\"swap\" belongs to substitution rules", true);
  if (has_tokens == has_pattern) {
    reader.error(pointer, "an existence rule needs either \"tokens\" or \"pattern\"" +
                              std::string(has_tokens ? ", not both" : ""));
    return false;
  }
  if (has_tokens) {
    const std::string at = ConfigReader::child(pointer, "tokens");
    spec.tokens = reader.strings(rule["tokens"], at, "\"tokens\"");
    if (spec.tokens.empty() && rule["tokens"].is_array()) reader.error(at, "\"tokens\" must not be empty");
    for (std::size_t i = 0; i < spec.tokens.size(); ++i)
      if (PhraseMatcher::phraseWords(spec.tokens[i]).empty())
        reader.error(ConfigReader::child(at, i), "a token must contain a word");
    return !spec.tokens.empty();
  }
  spec.pattern = optionalString(reader, rule, pointer, "pattern");
  if (spec.pattern.empty() && rule["pattern"].is_string())
    reader.error(ConfigReader::child(pointer, "pattern"), "\"pattern\" must not be empty");
  return !spec.pattern.empty();
}

bool readSubstitution(ConfigReader& reader, const nlohmann::json& rule, const std::string& pointer,
                      CustomRuleSpec& spec) {
  for (std::string_view key : {"tokens", "pattern"})
    if (rule.contains(key))
      reader.error(ConfigReader::child(pointer, key),
                   "\"" + std::string(key) + "\" belongs to existence rules (substitution rules use \"swap\")", true);
  if (!rule.contains("swap")) {
    reader.error(pointer, "a substitution rule needs \"swap\": {\"phrase\": \"replacement\", ...}");
    return false;
  }
  const std::string at = ConfigReader::child(pointer, "swap");
  if (!reader.isObject(rule["swap"], at, "\"swap\"")) return false;
  if (rule["swap"].empty()) reader.error(at, "\"swap\" must not be empty");
  for (const auto& [bad, good] : rule["swap"].items()) {
    const std::string item = ConfigReader::child(at, bad);
    if (PhraseMatcher::phraseWords(bad).empty()) reader.error(item, "a phrase to replace must contain a word", true);
    else if (reader.isString(good, item, "a replacement")) spec.swap.emplace_back(bad, good.get<std::string>());
  }
  return !spec.swap.empty() && spec.swap.size() == rule["swap"].size();
}

}  // namespace

std::shared_ptr<const Rule> readCustomRule(ConfigReader& reader, const nlohmann::json& rule,
                                           const std::string& pointer) {
  if (!reader.isObject(rule, pointer, "a custom rule")) return nullptr;
  reader.checkKeys(
      rule, pointer, "a custom rule",
      {"id", "kind", "tokens", "pattern", "swap", "message", "severity", "ignoreCase", "description", "explanation"});
  CustomRuleSpec spec;
  bool ok = true;
  if (!rule.contains("id")) {
    reader.error(pointer, "a custom rule needs an \"id\" such as \"custom/no-utilize\"");
    ok = false;
  } else if (reader.isString(rule["id"], ConfigReader::child(pointer, "id"), "\"id\"")) {
    spec.id = rule["id"].get<std::string>();
    if (!validCustomId(spec.id)) {
      reader.error(ConfigReader::child(pointer, "id"),
                   "a custom rule id must start with \"custom/\" followed by letters, digits, '-', '_', '.' or '/'");
      ok = false;
    }
  } else {
    ok = false;
  }
  spec.message = optionalString(reader, rule, pointer, "message");
  spec.description = optionalString(reader, rule, pointer, "description");
  spec.explanation = optionalString(reader, rule, pointer, "explanation");
  if (rule.contains("severity")) {
    const auto severity = reader.severity(rule["severity"], ConfigReader::child(pointer, "severity"), "\"severity\"");
    ok = ok && severity.has_value();
    if (severity) spec.severity = *severity;
  }
  if (rule.contains("ignoreCase")) {
    if (reader.isBoolean(rule["ignoreCase"], ConfigReader::child(pointer, "ignoreCase"), "\"ignoreCase\""))
      spec.ignore_case = rule["ignoreCase"].get<bool>();
    else ok = false;
  }
  const std::string kind_at = ConfigReader::child(pointer, "kind");
  const std::string kind = optionalString(reader, rule, pointer, "kind");
  if (!rule.contains("kind")) {
    reader.error(pointer, "a custom rule needs a \"kind\": \"existence\" or \"substitution\"");
    return nullptr;
  }
  if (kind == "existence") {
    if (!readExistence(reader, rule, pointer, spec) || !ok) return nullptr;
    std::string error;
    auto made = makeExistenceRule(std::move(spec), error);
    if (!made) reader.error(ConfigReader::child(pointer, "pattern"), error);
    return made;
  }
  if (kind == "substitution") {
    if (!readSubstitution(reader, rule, pointer, spec) || !ok) return nullptr;
    return makeSubstitutionRule(std::move(spec));
  }
  if (rule["kind"].is_string())
    reader.error(kind_at, "unknown kind '" + kind + "' (expected \"existence\" or \"substitution\")");
  return nullptr;
}

}  // namespace copydesk::detail
