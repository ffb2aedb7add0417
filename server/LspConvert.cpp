#include "server/LspConvert.h"

#include "diagnostics/DiagnosticWriter.h"

namespace copydesk::server {

const char* encodingName(Encoding encoding) {
  switch (encoding) {
    case Encoding::Utf8: return "utf-8";
    case Encoding::Utf16: return "utf-16";
    case Encoding::Utf32: return "utf-32";
  }
  return "utf-16";
}

std::optional<Encoding> encodingFromName(std::string_view name) {
  if (name == "utf-8") return Encoding::Utf8;
  if (name == "utf-16") return Encoding::Utf16;
  if (name == "utf-32") return Encoding::Utf32;
  return std::nullopt;
}

ByteSpan spanFor(const LineIndex& lines, const protocol::Range& range, Encoding encoding) {
  std::size_t begin = lines.offset({range.start.line, range.start.character}, encoding);
  std::size_t end = lines.offset({range.end.line, range.end.character}, encoding);
  if (end < begin) std::swap(begin, end);
  return {begin, end};
}

namespace {

// The extras of one finding; `href` holds the documentation link they point to.
DiagnosticExtras extrasFor(const CheckResult& result, const Finding& finding, std::string_view docs_url,
                           std::string& href) {
  DiagnosticExtras extras;
  const Rule* rule = result.rule(finding.rule_id);
  if (rule && !rule->link().empty()) {
    href = std::string(rule->link());
    extras.docs_href = href;
  } else if (!docs_url.empty() && rule) {
    href = ruleDocsHref(docs_url, finding.rule_id);
    extras.docs_href = href;
  }
  if (finding.rule_id == "spelling") extras.word = result.document->slice(finding.span);
  return extras;
}

}  // namespace

protocol::Diagnostic diagnosticFor(const CheckResult& result, const Finding& finding, Encoding encoding,
                                   std::string_view docs_url) {
  std::string href;
  const DiagnosticExtras extras = extrasFor(result, finding, docs_url, href);
  return lspDiagnostic(result.document->lines(), finding, encoding, &extras);
}

std::size_t StreamedDiagnostics::expectedBytes() const {
  constexpr std::size_t kDiagnosticBytes = 400;  // about what one diagnostic takes, fixes included
  return kDiagnosticBytes * ((result ? result->findings.size() : 0) + 1);
}

void writeJson(protocol::JsonWriter& json, const StreamedDiagnostics& diagnostics) {
  json.open('[');
  if (const CheckResult* result = diagnostics.result) {
    DiagnosticWriter writer(json, result->document->lines(), diagnostics.encoding);
    std::string href;
    for (const Finding& finding : result->findings) {
      json.element();
      writer.write(finding, extrasFor(*result, finding, diagnostics.docs_url, href));
    }
  }
  json.close(']');
}

std::vector<protocol::Diagnostic> configDiagnostics(const std::vector<ConfigError>& errors, std::string_view text,
                                                    Encoding encoding) {
  const LineIndex lines(text);
  std::vector<protocol::Diagnostic> out;
  for (const ConfigError& error : errors) {
    const std::uint32_t line = error.line > 0 ? static_cast<std::uint32_t>(error.line - 1) : 0;
    const std::uint32_t column = error.column > 0 ? static_cast<std::uint32_t>(error.column - 1) : 0;
    LinePosition start{line, column};
    LinePosition end{line, column + 1};
    if (!text.empty()) {
      const std::size_t offset = lines.offset({line, column}, Encoding::Utf32);
      const std::size_t line_end = lines.lineEnd(lines.lineOf(offset));
      start = lines.position(offset, encoding);
      // Underline one character (the rest of the line when the error has no column).
      const std::size_t next = error.column > 0 ? lines.offset({line, column + 1}, Encoding::Utf32) : line_end;
      end = lines.position(next > offset ? next : line_end, encoding);
    }
    std::string message = error.message;
    if (!error.pointer.empty() && error.line == 0) message += " (at " + error.pointer + ")";
    protocol::Diagnostic& diagnostic = out.emplace_back();
    diagnostic.range = {{start.line, start.character}, {end.line, end.character}};
    diagnostic.severity = protocol::DiagnosticSeverity::Error;
    diagnostic.code = "config";
    diagnostic.source = "copydesk";
    diagnostic.message = std::move(message);
  }
  return out;
}

}  // namespace copydesk::server
