#include "server/Hover.h"

#include "diagnostics/DiagnosticJson.h"

namespace copydesk::server {

namespace {

// Backticks in a rule id would end the code span.
std::string code(std::string_view text) {
  std::string out = "`";
  for (char c : text) out += c == '`' ? '\'' : c;
  return out + "`";
}

}  // namespace

std::optional<protocol::Hover> hoverFor(const CheckResult& result, LinePosition position, Encoding encoding,
                                        std::string_view docs_url) {
  const LineIndex& lines = result.document->lines();
  const std::size_t offset = lines.offset(position, encoding);
  std::string markdown;
  const Finding* first = nullptr;
  for (const Finding& finding : result.findings) {
    const bool under = finding.span.contains(offset) || finding.span.end == offset;
    if (!under) continue;
    if (!first) first = &finding;
    else markdown += "\n\n---\n\n";
    markdown += "**copydesk** " + code(finding.rule_id) + " (" + std::string(severityName(finding.severity)) +
                "): " + finding.message;
    if (!finding.details.empty()) markdown += "\n\n" + finding.details;
    if (const RuleInfo* info = result.ruleInfo(finding.rule_id)) {
      if (!info->explanation.empty()) markdown += "\n\n" + std::string(info->explanation);
      else if (!info->description.empty()) markdown += "\n\n" + std::string(info->description);
      if (const std::string href = ruleDocsHref(docs_url, finding.rule_id); !href.empty())
        markdown += "\n\n[Documentation](" + href + ")";
    }
  }
  if (!first) return std::nullopt;
  return protocol::Hover{{protocol::markup_kind::Markdown, std::move(markdown)},
                         lspRange(lines, first->span, encoding)};
}

}  // namespace copydesk::server
