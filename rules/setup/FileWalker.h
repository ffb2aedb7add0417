#pragma once
// Expands the paths given on the command line into the files to check:
// files are taken as given; folders are walked for the files whose extension
// (in any case) is in the formats table (markup/Formats.h), skipping hidden
// entries and whatever the .gitignore files of that tree ignore.
#include <string>
#include <vector>

namespace copydesk {

struct WalkResult {
  std::vector<std::string> files;   // sorted, unique
  std::vector<std::string> errors;  // "path: problem"
};

WalkResult collectFiles(const std::vector<std::string>& paths);

}  // namespace copydesk
