#pragma once
// Configuration: one model, many sources. A `.copydesk.json` file (found by
// walking up from the checked file, or named with --config), editor settings
// sent by an LSP client, and the built-in defaults all become a Config;
// mergeConfig() layers them; resolveRules() gives the RuleSet for one file.
//
// The file format (JSON with comments and trailing commas; the JSON Schema is
// editors/schema/copydesk.schema.json):
//   {
//     "rules": { "spelling": "error", "style/*": "off",
//                "style/sentence-length": { "severity": "hint", "max": 40 } },
//     "overrides": [ { "files": ["drafts/**", "*.txt"], "rules": { ... } } ],
//     "spelling": { "language": "en_US", "dictionaries": ["words.txt"],
//                   "words": ["Ferrocene"], "checkNames": false },
//     "asOf": "2026-03-07",
//     "facts": { "judgeBy": "check-date", "staleAfterYears": 2,
//                "claims": ["claims.json"], "reviewGraceDays": 90,
//                "releaseData": "release-cycles/" },
//     "customRules": [ { "id": "custom/no-utilize", "kind": "substitution",
//                        "swap": { "utilize": "use" } } ]
//   }
// Rule settings: "off", "on", a severity ("error", "warning", "information",
// "hint"), or an object with an optional "severity" and the rule's options.
// Within one "rules" object "*" applies first, then "area/*", then exact ids;
// overrides apply after the top-level rules, later ones winning. Override globs
// are relative to the config file's folder; a glob without "/" matches the file
// name at any depth ("*.txt"). Relative paths (dictionaries, claims) are
// resolved against the config file's folder.
//
// Errors never throw: they are returned as ConfigError values with file:line:col.
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "engine/Engine.h"
#include "engine/Finding.h"
#include "engine/Rule.h"
#include "text/Date.h"

namespace copydesk {

struct ConfigError {
  std::string file;     // the config file, or the source name ("editor settings")
  int line = 0;         // 1-based; 0 when the source has no positions
  int column = 0;       // 1-based, in code points
  std::string pointer;  // JSON pointer of the offending value ("/rules/spelling")
  std::string message;
  // "file:line:col: message", or "file: message (at /pointer)" without a position.
  std::string format() const;
};

struct RuleSetting {
  std::string pattern;          // "spelling", "style/*", "*"
  std::optional<bool> enabled;  // "off" -> false; "on" or a severity -> true
  std::optional<Severity> severity;
  nlohmann::json options = nlohmann::json::object();
};

struct ConfigOverride {
  std::string base_dir;            // globs are relative to this folder
  std::vector<std::string> files;  // globs
  std::vector<RuleSetting> rules;
};

struct SpellingSettings {
  std::optional<std::string> language;
  std::vector<std::string> dictionaries;  // absolute (resolved against the config's folder)
  std::vector<std::string> words;
  std::optional<bool> check_names;
  std::optional<std::string> variant;  // "en-US" | "en-GB": style/spelling-variant flags the other
};

struct Config {
  std::string path;      // the file it came from; empty for other sources
  std::string base_dir;  // folder relative paths and globs start from
  std::vector<RuleSetting> rules;
  std::vector<ConfigOverride> overrides;
  SpellingSettings spelling;
  std::optional<CivilDate> as_of;
  // Validated "facts" settings (claims paths made absolute); also merged into
  // the options of every facts/* rule by resolveRules().
  nlohmann::json facts = nlohmann::json::object();
  std::vector<std::shared_ptr<const Rule>> custom_rules;  // customRules, then Vale styles ("vale")
  // What does not stop a check: Vale rules skipped as unsupported (script rules).
  std::vector<std::string> warnings;
  std::uint64_t hash = 0;  // of the contents, for caches

  const nlohmann::json& factsSettings() const { return facts; }
  bool judgeByDocumentDate() const;
  const Rule* findCustomRule(std::string_view id) const;
  std::vector<std::string> customRuleIds() const;
};

struct ConfigParseResult {
  Config config;  // what could be read, even when there are errors
  std::vector<ConfigError> errors;
  bool ok() const { return errors.empty(); }
};

// Parses the text of a .copydesk.json file (comments and trailing commas allowed).
ConfigParseResult parseConfigText(std::string_view text, std::string_view path);

// Parses configuration already decoded as JSON (editor settings). Errors carry
// the JSON pointer but no line; `source` names the origin in messages and
// `base_dir` anchors relative paths and override globs.
ConfigParseResult parseConfigJson(const nlohmann::json& json, std::string_view source, std::string_view base_dir);

// `overlay` on top of `base`: rule settings and overrides are appended (so the
// overlay wins), spelling and facts settings are replaced key by key, word and
// dictionary lists are concatenated, custom rules with the same id are replaced.
Config mergeConfig(const Config& base, const Config& overlay);

// The rules that apply to one file, with what keeps custom rules alive.
struct ResolvedRules {
  RuleSet rules;
  std::vector<std::shared_ptr<const Rule>> custom_rules;  // customRules, then Vale styles ("vale")
  // What does not stop a check: Vale rules skipped as unsupported (script rules).
  std::vector<std::string> warnings;
  std::uint64_t hash = 0;  // changes whenever the effective rules or options change
};

// Built-in defaults -> config "rules" -> matching overrides, plus custom rules.
ResolvedRules resolveRules(const Config& config, std::string_view file_path);

// Sets check_date (config asOf, unless `as_of` is given) and judge_by_document_date.
void applyDateSettings(const Config& config, const std::optional<CivilDate>& as_of, CheckServices& services);

}  // namespace copydesk
