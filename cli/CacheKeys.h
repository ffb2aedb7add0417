#pragma once
// --cache: what a cached file's findings depend on, as 64-bit keys. A file's
// findings are reused only when its key is the one they were stored under:
//   its text (hashed by the caller), and here
//   - the copydesk build (buildId()),
//   - its configuration's content and the rules it resolves to for the file
//     (Config::hash, ResolvedRules::hash),
//   - the content of every file the configuration or the command line names
//     (extra dictionaries, claims files, release data), of the workspace
//     dictionary that applies to the file and of the user dictionary,
//   - the day the check judges dates by (so "today" moves the key daily), and
//     the command line's spelling options (--lang, --dictionary-dir).
// The system's hunspell dictionaries are not part of the key: after
// upgrading them, delete the cache file (docs/ci.md says so).
#include <cstdint>
#include <map>
#include <string>
#include <string_view>

#include "cli/FileSetups.h"

namespace copydesk::cli {

// This copydesk build: its version and a hash of its executable, so that a
// rebuilt binary, whose rules may have changed, does not trust an older cache.
std::string buildId();

// The key of a file's findings: its setup's key (SetupKeys::keyOf) and its text.
std::uint64_t fileKey(std::uint64_t setup_key, std::string_view text);

class SetupKeys {
 public:
  explicit SetupKeys(const SetupOptions& options);

  // The key of everything `file`'s findings depend on but its text.
  std::uint64_t keyOf(const std::string& file, const Config& config, std::uint64_t rules_hash);

 private:
  std::uint64_t contentHash(const std::string& path);  // a file's or a folder's; cached per path
  std::uint64_t workspaceDictionaryHash(const std::string& file);

  SetupOptions options_;
  std::uint64_t base_ = 0;  // the command line's part and the user dictionary
  std::map<std::string, std::uint64_t, std::less<>> contents_;
  std::map<std::string, std::uint64_t, std::less<>> workspace_dictionaries_;  // by folder
};

}  // namespace copydesk::cli
