#pragma once
// textDocument/hover over a finding: for each finding under the position, the
// rule id and the finding's message (for facts/* rules it already names the
// correction, the source and the date) and its details (Finding::details:
// facts/outdated-claim's table of release cycles), then the rule's explanation
// (RuleInfo::explanation, Markdown). Range: the first finding's.
#include <optional>

#include "protocol/LspBasic.h"
#include "server/Workspace.h"
#include "text/LineIndex.h"

namespace copydesk::server {

// Empty when no finding covers `position` (the end of a finding counts, so a
// cursor right after a word still hovers it).
std::optional<protocol::Hover> hoverFor(const CheckResult& result, LinePosition position, Encoding encoding,
                                        std::string_view docs_url);

}  // namespace copydesk::server
