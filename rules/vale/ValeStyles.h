#pragma once
// Vale styles as copydesk rules. A style is a folder under StylesPath; each
// *.yml file in it is one rule named "Style.File" (Microsoft/Passive.yml is
// Microsoft.Passive), which becomes one copydesk Rule with that id, off by
// default (a .vale.ini switches it on), its level as its severity
// (suggestion -> information) and its `link` as RuleInfo::link.
//
// The built-in style "Vale" has Vale.Spelling, Vale.Terms and Vale.Avoid
// (from the vocabularies' accept.txt / reject.txt) and Vale.Repetition.
//
// Per-file settings come in the rule's options (set by the configuration
// from the .vale.ini section that applies to the file):
//   {"tokenIgnores": [patterns], "blockIgnores": [patterns], "lintCode": bool}
// and in-text controls (<!-- vale off -->, <!-- vale Style.Rule = NO -->) are
// honoured by every rule. Loading never throws: problems are listed.
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "engine/Rule.h"
#include "vale/ValePattern.h"

namespace copydesk::vale {

struct StyleRequest {
  std::string styles_path;          // absolute
  std::vector<std::string> styles;  // folders to load whole ("Microsoft", "Vale")
  std::vector<std::string> rules;   // single rules ("demo.Cap") of styles not loaded whole
  std::vector<std::string> vocabularies;
};

struct StyleProblem {
  enum class Kind { Error, Unsupported };
  Kind kind = Kind::Error;
  std::string message;  // "file:line: what" or "file: what"
};

struct PatternCounts {
  int re2 = 0;
  int pcre2 = 0;
};

struct LoadedStyles {
  std::vector<std::shared_ptr<const Rule>> rules;  // sorted by id
  std::vector<StyleProblem> problems;
  std::map<std::string, PatternCounts, std::less<>> engines;  // per style: rules by the engine they need
};

LoadedStyles loadStyles(const StyleRequest& request);

}  // namespace copydesk::vale
