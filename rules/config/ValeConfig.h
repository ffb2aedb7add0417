#pragma once
// Vale styles in a copydesk configuration. The .vale.ini's styles become
// rules of the Config (off unless a section switches them on), and its
// sections become overrides: "[*.md]" applies to Markdown files at any depth,
// BasedOnStyles switches on every rule of a style, "Style.Rule = NO | YES |
// <level>" one rule, MinAlertLevel switches off the rules below it, and
// TokenIgnores / BlockIgnores / IgnoredScopes reach the rules as options.
//
// A .copydesk.json asks for this with "vale":
//   "vale": true                                   the nearest .vale.ini
//   "vale": {"config": "path/.vale.ini"}
//   "vale": {"stylesPath": "styles", "basedOnStyles": ["Microsoft"], "vocab": ["Team"]}
// Without "vale" nothing changes.
#include <string>
#include <vector>

#include "config/Config.h"
#include "config/ValeIni.h"

namespace copydesk {

struct ValeSetupProblems {
  std::vector<std::string> errors;       // broken rule files, patterns no engine accepts, ini errors
  std::vector<std::string> unsupported;  // rules skipped because their kind is not supported (script)
  std::vector<std::string> engines;      // per style: "Microsoft: 36 on RE2, 4 on PCRE2"
};

// Loads the styles `ini` asks for and adds them to `config`.
ValeSetupProblems addValeStyles(const ValeIni& ini, Config& config);

}  // namespace copydesk
