#pragma once
// --changed-since REF: which lines of which files were added or changed since
// a git commit, so that a pull request is judged on what it changed.
//
// The lines come from `git diff -U0 REF` (the working tree against REF:
// committed, staged and unstaged changes alike), counted in the new text; a
// hunk that only deletes lines marks none. Files git does not track (and does
// not ignore) are new: every line counts. git runs as a child process in the
// current folder; nothing goes to the network.
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "engine/Finding.h"
#include "text/LineIndex.h"

namespace copydesk::cli {

struct LineRange {
  std::size_t first = 0;  // 1-based, inclusive
  std::size_t last = 0;   // inclusive
};

// The changed lines of one file.
struct FileChanges {
  bool whole_file = false;        // a new (untracked) file
  std::vector<LineRange> ranges;  // ascending

  // True when some line of [first, last] (1-based) is changed.
  bool touches(std::size_t first, std::size_t last) const;
};

// Per path (as written after "+++ b/" in the diff, unquoted), the lines the
// `git diff -U0` output `diff` adds or changes. Files only deleted are absent.
std::map<std::string, FileChanges> parseDiffLines(std::string_view diff);

class ChangedLines {
 public:
  // Asks git (run in the current folder) what changed since `ref`. False with
  // `error` set when git cannot say (not a repository, unknown ref, no git).
  bool load(const std::string& ref, std::string& error);

  // The changes of the file at `path` (relative to the current folder or
  // absolute); null when it has none.
  const FileChanges* of(const std::string& path) const;

 private:
  std::map<std::string, FileChanges> by_path_;  // absolute, symbolic links resolved
};

// Keeps the findings that touch a changed line (a finding over several lines
// is kept when any of them changed).
void keepChangedFindings(std::vector<Finding>& findings, const LineIndex& lines, const FileChanges& changes);

}  // namespace copydesk::cli
