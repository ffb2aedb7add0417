#pragma once
// What `copydesk check` needs for each file: its configuration (the --config
// file, else the nearest .copydesk.json; a broken one fails the files it
// applies to) and, from the engine's CheckSetupProvider, the setup that
// configuration gives (rules, spell checker, accepted words, dates).
// Configurations, spell checkers and word lists are loaded once each and
// shared by every file that uses them. Not thread-safe: prepare every file
// first, then check in parallel (the setups are immutable).
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "config/ConfigLoader.h"
#include "setup/CheckSetup.h"

namespace copydesk::cli {

struct SetupOptions {
  std::string config_path;              // --config; empty: discover per file
  std::optional<CivilDate> as_of;       // --as-of
  std::optional<std::string> language;  // --lang (wins over the config's)
  SpellingOptions spelling;             // --dictionary-dir, --dictionary
  std::string release_data;             // --release-data: absolute; wins over facts.releaseData
};

class FileSetups {
 public:
  explicit FileSetups(const SetupOptions& options);

  // Null when the file's configuration is broken or its spell checker cannot
  // be opened; each problem is appended to `errors` once per run.
  std::shared_ptr<const CheckSetup> prepare(const std::string& file, std::vector<std::string>& errors);
  // Non-fatal problems (unreadable extra or workspace dictionaries), once each.
  std::vector<std::string> takeWarnings() { return std::exchange(warnings_, {}); }

 private:
  // `config` with the --release-data folder as its facts.releaseData (one copy per configuration).
  std::shared_ptr<const Config> withReleaseData(const std::shared_ptr<const Config>& config);

  std::string config_path_;
  std::string release_data_;
  std::map<const Config*, std::pair<std::shared_ptr<const Config>, std::shared_ptr<const Config>>> with_release_data_;
  CheckSetupProvider provider_;
  std::shared_ptr<const Config> defaults_ = std::make_shared<const Config>();
  ConfigCache configs_;
  std::set<std::string> reported_;  // broken config files already reported
  std::vector<std::string> warnings_;
};

}  // namespace copydesk::cli
