#include "diagnostics/DiagnosticJson.h"

namespace copydesk {

namespace {
nlohmann::json positionJson(LinePosition p) { return {{"line", p.line}, {"character", p.character}}; }
}  // namespace

nlohmann::json rangeJson(const LineIndex& lines, ByteSpan span, Encoding encoding) {
  return {{"start", positionJson(lines.position(span.begin, encoding))},
          {"end", positionJson(lines.position(span.end, encoding))}};
}

nlohmann::json fixJson(const LineIndex& lines, const Fix& fix, Encoding encoding) {
  nlohmann::json edits = nlohmann::json::array();
  for (const TextEdit& edit : fix.edits)
    edits.push_back({{"range", rangeJson(lines, edit.span, encoding)}, {"newText", edit.new_text}});
  return {{"title", fix.title}, {"safe", fix.safe}, {"preferred", fix.preferred}, {"edits", std::move(edits)}};
}

nlohmann::json diagnosticJson(const LineIndex& lines, const Finding& finding, Encoding encoding) {
  nlohmann::json fixes = nlohmann::json::array();
  for (const Fix& fix : finding.fixes) fixes.push_back(fixJson(lines, fix, encoding));
  return {{"range", rangeJson(lines, finding.span, encoding)},
          {"severity", static_cast<int>(finding.severity)},
          {"code", finding.rule_id},
          {"source", "copydesk"},
          {"message", finding.message},
          {"data", {{"fixes", std::move(fixes)}}}};
}

nlohmann::json diagnosticJson(const LineIndex& lines, const Finding& finding, Encoding encoding,
                              const DiagnosticExtras& extras) {
  nlohmann::json out = diagnosticJson(lines, finding, encoding);
  if (!extras.docs_href.empty()) out["codeDescription"] = {{"href", extras.docs_href}};
  out["data"]["rule"] = finding.rule_id;
  if (!extras.word.empty()) out["data"]["word"] = extras.word;
  return out;
}

std::string ruleDocsHref(std::string_view docs_url, std::string_view rule_id) {
  if (docs_url.empty()) return {};
  std::string out(docs_url);
  const std::size_t placeholder = out.find("{rule}");
  if (placeholder != std::string::npos) return out.replace(placeholder, 6, rule_id);
  out += '#';
  for (const char c : rule_id) {
    if (c >= 'A' && c <= 'Z') out += static_cast<char>(c - 'A' + 'a');
    else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_') out += c;
    else if (c == ' ') out += '-';
  }
  return out;
}

}  // namespace copydesk
