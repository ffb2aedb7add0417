#pragma once
// Finding -> LSP Diagnostic JSON object: the public shape of `copydesk check
// --format json` and of the server's diagnostics. Positions are 0-based lines
// and characters in the given encoding (UTF-16 unless a client negotiated UTF-8).
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "engine/Finding.h"
#include "protocol/LspFeatures.h"
#include "text/LineIndex.h"

namespace copydesk {

protocol::Range lspRange(const LineIndex& lines, ByteSpan span, Encoding encoding);
nlohmann::json rangeJson(const LineIndex& lines, ByteSpan span, Encoding encoding);
nlohmann::json fixJson(const LineIndex& lines, const Fix& fix, Encoding encoding);
nlohmann::json diagnosticJson(const LineIndex& lines, const Finding& finding, Encoding encoding);

// What the language server adds to the shared shape (the CLI does not use it).
struct DiagnosticExtras {
  std::string_view docs_href;  // codeDescription.href; omitted when empty
  std::string_view word;       // data.word (the misspelt word, for "Add to dictionary"); omitted when empty
};

// The typed Diagnostic that diagnosticJson() encodes (the definition of the
// shape): with extras, codeDescription, data.rule and data.word as below.
protocol::Diagnostic lspDiagnostic(const LineIndex& lines, const Finding& finding, Encoding encoding,
                                   const DiagnosticExtras* extras = nullptr);

// diagnosticJson() plus codeDescription (when extras.docs_href is set),
// data.rule (the rule id) and data.word.
nlohmann::json diagnosticJson(const LineIndex& lines, const Finding& finding, Encoding encoding,
                              const DiagnosticExtras& extras);

// The documentation link of a rule: `docs_url` with "{rule}" replaced by the
// rule id, or, without "{rule}", `docs_url` + "#" + the GitHub-style anchor of a
// heading naming the rule ("style/sentence-length" -> "#stylesentence-length").
// Empty when docs_url is empty.
std::string ruleDocsHref(std::string_view docs_url, std::string_view rule_id);

}  // namespace copydesk
