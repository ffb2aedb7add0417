#pragma once

namespace copydesk::cli {

// `copydesk lsp [--log-level error|warn|info|debug] [--log-file PATH]`: the
// language server over stdio. Returns the process exit status (0 after
// shutdown + exit, 1 otherwise, 2 for usage errors).
int runLsp(int argc, char** argv);

}  // namespace copydesk::cli
