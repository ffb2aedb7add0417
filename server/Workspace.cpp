#include "server/Workspace.h"

#include <chrono>
#include <filesystem>

#include "config/ConfigLoader.h"
#include "io/AtomicFile.h"
#include "registry/Registry.h"

namespace copydesk::server {

namespace fs = std::filesystem;

namespace {

std::string folderOf(const std::string& path) {
  std::error_code ec;
  const fs::path p = fs::absolute(fs::path(path), ec).lexically_normal();
  if (fs::is_directory(p, ec)) return p.string();
  return p.parent_path().string();
}

// Of two configuration files that both apply to a folder (either may be
// empty), the nearer one: the one in the deeper folder.
std::string nearer(const std::string& a, const std::string& b) {
  if (a.empty()) return b;
  if (b.empty()) return a;
  return fs::path(b).parent_path().string().size() > fs::path(a).parent_path().string().size() ? b : a;
}

// A result for a document that was not checked: one finding at its start.
std::shared_ptr<const CheckResult> resultWithOneFinding(const CheckInput& input, std::string rule_id, Severity severity,
                                                        std::string message) {
  auto result = std::make_shared<CheckResult>();
  result->uri = input.uri;
  result->version = input.version;
  result->generation = input.generation;
  result->setup = input.setup;
  result->document = Document::create(input.path, std::string(), input.format, input.version);
  Finding finding;
  finding.rule_id = std::move(rule_id);
  finding.severity = severity;
  finding.message = std::move(message);
  result->findings.push_back(std::move(finding));
  return result;
}

bool sameErrors(const std::vector<ConfigError>& a, const std::vector<ConfigError>& b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i)
    if (a[i].format() != b[i].format()) return false;
  return true;
}

}  // namespace

const Rule* CheckResult::rule(std::string_view rule_id) const {
  if (setup) {
    for (const EnabledRule& enabled : setup->rules.rules.rules)
      if (enabled.rule->info().id == rule_id) return enabled.rule;
    if (setup->config)
      if (const Rule* custom = setup->config->findCustomRule(rule_id)) return custom;
  }
  return findBuiltinRule(rule_id);
}

const RuleInfo* CheckResult::ruleInfo(std::string_view rule_id) const {
  const Rule* found = rule(rule_id);
  return found ? &found->info() : nullptr;
}

namespace {

CheckSetupOptions setupOptions(const WorkspaceOptions& options) {
  CheckSetupOptions out;
  out.spelling = options.spelling;
  out.spelling_suggestions = false;  // computed when a code action asks (CodeActions.cpp)
  return out;
}

}  // namespace

Workspace::Workspace(WorkspaceOptions options) : options_(std::move(options)), setups_(setupOptions(options_)) {
  // Most documents are in the base language: opening its dictionary now lets
  // hunspell load in the background while the editor is still starting up.
  // A failure is left to be reported by the first document that needs it.
  setups_.preloadSpellChecker();
}

void Workspace::setRoot(std::string root) {
  options_.root = std::move(root);
  invalidate();
}

std::vector<ConfigError> Workspace::setEditorSettings(const nlohmann::json& settings, const std::string& folder) {
  if (settings.is_null() || (settings.is_object() && settings.empty())) {
    if (editor_.erase(folder) > 0) invalidate();
    return {};
  }
  const std::string& base = folder.empty() ? options_.root : folder;
  ConfigParseResult parsed = parseConfigJson(settings, "editor settings", base.empty() ? "." : base);
  if (!parsed.ok()) return parsed.errors;
  editor_[folder] = EditorSettings{std::make_shared<const Config>(std::move(parsed.config)), settings};
  invalidate();
  return {};
}

bool Workspace::dropFolderSettings(const std::string& folder) {
  if (folder.empty() || editor_.erase(folder) == 0) return false;
  invalidate();
  return true;
}

void Workspace::invalidate() {
  ++generation_;
  found_.clear();
  effective_.clear();
  setups_.invalidate();
}

const Workspace::FolderSetup& Workspace::folderSetup(const std::string& path) {
  const std::string folder = folderOf(path);
  const auto it = found_.find(folder);
  if (it != found_.end()) return it->second;
  return found_[folder] = FolderSetup{nearer(findConfigFile(folder), keptMissingConfig(folder)), scopeOf(folder)};
}

std::string Workspace::scopeOf(const std::string& folder) const {
  std::string deepest;
  for (const auto& [scope, settings] : editor_)
    if (!scope.empty() && scope.size() > deepest.size() && io::isInsideFolder(scope, folder)) deepest = scope;
  return deepest;
}

std::string Workspace::keptMissingConfig(const std::string& folder) const {
  std::string nearest;
  std::error_code ec;
  for (const auto& [config_path, loaded] : loaded_) {
    if (!loaded.good || fs::is_regular_file(config_path, ec)) continue;  // found the usual way
    if (io::isInsideFolder(fs::path(config_path).parent_path().string(), folder))
      nearest = nearer(nearest, config_path);
  }
  return nearest;
}

void Workspace::noteErrors(const std::string& path, const std::vector<ConfigError>& errors) {
  auto it = reported_.find(path);
  const std::vector<ConfigError> none;
  const std::vector<ConfigError>& told = it == reported_.end() ? none : it->second;
  if (sameErrors(told, errors)) return;
  reports_.push_back({path, errors});
  if (errors.empty()) reported_.erase(path);
  else reported_[path] = errors;
}

const Workspace::LoadedConfig& Workspace::loadConfig(const std::string& config_path) {
  const auto it = loaded_.find(config_path);
  if (it != loaded_.end()) return it->second;
  ConfigParseResult result = loadConfigFile(config_path);
  LoadedConfig& entry = loaded_[config_path];
  if (result.ok()) {
    entry.good = std::make_shared<const Config>(std::move(result.config));
  } else {
    entry.errors = std::move(result.errors);
  }
  noteErrors(config_path, entry.errors);
  return entry;
}

void Workspace::loadRootConfig() {
  if (options_.root.empty()) return;
  const std::string path = (fs::path(options_.root) / std::string(kConfigFileName)).string();
  std::error_code ec;
  if (fs::is_regular_file(path, ec)) loadConfig(path);
}

std::shared_ptr<const Config> Workspace::effectiveConfig(const FolderSetup& folder) {
  const std::string key = folder.config_path + '\n' + folder.scope;
  const auto it = effective_.find(key);
  if (it != effective_.end()) return it->second;
  std::shared_ptr<const Config> file;
  if (!folder.config_path.empty()) file = loadConfig(folder.config_path).good;
  std::shared_ptr<const Config> editor;
  if (const auto settings = editor_.find(folder.scope); settings != editor_.end()) editor = settings->second.config;
  std::shared_ptr<const Config> out;
  if (file && editor) {
    Config merged = mergeConfig(*file, *editor);
    merged.path = file->path;
    merged.base_dir = file->base_dir;
    out = std::make_shared<const Config>(std::move(merged));
  } else if (file) {
    out = file;
  } else if (editor) {
    out = editor;
  } else {
    Config defaults;
    defaults.base_dir = options_.root;
    out = std::make_shared<const Config>(std::move(defaults));
  }
  return effective_[key] = out;
}

std::shared_ptr<const CheckSetup> Workspace::setupFor(const std::string& path) {
  return setups_.setupFor(path, effectiveConfig(folderSetup(path)));
}

std::shared_ptr<const CheckResult> Workspace::failedCheck(const CheckInput& input, std::string_view why) {
  return resultWithOneFinding(input, "internal-error", Severity::Error,
                              "copydesk failed to check this document (" + std::string(why) +
                                  "); please report it with the document that causes it");
}

std::shared_ptr<const CheckResult> Workspace::notChecked(const CheckInput& input, std::string message) {
  return resultWithOneFinding(input, "file-not-checked", Severity::Warning, std::move(message));
}

std::shared_ptr<const CheckResult> Workspace::check(const CheckInput& input, const std::atomic<bool>* cancelled) {
  if (cancelled && cancelled->load(std::memory_order_relaxed)) return nullptr;
  const auto started = std::chrono::steady_clock::now();
  if (input.too_large)
    return resultWithOneFinding(input, "file-too-large", Severity::Warning,
                                "file too large, not checked (" + std::to_string(input.too_large) +
                                    " bytes; the limit is " + std::to_string(input.max_file_size) +
                                    " bytes, see the maxFileSize setting)");
  auto result = std::make_shared<CheckResult>();
  result->uri = input.uri;
  result->version = input.version;
  result->generation = input.generation;
  result->setup = input.setup;
  if (input.session) {
    DocumentSession::Checked checked =
        input.session->check(input.path, input.text, input.history, input.format, input.version,
                             input.setup->rules.rules, input.setup->services, input.generation);
    result->document = std::move(checked.document);
    result->findings = std::move(checked.findings);
  } else {
    result->document = Document::create(input.path, input.text, input.format, input.version);
    result->findings = checkDocument(*result->document, input.setup->rules.rules, input.setup->services);
  }
  result->milliseconds = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started).count();
  return result;
}

std::vector<ConfigReport> Workspace::takeConfigReports() { return std::exchange(reports_, {}); }

std::vector<std::string> Workspace::takeWarnings() {
  std::vector<std::string> warnings;
  for (const SetupProblem& problem : setups_.takeProblems())
    warnings.push_back(problem.level == SetupProblem::Level::Error ? "spelling is off: " + problem.message
                                                                   : problem.message);
  return warnings;
}

void Workspace::configFileChanged(const std::string& path) {
  std::shared_ptr<const Config> previous;
  if (const auto it = loaded_.find(path); it != loaded_.end()) previous = it->second.good;
  loaded_.erase(path);
  invalidate();
  std::error_code ec;
  if (!previous && !fs::exists(path, ec)) {
    noteErrors(path, {});  // a broken file deleted: nothing left to complain about
    return;
  }
  // Reload at once, keeping the last good version when the new one is broken,
  // unreadable or deleted (folderSetup still finds it).
  ConfigParseResult result = loadConfigFile(path);
  LoadedConfig& entry = loaded_[path];
  if (result.ok()) {
    entry.good = std::make_shared<const Config>(std::move(result.config));
  } else {
    entry.good = std::move(previous);
    entry.errors = std::move(result.errors);
  }
  noteErrors(path, entry.errors);
}

void Workspace::dictionaryChanged() { invalidate(); }

void Workspace::spellingDictionaryChanged() {
  setups_.forgetSpellCheckers();
  invalidate();
}

void Workspace::claimsChanged() { invalidate(); }

bool Workspace::valeStylesChanged() {
  // Vale styles are read while a configuration is parsed ("vale" key), so the
  // configurations and the editor settings are read again; one without a
  // "vale" key parses to what it was.
  std::vector<std::string> paths;
  for (const auto& [path, entry] : loaded_)
    if (entry.good) paths.push_back(path);
  for (const std::string& path : paths) configFileChanged(path);
  const std::map<std::string, EditorSettings> settings = editor_;
  for (const auto& [scope, entry] : settings) setEditorSettings(entry.raw, scope);
  return !paths.empty() || !settings.empty();
}

std::string Workspace::dictionaryFor(const std::string& document_path) const {
  const fs::path root = options_.root.empty() ? fs::path(folderOf(document_path)) : fs::path(options_.root);
  WordList unused;
  const std::string nearest = loadWorkspaceDictionary(document_path, unused);
  if (!nearest.empty() && io::isInsideFolder(root.string(), nearest)) return nearest;
  return (root / ".copydesk" / "dictionary.txt").string();
}

bool Workspace::addToDictionary(const std::string& document_path, std::string_view word, bool user,
                                std::string& written, std::string& error) {
  if (word.empty() || word.find_first_of("\r\n") != std::string_view::npos) {
    error = "not a word: '" + std::string(word) + "'";
    return false;
  }
  io::AtomicWriteOptions options;
  options.create_parent_folders = true;
  if (user) {
    written = userDictionaryPath();
    if (written.empty()) {
      error = "no user dictionary: neither XDG_CONFIG_HOME nor HOME is set";
      return false;
    }
    options.root = fs::path(written).parent_path().parent_path().string();  // the configuration folder
  } else {
    written = dictionaryFor(document_path);
    options.root = options_.root.empty() ? folderOf(document_path) : options_.root;
  }
  if (!io::appendLineAtomically(written, word, error, options)) return false;
  dictionaryChanged();
  return true;
}

}  // namespace copydesk::server
