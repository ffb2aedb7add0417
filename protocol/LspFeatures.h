// LSP 3.17 language features used by copydesk: diagnostics (push and pull),
// code actions. Same conventions as LspBasic.h.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "protocol/LspBasic.h"

namespace copydesk::protocol {

enum class DiagnosticSeverity { Error = 1, Warning = 2, Information = 3, Hint = 4 };
enum class DiagnosticTag { Unnecessary = 1, Deprecated = 2 };

struct CodeDescription {
  std::string href;  // URI of the rule's documentation
  bool operator==(const CodeDescription&) const = default;
};

struct DiagnosticRelatedInformation {
  Location location;
  std::string message;
  bool operator==(const DiagnosticRelatedInformation&) const = default;
};

/// code is `integer | string` in the spec; copydesk uses rule ids (strings), and
/// an integer code received from a client is decoded as its decimal string.
/// data: null means absent (omitted on the wire).
struct Diagnostic {
  Range range;
  std::optional<DiagnosticSeverity> severity;
  std::optional<std::string> code;
  std::optional<CodeDescription> codeDescription;
  std::optional<std::string> source;
  std::string message;
  std::optional<std::vector<DiagnosticTag>> tags;
  std::optional<std::vector<DiagnosticRelatedInformation>> relatedInformation;
  json data;
  bool operator==(const Diagnostic&) const = default;
};

struct PublishDiagnosticsParams {
  DocumentUri uri;
  std::optional<std::int32_t> version;
  std::vector<Diagnostic> diagnostics;
  bool operator==(const PublishDiagnosticsParams&) const = default;
};

namespace code_action_kind {
inline constexpr const char* QuickFix = "quickfix";
inline constexpr const char* Refactor = "refactor";
inline constexpr const char* Source = "source";
inline constexpr const char* SourceFixAll = "source.fixAll";
}  // namespace code_action_kind

enum class CodeActionTriggerKind { Invoked = 1, Automatic = 2 };

struct CodeActionContext {
  std::vector<Diagnostic> diagnostics;
  std::optional<std::vector<std::string>> only;
  std::optional<CodeActionTriggerKind> triggerKind;
  bool operator==(const CodeActionContext&) const = default;
};

struct CodeActionParams {
  TextDocumentIdentifier textDocument;
  Range range;
  CodeActionContext context;
  bool operator==(const CodeActionParams&) const = default;
};

/// data: null means absent. A code action without edit and command is meant to
/// be completed by codeAction/resolve.
struct CodeAction {
  std::string title;
  std::optional<std::string> kind;
  std::optional<std::vector<Diagnostic>> diagnostics;
  std::optional<bool> isPreferred;
  std::optional<WorkspaceEdit> edit;
  std::optional<Command> command;
  json data;
  bool operator==(const CodeAction&) const = default;
};

/// textDocument/diagnostic (pull model).
struct DocumentDiagnosticParams {
  TextDocumentIdentifier textDocument;
  std::optional<std::string> identifier;
  std::optional<std::string> previousResultId;
  bool operator==(const DocumentDiagnosticParams&) const = default;
};

/// Written with "kind": "full".
struct FullDocumentDiagnosticReport {
  std::optional<std::string> resultId;
  std::vector<Diagnostic> items;
  bool operator==(const FullDocumentDiagnosticReport&) const = default;
};

/// Written with "kind": "unchanged".
struct UnchangedDocumentDiagnosticReport {
  std::string resultId;
  bool operator==(const UnchangedDocumentDiagnosticReport&) const = default;
};

void to_json(json& j, DiagnosticSeverity v);
void from_json(const json& j, DiagnosticSeverity& v);
void to_json(json& j, DiagnosticTag v);
void from_json(const json& j, DiagnosticTag& v);
void to_json(json& j, CodeActionTriggerKind v);
void from_json(const json& j, CodeActionTriggerKind& v);
void to_json(json& j, const CodeDescription& v);
void from_json(const json& j, CodeDescription& v);
void to_json(json& j, const DiagnosticRelatedInformation& v);
void from_json(const json& j, DiagnosticRelatedInformation& v);
void to_json(json& j, const Diagnostic& v);
void from_json(const json& j, Diagnostic& v);
void to_json(json& j, const PublishDiagnosticsParams& v);
void from_json(const json& j, PublishDiagnosticsParams& v);
void to_json(json& j, const CodeActionContext& v);
void from_json(const json& j, CodeActionContext& v);
void to_json(json& j, const CodeActionParams& v);
void from_json(const json& j, CodeActionParams& v);
void to_json(json& j, const CodeAction& v);
void from_json(const json& j, CodeAction& v);
void to_json(json& j, const DocumentDiagnosticParams& v);
void from_json(const json& j, DocumentDiagnosticParams& v);
void to_json(json& j, const FullDocumentDiagnosticReport& v);
void from_json(const json& j, FullDocumentDiagnosticReport& v);
void to_json(json& j, const UnchangedDocumentDiagnosticReport& v);
void from_json(const json& j, UnchangedDocumentDiagnosticReport& v);

}  // namespace copydesk::protocol
