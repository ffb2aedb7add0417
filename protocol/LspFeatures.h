// LSP 3.17 language features used by copydesk: diagnostics (push and pull),
// code actions. Same conventions as LspBasic.h.
#pragma once

#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "protocol/LspBasic.h"

namespace copydesk::protocol {

enum class DiagnosticSeverity { Error = 1, Warning = 2, Information = 3, Hint = 4 };
enum class DiagnosticTag { Unnecessary = 1, Deprecated = 2 };
constexpr decode::EnumBounds enumBounds(DiagnosticSeverity) { return {1, 4, "expected DiagnosticSeverity (1-4)"}; }
constexpr decode::EnumBounds enumBounds(DiagnosticTag) { return {1, 2, "expected DiagnosticTag (1-2)"}; }

struct CodeDescription {
  std::string href;  // URI of the rule's documentation
  bool operator==(const CodeDescription&) const = default;
  static constexpr auto fields = std::make_tuple(field("href", &CodeDescription::href));
};

struct DiagnosticRelatedInformation {
  Location location;
  std::string message;
  bool operator==(const DiagnosticRelatedInformation&) const = default;
  static constexpr auto fields = std::make_tuple(field("location", &DiagnosticRelatedInformation::location),
                                                 field("message", &DiagnosticRelatedInformation::message));
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
  static constexpr auto fields = std::make_tuple(
      field("range", &Diagnostic::range), optionalField("severity", &Diagnostic::severity),
      optionalField<IntegerAsText>("code", &Diagnostic::code),
      optionalField("codeDescription", &Diagnostic::codeDescription), optionalField("source", &Diagnostic::source),
      field("message", &Diagnostic::message), optionalField("tags", &Diagnostic::tags),
      optionalField("relatedInformation", &Diagnostic::relatedInformation), anyField("data", &Diagnostic::data));
};

/// Items: a std::vector<Diagnostic>, or (for a document's thousands of
/// findings) a type with its own writeJson that streams them.
template <class Items = std::vector<Diagnostic>>
struct BasicPublishDiagnosticsParams {
  DocumentUri uri;
  std::optional<std::int32_t> version;
  Items diagnostics;
  bool operator==(const BasicPublishDiagnosticsParams&) const = default;
  static constexpr auto fields = std::make_tuple(field("uri", &BasicPublishDiagnosticsParams::uri),
                                                 optionalField("version", &BasicPublishDiagnosticsParams::version),
                                                 field("diagnostics", &BasicPublishDiagnosticsParams::diagnostics));
};
using PublishDiagnosticsParams = BasicPublishDiagnosticsParams<>;

namespace code_action_kind {
inline constexpr const char* QuickFix = "quickfix";
inline constexpr const char* Refactor = "refactor";
inline constexpr const char* Source = "source";
inline constexpr const char* SourceFixAll = "source.fixAll";
}  // namespace code_action_kind

enum class CodeActionTriggerKind { Invoked = 1, Automatic = 2 };
constexpr decode::EnumBounds enumBounds(CodeActionTriggerKind) {
  return {1, 2, "expected CodeActionTriggerKind (1-2)"};
}

struct CodeActionContext {
  std::vector<Diagnostic> diagnostics;
  std::optional<std::vector<std::string>> only;
  std::optional<CodeActionTriggerKind> triggerKind;
  bool operator==(const CodeActionContext&) const = default;
  static constexpr auto fields = std::make_tuple(field("diagnostics", &CodeActionContext::diagnostics),
                                                 optionalField("only", &CodeActionContext::only),
                                                 optionalField("triggerKind", &CodeActionContext::triggerKind));
};

struct CodeActionParams {
  TextDocumentIdentifier textDocument;
  Range range;
  CodeActionContext context;
  bool operator==(const CodeActionParams&) const = default;
  static constexpr auto fields =
      std::make_tuple(field("textDocument", &CodeActionParams::textDocument), field("range", &CodeActionParams::range),
                      field("context", &CodeActionParams::context));
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
  static constexpr auto fields =
      std::make_tuple(field("title", &CodeAction::title), optionalField("kind", &CodeAction::kind),
                      optionalField("diagnostics", &CodeAction::diagnostics),
                      optionalField("isPreferred", &CodeAction::isPreferred), optionalField("edit", &CodeAction::edit),
                      optionalField("command", &CodeAction::command), anyField("data", &CodeAction::data));
};

/// textDocument/diagnostic (pull model).
struct DocumentDiagnosticParams {
  TextDocumentIdentifier textDocument;
  std::optional<std::string> identifier;
  std::optional<std::string> previousResultId;
  bool operator==(const DocumentDiagnosticParams&) const = default;
  static constexpr auto fields =
      std::make_tuple(field("textDocument", &DocumentDiagnosticParams::textDocument),
                      optionalField("identifier", &DocumentDiagnosticParams::identifier),
                      optionalField("previousResultId", &DocumentDiagnosticParams::previousResultId));
};

/// Written with "kind": "full". Items as in BasicPublishDiagnosticsParams.
template <class Items = std::vector<Diagnostic>>
struct BasicFullDocumentDiagnosticReport {
  std::optional<std::string> resultId;
  Items items;
  bool operator==(const BasicFullDocumentDiagnosticReport&) const = default;
  static constexpr auto fields = std::make_tuple(
      constantField("kind", "full"), optionalField("resultId", &BasicFullDocumentDiagnosticReport::resultId),
      field("items", &BasicFullDocumentDiagnosticReport::items));
};
using FullDocumentDiagnosticReport = BasicFullDocumentDiagnosticReport<>;

/// Written with "kind": "unchanged".
struct UnchangedDocumentDiagnosticReport {
  std::string resultId;
  bool operator==(const UnchangedDocumentDiagnosticReport&) const = default;
  static constexpr auto fields = std::make_tuple(constantField("kind", "unchanged"),
                                                 field("resultId", &UnchangedDocumentDiagnosticReport::resultId));
};

/// The answer to textDocument/diagnostic.
using DocumentDiagnosticReport = std::variant<FullDocumentDiagnosticReport, UnchangedDocumentDiagnosticReport>;

/// workspace/diagnostic: a result id the client holds for a document.
struct PreviousResultId {
  DocumentUri uri;
  std::string value;
  bool operator==(const PreviousResultId&) const = default;
  static constexpr auto fields =
      std::make_tuple(field("uri", &PreviousResultId::uri), field("value", &PreviousResultId::value));
};

struct WorkspaceDiagnosticParams {
  std::optional<std::string> identifier;
  std::vector<PreviousResultId> previousResultIds;
  std::optional<ProgressToken> workDoneToken;
  std::optional<ProgressToken> partialResultToken;
  bool operator==(const WorkspaceDiagnosticParams&) const = default;
  static constexpr auto fields =
      std::make_tuple(optionalField("identifier", &WorkspaceDiagnosticParams::identifier),
                      field("previousResultIds", &WorkspaceDiagnosticParams::previousResultIds),
                      optionalField("workDoneToken", &WorkspaceDiagnosticParams::workDoneToken),
                      optionalField("partialResultToken", &WorkspaceDiagnosticParams::partialResultToken));
};

/// One document of a workspace report, "kind": "full"; version null when the
/// document is not open.
template <class Items = std::vector<Diagnostic>>
struct BasicWorkspaceFullDocumentDiagnosticReport {
  DocumentUri uri;
  std::optional<std::int32_t> version;
  std::optional<std::string> resultId;
  Items items;
  bool operator==(const BasicWorkspaceFullDocumentDiagnosticReport&) const = default;
  static constexpr auto fields =
      std::make_tuple(constantField("kind", "full"), field("uri", &BasicWorkspaceFullDocumentDiagnosticReport::uri),
                      nullableField("version", &BasicWorkspaceFullDocumentDiagnosticReport::version),
                      optionalField("resultId", &BasicWorkspaceFullDocumentDiagnosticReport::resultId),
                      field("items", &BasicWorkspaceFullDocumentDiagnosticReport::items));
};

/// "kind": "unchanged": the client's previous result for the document stands.
struct WorkspaceUnchangedDocumentDiagnosticReport {
  DocumentUri uri;
  std::optional<std::int32_t> version;
  std::string resultId;
  bool operator==(const WorkspaceUnchangedDocumentDiagnosticReport&) const = default;
  static constexpr auto fields = std::make_tuple(
      constantField("kind", "unchanged"), field("uri", &WorkspaceUnchangedDocumentDiagnosticReport::uri),
      nullableField("version", &WorkspaceUnchangedDocumentDiagnosticReport::version),
      field("resultId", &WorkspaceUnchangedDocumentDiagnosticReport::resultId));
};

/// The answer to workspace/diagnostic, and each of its partial results ($/progress).
template <class Items>
struct BasicWorkspaceDiagnosticReport {
  Items items;
  bool operator==(const BasicWorkspaceDiagnosticReport&) const = default;
  static constexpr auto fields = std::make_tuple(field("items", &BasicWorkspaceDiagnosticReport::items));
};

}  // namespace copydesk::protocol
