#pragma once
// What `copydesk check` needs for each file: the rules its configuration
// resolves to and the services (spell checker, accepted words, dates).
// Configurations, spell checkers and word lists are loaded once each and
// shared by every file that uses them. Not thread-safe: prepare every file
// first, then check in parallel.
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "config/ConfigLoader.h"
#include "engine/Engine.h"
#include "spelling/SpellChecker.h"

namespace copydesk::cli {

struct SetupOptions {
  std::string config_path;                 // --config; empty: discover per file
  std::optional<CivilDate> as_of;          // --as-of
  std::optional<std::string> language;     // --lang (wins over the config's)
  SpellingOptions spelling;                // --dictionary-dir, --dictionary
};

struct FileSetup {
  ResolvedRules rules;
  CheckServices services;
};

class CheckSetup {
 public:
  explicit CheckSetup(SetupOptions options) : options_(std::move(options)) {}

  // False when the file's configuration is broken or its spell checker cannot
  // be opened; each problem is appended to `errors` once per run.
  bool prepare(const std::string& file, FileSetup& out, std::vector<std::string>& errors);
  // Non-fatal problems (unreadable extra dictionaries), once each.
  std::vector<std::string> takeWarnings() { return std::exchange(warnings_, {}); }

 private:
  const SpellChecker* spellChecker(const Config& config, std::vector<std::string>& errors);
  const WordList* acceptedWords(const std::string& file, const Config& config);
  // The rules of `file` under `config` (loaded from `loaded`, null for the
  // defaults). Without overrides they do not depend on the file: resolved once
  // per configuration.
  ResolvedRules rulesFor(const std::shared_ptr<const ConfigParseResult>& loaded, const Config& config,
                         const std::string& file);

  SetupOptions options_;
  Config defaults_;
  ConfigCache configs_;
  std::map<std::string, std::unique_ptr<SpellChecker>> spell_checkers_;  // by language + dictionaries
  std::map<std::string, std::unique_ptr<WordList>> word_lists_;          // by config + dictionary path
  // Keyed by the parse result itself (held, so that no other one can take its address).
  std::map<std::shared_ptr<const ConfigParseResult>, ResolvedRules> rules_by_config_;
  std::set<std::string> reported_;
  std::vector<std::string> warnings_;
};

}  // namespace copydesk::cli
