// Settings (initializationOptions, workspace/didChangeConfiguration,
// workspace/configuration), watched files, and config-file diagnostics.
//
// Editor settings are the "copydesk" section: the `.copydesk.json` model
// ({rules, overrides, spelling, asOf, facts, customRules}) merged over the file
// configuration, plus server-only keys that are taken out first:
//   docsUrl         base URL of the rule documentation (codeDescription.href);
//                   "{rule}" is replaced by the rule id, otherwise "#<anchor>"
//                   is appended. Without it (or empty) the server's default
//                   applies: file:// URLs of the local docs/rules pages
//                   (cli/RuleDocs.h), or no codeDescription when there are none.
//   diagnosticMode  "auto" (push unless the client supports pull diagnostics),
//                   "push", "pull" or "both"; initializationOptions only.
//   debounceMs      delay between the last keystroke and a pushed check.
//   maxFileSize     documents larger than this many bytes (default 10 MiB) are
//                   not checked; their only diagnostic is a warning "file too
//                   large, not checked" at 0:0.
#include "io/AtomicFile.h"
#include "protocol/Uri.h"
#include "server/ConfigWatcher.h"
#include "server/LspConvert.h"
#include "server/LspServer.h"

namespace copydesk::server {

using protocol::json;

namespace {

// Keys of the settings that the server takes, not the configuration.
constexpr const char* kServerKeys[] = {"docsUrl", "debounceMs", "diagnosticMode", "maxFileSize"};

// The "copydesk" section of a settings object sent by a client: settings.copydesk
// when present, else the object itself when it looks like ours.
std::optional<json> copydeskSection(const json& settings) {
  if (!settings.is_object()) return std::nullopt;
  if (const auto it = settings.find("copydesk"); it != settings.end()) return *it;
  for (const char* key : {"rules", "overrides", "spelling", "asOf", "facts", "customRules", "vale"})
    if (settings.contains(key)) return settings;
  for (const char* key : kServerKeys)
    if (settings.contains(key)) return settings;
  return std::nullopt;
}

}  // namespace

bool LspServer::applySettings(const json& raw, std::string_view source, const std::string& folder) {
  std::optional<json> section = copydeskSection(raw);
  if (!section) {
    logger_.debug("{}: no copydesk settings", source);
    return false;
  }
  if (section->is_null()) section = json::object();
  if (section->is_object() && !folder.empty()) {
    // The server's own keys are workspace-wide: a folder's copy of them is not its own.
    for (const char* key : kServerKeys) section->erase(key);
  } else if (section->is_object()) {
    if (const auto it = section->find("docsUrl"); it != section->end()) {
      docs_url_ = it->is_string() && !it->get<std::string>().empty() ? it->get<std::string>() : options_.docs_url;
      section->erase(it);
    }
    if (const auto it = section->find("diagnosticMode"); it != section->end()) {
      const std::string mode = it->is_string() ? it->get<std::string>() : "";
      if (mode == "auto" || mode == "push" || mode == "pull" || mode == "both") diagnostic_mode_ = mode;
      else logger_.warn("{}: diagnosticMode must be auto, push, pull or both", source);
      section->erase(it);
    }
    if (const auto it = section->find("debounceMs"); it != section->end()) {
      if (it->is_number_unsigned() && !options_.synchronous)
        checks_->setDebounce(std::chrono::milliseconds(std::min<std::uint64_t>(it->get<std::uint64_t>(), 10000)));
      section->erase(it);
    }
    if (const auto it = section->find("maxFileSize"); it != section->end()) {
      if (it->is_number_unsigned() && it->get<std::uint64_t>() > 0)
        checks_->setMaxFileSize(static_cast<std::size_t>(it->get<std::uint64_t>()));
      else logger_.warn("{}: maxFileSize must be a positive number of bytes", source);
      section->erase(it);
    }
  }
  const std::vector<ConfigError> errors = workspace_.setEditorSettings(*section, folder);
  if (!errors.empty()) {
    std::string message = "copydesk: " + std::string(source) + (folder.empty() ? "" : " (folder " + folder + ")") +
                          ": " + errors.front().format();
    if (errors.size() > 1) message += " (and " + std::to_string(errors.size() - 1) + " more)";
    message += "; keeping the previous settings";
    logger_.error("{}", message);
    showMessage(protocol::MessageType::Error, message);
    return false;
  }
  return true;
}

void LspServer::pullConfiguration() {
  // One item workspace-wide, then one a folder (VS Code answers each with the
  // folder's settings over the user's and the workspace's).
  protocol::ConfigurationParams params{{protocol::ConfigurationItem{std::nullopt, "copydesk"}}};
  const std::vector<std::string> folders = folders_;
  for (const std::string& folder : folders)
    params.items.push_back(protocol::ConfigurationItem{protocol::pathToFileUri(folder), "copydesk"});
  request("workspace/configuration", protocol::toJsonTree(params), [this, folders](const protocol::Response& response) {
    if (response.error || !response.result.is_array() || response.result.empty()) return;
    const json& result = response.result;
    bool changed = !result[0].is_null() && applySettings(json{{"copydesk", result[0]}}, "workspace/configuration");
    for (std::size_t i = 0; i < folders.size() && i + 1 < result.size(); ++i) {
      // A folder with nothing of its own answers what the workspace has.
      if (result[i + 1].is_null() || result[i + 1] == result[0]) {
        changed = workspace_.dropFolderSettings(folders[i]) || changed;
        continue;
      }
      changed = applySettings(json{{"copydesk", result[i + 1]}}, "workspace/configuration", folders[i]) || changed;
    }
    if (changed && phase_ == Phase::Running) configurationChanged();
  });
}

void LspServer::didChangeConfiguration(const protocol::DidChangeConfigurationParams& params) {
  if (client_.configuration) {
    pullConfiguration();  // the pushed value may be partial or null (pull model)
    return;
  }
  if (applySettings(params.settings, "workspace/didChangeConfiguration")) configurationChanged();
}

void LspServer::didChangeWorkspaceFolders(const protocol::DidChangeWorkspaceFoldersParams& params) {
  for (const protocol::WorkspaceFolder& removed : params.event.removed)
    if (const auto path = protocol::fileUriToPath(removed.uri)) {
      std::erase(folders_, *path);
      workspace_.dropFolderSettings(*path);
    }
  for (const protocol::WorkspaceFolder& added : params.event.added)
    if (const auto path = protocol::fileUriToPath(added.uri))
      if (std::find(folders_.begin(), folders_.end(), *path) == folders_.end()) folders_.push_back(*path);
  logger_.info("workspace folders changed: {} now", folders_.size());
  if (client_.configuration) pullConfiguration();
  configurationChanged();  // workspace/diagnostic reports cover the new folder list
}

void LspServer::didChangeWatchedFiles(const protocol::DidChangeWatchedFilesParams& params) {
  bool any = false;
  for (const protocol::FileEvent& event : params.changes)
    if (const auto path = protocol::fileUriToPath(event.uri)) any = fileEvent(*path) || any;
  if (any) configurationChanged();
}

bool LspServer::fileEvent(const std::string& path) {
  switch (classifyWatchedFile(path)) {
    case WatchedFile::Config:
      logger_.info("configuration changed: {}", path);
      workspace_.configFileChanged(path);
      return true;
    case WatchedFile::Dictionary:
      logger_.info("dictionary changed: {}", path);
      workspace_.dictionaryChanged();
      return true;
    case WatchedFile::SpellingDictionary:
      logger_.info("spelling dictionary changed: {}", path);
      workspace_.spellingDictionaryChanged();
      return true;
    case WatchedFile::Claims:
      logger_.info("claims changed: {}", path);
      workspace_.claimsChanged();
      return true;
    case WatchedFile::ValeStyles:
      logger_.info("Vale configuration or styles changed: {}", path);
      return workspace_.valeStylesChanged();
    case WatchedFile::None: return false;
  }
  return false;
}

void LspServer::configurationChanged() {
  flushWorkspaceReports();
  checks_->recheckAll();
  if (!checks_->pushing() && client_.diagnostic_refresh)
    request("workspace/diagnostic/refresh", nullptr, [](const protocol::Response&) {});
}

void LspServer::flushWorkspaceReports() {
  for (const ConfigReport& report : workspace_.takeConfigReports()) {
    std::string text;
    std::string unused;
    io::readWholeFile(report.path, text, unused);
    const std::string uri = protocol::pathToFileUri(report.path);
    notify("textDocument/publishDiagnostics",
           protocol::PublishDiagnosticsParams{uri, std::nullopt, configDiagnostics(report.errors, text, encoding_)});
    if (report.errors.empty()) {
      logger_.info("{} is valid again", report.path);
      continue;
    }
    std::string message = "copydesk: " + report.errors.front().format();
    if (report.errors.size() > 1) message += " (and " + std::to_string(report.errors.size() - 1) + " more)";
    message += "; using the last good configuration";
    logger_.error("{}", message);
    showMessage(protocol::MessageType::Error, message);
  }
  for (const std::string& warning : workspace_.takeWarnings()) {
    logger_.warn("{}", warning);
    showMessage(protocol::MessageType::Warning, "copydesk: " + warning);
  }
}

}  // namespace copydesk::server
