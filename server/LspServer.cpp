#include "server/LspServer.h"

#include <signal.h>

#include <cerrno>

#include "protocol/Uri.h"
#include "server/CodeActions.h"
#include "server/ConfigWatcher.h"
#include "server/LspConvert.h"
#include "server/MemoryRelease.h"

namespace copydesk::server {

using protocol::ErrorCode;
using protocol::json;

namespace {

constexpr const char* kReleaseMemoryTimer = "copydesk/release-memory";
constexpr std::chrono::milliseconds kIdleBeforeReleasingMemory{2000};

std::string rootFrom(const protocol::InitializeParams& params) {
  if (params.rootUri)
    if (auto path = protocol::fileUriToPath(*params.rootUri)) return *path;
  if (params.workspaceFolders && !params.workspaceFolders->empty())
    if (auto path = protocol::fileUriToPath(params.workspaceFolders->front().uri)) return *path;
  if (params.rootPath) return *params.rootPath;
  return {};
}

// Every workspace folder the client named, else the root alone (none without a root).
std::vector<std::string> foldersFrom(const protocol::InitializeParams& params, const std::string& root) {
  std::vector<std::string> folders;
  if (params.workspaceFolders)
    for (const protocol::WorkspaceFolder& folder : *params.workspaceFolders)
      if (auto path = protocol::fileUriToPath(folder.uri)) folders.push_back(std::move(*path));
  if (folders.empty() && !root.empty()) folders.push_back(root);
  return folders;
}

}  // namespace

LspServer::LspServer(protocol::Transport& transport, Logger& logger, ServerOptions options,
                     std::optional<boost::asio::any_io_executor> executor)
    : transport_(transport), logger_(logger), options_(std::move(options)),
      scheduler_(options_.synchronous || !executor ? std::make_unique<Scheduler>()
                                                   : std::make_unique<Scheduler>(*executor, options_.threads)),
      workspace_(WorkspaceOptions{{}, options_.spelling}) {
  if (!options_.synchronous && !executor) logger_.warn("no executor given: running synchronously");
  docs_url_ = options_.docs_url;
  DocumentChecks::Options check_options;
  check_options.debounce = options_.synchronous ? std::chrono::milliseconds(0) : options_.debounce;
  check_options.before_check = options_.before_check;
  check_options.checked = [this](const CheckResult& result) {
    releaseMemoryWhenIdle();
    if (trace_ != "off")
      notify("$/logTrace",
             protocol::LogTraceParams{fmt::format("checked {} version {}: {} findings in {:.1f} ms", result.uri,
                                                  result.version, result.findings.size(), result.milliseconds),
                                      std::nullopt});
  };
  check_options.after_setup = [this] { flushWorkspaceReports(); };
  checks_ = std::make_unique<DocumentChecks>(store_, workspace_, *scheduler_, logger_, std::move(check_options),
                                             [this](const CheckResult& result) { publish(result); });
  dispatcher_.setSender([this](std::string body) { sendText(std::move(body)); });
  dispatcher_.setLogger([this](std::string_view line) {
    // Unknown notifications are normal (clients send optional ones): not a warning.
    if (line.starts_with("ignoring unknown notification")) logger_.info("{}", line);
    else logger_.warn("{}", line);
  });
  bind();
}

void LspServer::releaseMemoryWhenIdle() {
  if (scheduler_->synchronous()) return;  // tests and fuzzing: no idle moments to wait for
  scheduler_->debounce(kReleaseMemoryTimer, kIdleBeforeReleasingMemory, [this] {
    releaseFreeMemory();
    logger_.debug("idle: gave free memory back to the system; {}", heapSummary());
  });
}

LspServer::~LspServer() {
  logger_.setForward(nullptr);
  scheduler_->shutdown();
}

void LspServer::start() {
  transport_.start(
      [this](std::string body) {
        if (scheduler_->synchronous()) handleMessage(body);
        else scheduler_->post([this, body = std::move(body)] { handleMessage(body); });
      },
      [this](protocol::CloseReason reason) {
        const auto closed = [this, reason] {
          logger_.info("the client connection closed ({})", protocol::toString(reason));
          finish(phase_ == Phase::ShutDown ? 0 : 1);
        };
        if (scheduler_->synchronous()) closed();
        else scheduler_->post(closed);
      });
}

void LspServer::handleMessage(std::string_view body) {
  if (exit_status_) return;
  if (logger_.enabled(LogLevel::Debug)) logger_.debug("<-- {}", body.substr(0, 400));
  for (std::string& reply : dispatcher_.dispatch(body)) sendText(std::move(reply));
}

void LspServer::send(const json& message) { sendText(protocol::serialize(message)); }

void LspServer::sendText(std::string body) {
  if (logger_.enabled(LogLevel::Debug)) logger_.debug("--> {}", std::string_view(body).substr(0, 400));
  transport_.send(std::move(body));
}

void LspServer::request(std::string_view method, json params,
                        std::function<void(const protocol::Response&)> on_response) {
  send(dispatcher_.makeOutgoingRequest(method, std::move(params), std::move(on_response)));
}

void LspServer::showMessage(protocol::MessageType type, const std::string& message) {
  notify("window/showMessage", protocol::ShowMessageParams{type, message});
}

void LspServer::finish(int status) {
  if (exit_status_) return;
  exit_status_ = status;
  logger_.setForward(nullptr);
  logger_.info("exiting with status {}", status);
  scheduler_->shutdown();
  transport_.close();
  if (on_exit_) on_exit_(status);
}

void LspServer::bind() {
  auto& d = dispatcher_;
  d.setRequestFilter([this](const std::string& method) -> std::optional<protocol::ResponseError> {
    if (phase_ == Phase::Uninitialized && method != "initialize")
      return protocol::ResponseError{ErrorCode::ServerNotInitialized, "the server is not initialized", nullptr};
    if (phase_ == Phase::Running && method == "initialize")
      return protocol::ResponseError{ErrorCode::InvalidRequest, "the server is already initialized", nullptr};
    if (phase_ == Phase::ShutDown)
      return protocol::ResponseError{ErrorCode::InvalidRequest, "the server is shutting down", nullptr};
    return std::nullopt;
  });
  d.setNotificationFilter([this](const std::string& method) {
    if (method == "exit") return true;
    return phase_ == Phase::Running;
  });

  using namespace protocol;
  d.onRequest<InitializeParams>("initialize", [this](const InitializeParams& p) { return initialize(p); });
  d.onNotification("initialized", [this](const json&) { initialized(); });
  d.onRequest("shutdown", [this](const json&) {
    phase_ = Phase::ShutDown;
    logger_.info("shutdown requested");
    return json(nullptr);
  });
  d.onNotification("exit", [this](const json&) { finish(phase_ == Phase::ShutDown ? 0 : 1); });
  d.onNotification<SetTraceParams>("$/setTrace", [this](const SetTraceParams& p) { trace_ = p.value; });

  d.onNotification<DidOpenTextDocumentParams>("textDocument/didOpen",
                                              [this](DidOpenTextDocumentParams p) { didOpen(std::move(p)); });
  d.onNotification<DidChangeTextDocumentParams>("textDocument/didChange",
                                                [this](const DidChangeTextDocumentParams& p) { didChange(p); });
  d.onNotification<DidCloseTextDocumentParams>("textDocument/didClose",
                                               [this](const DidCloseTextDocumentParams& p) { didClose(p); });
  d.onNotification<DidSaveTextDocumentParams>("textDocument/didSave",
                                              [this](const DidSaveTextDocumentParams& p) { didSave(p); });
  d.onAsyncRequest<DocumentDiagnosticParams, PulledDiagnostics>(
      "textDocument/diagnostic",
      [this](const DocumentDiagnosticParams& p, TypedReply<PulledDiagnostics> r) { pullDiagnostics(p, std::move(r)); });
  d.onAsyncRequest<CodeActionParams, std::vector<CodeAction>>(
      "textDocument/codeAction",
      [this](const CodeActionParams& p, TypedReply<std::vector<CodeAction>> r) { codeAction(p, std::move(r)); });
  d.onAsyncRequest<HoverParams, std::optional<Hover>>(
      "textDocument/hover",
      [this](const HoverParams& p, TypedReply<std::optional<Hover>> r) { hover(p, std::move(r)); });
  d.onAsyncRequest<WorkspaceDiagnosticParams, WorkspaceReport>(
      "workspace/diagnostic", [this](const WorkspaceDiagnosticParams& p, TypedReply<WorkspaceReport> r) {
        workspaceDiagnostic(p, std::move(r));
      });
  d.onRequest<ExecuteCommandParams>("workspace/executeCommand",
                                    [this](const ExecuteCommandParams& p) { executeCommand(p); });
  d.onNotification<DidChangeConfigurationParams>(
      "workspace/didChangeConfiguration", [this](const DidChangeConfigurationParams& p) { didChangeConfiguration(p); });
  d.onNotification<DidChangeWorkspaceFoldersParams>(
      "workspace/didChangeWorkspaceFolders",
      [this](const DidChangeWorkspaceFoldersParams& p) { didChangeWorkspaceFolders(p); });
  d.onNotification<DidChangeWatchedFilesParams>(
      "workspace/didChangeWatchedFiles", [this](const DidChangeWatchedFilesParams& p) { didChangeWatchedFiles(p); });
}

protocol::InitializeResult LspServer::initialize(const protocol::InitializeParams& params) {
  for (const std::string& offered : protocol::positionEncodings(params))
    if (offered == protocol::position_encoding::Utf8) encoding_ = Encoding::Utf8;
  const json& caps = params.capabilities;
  client_.document_changes = protocol::capabilityEnabled(caps, "workspace.workspaceEdit.documentChanges");
  client_.configuration = protocol::capabilityEnabled(caps, "workspace.configuration");
  client_.watched_files_registration =
      protocol::capabilityEnabled(caps, "workspace.didChangeWatchedFiles.dynamicRegistration");
  client_.pull_diagnostics = protocol::findCapability(caps, "textDocument.diagnostic") != nullptr;
  client_.diagnostic_refresh = protocol::capabilityEnabled(caps, "workspace.diagnostics.refreshSupport");
  if (params.trace) trace_ = *params.trace;

  workspace_.setRoot(rootFrom(params));
  folders_ = foldersFrom(params, workspace_.root());
  logger_.info("initialize: client {} {}, root '{}', position encoding {}",
               params.clientInfo ? params.clientInfo->name : "(unnamed)",
               params.clientInfo ? params.clientInfo->version.value_or("") : "", workspace_.root(),
               encodingName(encoding_));
  if (!params.initializationOptions.is_null()) applySettings(params.initializationOptions, "initializationOptions");
  checks_->setPush(diagnostic_mode_ == "push" || diagnostic_mode_ == "both" ||
                   (diagnostic_mode_ == "auto" && !client_.pull_diagnostics));
  phase_ = Phase::Running;
  if (params.processId) watchParent(*params.processId);

  protocol::ServerCapabilities capabilities;
  capabilities.positionEncoding = encodingName(encoding_);
  capabilities.textDocumentSync = protocol::TextDocumentSyncOptions{true, protocol::TextDocumentSyncKind::Incremental,
                                                                    protocol::SaveOptions{false}};
  capabilities.hoverProvider = true;
  capabilities.codeActionProvider = protocol::CodeActionOptions{{"quickfix", kFixAllKind}, false};
  capabilities.diagnosticProvider = protocol::DiagnosticOptions{std::string("copydesk"), false, true};
  capabilities.executeCommands = std::vector<std::string>{kAddToDictionaryCommand};
  capabilities.workspaceFolders = true;  // folders come and go: didChangeWorkspaceFolders
  return protocol::InitializeResult{capabilities, protocol::ServerInfo{"copydesk", options_.version}};
}

void LspServer::initialized() {
  // Warnings and errors reach the user's log panel from now on.
  logger_.setForward([this](LogLevel level, std::string_view message) {
    notify("window/logMessage", protocol::LogMessageParams{level == LogLevel::Error ? protocol::MessageType::Error
                                                                                    : protocol::MessageType::Warning,
                                                           std::string(message)});
  });
  if (client_.watched_files_registration) {
    request("client/registerCapability", watchedFilesRegistration(), [this](const protocol::Response& response) {
      if (response.error) logger_.warn("the client refused to watch files: {}", response.error->message);
    });
  }
  if (client_.configuration) pullConfiguration();
  workspace_.loadRootConfig();
  flushWorkspaceReports();
}

void LspServer::watchParent(std::int32_t pid) {
  if (pid <= 0) return;
  scheduler_->every(options_.parent_poll, [this, pid] {
    if (::kill(pid, 0) != 0 && errno == ESRCH) {
      logger_.warn("the editor process {} is gone: exiting", pid);
      finish(1);
    }
  });
}

}  // namespace copydesk::server
