#pragma once
// The subset of .gitignore that decides which files a folder walk skips:
// comments, blank lines, '!' negation, a trailing '/' for folders only, a
// leading or inner '/' anchoring the pattern to the .gitignore's folder, and
// globs (see config/Glob.h).
#include <string>
#include <string_view>
#include <vector>

namespace copydesk {

class Gitignore {
 public:
  // Adds the patterns of one .gitignore whose folder is `base` (relative to the
  // walk root, '/'-separated, empty for the root).
  void addFile(std::string_view base, std::string_view content);
  // `path` is relative to the walk root, '/'-separated.
  bool ignored(std::string_view path, bool is_directory) const;

 private:
  struct Pattern {
    std::string base;
    std::string glob;
    bool negated = false;
    bool directory_only = false;
    bool anchored = false;
  };
  std::vector<Pattern> patterns_;
};

}  // namespace copydesk
