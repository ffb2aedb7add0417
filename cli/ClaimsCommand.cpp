#include "cli/ClaimsCommand.h"

#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "facts/ClaimsBase.h"

namespace copydesk::cli {

namespace {

constexpr const char* kUsage = "Usage: copydesk claims check FILE...\n"
                               "\n"
                               "Validates claims knowledge-base files (.copydesk/claims/*.json): JSON syntax,\n"
                               "the entry schema (rules/facts/data/README.md), dates and duplicate ids.\n"
                               "Prints FILE:LINE: MESSAGE for each error; exit status 2 on errors, 0 when valid.\n";

}  // namespace

int runClaims(int argc, char** argv) {
  // argv[0] is "claims".
  if (argc < 2 || std::string_view(argv[1]) == "--help" || std::string_view(argv[1]) == "-h") {
    std::fputs(kUsage, argc < 2 ? stderr : stdout);
    return argc < 2 ? 2 : 0;
  }
  if (std::string_view(argv[1]) != "check") {
    std::fprintf(stderr, "copydesk claims: unknown subcommand '%s'\n%s", argv[1], kUsage);
    return 2;
  }
  if (argc < 3) {
    std::fputs(kUsage, stderr);
    return 2;
  }
  int errors = 0;
  std::size_t entries = 0;
  for (int i = 2; i < argc; ++i) {
    const std::string path = argv[i];
    std::ifstream in(path, std::ios::binary);
    if (!in) {
      std::fprintf(stderr, "%s: cannot read the file\n", path.c_str());
      ++errors;
      continue;
    }
    std::ostringstream buffer;
    buffer << in.rdbuf();
    std::vector<facts::ClaimsError> problems;
    const facts::ClaimsBase base = facts::ClaimsBase::parse(buffer.str(), path, problems);
    entries += base.entries().size();
    for (const facts::ClaimsError& e : problems) std::printf("%s:%d: %s\n", path.c_str(), e.line, e.message.c_str());
    errors += static_cast<int>(problems.size());
  }
  if (errors > 0) {
    std::fprintf(stderr, "%d error%s\n", errors, errors == 1 ? "" : "s");
    return 2;
  }
  std::fprintf(stderr, "%zu entr%s valid\n", entries, entries == 1 ? "y" : "ies");
  return 0;
}

}  // namespace copydesk::cli
