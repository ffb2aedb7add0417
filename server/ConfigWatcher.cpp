#include "server/ConfigWatcher.h"

#include "config/ConfigLoader.h"

namespace copydesk::server {

namespace {

bool endsWith(std::string_view text, std::string_view suffix) {
  return text.size() >= suffix.size() && text.substr(text.size() - suffix.size()) == suffix;
}

std::string_view fileName(std::string_view path) {
  const std::size_t slash = path.find_last_of('/');
  return slash == std::string_view::npos ? path : path.substr(slash + 1);
}

std::string_view folderOf(std::string_view path) {
  const std::size_t slash = path.find_last_of('/');
  return slash == std::string_view::npos ? std::string_view{} : path.substr(0, slash);
}

}  // namespace

WatchedFile classifyWatchedFile(std::string_view path) {
  if (fileName(path) == kConfigFileName) return WatchedFile::Config;
  if (endsWith(path, "/.copydesk/dictionary.txt") || path == ".copydesk/dictionary.txt") return WatchedFile::Dictionary;
  if (endsWith(path, ".dic") || endsWith(path, ".aff")) return WatchedFile::SpellingDictionary;
  const std::string_view name = fileName(path);
  if (name == ".vale.ini" || name == "_vale.ini" || endsWith(name, ".yml") || name == "accept.txt" ||
      name == "reject.txt")
    return WatchedFile::ValeStyles;
  if (endsWith(path, ".json") &&
      (endsWith(folderOf(path), "/.copydesk/claims") || folderOf(path) == ".copydesk/claims"))
    return WatchedFile::Claims;
  return WatchedFile::None;
}

nlohmann::json watchedFilesRegistration() {
  // WatchKind: 1 create | 2 change | 4 delete = 7 (the default).
  const nlohmann::json watchers = nlohmann::json::array({
      {{"globPattern", "**/.copydesk.json"}},
      {{"globPattern", "**/.copydesk/dictionary.txt"}},
      {{"globPattern", "**/.copydesk/claims/*.json"}},
      {{"globPattern", "**/*.dic"}},
      {{"globPattern", "**/*.aff"}},
      {{"globPattern", "**/.vale.ini"}},
      {{"globPattern", "**/_vale.ini"}},
      {{"globPattern", "**/*.yml"}},
      {{"globPattern", "**/accept.txt"}},
      {{"globPattern", "**/reject.txt"}},
  });
  return {{"registrations", nlohmann::json::array({{{"id", "copydesk-watched-files"},
                                                    {"method", "workspace/didChangeWatchedFiles"},
                                                    {"registerOptions", {{"watchers", watchers}}}}})}};
}

}  // namespace copydesk::server
