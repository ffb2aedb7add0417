#pragma once
// A Vale rule as its YAML file states it (one file = one rule, named
// "Style.File"), before its patterns are compiled. Keys as Vale documents
// them; see /work/shared/vale/README.md ("Rule files") for their meaning.
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace copydesk::vale {

enum class Level { Suggestion = 0, Warning = 1, Error = 2 };

// "suggestion" | "warning" | "error"; false when unknown.
bool parseLevel(std::string_view text, Level& out);
std::string_view levelName(Level level);

struct SequenceToken {
  std::string pattern;
  std::string tag;
  bool negate = false;
  int skip = 0;
};

struct Action {
  std::string name;  // replace | remove | edit | suggest | convert
  std::vector<std::string> params;
};

struct RuleDefinition {
  std::string name;  // "Microsoft.Passive"
  std::string file;  // where it was read
  std::string kind;  // extends:
  std::string message;
  std::string description;
  std::string link;
  Level level = Level::Warning;
  std::vector<std::string> scopes;  // selectors; empty = text
  int limit = 0;                    // alerts per file; 0 = no limit

  bool ignorecase = false;
  bool nonword = false;
  bool append = false;
  bool vocab = true;
  bool capitalize = false;
  bool alpha = false;
  std::vector<std::string> tokens;  // existence, repetition
  std::string raw;                  // existence: concatenated
  std::vector<std::string> exceptions;
  std::vector<std::pair<std::string, std::string>> swap;    // substitution, in file order
  std::vector<std::pair<std::string, std::string>> either;  // consistency
  std::string token;                                        // occurrence
  std::optional<int> max;                                   // occurrence, repetition
  std::optional<int> min;                                   // occurrence
  std::string first, second;                                // conditional
  std::string match;                                        // capitalization
  std::string style = "AP";
  std::vector<std::string> indicators;
  double threshold = 0.8;
  std::string prefix;
  std::vector<std::string> metrics;  // readability
  double grade = 0;
  std::vector<std::string> filters;  // spelling
  std::vector<std::string> ignore;   // spelling word-list files
  std::vector<std::string> dictionaries;
  std::string dicpath;
  bool vocab_terms = false;  // Vale.Terms: a hit written exactly as a term (case-sensitively) is fine
  std::string styles_path;   // the StylesPath the rule was loaded from (spelling resources)
  bool custom = false;
  std::vector<SequenceToken> sequence;  // sequence tokens
  std::string formula;                  // metric
  std::string condition;
  std::optional<Action> action;
};

}  // namespace copydesk::vale
