#include "setup/Gitignore.h"

#include "config/Glob.h"

namespace copydesk {

void Gitignore::addFile(std::string_view base, std::string_view content) {
  while (!content.empty()) {
    const std::size_t newline = content.find('\n');
    std::string_view line = content.substr(0, newline);
    content = newline == std::string_view::npos ? std::string_view{} : content.substr(newline + 1);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    while (!line.empty() && line.back() == ' ') line.remove_suffix(1);
    if (line.empty() || line.front() == '#') continue;
    Pattern p;
    p.base = std::string(base);
    if (line.front() == '!') p.negated = true, line.remove_prefix(1);
    if (!line.empty() && line.back() == '/') p.directory_only = true, line.remove_suffix(1);
    if (!line.empty() && line.front() == '/') p.anchored = true, line.remove_prefix(1);
    if (line.find('/') != std::string_view::npos) p.anchored = true;
    if (line.empty()) continue;
    p.glob = std::string(line);
    patterns_.push_back(std::move(p));
  }
}

bool Gitignore::ignored(std::string_view path, bool is_directory) const {
  bool result = false;
  for (const Pattern& p : patterns_) {
    if (p.directory_only && !is_directory) continue;
    std::string_view relative = path;
    if (!p.base.empty()) {
      if (path.size() <= p.base.size() || path.compare(0, p.base.size(), p.base) != 0 || path[p.base.size()] != '/')
        continue;
      relative = path.substr(p.base.size() + 1);
    }
    bool match = false;
    if (p.anchored) {
      match = globMatch(p.glob, relative);
    } else {
      const std::size_t slash = relative.rfind('/');
      match = globMatch(p.glob, slash == std::string_view::npos ? relative : relative.substr(slash + 1));
    }
    if (match) result = !p.negated;
  }
  return result;
}

}  // namespace copydesk
