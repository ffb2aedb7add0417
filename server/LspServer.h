#pragma once
// The protocol side of the language server (clangd's ClangdLSPServer): binds
// LSP methods to the Workspace engine facade, negotiates capabilities and the
// position encoding, answers every request exactly once (the Dispatcher
// guarantees it) and refuses requests before `initialize` (-32002).
//
//   LspServer.cpp         lifecycle, capabilities, message loop, exit
//   LspServerText.cpp     text sync, pushed and pulled diagnostics
//   LspServerFeatures.cpp code actions, hover, commands
//   LspServerConfig.cpp   settings, workspace/configuration, watched files,
//                         config-file diagnostics
//
// Handlers are bound with their typed params and results (Dispatcher's
// onRequest<Params> etc.): none reads or builds JSON itself.
//
// Threading: in asynchronous mode every message is handled on `executor` (a
// single-threaded io_context: the main strand that owns all state); checks run
// on a thread pool (Scheduler). In synchronous mode (tests, fuzzing,
// benchmarks) messages are handled inline on the caller's thread, checks run
// inline and there is no debounce, so a conversation is deterministic.
#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>

#include <boost/asio/any_io_executor.hpp>

#include "protocol/Dispatcher.h"
#include "protocol/LspTypes.h"
#include "protocol/Transport.h"
#include "server/DocumentChecks.h"
#include "server/DocumentStore.h"
#include "server/Logger.h"
#include "server/LspConvert.h"
#include "server/Scheduler.h"
#include "server/Workspace.h"
#include "server/WorkspaceDiagnostics.h"

namespace copydesk::server {

struct ServerOptions {
  bool synchronous = false;
  std::chrono::milliseconds debounce{150};  // push only; also settable by the client ("debounceMs")
  unsigned threads = 2;                     // check workers (asynchronous mode)
  std::string version = "0.0.0";
  // The rule documentation's URL ("{rule}" replaced by the id) when the editor
  // settings give no docsUrl; empty: no codeDescription.
  std::string docs_url;
  SpellingOptions spelling;  // base spelling options (dictionary folders)
  std::chrono::milliseconds parent_poll{2000};
  // Test hook: runs on the worker before each check (may block to hold a check back).
  std::function<void(const std::string& uri, std::int64_t version)> before_check;
};

class LspServer {
 public:
  // `executor` is required in asynchronous mode and ignored in synchronous mode.
  LspServer(protocol::Transport& transport, Logger& logger, ServerOptions options,
            std::optional<boost::asio::any_io_executor> executor = std::nullopt);
  ~LspServer();
  LspServer(const LspServer&) = delete;
  LspServer& operator=(const LspServer&) = delete;

  // Starts reading from the transport.
  void start();
  // Called once when the session ends: after `exit` (status 0 when `shutdown`
  // came first, else 1), when the input closes, or when the editor process
  // named in initialize is gone.
  void setOnExit(std::function<void(int status)> on_exit) { on_exit_ = std::move(on_exit); }
  bool exited() const { return exit_status_.has_value(); }
  int exitStatus() const { return exit_status_.value_or(1); }

  Encoding encoding() const { return encoding_; }
  const DocumentStore& documents() const { return store_; }
  const DocumentChecks& checks() const { return *checks_; }

  // Handles one message body on the current thread (synchronous mode).
  void handleMessage(std::string_view body);

 private:
  enum class Phase { Uninitialized, Running, ShutDown };

  void bind();
  void send(const protocol::json& message);
  void sendText(std::string body);  // a message's compact JSON text
  // A notification whose params are written through their field list.
  template <class Params>
  void notify(std::string_view method, const Params& params, std::size_t expected_bytes = 0) {
    sendText(protocol::serializeNotification(method, protocol::toJsonText(params, expected_bytes)));
  }
  void request(std::string_view method, protocol::json params,
               std::function<void(const protocol::Response&)> on_response);
  void showMessage(protocol::MessageType type, const std::string& message);
  void finish(int status);
  // Trims the allocator once no check has finished for a moment (MemoryRelease.h).
  void releaseMemoryWhenIdle();

  // Lifecycle (LspServer.cpp)
  protocol::InitializeResult initialize(const protocol::InitializeParams& params);
  void initialized();
  void watchParent(std::int32_t pid);

  // Text and diagnostics (LspServerText.cpp)
  void didOpen(protocol::DidOpenTextDocumentParams params);
  void didChange(const protocol::DidChangeTextDocumentParams& params);
  void didClose(const protocol::DidCloseTextDocumentParams& params);
  void didSave(const protocol::DidSaveTextDocumentParams& params);
  void publish(const CheckResult& result);
  void pullDiagnostics(const protocol::DocumentDiagnosticParams& params, protocol::TypedReply<PulledDiagnostics> reply);

  // Features (LspServerFeatures.cpp)
  void codeAction(const protocol::CodeActionParams& params,
                  protocol::TypedReply<std::vector<protocol::CodeAction>> reply);
  void hover(const protocol::HoverParams& params, protocol::TypedReply<std::optional<protocol::Hover>> reply);
  void executeCommand(const protocol::ExecuteCommandParams& params);

  // The whole workspace (LspServerWorkspace.cpp)
  struct WorkspacePull;
  void workspaceDiagnostic(const protocol::WorkspaceDiagnosticParams& params,
                           protocol::TypedReply<WorkspaceReport> reply);
  void continueWorkspacePull(const std::shared_ptr<WorkspacePull>& pull);
  void progress(const protocol::ProgressToken& token, protocol::json value);

  // Configuration (LspServerConfig.cpp)
  // Applies the "copydesk" section of `settings` workspace-wide, or to the
  // files of one workspace `folder`; false when nothing changed (no section,
  // or errors, which are shown to the user).
  bool applySettings(const protocol::json& settings, std::string_view source, const std::string& folder = {});
  // Asks for the workspace-wide settings and those of each workspace folder.
  void pullConfiguration();
  void didChangeConfiguration(const protocol::DidChangeConfigurationParams& params);
  void didChangeWorkspaceFolders(const protocol::DidChangeWorkspaceFoldersParams& params);
  void didChangeWatchedFiles(const protocol::DidChangeWatchedFilesParams& params);
  bool fileEvent(const std::string& path);
  void configurationChanged();
  void flushWorkspaceReports();

  protocol::Transport& transport_;
  Logger& logger_;
  ServerOptions options_;
  std::unique_ptr<Scheduler> scheduler_;
  protocol::Dispatcher dispatcher_;
  Workspace workspace_;
  DocumentStore store_;
  std::unique_ptr<DocumentChecks> checks_;

  Phase phase_ = Phase::Uninitialized;
  Encoding encoding_ = Encoding::Utf16;
  std::optional<int> exit_status_;
  std::function<void(int)> on_exit_;
  std::vector<std::string> folders_;  // the workspace folders' paths (the root when the client named none)
  std::string trace_ = "off";
  std::string docs_url_;
  std::string diagnostic_mode_ = "auto";  // auto | push | pull | both
  struct ClientSupport {
    bool document_changes = false;
    bool configuration = false;
    bool watched_files_registration = false;
    bool pull_diagnostics = false;
    bool diagnostic_refresh = false;
  } client_;
};

}  // namespace copydesk::server
