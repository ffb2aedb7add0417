#pragma once
// What a check of one file needs besides its text, built in one place for both
// front ends: the file's effective configuration -> its spell checker (one per
// language and extra dictionaries) -> the accepted words -> the rules it
// resolves to -> the services (dates).
//
// Accepted words come in three tiers, all honoured by both front ends:
//   user        $XDG_CONFIG_HOME/copydesk/dictionary.txt (~/.config/... when
//               XDG_CONFIG_HOME is unset or relative): the writer's own words;
//   workspace   the `.copydesk/dictionary.txt` that applies to the file, plus
//               the configuration's spelling.words;
//   document    the front matter's copydesk.ignore_words (engine/IgnoredWords.h,
//               applied by the engine, not here).
//
// Finding the configuration stays with each front end, as they differ: the CLI
// has --config and stops on a broken file; the server keeps a broken file's
// last good version and merges the editor settings over it. Each hands the
// provider the Config that applies to a file; giving the same shared_ptr for
// every file it applies to lets the provider share what depends on it alone.
//
// Problems are reported, not acted on; each front end decides:
//   error    the spell checker cannot be opened: the setup has no spell
//            checker (the CLI fails the file, the server turns spelling off);
//   warning  an extra dictionary or the workspace dictionary cannot be read
//            (a binary or non-UTF-8 file): its words are ignored.
// Each message is reported once per provider.
//
// Threading: not thread-safe; one thread (the server's main strand, or the CLI
// before its workers start) asks for every setup. The setups are immutable and
// may be shared with any thread (the spell checker is thread-safe).
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "config/Config.h"
#include "engine/Engine.h"
#include "spelling/SpellChecker.h"
#include "spelling/WordList.h"
#include "text/Date.h"

namespace copydesk {

// Everything a check of one file needs; shared read-only with workers.
struct CheckSetup {
  ResolvedRules rules;
  CheckServices services;                        // points into the members below
  std::shared_ptr<const SpellChecker> spelling;  // null: it could not be opened (an error was reported)
  std::shared_ptr<const WordList> words;         // never null; may be empty
  std::shared_ptr<const Config> config;          // the effective configuration
};

// The user dictionary's path (see above); empty when neither XDG_CONFIG_HOME
// nor HOME is set.
std::string userDictionaryPath();

struct SetupProblem {
  enum class Level { Error, Warning };
  Level level = Level::Warning;
  std::string message;
};

struct CheckSetupOptions {
  // The base: language (when the config names none), dictionary folders, extra
  // dictionaries (the config's come first), hunspell instances.
  SpellingOptions spelling;
  std::optional<std::string> language;  // wins over the config's spelling.language (CLI --lang)
  std::optional<CivilDate> as_of;       // wins over the config's asOf (CLI --as-of)
  // Suggestions in spelling findings; false: computed when a code action asks (the server).
  bool spelling_suggestions = true;
};

class CheckSetupProvider {
 public:
  explicit CheckSetupProvider(CheckSetupOptions options) : options_(std::move(options)) {}

  // The setup of `file` under `config` (not null). Cached until invalidate().
  std::shared_ptr<const CheckSetup> setupFor(const std::string& file, const std::shared_ptr<const Config>& config);

  // Opens the spell checker of a file without configuration now, so that
  // hunspell loads early. A failure is neither reported nor kept: the first
  // setup that needs it tries again and reports it.
  void preloadSpellChecker();

  // The problems found since the last call, in the order found.
  std::vector<SetupProblem> takeProblems() { return std::exchange(problems_, {}); }

  // Forgets the setups, word lists and resolved rules (a configuration, the
  // editor settings or a dictionary changed); the spell checkers stay.
  void invalidate();
  // Forgets the spell checkers too (a hunspell dictionary file changed).
  void forgetSpellCheckers() {
    invalidate();
    spell_checkers_.clear();
  }

  // The rules `config` resolves to for `file` (resolved once per
  // configuration when it has no overrides), without the rest of a setup.
  ResolvedRules rulesFor(const std::string& file, const std::shared_ptr<const Config>& config);

 private:
  SpellingOptions spellingFor(const Config& config) const;
  std::shared_ptr<const SpellChecker> spellChecker(const Config& config);
  std::shared_ptr<const WordList> acceptedWords(const std::string& file, const std::shared_ptr<const Config>& config);
  void report(SetupProblem::Level level, std::string message);

  // Entries keyed by a Config's address hold that Config, so that no other one can take the address.
  struct HeldWords {
    std::shared_ptr<const Config> config;
    std::shared_ptr<const WordList> words;
  };
  struct HeldRules {
    std::shared_ptr<const Config> config;
    ResolvedRules rules;
  };

  CheckSetupOptions options_;
  std::map<std::string, std::shared_ptr<const SpellChecker>> spell_checkers_;  // by spellCheckerKey; null: failed
  std::optional<WordList> user_words_;                                         // loaded once per invalidate()
  std::map<std::pair<std::string, const Config*>, HeldWords> words_;           // by folder and config
  std::map<const Config*, HeldRules> rules_;                                   // configs without overrides
  std::map<std::pair<std::string, const Config*>, std::shared_ptr<const CheckSetup>> setups_;  // by file
  std::vector<SetupProblem> problems_;
  std::set<std::string> reported_;
};

}  // namespace copydesk
