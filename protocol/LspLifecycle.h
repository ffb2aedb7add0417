// LSP 3.17 lifecycle, window and workspace structures: initialize and server
// capabilities, messages and progress, cancellation, commands, configuration,
// watched files. Same conventions as LspBasic.h.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "protocol/LspBasic.h"

namespace copydesk::protocol {

namespace position_encoding {
inline constexpr const char* Utf8 = "utf-8";
inline constexpr const char* Utf16 = "utf-16";  // the default when nothing is negotiated
inline constexpr const char* Utf32 = "utf-32";
}  // namespace position_encoding

struct ClientInfo {
  std::string name;
  std::optional<std::string> version;
  bool operator==(const ClientInfo&) const = default;
  static constexpr auto fields =
      std::make_tuple(field("name", &ClientInfo::name), optionalField("version", &ClientInfo::version));
};

struct WorkspaceFolder {
  DocumentUri uri;
  std::string name;
  bool operator==(const WorkspaceFolder&) const = default;
  static constexpr auto fields =
      std::make_tuple(field("uri", &WorkspaceFolder::uri), field("name", &WorkspaceFolder::name));
};

/// processId and rootUri are `T | null` and required by the spec; missing ones
/// are tolerated (decoded as null) because several clients omit them.
/// capabilities is required and must be an object; it is kept as JSON and
/// queried with findCapability() / positionEncodings().
struct InitializeParams {
  std::optional<std::int32_t> processId;
  std::optional<ClientInfo> clientInfo;
  std::optional<std::string> locale;
  std::optional<std::string> rootPath;
  std::optional<DocumentUri> rootUri;
  json initializationOptions;  // null when absent
  json capabilities = json::object();
  std::optional<std::string> trace;  // "off" | "messages" | "verbose"
  std::optional<std::vector<WorkspaceFolder>> workspaceFolders;
  bool operator==(const InitializeParams&) const = default;
  static constexpr auto fields = std::make_tuple(
      nullableField("processId", &InitializeParams::processId),
      optionalField("clientInfo", &InitializeParams::clientInfo), optionalField("locale", &InitializeParams::locale),
      optionalField("rootPath", &InitializeParams::rootPath), nullableField("rootUri", &InitializeParams::rootUri),
      anyField("initializationOptions", &InitializeParams::initializationOptions),
      field<JsonObject>("capabilities", &InitializeParams::capabilities),
      optionalField("trace", &InitializeParams::trace),
      optionalField("workspaceFolders", &InitializeParams::workspaceFolders));
};

/// The value at a dotted path inside client capabilities, e.g.
/// findCapability(caps, "textDocument.publishDiagnostics.versionSupport");
/// nullptr when any step is missing or not an object.
const json* findCapability(const json& capabilities, std::string_view dotted_path);
/// True only when the capability exists and is the boolean true.
bool capabilityEnabled(const json& capabilities, std::string_view dotted_path);
/// capabilities.general.positionEncodings in client preference order; entries
/// that are not strings are skipped; empty when absent or malformed (which
/// means the client only supports "utf-16").
std::vector<std::string> positionEncodings(const InitializeParams& params);

enum class TextDocumentSyncKind { None = 0, Full = 1, Incremental = 2 };

struct SaveOptions {
  bool includeText = false;
  static constexpr auto fields = std::make_tuple(field("includeText", &SaveOptions::includeText));
};

struct TextDocumentSyncOptions {
  bool openClose = true;
  TextDocumentSyncKind change = TextDocumentSyncKind::Incremental;
  std::optional<SaveOptions> save;
  static constexpr auto fields = std::make_tuple(field("openClose", &TextDocumentSyncOptions::openClose),
                                                 field("change", &TextDocumentSyncOptions::change),
                                                 optionalField("save", &TextDocumentSyncOptions::save));
};

struct CodeActionOptions {
  std::vector<std::string> codeActionKinds;
  bool resolveProvider = false;
  static constexpr auto fields = std::make_tuple(field("codeActionKinds", &CodeActionOptions::codeActionKinds),
                                                 field("resolveProvider", &CodeActionOptions::resolveProvider));
};

struct DiagnosticOptions {
  std::optional<std::string> identifier;
  bool interFileDependencies = false;
  bool workspaceDiagnostics = false;
  static constexpr auto fields =
      std::make_tuple(optionalField("identifier", &DiagnosticOptions::identifier),
                      field("interFileDependencies", &DiagnosticOptions::interFileDependencies),
                      field("workspaceDiagnostics", &DiagnosticOptions::workspaceDiagnostics));
};

/// Builder for the "capabilities" member of the initialize result. Absent
/// optionals are omitted; `extra` (an object) is merged in last, so it can add
/// or override anything not modelled here.
struct ServerCapabilities {
  std::optional<std::string> positionEncoding;
  std::optional<TextDocumentSyncOptions> textDocumentSync;
  std::optional<bool> hoverProvider;
  std::optional<CodeActionOptions> codeActionProvider;
  std::optional<DiagnosticOptions> diagnosticProvider;
  std::optional<std::vector<std::string>> executeCommands;  // executeCommandProvider.commands
  std::optional<bool> workspaceFolders;  // workspace.workspaceFolders.{supported,changeNotifications}
  json extra = json::object();
};
/// Hand-written: the members nest differently from this builder's fields.
void to_json(json& j, const ServerCapabilities& v);
inline void writeJson(JsonWriter& out, const ServerCapabilities& v) { out.value(json(v)); }

struct ServerInfo {
  std::string name;
  std::optional<std::string> version;
  static constexpr auto fields =
      std::make_tuple(field("name", &ServerInfo::name), optionalField("version", &ServerInfo::version));
};

struct InitializeResult {
  ServerCapabilities capabilities;
  std::optional<ServerInfo> serverInfo;
  static constexpr auto fields = std::make_tuple(field("capabilities", &InitializeResult::capabilities),
                                                 optionalField("serverInfo", &InitializeResult::serverInfo));
};

enum class MessageType { Error = 1, Warning = 2, Info = 3, Log = 4, Debug = 5 };
constexpr decode::EnumBounds enumBounds(MessageType) { return {1, 5, "expected MessageType (1-5)"}; }

struct ShowMessageParams {
  MessageType type = MessageType::Info;
  std::string message;
  bool operator==(const ShowMessageParams&) const = default;
  static constexpr auto fields =
      std::make_tuple(field("type", &ShowMessageParams::type), field("message", &ShowMessageParams::message));
};

struct LogMessageParams {
  MessageType type = MessageType::Log;
  std::string message;
  bool operator==(const LogMessageParams&) const = default;
  static constexpr auto fields =
      std::make_tuple(field("type", &LogMessageParams::type), field("message", &LogMessageParams::message));
};

/// $/progress; value is kind-specific (see the WorkDoneProgress* builders), or
/// a request's partial result (a typed Value, streamed like the result itself).
template <class Value = json>
struct BasicProgressParams {
  ProgressToken token;
  Value value;
  bool operator==(const BasicProgressParams&) const = default;
  static constexpr auto fields =
      std::make_tuple(field("token", &BasicProgressParams::token), field("value", &BasicProgressParams::value));
};
using ProgressParams = BasicProgressParams<>;

struct WorkDoneProgressCreateParams {
  ProgressToken token;
  bool operator==(const WorkDoneProgressCreateParams&) const = default;
  static constexpr auto fields = std::make_tuple(field("token", &WorkDoneProgressCreateParams::token));
};

/// Values for ProgressParams::value.
json workDoneProgressBegin(std::string_view title, std::optional<std::string> message = std::nullopt,
                           std::optional<std::uint32_t> percentage = std::nullopt, bool cancellable = false);
json workDoneProgressReport(std::optional<std::string> message = std::nullopt,
                            std::optional<std::uint32_t> percentage = std::nullopt);
json workDoneProgressEnd(std::optional<std::string> message = std::nullopt);

struct CancelParams {
  RequestId id;
  bool operator==(const CancelParams&) const = default;
  static constexpr auto fields = std::make_tuple(field("id", &CancelParams::id));
};

struct ExecuteCommandParams {
  std::string command;
  std::optional<std::vector<json>> arguments;
  bool operator==(const ExecuteCommandParams&) const = default;
  static constexpr auto fields = std::make_tuple(field("command", &ExecuteCommandParams::command),
                                                 optionalField("arguments", &ExecuteCommandParams::arguments));
};

struct ConfigurationItem {
  std::optional<DocumentUri> scopeUri;
  std::optional<std::string> section;
  bool operator==(const ConfigurationItem&) const = default;
  static constexpr auto fields = std::make_tuple(optionalField("scopeUri", &ConfigurationItem::scopeUri),
                                                 optionalField("section", &ConfigurationItem::section));
};

/// workspace/configuration (server -> client); the result is an array of
/// values in item order.
struct ConfigurationParams {
  std::vector<ConfigurationItem> items;
  bool operator==(const ConfigurationParams&) const = default;
  static constexpr auto fields = std::make_tuple(field("items", &ConfigurationParams::items));
};

/// settings is LSPAny and required (may be null).
struct DidChangeConfigurationParams {
  json settings;
  bool operator==(const DidChangeConfigurationParams&) const = default;
  static constexpr auto fields = std::make_tuple(field("settings", &DidChangeConfigurationParams::settings));
};

struct WorkspaceFoldersChangeEvent {
  std::vector<WorkspaceFolder> added;
  std::vector<WorkspaceFolder> removed;
  bool operator==(const WorkspaceFoldersChangeEvent&) const = default;
  static constexpr auto fields = std::make_tuple(field("added", &WorkspaceFoldersChangeEvent::added),
                                                 field("removed", &WorkspaceFoldersChangeEvent::removed));
};

/// workspace/didChangeWorkspaceFolders (client -> server).
struct DidChangeWorkspaceFoldersParams {
  WorkspaceFoldersChangeEvent event;
  bool operator==(const DidChangeWorkspaceFoldersParams&) const = default;
  static constexpr auto fields = std::make_tuple(field("event", &DidChangeWorkspaceFoldersParams::event));
};

enum class FileChangeType { Created = 1, Changed = 2, Deleted = 3 };
constexpr decode::EnumBounds enumBounds(FileChangeType) { return {1, 3, "expected FileChangeType (1-3)"}; }

struct FileEvent {
  DocumentUri uri;
  FileChangeType type = FileChangeType::Changed;
  bool operator==(const FileEvent&) const = default;
  static constexpr auto fields = std::make_tuple(field("uri", &FileEvent::uri), field("type", &FileEvent::type));
};

struct DidChangeWatchedFilesParams {
  std::vector<FileEvent> changes;
  bool operator==(const DidChangeWatchedFilesParams&) const = default;
  static constexpr auto fields = std::make_tuple(field("changes", &DidChangeWatchedFilesParams::changes));
};

/// $/logTrace (server -> client).
struct LogTraceParams {
  std::string message;
  std::optional<std::string> verbose;
  bool operator==(const LogTraceParams&) const = default;
  static constexpr auto fields =
      std::make_tuple(field("message", &LogTraceParams::message), optionalField("verbose", &LogTraceParams::verbose));
};

struct SetTraceParams {
  std::string value;  // "off" | "messages" | "verbose"
  bool operator==(const SetTraceParams&) const = default;
  static constexpr auto fields = std::make_tuple(field("value", &SetTraceParams::value));
};

}  // namespace copydesk::protocol
