#include "config/ConfigLoader.h"

#include <filesystem>
#include <fstream>
#include <sstream>

namespace copydesk {

namespace fs = std::filesystem;

namespace {

fs::path startFolder(std::string_view path) {
  std::error_code ec;
  fs::path start = fs::absolute(fs::path(path), ec).lexically_normal();
  if (!fs::is_directory(start, ec)) start = start.parent_path();
  return start;
}

std::string findFrom(fs::path folder) {
  std::error_code ec;
  for (;;) {
    const fs::path candidate = folder / kConfigFileName;
    if (fs::is_regular_file(candidate, ec)) return candidate.string();
    if (!folder.has_parent_path() || folder.parent_path() == folder) return {};
    folder = folder.parent_path();
  }
}

}  // namespace

std::string findConfigFile(std::string_view path) { return findFrom(startFolder(path)); }

ConfigParseResult loadConfigFile(const std::string& path) {
  std::error_code ec;
  std::ifstream in;
  if (fs::is_regular_file(path, ec)) in.open(path, std::ios::binary);
  if (!in.is_open()) {
    ConfigParseResult result;
    result.config.path = path;
    const char* why = !fs::exists(path, ec)        ? "no such file"
                      : fs::is_directory(path, ec) ? "it is a folder"
                                                   : "permission denied";
    result.errors.push_back({path, 0, 0, "", std::string("cannot read the configuration file: ") + why});
    return result;
  }
  std::ostringstream text;
  text << in.rdbuf();
  return parseConfigText(text.str(), path);
}

std::shared_ptr<const ConfigParseResult> ConfigCache::forFile(std::string_view file_path,
                                                              const std::string& explicit_config) {
  if (!explicit_config.empty()) return load(explicit_config);
  const std::string folder = startFolder(file_path).string();
  std::string config_path;
  {
    std::lock_guard lock(mutex_);
    const auto it = found_.find(folder);
    if (it != found_.end()) config_path = it->second;
    else config_path = found_[folder] = findFrom(folder);
  }
  return config_path.empty() ? nullptr : load(config_path);
}

std::shared_ptr<const ConfigParseResult> ConfigCache::load(const std::string& config_path) {
  {
    std::lock_guard lock(mutex_);
    const auto it = loaded_.find(config_path);
    if (it != loaded_.end()) return it->second;
  }
  auto result = std::make_shared<const ConfigParseResult>(loadConfigFile(config_path));
  std::lock_guard lock(mutex_);
  return loaded_.try_emplace(config_path, std::move(result)).first->second;
}

void ConfigCache::forget(const std::string& config_path) {
  std::lock_guard lock(mutex_);
  loaded_.erase(config_path);
  found_.clear();
}

}  // namespace copydesk
