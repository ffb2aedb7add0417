#include "cli/RuleDocs.h"

#include <filesystem>
#include <vector>

#include "protocol/Uri.h"

namespace copydesk::cli {

std::string localRuleDocsUrl() {
  namespace fs = std::filesystem;
  std::error_code ec;
  const fs::path binary = fs::read_symlink("/proc/self/exe", ec);
  std::vector<fs::path> candidates;
  if (!ec) candidates.push_back(binary.parent_path().parent_path() / "share" / "doc" / "copydesk" / "rules");
  candidates.push_back(fs::path(COPYDESK_SOURCE_DIR) / "docs" / "rules");
  for (const fs::path& folder : candidates)
    if (fs::is_regular_file(folder / "spelling.md", ec))
      return protocol::pathToFileUri(folder.lexically_normal().string()) + "/{rule}.md";
  return {};
}

}  // namespace copydesk::cli
