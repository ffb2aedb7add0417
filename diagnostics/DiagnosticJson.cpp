#include "diagnostics/DiagnosticJson.h"
#include "text/Ascii.h"

namespace copydesk {

protocol::Range lspRange(const LineIndex& lines, ByteSpan span, Encoding encoding) {
  const LinePosition start = lines.position(span.begin, encoding);
  const LinePosition end = lines.position(span.end, encoding);
  return {{start.line, start.character}, {end.line, end.character}};
}

nlohmann::json rangeJson(const LineIndex& lines, ByteSpan span, Encoding encoding) {
  return lspRange(lines, span, encoding);
}

// Objects are filled member by member: nlohmann's initializer lists copy
// every nested value once per level (their elements are const), which made
// building a diagnostic several times dearer than writing it out.
nlohmann::json fixJson(const LineIndex& lines, const Fix& fix, Encoding encoding) {
  nlohmann::json edits(nlohmann::json::value_t::array);
  for (const TextEdit& edit : fix.edits) {
    nlohmann::json& e = edits.emplace_back(nlohmann::json::value_t::object);
    e["range"] = rangeJson(lines, edit.span, encoding);
    e["newText"] = edit.new_text;
  }
  nlohmann::json out(nlohmann::json::value_t::object);
  out["title"] = fix.title;
  out["safe"] = fix.safe;
  out["preferred"] = fix.preferred;
  out["edits"] = std::move(edits);
  return out;
}

protocol::Diagnostic lspDiagnostic(const LineIndex& lines, const Finding& finding, Encoding encoding,
                                   const DiagnosticExtras* extras) {
  nlohmann::json fixes(nlohmann::json::value_t::array);
  for (const Fix& fix : finding.fixes) fixes.push_back(fixJson(lines, fix, encoding));
  protocol::Diagnostic out;
  out.range = lspRange(lines, finding.span, encoding);
  out.severity = static_cast<protocol::DiagnosticSeverity>(finding.severity);  // numbered alike
  out.code = finding.rule_id;
  out.source = "copydesk";
  out.message = finding.message;
  out.data["fixes"] = std::move(fixes);
  if (extras) {
    if (!extras->docs_href.empty()) out.codeDescription = protocol::CodeDescription{std::string(extras->docs_href)};
    out.data["rule"] = finding.rule_id;
    if (!extras->word.empty()) out.data["word"] = extras->word;
  }
  return out;
}

nlohmann::json diagnosticJson(const LineIndex& lines, const Finding& finding, Encoding encoding) {
  return lspDiagnostic(lines, finding, encoding);
}

nlohmann::json diagnosticJson(const LineIndex& lines, const Finding& finding, Encoding encoding,
                              const DiagnosticExtras& extras) {
  return lspDiagnostic(lines, finding, encoding, &extras);
}

std::string ruleDocsHref(std::string_view docs_url, std::string_view rule_id) {
  if (docs_url.empty()) return {};
  std::string out(docs_url);
  const std::size_t placeholder = out.find("{rule}");
  if (placeholder != std::string::npos) return out.replace(placeholder, 6, rule_id);
  out += '#';
  for (const char c : rule_id) {
    if (isAsciiUpper(c)) out += asciiLower(c);
    else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_') out += c;
    else if (c == ' ') out += '-';
  }
  return out;
}

}  // namespace copydesk
