#pragma once
// Vale's configuration file (.vale.ini, _vale.ini, .vale, _vale): its global
// keys (StylesPath, MinAlertLevel, Vocab) and its sections ("[*]",
// "[*.md]", "[*.{md,txt}]") with BasedOnStyles, per-rule settings
// (Style.Rule = YES | NO | suggestion | warning | error), IgnoredScopes,
// SkippedScopes, TokenIgnores and BlockIgnores. Keys Vale has and copydesk
// does not use are read and ignored; malformed lines are errors with file:line.
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace copydesk {

struct ValeIniSection {
  std::vector<std::string> globs;  // "[*.{md,txt}]" -> "*.md", "*.txt"; empty for the global part
  std::vector<std::string> based_on_styles;
  std::vector<std::pair<std::string, std::string>> rules;  // "Microsoft.Passive" -> "NO"
  std::vector<std::string> token_ignores;
  std::vector<std::string> block_ignores;
  std::vector<std::string> ignored_scopes;
  std::vector<std::string> skipped_scopes;
  int line = 0;
};

struct ValeIni {
  std::string path;         // the file
  std::string styles_path;  // absolute (relative to the file's folder)
  std::string min_alert_level = "suggestion";
  std::vector<std::string> vocab;
  ValeIniSection global;                 // keys before the first section
  std::vector<ValeIniSection> sections;  // in file order
  std::vector<std::string> errors;       // "file:line: problem"
};

// The nearest Vale configuration in `folder` or above; empty when none.
std::string findValeIni(std::string_view folder);

ValeIni parseValeIni(std::string_view text, const std::string& path);
ValeIni loadValeIni(const std::string& path);

}  // namespace copydesk
