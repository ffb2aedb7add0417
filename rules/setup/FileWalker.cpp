#include "setup/FileWalker.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "markup/Formats.h"
#include "setup/Gitignore.h"

namespace copydesk {

namespace fs = std::filesystem;

namespace {

// A file of a format in the formats table (its extension in any case).
bool checkable(const fs::path& path) { return formatForExtension(path.filename().string()) != nullptr; }

std::string readSmallFile(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream content;
  content << in.rdbuf();
  return content.str();
}

// Walks one folder iteratively (no recursion: deep trees cannot overflow the stack).
void walkFolder(const fs::path& root, WalkResult& result) {
  Gitignore ignore;
  std::vector<std::pair<fs::path, std::string>> pending{{root, ""}};
  while (!pending.empty()) {
    auto [dir, relative_dir] = std::move(pending.back());
    pending.pop_back();
    std::error_code ec;
    const fs::path gitignore = dir / ".gitignore";
    if (fs::is_regular_file(gitignore, ec)) ignore.addFile(relative_dir, readSmallFile(gitignore));
    fs::directory_iterator it(dir, fs::directory_options::skip_permission_denied, ec);
    if (ec) {
      result.errors.push_back(dir.string() + ": cannot read folder: " + ec.message());
      continue;
    }
    for (; it != fs::directory_iterator(); it.increment(ec)) {
      if (ec) break;
      const fs::path& entry = it->path();
      const std::string name = entry.filename().string();
      if (name.empty() || name.front() == '.') continue;
      const std::string relative = relative_dir.empty() ? name : relative_dir + "/" + name;
      const bool is_dir = it->is_directory(ec) && !it->is_symlink(ec);
      if (ignore.ignored(relative, is_dir)) continue;
      if (is_dir) {
        pending.emplace_back(entry, relative);
      } else if (it->is_regular_file(ec) && checkable(entry)) {
        result.files.push_back(entry.string());
      }
    }
  }
}

}  // namespace

WalkResult collectFiles(const std::vector<std::string>& paths) {
  WalkResult result;
  for (const std::string& path : paths) {
    std::error_code ec;
    const fs::file_status status = fs::status(path, ec);
    if (ec || status.type() == fs::file_type::not_found) {
      result.errors.push_back(path + ": no such file or folder");
    } else if (fs::is_directory(status)) {
      walkFolder(path, result);
    } else {
      result.files.push_back(path);
    }
  }
  std::sort(result.files.begin(), result.files.end());
  result.files.erase(std::unique(result.files.begin(), result.files.end()), result.files.end());
  return result;
}

}  // namespace copydesk
