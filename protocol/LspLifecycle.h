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
};

struct WorkspaceFolder {
  DocumentUri uri;
  std::string name;
  bool operator==(const WorkspaceFolder&) const = default;
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
};

struct TextDocumentSyncOptions {
  bool openClose = true;
  TextDocumentSyncKind change = TextDocumentSyncKind::Incremental;
  std::optional<SaveOptions> save;
};

struct CodeActionOptions {
  std::vector<std::string> codeActionKinds;
  bool resolveProvider = false;
};

struct DiagnosticOptions {
  std::optional<std::string> identifier;
  bool interFileDependencies = false;
  bool workspaceDiagnostics = false;
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

struct ServerInfo {
  std::string name;
  std::optional<std::string> version;
};

struct InitializeResult {
  ServerCapabilities capabilities;
  std::optional<ServerInfo> serverInfo;
};

enum class MessageType { Error = 1, Warning = 2, Info = 3, Log = 4, Debug = 5 };

struct ShowMessageParams {
  MessageType type = MessageType::Info;
  std::string message;
  bool operator==(const ShowMessageParams&) const = default;
};

struct LogMessageParams {
  MessageType type = MessageType::Log;
  std::string message;
  bool operator==(const LogMessageParams&) const = default;
};

/// `integer | string`, same representation as RequestId.
using ProgressToken = std::variant<std::int64_t, std::string>;

/// $/progress; value is kind-specific (see the WorkDoneProgress* builders).
struct ProgressParams {
  ProgressToken token;
  json value;
  bool operator==(const ProgressParams&) const = default;
};

struct WorkDoneProgressCreateParams {
  ProgressToken token;
  bool operator==(const WorkDoneProgressCreateParams&) const = default;
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
};

struct ExecuteCommandParams {
  std::string command;
  std::optional<std::vector<json>> arguments;
  bool operator==(const ExecuteCommandParams&) const = default;
};

struct ConfigurationItem {
  std::optional<DocumentUri> scopeUri;
  std::optional<std::string> section;
  bool operator==(const ConfigurationItem&) const = default;
};

/// workspace/configuration (server -> client); the result is an array of
/// values in item order.
struct ConfigurationParams {
  std::vector<ConfigurationItem> items;
  bool operator==(const ConfigurationParams&) const = default;
};

/// settings is LSPAny and required (may be null).
struct DidChangeConfigurationParams {
  json settings;
  bool operator==(const DidChangeConfigurationParams&) const = default;
};

enum class FileChangeType { Created = 1, Changed = 2, Deleted = 3 };

struct FileEvent {
  DocumentUri uri;
  FileChangeType type = FileChangeType::Changed;
  bool operator==(const FileEvent&) const = default;
};

struct DidChangeWatchedFilesParams {
  std::vector<FileEvent> changes;
  bool operator==(const DidChangeWatchedFilesParams&) const = default;
};

struct SetTraceParams {
  std::string value;  // "off" | "messages" | "verbose"
  bool operator==(const SetTraceParams&) const = default;
};

void to_json(json& j, const ClientInfo& v);
void from_json(const json& j, ClientInfo& v);
void to_json(json& j, const WorkspaceFolder& v);
void from_json(const json& j, WorkspaceFolder& v);
void to_json(json& j, const InitializeParams& v);
void from_json(const json& j, InitializeParams& v);
void to_json(json& j, TextDocumentSyncKind v);
void to_json(json& j, const ServerCapabilities& v);
void to_json(json& j, const ServerInfo& v);
void to_json(json& j, const InitializeResult& v);
void to_json(json& j, MessageType v);
void from_json(const json& j, MessageType& v);
void to_json(json& j, const ShowMessageParams& v);
void from_json(const json& j, ShowMessageParams& v);
void to_json(json& j, const LogMessageParams& v);
void from_json(const json& j, LogMessageParams& v);
void to_json(json& j, const ProgressParams& v);
void from_json(const json& j, ProgressParams& v);
void to_json(json& j, const WorkDoneProgressCreateParams& v);
void from_json(const json& j, WorkDoneProgressCreateParams& v);
void to_json(json& j, const CancelParams& v);
void from_json(const json& j, CancelParams& v);
void to_json(json& j, const ExecuteCommandParams& v);
void from_json(const json& j, ExecuteCommandParams& v);
void to_json(json& j, const ConfigurationItem& v);
void from_json(const json& j, ConfigurationItem& v);
void to_json(json& j, const ConfigurationParams& v);
void from_json(const json& j, ConfigurationParams& v);
void to_json(json& j, const DidChangeConfigurationParams& v);
void from_json(const json& j, DidChangeConfigurationParams& v);
void to_json(json& j, FileChangeType v);
void from_json(const json& j, FileChangeType& v);
void to_json(json& j, const FileEvent& v);
void from_json(const json& j, FileEvent& v);
void to_json(json& j, const DidChangeWatchedFilesParams& v);
void from_json(const json& j, DidChangeWatchedFilesParams& v);
void to_json(json& j, const SetTraceParams& v);
void from_json(const json& j, SetTraceParams& v);

}  // namespace copydesk::protocol
