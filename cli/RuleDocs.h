#pragma once
// Where the rule documentation (docs/rules/<id>.md, one page per rule) is, for
// the language server's codeDescription.href and hover links. copydesk has no
// public documentation site, and an editor must not need the network, so the
// link is a file:// URL to pages on this machine, the first that exists of:
//   <binary's folder>/../share/doc/copydesk/rules   installed (cmake --install,
//                                                   the .deb) and inside the
//                                                   VS Code extension (bin/ +
//                                                   share/doc/copydesk/rules)
//   <source tree>/docs/rules                        a binary run from its build tree
// The editor setting `docsUrl` (e.g. the repository's pages on a forge) wins.
#include <string>

namespace copydesk::cli {

// "file:///…/rules/{rule}.md" (see ruleDocsHref), or empty when no pages are found.
std::string localRuleDocsUrl();

}  // namespace copydesk::cli
