#include "protocol/LspLifecycle.h"

namespace copydesk::protocol {
namespace {

template <class Enum>
Enum enumFromJson(const json& j, int min, int max, const char* expected) {
  const int value = decode::Decoder<int>::get(j);
  if (value < min || value > max) throw DecodeError("", expected);
  return static_cast<Enum>(value);
}

}  // namespace

// ------------------------------------------------------------ initialize

void to_json(json& j, const ClientInfo& v) {
  j = json{{"name", v.name}};
  encode::optional(j, "version", v.version);
}
void from_json(const json& j, ClientInfo& v) {
  decode::Object o(j);
  o.required("name", v.name);
  o.optional("version", v.version);
}

void to_json(json& j, const WorkspaceFolder& v) { j = json{{"uri", v.uri}, {"name", v.name}}; }
void from_json(const json& j, WorkspaceFolder& v) {
  decode::Object o(j);
  o.required("uri", v.uri);
  o.required("name", v.name);
}

void to_json(json& j, const InitializeParams& v) {
  j = json{{"processId", v.processId ? json(*v.processId) : json(nullptr)},
           {"rootUri", v.rootUri ? json(*v.rootUri) : json(nullptr)},
           {"capabilities", v.capabilities}};
  encode::optional(j, "clientInfo", v.clientInfo);
  encode::optional(j, "locale", v.locale);
  encode::optional(j, "rootPath", v.rootPath);
  if (!v.initializationOptions.is_null()) j["initializationOptions"] = v.initializationOptions;
  encode::optional(j, "trace", v.trace);
  encode::optional(j, "workspaceFolders", v.workspaceFolders);
}
void from_json(const json& j, InitializeParams& v) {
  decode::Object o(j);
  o.optional("processId", v.processId);
  o.optional("clientInfo", v.clientInfo);
  o.optional("locale", v.locale);
  o.optional("rootPath", v.rootPath);
  o.optional("rootUri", v.rootUri);
  o.any("initializationOptions", v.initializationOptions);
  o.required("capabilities", v.capabilities);
  if (!v.capabilities.is_object()) throw DecodeError("capabilities", "expected object");
  o.optional("trace", v.trace);
  o.optional("workspaceFolders", v.workspaceFolders);
}

const json* findCapability(const json& capabilities, std::string_view dotted_path) {
  const json* node = &capabilities;
  while (true) {
    if (!node->is_object()) return nullptr;
    const std::size_t dot = dotted_path.find('.');
    const std::string_view key = dotted_path.substr(0, dot);
    const auto it = node->find(key);
    if (it == node->end()) return nullptr;
    node = &*it;
    if (dot == std::string_view::npos) return node;
    dotted_path.remove_prefix(dot + 1);
  }
}

bool capabilityEnabled(const json& capabilities, std::string_view dotted_path) {
  const json* value = findCapability(capabilities, dotted_path);
  return value != nullptr && value->is_boolean() && value->get<bool>();
}

std::vector<std::string> positionEncodings(const InitializeParams& params) {
  std::vector<std::string> out;
  const json* list = findCapability(params.capabilities, "general.positionEncodings");
  if (list == nullptr || !list->is_array()) return out;
  for (const auto& item : *list) {
    if (item.is_string()) out.push_back(item.get<std::string>());
  }
  return out;
}

// ------------------------------------------------------------ server capabilities

void to_json(json& j, TextDocumentSyncKind v) { j = static_cast<int>(v); }

void to_json(json& j, const ServerCapabilities& v) {
  j = json::object();
  encode::optional(j, "positionEncoding", v.positionEncoding);
  if (v.textDocumentSync) {
    json sync = {{"openClose", v.textDocumentSync->openClose}, {"change", v.textDocumentSync->change}};
    if (v.textDocumentSync->save) sync["save"] = json{{"includeText", v.textDocumentSync->save->includeText}};
    j["textDocumentSync"] = std::move(sync);
  }
  encode::optional(j, "hoverProvider", v.hoverProvider);
  if (v.codeActionProvider) {
    j["codeActionProvider"] = json{{"codeActionKinds", v.codeActionProvider->codeActionKinds},
                                   {"resolveProvider", v.codeActionProvider->resolveProvider}};
  }
  if (v.diagnosticProvider) {
    json diagnostics = {{"interFileDependencies", v.diagnosticProvider->interFileDependencies},
                        {"workspaceDiagnostics", v.diagnosticProvider->workspaceDiagnostics}};
    encode::optional(diagnostics, "identifier", v.diagnosticProvider->identifier);
    j["diagnosticProvider"] = std::move(diagnostics);
  }
  if (v.executeCommands) j["executeCommandProvider"] = json{{"commands", *v.executeCommands}};
  if (v.workspaceFolders) {
    j["workspace"]["workspaceFolders"] = json{{"supported", *v.workspaceFolders},
                                              {"changeNotifications", *v.workspaceFolders}};
  }
  if (v.extra.is_object()) j.merge_patch(v.extra);
}

void to_json(json& j, const ServerInfo& v) {
  j = json{{"name", v.name}};
  encode::optional(j, "version", v.version);
}

void to_json(json& j, const InitializeResult& v) {
  j = json{{"capabilities", v.capabilities}};
  encode::optional(j, "serverInfo", v.serverInfo);
}

// ------------------------------------------------------------ window

void to_json(json& j, MessageType v) { j = static_cast<int>(v); }
void from_json(const json& j, MessageType& v) {
  v = enumFromJson<MessageType>(j, 1, 5, "expected MessageType (1-5)");
}

void to_json(json& j, const ShowMessageParams& v) { j = json{{"type", v.type}, {"message", v.message}}; }
void from_json(const json& j, ShowMessageParams& v) {
  decode::Object o(j);
  o.required("type", v.type);
  o.required("message", v.message);
}

void to_json(json& j, const LogMessageParams& v) { j = json{{"type", v.type}, {"message", v.message}}; }
void from_json(const json& j, LogMessageParams& v) {
  decode::Object o(j);
  o.required("type", v.type);
  o.required("message", v.message);
}

void to_json(json& j, const ProgressParams& v) { j = json{{"token", encode::variant(v.token)}, {"value", v.value}}; }
void from_json(const json& j, ProgressParams& v) {
  decode::Object o(j);
  o.required("token", v.token);
  if (!o.has("value")) throw DecodeError("value", "missing");
  o.any("value", v.value);
}

void to_json(json& j, const WorkDoneProgressCreateParams& v) { j = json{{"token", encode::variant(v.token)}}; }
void from_json(const json& j, WorkDoneProgressCreateParams& v) {
  decode::Object o(j);
  o.required("token", v.token);
}

json workDoneProgressBegin(std::string_view title, std::optional<std::string> message,
                           std::optional<std::uint32_t> percentage, bool cancellable) {
  json j = {{"kind", "begin"}, {"title", title}, {"cancellable", cancellable}};
  encode::optional(j, "message", message);
  encode::optional(j, "percentage", percentage);
  return j;
}

json workDoneProgressReport(std::optional<std::string> message, std::optional<std::uint32_t> percentage) {
  json j = {{"kind", "report"}};
  encode::optional(j, "message", message);
  encode::optional(j, "percentage", percentage);
  return j;
}

json workDoneProgressEnd(std::optional<std::string> message) {
  json j = {{"kind", "end"}};
  encode::optional(j, "message", message);
  return j;
}

// ------------------------------------------------------------ workspace

void to_json(json& j, const CancelParams& v) { j = json{{"id", encode::variant(v.id)}}; }
void from_json(const json& j, CancelParams& v) {
  decode::Object o(j);
  o.required("id", v.id);
}

void to_json(json& j, const ExecuteCommandParams& v) {
  j = json{{"command", v.command}};
  encode::optional(j, "arguments", v.arguments);
}
void from_json(const json& j, ExecuteCommandParams& v) {
  decode::Object o(j);
  o.required("command", v.command);
  o.optional("arguments", v.arguments);
}

void to_json(json& j, const ConfigurationItem& v) {
  j = json::object();
  encode::optional(j, "scopeUri", v.scopeUri);
  encode::optional(j, "section", v.section);
}
void from_json(const json& j, ConfigurationItem& v) {
  decode::Object o(j);
  o.optional("scopeUri", v.scopeUri);
  o.optional("section", v.section);
}

void to_json(json& j, const ConfigurationParams& v) { j = json{{"items", v.items}}; }
void from_json(const json& j, ConfigurationParams& v) {
  decode::Object o(j);
  o.required("items", v.items);
}

void to_json(json& j, const DidChangeConfigurationParams& v) { j = json{{"settings", v.settings}}; }
void from_json(const json& j, DidChangeConfigurationParams& v) {
  decode::Object o(j);
  if (!o.has("settings")) throw DecodeError("settings", "missing");
  o.any("settings", v.settings);
}

void to_json(json& j, FileChangeType v) { j = static_cast<int>(v); }
void from_json(const json& j, FileChangeType& v) {
  v = enumFromJson<FileChangeType>(j, 1, 3, "expected FileChangeType (1-3)");
}

void to_json(json& j, const FileEvent& v) { j = json{{"uri", v.uri}, {"type", v.type}}; }
void from_json(const json& j, FileEvent& v) {
  decode::Object o(j);
  o.required("uri", v.uri);
  o.required("type", v.type);
}

void to_json(json& j, const DidChangeWatchedFilesParams& v) { j = json{{"changes", v.changes}}; }
void from_json(const json& j, DidChangeWatchedFilesParams& v) {
  decode::Object o(j);
  o.required("changes", v.changes);
}

void to_json(json& j, const SetTraceParams& v) { j = json{{"value", v.value}}; }
void from_json(const json& j, SetTraceParams& v) {
  decode::Object o(j);
  o.required("value", v.value);
}

}  // namespace copydesk::protocol
