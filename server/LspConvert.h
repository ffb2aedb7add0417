#pragma once
// Engine values -> typed LSP values for the server. The Diagnostic shape itself
// comes from diagnostics/DiagnosticJson.h (shared with `copydesk check --format
// json`); this adds what only the server knows: the documentation link, the
// word a spelling finding is about, config-file errors, ranges <-> byte spans.
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include <nlohmann/json.hpp>

#include "config/Config.h"
#include "protocol/JsonWriter.h"
#include "protocol/LspFeatures.h"
#include "server/Workspace.h"
#include "text/LineIndex.h"

namespace copydesk::server {

// "utf-8" / "utf-16" / "utf-32" <-> Encoding.
const char* encodingName(Encoding encoding);
std::optional<Encoding> encodingFromName(std::string_view name);

// The byte span covered by an LSP range (clamped as LineIndex clamps; a
// reversed range is swapped).
ByteSpan spanFor(const LineIndex& lines, const protocol::Range& range, Encoding encoding);

// One finding of `result` as an LSP Diagnostic (diagnosticJson + extras).
protocol::Diagnostic diagnosticFor(const CheckResult& result, const Finding& finding, Encoding encoding,
                                   std::string_view docs_url);

// Every finding of `result`, written as an array of what diagnosticFor() gives
// but streamed (a 1 MB document has thousands): the items of a published or
// pulled report (protocol::BasicPublishDiagnosticsParams<StreamedDiagnostics>).
// No result: an empty array.
struct StreamedDiagnostics {
  const CheckResult* result = nullptr;
  Encoding encoding = Encoding::Utf16;
  std::string_view docs_url;
  // About what the text takes, to reserve it at once.
  std::size_t expectedBytes() const;
};
void writeJson(protocol::JsonWriter& json, const StreamedDiagnostics& diagnostics);

// The answer to a diagnostics pull: a full report streams its items.
using PulledDiagnostics = std::variant<protocol::BasicFullDocumentDiagnosticReport<StreamedDiagnostics>,
                                       protocol::UnchangedDocumentDiagnosticReport>;

// Diagnostics for a broken config file: each ConfigError at its line:col
// (1-based, code points) converted into `encoding` using the file's text
// (`text` may be empty when the file cannot be read: then columns are taken
// as they are). Without a position the diagnostic sits on the first line.
std::vector<protocol::Diagnostic> configDiagnostics(const std::vector<ConfigError>& errors, std::string_view text,
                                                    Encoding encoding);

}  // namespace copydesk::server
