#include "config/ConfigReader.h"

#include <algorithm>

#include "engine/RuleIds.h"

namespace copydesk::detail {

namespace {

std::string_view typeName(const nlohmann::json& value) {
  if (value.is_object()) return "an object";
  if (value.is_array()) return "an array";
  if (value.is_string()) return "a string";
  if (value.is_boolean()) return "a boolean";
  if (value.is_number()) return "a number";
  return "null";
}

}  // namespace

void ConfigReader::error(const std::string& pointer, std::string message, bool at_key) {
  ConfigError e;
  e.file = file_;
  e.pointer = pointer;
  e.message = std::move(message);
  if (source_) {
    const SourcePosition p = source_->position(pointer, at_key);
    e.line = p.line;
    e.column = p.column;
  }
  errors_.push_back(std::move(e));
}

bool ConfigReader::expectType(bool ok, const nlohmann::json& value, const std::string& pointer, std::string_view what,
                              std::string_view type) {
  if (!ok)
    error(pointer, std::string(what) + " must be " + std::string(type) + ", not " + std::string(typeName(value)));
  return ok;
}

bool ConfigReader::isObject(const nlohmann::json& value, const std::string& pointer, std::string_view what) {
  return expectType(value.is_object(), value, pointer, what, "an object");
}
bool ConfigReader::isArray(const nlohmann::json& value, const std::string& pointer, std::string_view what) {
  return expectType(value.is_array(), value, pointer, what, "an array");
}
bool ConfigReader::isString(const nlohmann::json& value, const std::string& pointer, std::string_view what) {
  return expectType(value.is_string(), value, pointer, what, "a string");
}
bool ConfigReader::isBoolean(const nlohmann::json& value, const std::string& pointer, std::string_view what) {
  return expectType(value.is_boolean(), value, pointer, what, "a boolean");
}

void ConfigReader::checkKeys(const nlohmann::json& object, const std::string& pointer, std::string_view what,
                             std::initializer_list<std::string_view> allowed) {
  const std::vector<std::string> names(allowed.begin(), allowed.end());
  for (const auto& [key, value] : object.items()) {
    if (std::find(names.begin(), names.end(), key) != names.end()) continue;
    error(child(pointer, key), "unknown key '" + key + "' in " + std::string(what) + didYouMean(key, names), true);
  }
}

std::vector<std::string> ConfigReader::strings(const nlohmann::json& value, const std::string& pointer,
                                               std::string_view what, bool single_ok) {
  std::vector<std::string> out;
  if (single_ok && value.is_string()) {
    out.push_back(value.get<std::string>());
    return out;
  }
  if (!isArray(value, pointer, what)) return out;
  for (std::size_t i = 0; i < value.size(); ++i) {
    if (!value[i].is_string()) {
      error(child(pointer, i),
            "each item of " + std::string(what) + " must be a string, not " + std::string(typeName(value[i])));
      continue;
    }
    out.push_back(value[i].get<std::string>());
  }
  return out;
}

std::optional<Severity> ConfigReader::severity(const nlohmann::json& value, const std::string& pointer,
                                               std::string_view what) {
  if (!isString(value, pointer, what)) return std::nullopt;
  Severity severity = Severity::Warning;
  const std::string name = value.get<std::string>();
  if (parseSeverity(name, severity)) return severity;
  error(pointer, "unknown severity '" + name + "' (expected error, warning, information or hint)" +
                     didYouMean(name, {"error", "warning", "information", "hint"}));
  return std::nullopt;
}

}  // namespace copydesk::detail
