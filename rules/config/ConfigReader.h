#pragma once
// Internal to the config parser: reads a JSON value while recording errors at
// the offending value's source position. Not part of the public API.
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "config/Config.h"
#include "config/JsonSource.h"

namespace copydesk::detail {

class ConfigReader {
 public:
  // `source` may be null (no positions: editor settings).
  ConfigReader(std::string file, const JsonSource* source, std::vector<ConfigError>& errors)
      : file_(std::move(file)), source_(source), errors_(errors) {}

  void error(const std::string& pointer, std::string message, bool at_key = false);

  // Reports "<what> must be <type>" and returns false when the type is wrong.
  bool isObject(const nlohmann::json& value, const std::string& pointer, std::string_view what);
  bool isArray(const nlohmann::json& value, const std::string& pointer, std::string_view what);
  bool isString(const nlohmann::json& value, const std::string& pointer, std::string_view what);
  bool isBoolean(const nlohmann::json& value, const std::string& pointer, std::string_view what);
  // Reports members not in `allowed` (at the member name, with "did you mean").
  void checkKeys(const nlohmann::json& object, const std::string& pointer, std::string_view what,
                 std::initializer_list<std::string_view> allowed);
  // An array of strings (a single string is accepted when `single_ok`).
  std::vector<std::string> strings(const nlohmann::json& value, const std::string& pointer, std::string_view what,
                                   bool single_ok = false);
  std::optional<Severity> severity(const nlohmann::json& value, const std::string& pointer, std::string_view what);

  static std::string child(const std::string& pointer, std::string_view key) {
    return pointer + "/" + jsonPointerToken(key);
  }
  static std::string child(const std::string& pointer, std::size_t index) {
    return pointer + "/" + std::to_string(index);
  }

 private:
  bool expectType(bool ok, const nlohmann::json& value, const std::string& pointer, std::string_view what,
                  std::string_view type);

  std::string file_;
  const JsonSource* source_;
  std::vector<ConfigError>& errors_;
};

// Parses one entry of "customRules" (rules/config/ConfigCustomRules.cpp); null on error.
std::shared_ptr<const Rule> readCustomRule(ConfigReader& reader, const nlohmann::json& value,
                                           const std::string& pointer);

}  // namespace copydesk::detail
