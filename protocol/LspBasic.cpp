#include "protocol/LspBasic.h"

namespace copydesk::protocol {

void to_json(json& j, const Position& v) { j = json{{"line", v.line}, {"character", v.character}}; }
void from_json(const json& j, Position& v) {
  decode::Object o(j);
  o.required("line", v.line);
  o.required("character", v.character);
}

void to_json(json& j, const Range& v) { j = json{{"start", v.start}, {"end", v.end}}; }
void from_json(const json& j, Range& v) {
  decode::Object o(j);
  o.required("start", v.start);
  o.required("end", v.end);
}

void to_json(json& j, const Location& v) { j = json{{"uri", v.uri}, {"range", v.range}}; }
void from_json(const json& j, Location& v) {
  decode::Object o(j);
  o.required("uri", v.uri);
  o.required("range", v.range);
}

void to_json(json& j, const TextDocumentIdentifier& v) { j = json{{"uri", v.uri}}; }
void from_json(const json& j, TextDocumentIdentifier& v) {
  decode::Object o(j);
  o.required("uri", v.uri);
}

void to_json(json& j, const VersionedTextDocumentIdentifier& v) { j = json{{"uri", v.uri}, {"version", v.version}}; }
void from_json(const json& j, VersionedTextDocumentIdentifier& v) {
  decode::Object o(j);
  o.required("uri", v.uri);
  o.required("version", v.version);
}

void to_json(json& j, const OptionalVersionedTextDocumentIdentifier& v) {
  j = json{{"uri", v.uri}, {"version", v.version ? json(*v.version) : json(nullptr)}};
}
void from_json(const json& j, OptionalVersionedTextDocumentIdentifier& v) {
  decode::Object o(j);
  o.required("uri", v.uri);
  o.optional("version", v.version);  // `integer | null`; absence tolerated
}

void to_json(json& j, const TextDocumentItem& v) {
  j = json{{"uri", v.uri}, {"languageId", v.languageId}, {"version", v.version}, {"text", v.text}};
}
void from_json(const json& j, TextDocumentItem& v) {
  decode::Object o(j);
  o.required("uri", v.uri);
  o.required("languageId", v.languageId);
  o.required("version", v.version);
  o.required("text", v.text);
}

void to_json(json& j, const TextDocumentContentChangeEvent& v) {
  j = json{{"text", v.text}};
  encode::optional(j, "range", v.range);
  encode::optional(j, "rangeLength", v.rangeLength);
}
void from_json(const json& j, TextDocumentContentChangeEvent& v) {
  decode::Object o(j);
  o.optional("range", v.range);
  o.optional("rangeLength", v.rangeLength);
  o.required("text", v.text);
}

void to_json(json& j, const DidOpenTextDocumentParams& v) { j = json{{"textDocument", v.textDocument}}; }
void from_json(const json& j, DidOpenTextDocumentParams& v) {
  decode::Object o(j);
  o.required("textDocument", v.textDocument);
}

void to_json(json& j, const DidChangeTextDocumentParams& v) {
  j = json{{"textDocument", v.textDocument}, {"contentChanges", v.contentChanges}};
}
void from_json(const json& j, DidChangeTextDocumentParams& v) {
  decode::Object o(j);
  o.required("textDocument", v.textDocument);
  o.required("contentChanges", v.contentChanges);
}

void to_json(json& j, const DidCloseTextDocumentParams& v) { j = json{{"textDocument", v.textDocument}}; }
void from_json(const json& j, DidCloseTextDocumentParams& v) {
  decode::Object o(j);
  o.required("textDocument", v.textDocument);
}

void to_json(json& j, const DidSaveTextDocumentParams& v) {
  j = json{{"textDocument", v.textDocument}};
  encode::optional(j, "text", v.text);
}
void from_json(const json& j, DidSaveTextDocumentParams& v) {
  decode::Object o(j);
  o.required("textDocument", v.textDocument);
  o.optional("text", v.text);
}

void to_json(json& j, const TextDocumentPositionParams& v) {
  j = json{{"textDocument", v.textDocument}, {"position", v.position}};
}
void from_json(const json& j, TextDocumentPositionParams& v) {
  decode::Object o(j);
  o.required("textDocument", v.textDocument);
  o.required("position", v.position);
}

void to_json(json& j, const TextEdit& v) { j = json{{"range", v.range}, {"newText", v.newText}}; }
void from_json(const json& j, TextEdit& v) {
  decode::Object o(j);
  o.required("range", v.range);
  o.required("newText", v.newText);
}

void to_json(json& j, const TextDocumentEdit& v) { j = json{{"textDocument", v.textDocument}, {"edits", v.edits}}; }
void from_json(const json& j, TextDocumentEdit& v) {
  decode::Object o(j);
  o.required("textDocument", v.textDocument);
  o.required("edits", v.edits);
}

void to_json(json& j, const WorkspaceEdit& v) {
  j = json::object();
  encode::optional(j, "changes", v.changes);
  encode::optional(j, "documentChanges", v.documentChanges);
}
void from_json(const json& j, WorkspaceEdit& v) {
  decode::Object o(j);
  o.optional("changes", v.changes);
  o.optional("documentChanges", v.documentChanges);
}

void to_json(json& j, const MarkupContent& v) { j = json{{"kind", v.kind}, {"value", v.value}}; }
void from_json(const json& j, MarkupContent& v) {
  decode::Object o(j);
  o.required("kind", v.kind);
  o.required("value", v.value);
}

void to_json(json& j, const Hover& v) {
  j = json{{"contents", v.contents}};
  encode::optional(j, "range", v.range);
}
void from_json(const json& j, Hover& v) {
  decode::Object o(j);
  o.required("contents", v.contents);
  o.optional("range", v.range);
}

void to_json(json& j, const Command& v) {
  j = json{{"title", v.title}, {"command", v.command}};
  encode::optional(j, "arguments", v.arguments);
}
void from_json(const json& j, Command& v) {
  decode::Object o(j);
  o.required("title", v.title);
  o.required("command", v.command);
  o.optional("arguments", v.arguments);
}

}  // namespace copydesk::protocol
