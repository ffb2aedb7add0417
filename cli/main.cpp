// copydesk: one binary, several subcommands over the same engine.
#include <cstdio>
#include <string_view>

#include "cli/CheckCommand.h"
#include "cli/ClaimsCommand.h"
#include "cli/LspCommand.h"
#include "cli/RulesCommand.h"

namespace {

constexpr const char* kHelp =
    "copydesk: proofreads and fact-checks articles (Markdown and plain text).\n"
    "\n"
    "Usage: copydesk COMMAND [options]\n"
    "\n"
    "Commands:\n"
    "  check PATH...   check files and folders; see 'copydesk check --help'\n"
    "  rules           list every rule with its default severity and description\n"
    "  explain RULE    explain a rule: why it matters and how to fix what it reports\n"
    "  claims check FILE...  validate claims knowledge-base files\n"
    "  lsp             run the language server (LSP over stdio); see 'copydesk lsp --help'\n"
    "\n"
    "Configuration: a .copydesk.json file in the checked file's folder or above (or\n"
    "--config FILE) turns rules on and off, sets severities and options, adds words and\n"
    "custom rules. In Markdown, <!-- copydesk-disable RULE --> ... <!-- copydesk-enable RULE -->\n"
    "and <!-- copydesk-disable-next-line RULE --> silence rules inline.\n"
    "\n"
    "Options:\n"
    "  --version       print the version\n"
    "  -h, --help      show this help\n";

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fputs(kHelp, stderr);
    return 2;
  }
  const std::string_view command = argv[1];
  if (command == "--version" || command == "-V") {
    std::printf("copydesk %s\n", COPYDESK_VERSION);
    return 0;
  }
  if (command == "--help" || command == "-h" || command == "help") {
    std::fputs(kHelp, stdout);
    return 0;
  }
  if (command == "check") return copydesk::cli::runCheck(argc - 1, argv + 1);
  if (command == "rules") return copydesk::cli::runRules(argc - 1, argv + 1);
  if (command == "explain") return copydesk::cli::runExplain(argc - 1, argv + 1);
  if (command == "claims") return copydesk::cli::runClaims(argc - 1, argv + 1);
  if (command == "lsp") return copydesk::cli::runLsp(argc - 1, argv + 1);
  std::fprintf(stderr, "copydesk: unknown command '%s'\nTry 'copydesk --help'.\n", argv[1]);
  return 2;
}
