#pragma once
// The engine facade of the language server (clangd's ClangdServer to
// LspServer's ClangdLSPServer): configuration, spelling and checking for the
// documents of one workspace. Speaks engine types only: no LSP, no JSON-RPC
// (editor settings arrive as plain JSON values, as the config parser takes them).
//
// Configuration of a file: the nearest `.copydesk.json` walking up from the
// file (the workspace root's for documents without a path), loaded with the
// CLI's loader, with the editor settings merged over it (mergeConfig): those
// of the deepest workspace folder that holds the file when the editor gave
// folder settings, else the workspace-wide ones. A config file that fails to
// parse keeps its last good version (the defaults when it never parsed); its
// errors are reported once through takeConfigReports().
//
// The setup of a file (rules, spell checker, accepted words, dates) comes from
// the engine's CheckSetupProvider (setup/CheckSetup.h), given that effective
// configuration; a spell checker that cannot be opened turns spelling off
// with a warning.
//
// Threading: every member function runs on the server's main strand. What a
// worker needs is captured in immutable CheckSetup / CheckInput values, and
// check() is a static, thread-safe function of those.
#include <atomic>
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "config/Config.h"
#include "document/Document.h"
#include "engine/Engine.h"
#include "engine/Finding.h"
#include "engine/Session.h"
#include "setup/CheckSetup.h"
#include "spelling/SpellChecker.h"

namespace copydesk::server {

struct CheckInput {
  std::string uri;
  std::string path;
  // The text and its line index, shared with the document store (null when too large).
  std::shared_ptr<const IndexedText> text;
  // How `text` came from earlier texts (DocumentStore::historySince), so that
  // the session need not compare texts to find the edit; may be empty.
  std::vector<TextStep> history;
  DocumentFormat format = DocumentFormat::Markdown;
  std::int64_t version = 0;
  std::uint64_t generation = 0;  // the workspace's configuration generation
  std::shared_ptr<const CheckSetup> setup;
  // Non-zero: the document has this many bytes, over the size limit; `text` is
  // empty and the result is one "file too large, not checked" finding at 0:0.
  std::size_t too_large = 0;
  std::size_t max_file_size = 0;
  // The open document's session (null: check from scratch): the next version's
  // snapshot is built from its last one, and only edited paragraphs are checked.
  std::shared_ptr<DocumentSession> session;
};

struct CheckResult {
  std::string uri;
  std::int64_t version = 0;
  std::uint64_t generation = 0;
  std::shared_ptr<const Document> document;
  std::shared_ptr<const CheckSetup> setup;
  std::vector<Finding> findings;
  double milliseconds = 0;

  // The rule behind a finding: configured built-in or custom rules first, then
  // any built-in rule; null when unknown.
  const Rule* rule(std::string_view rule_id) const;
  const RuleInfo* ruleInfo(std::string_view rule_id) const;
};

// A config file whose health changed: errors empty means it parses again.
struct ConfigReport {
  std::string path;
  std::vector<ConfigError> errors;
};

struct WorkspaceOptions {
  std::string root;          // folder; may be empty (no workspace)
  SpellingOptions spelling;  // base: dictionary folders, extra dictionaries
};

class Workspace {
 public:
  explicit Workspace(WorkspaceOptions options);

  const std::string& root() const { return options_.root; }
  void setRoot(std::string root);

  // Replaces the editor settings (the "copydesk" section, server-only keys
  // removed). On errors the previous settings stay and the errors are returned.
  // With a `folder` (a workspace folder's path), the settings apply to the
  // files inside it instead of the workspace-wide ones (workspace/configuration
  // with a scopeUri); the deepest folder that holds a file wins.
  std::vector<ConfigError> setEditorSettings(const nlohmann::json& settings, const std::string& folder = {});
  // Forgets a folder's own settings (it left the workspace, or has none now);
  // false when it had none.
  bool dropFolderSettings(const std::string& folder);

  // The setup for a file path (cached until something changes).
  std::shared_ptr<const CheckSetup> setupFor(const std::string& path);
  // Loads the root's config (if any) so that its errors surface at start-up.
  void loadRootConfig();

  // Runs the engine. Thread-safe. `cancelled` (may be null) is looked at
  // before the (uninterruptible) check starts; a cancelled check returns null.
  static std::shared_ptr<const CheckResult> check(const CheckInput& input, const std::atomic<bool>* cancelled);
  // The result of a check that threw: one error finding saying so, so that
  // the writer sees it and nobody waits for (or retries) a check that cannot
  // succeed.
  static std::shared_ptr<const CheckResult> failedCheck(const CheckInput& input, std::string_view why);
  // The result of a file that could not be checked (unreadable, binary, too
  // large): one warning at its start (rule id "file-not-checked") saying why.
  static std::shared_ptr<const CheckResult> notChecked(const CheckInput& input, std::string message);

  // Config files whose errors appeared, changed or went away since the last call.
  std::vector<ConfigReport> takeConfigReports();
  // Problems worth telling the user once (a spelling dictionary that cannot be opened, ...).
  std::vector<std::string> takeWarnings();

  // File-system events and settings changes; each bumps generation().
  void configFileChanged(const std::string& path);
  void dictionaryChanged();
  // A hunspell .dic/.aff changed: the spell checkers are opened again.
  void spellingDictionaryChanged();
  void claimsChanged();
  // A .vale.ini, Vale rule file or vocabulary changed: the configurations and
  // editor settings are read again (Vale styles load with them). False when
  // there is nothing to read again.
  bool valeStylesChanged();
  std::uint64_t generation() const { return generation_; }

  // The dictionary "Add to dictionary" appends to for a document: the nearest
  // existing `.copydesk/dictionary.txt` inside the workspace, else
  // `<root>/.copydesk/dictionary.txt` (the document's folder without a root).
  std::string dictionaryFor(const std::string& document_path) const;
  // Appends `word` atomically (creating the file) to the workspace dictionary
  // of the document, or with `user` to the user dictionary
  // (setup/CheckSetup.h userDictionaryPath), and drops cached word lists.
  // `written` gets the dictionary's path.
  bool addToDictionary(const std::string& document_path, std::string_view word, bool user, std::string& written,
                       std::string& error);

 private:
  struct LoadedConfig {
    std::shared_ptr<const Config> good;  // null: never parsed (the defaults apply)
    std::vector<ConfigError> errors;
  };

  // What applies to the files of one folder: the nearest config file and the
  // key of the editor settings (a workspace folder, or "" for workspace-wide).
  struct FolderSetup {
    std::string config_path;
    std::string scope;
  };
  struct EditorSettings {
    std::shared_ptr<const Config> config;
    nlohmann::json raw;  // what `config` was parsed from
  };

  const FolderSetup& folderSetup(const std::string& path);
  std::string scopeOf(const std::string& folder) const;
  // The nearest configuration file above `folder` that was deleted (or
  // replaced by a folder) while the server ran: its last good version stays in
  // force, with an error, until the file is back; empty when none.
  std::string keptMissingConfig(const std::string& folder) const;
  const LoadedConfig& loadConfig(const std::string& config_path);
  void noteErrors(const std::string& path, const std::vector<ConfigError>& errors);
  std::shared_ptr<const Config> effectiveConfig(const FolderSetup& folder);
  void invalidate();

  WorkspaceOptions options_;
  std::uint64_t generation_ = 1;
  std::map<std::string, EditorSettings> editor_;                    // scope ("" or a folder) -> settings
  std::map<std::string, FolderSetup> found_;                        // folder -> config path and scope
  std::map<std::string, LoadedConfig> loaded_;                      // config path -> config
  std::map<std::string, std::shared_ptr<const Config>> effective_;  // config path + scope -> merged
  std::map<std::string, std::vector<ConfigError>> reported_;        // config path -> errors told
  std::vector<ConfigReport> reports_;
  CheckSetupProvider setups_;  // spell checkers, word lists, rules and setups
};

}  // namespace copydesk::server
