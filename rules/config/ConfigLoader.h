#pragma once
// Finding and loading `.copydesk.json` files: shared by the CLI and the server.
// Nothing here prints; problems come back as ConfigError values.
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>

#include "config/Config.h"

namespace copydesk {

inline constexpr std::string_view kConfigFileName = ".copydesk.json";

// The nearest `.copydesk.json` in the folder of `path` (or in `path` itself when
// it is a folder) or above; empty when there is none.
std::string findConfigFile(std::string_view path);

// Reads and parses a config file; an unreadable file is a ConfigError without a line.
ConfigParseResult loadConfigFile(const std::string& path);

// Loaded configurations by file path, each loaded once. Thread-safe; results
// stay valid for the cache's lifetime (forget() drops an entry, e.g. when the
// server sees the file change, but shared_ptrs already handed out stay valid).
class ConfigCache {
 public:
  // The config for `file_path`: `explicit_config` when not empty, else the
  // nearest `.copydesk.json`. Null when there is none (use the defaults).
  std::shared_ptr<const ConfigParseResult> forFile(std::string_view file_path, const std::string& explicit_config = "");
  std::shared_ptr<const ConfigParseResult> load(const std::string& config_path);
  void forget(const std::string& config_path);

 private:
  std::mutex mutex_;
  std::map<std::string, std::shared_ptr<const ConfigParseResult>, std::less<>> loaded_;
  std::map<std::string, std::string, std::less<>> found_;  // folder -> config path ("" none)
};

}  // namespace copydesk
