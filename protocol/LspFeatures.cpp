#include "protocol/LspFeatures.h"

namespace copydesk::protocol {
namespace {

template <class Enum>
Enum enumFromJson(const json& j, int min, int max, const char* expected) {
  const int value = decode::Decoder<int>::get(j);
  if (value < min || value > max) throw DecodeError("", expected);
  return static_cast<Enum>(value);
}

}  // namespace

void to_json(json& j, DiagnosticSeverity v) { j = static_cast<int>(v); }
void from_json(const json& j, DiagnosticSeverity& v) {
  v = enumFromJson<DiagnosticSeverity>(j, 1, 4, "expected DiagnosticSeverity (1-4)");
}

void to_json(json& j, DiagnosticTag v) { j = static_cast<int>(v); }
void from_json(const json& j, DiagnosticTag& v) {
  v = enumFromJson<DiagnosticTag>(j, 1, 2, "expected DiagnosticTag (1-2)");
}

void to_json(json& j, CodeActionTriggerKind v) { j = static_cast<int>(v); }
void from_json(const json& j, CodeActionTriggerKind& v) {
  v = enumFromJson<CodeActionTriggerKind>(j, 1, 2, "expected CodeActionTriggerKind (1-2)");
}

void to_json(json& j, const CodeDescription& v) { j = json{{"href", v.href}}; }
void from_json(const json& j, CodeDescription& v) {
  decode::Object o(j);
  o.required("href", v.href);
}

void to_json(json& j, const DiagnosticRelatedInformation& v) {
  j = json{{"location", v.location}, {"message", v.message}};
}
void from_json(const json& j, DiagnosticRelatedInformation& v) {
  decode::Object o(j);
  o.required("location", v.location);
  o.required("message", v.message);
}

void to_json(json& j, const Diagnostic& v) {
  j = json{{"range", v.range}, {"message", v.message}};
  encode::optional(j, "severity", v.severity);
  encode::optional(j, "code", v.code);
  encode::optional(j, "codeDescription", v.codeDescription);
  encode::optional(j, "source", v.source);
  encode::optional(j, "tags", v.tags);
  encode::optional(j, "relatedInformation", v.relatedInformation);
  if (!v.data.is_null()) j["data"] = v.data;
}
void from_json(const json& j, Diagnostic& v) {
  decode::Object o(j);
  o.required("range", v.range);
  o.optional("severity", v.severity);
  if (const auto it = j.find("code"); it != j.end() && it->is_number_integer()) {
    v.code = it->dump();
  } else {
    o.optional("code", v.code);
  }
  o.optional("codeDescription", v.codeDescription);
  o.optional("source", v.source);
  o.required("message", v.message);
  o.optional("tags", v.tags);
  o.optional("relatedInformation", v.relatedInformation);
  o.any("data", v.data);
}

void to_json(json& j, const PublishDiagnosticsParams& v) {
  j = json{{"uri", v.uri}, {"diagnostics", v.diagnostics}};
  encode::optional(j, "version", v.version);
}
void from_json(const json& j, PublishDiagnosticsParams& v) {
  decode::Object o(j);
  o.required("uri", v.uri);
  o.optional("version", v.version);
  o.required("diagnostics", v.diagnostics);
}

void to_json(json& j, const CodeActionContext& v) {
  j = json{{"diagnostics", v.diagnostics}};
  encode::optional(j, "only", v.only);
  encode::optional(j, "triggerKind", v.triggerKind);
}
void from_json(const json& j, CodeActionContext& v) {
  decode::Object o(j);
  o.required("diagnostics", v.diagnostics);
  o.optional("only", v.only);
  o.optional("triggerKind", v.triggerKind);
}

void to_json(json& j, const CodeActionParams& v) {
  j = json{{"textDocument", v.textDocument}, {"range", v.range}, {"context", v.context}};
}
void from_json(const json& j, CodeActionParams& v) {
  decode::Object o(j);
  o.required("textDocument", v.textDocument);
  o.required("range", v.range);
  o.required("context", v.context);
}

void to_json(json& j, const CodeAction& v) {
  j = json{{"title", v.title}};
  encode::optional(j, "kind", v.kind);
  encode::optional(j, "diagnostics", v.diagnostics);
  encode::optional(j, "isPreferred", v.isPreferred);
  encode::optional(j, "edit", v.edit);
  encode::optional(j, "command", v.command);
  if (!v.data.is_null()) j["data"] = v.data;
}
void from_json(const json& j, CodeAction& v) {
  decode::Object o(j);
  o.required("title", v.title);
  o.optional("kind", v.kind);
  o.optional("diagnostics", v.diagnostics);
  o.optional("isPreferred", v.isPreferred);
  o.optional("edit", v.edit);
  o.optional("command", v.command);
  o.any("data", v.data);
}

void to_json(json& j, const DocumentDiagnosticParams& v) {
  j = json{{"textDocument", v.textDocument}};
  encode::optional(j, "identifier", v.identifier);
  encode::optional(j, "previousResultId", v.previousResultId);
}
void from_json(const json& j, DocumentDiagnosticParams& v) {
  decode::Object o(j);
  o.required("textDocument", v.textDocument);
  o.optional("identifier", v.identifier);
  o.optional("previousResultId", v.previousResultId);
}

void to_json(json& j, const FullDocumentDiagnosticReport& v) {
  j = json{{"kind", "full"}, {"items", v.items}};
  encode::optional(j, "resultId", v.resultId);
}
void from_json(const json& j, FullDocumentDiagnosticReport& v) {
  decode::Object o(j);
  std::string kind;
  o.required("kind", kind);
  if (kind != "full") throw DecodeError("kind", "expected \"full\"");
  o.optional("resultId", v.resultId);
  o.required("items", v.items);
}

void to_json(json& j, const UnchangedDocumentDiagnosticReport& v) {
  j = json{{"kind", "unchanged"}, {"resultId", v.resultId}};
}
void from_json(const json& j, UnchangedDocumentDiagnosticReport& v) {
  decode::Object o(j);
  std::string kind;
  o.required("kind", kind);
  if (kind != "unchanged") throw DecodeError("kind", "expected \"unchanged\"");
  o.required("resultId", v.resultId);
}

}  // namespace copydesk::protocol
