// The report of `copydesk check --fix`: what was (or would be) changed.
#include <fmt/format.h>

#include "cli/CheckResults.h"

namespace copydesk::cli {

void writeFixReport(const std::vector<FileResult>& results, bool dry_run, std::string& out) {
  const char* verb = dry_run ? "would fix" : "fixed";
  std::size_t fixes = 0, files = 0;
  for (const FileResult& file : results) {
    const std::vector<AppliedFix>& applied = file.fix.applied;
    if (applied.empty() || !file.fix.error.empty()) continue;
    fixes += applied.size();
    ++files;
    fmt::format_to(std::back_inserter(out), "{}: {} {} problem{}\n", file.path, verb, applied.size(),
                   applied.size() == 1 ? "" : "s");
    for (const AppliedFix& fix : applied)
      fmt::format_to(std::back_inserter(out), "  {}:{} {}: {}\n", fix.start.line + 1, fix.start.character + 1,
                     fix.rule_id, fix.title);
  }
  fmt::format_to(std::back_inserter(out), "{} {} problem{} in {} file{}\n", verb, fixes, fixes == 1 ? "" : "s", files,
                 files == 1 ? "" : "s");
}

}  // namespace copydesk::cli
