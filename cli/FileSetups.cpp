#include "cli/FileSetups.h"

#include "cli/CacheKeys.h"

namespace copydesk::cli {

namespace {

CheckSetupOptions providerOptions(const SetupOptions& options) {
  CheckSetupOptions out;
  out.spelling = options.spelling;
  out.language = options.language;
  out.as_of = options.as_of;
  return out;
}

}  // namespace

FileSetups::FileSetups(const SetupOptions& options)
    : options_(options),
      config_path_(options.config_path),
      release_data_(options.release_data),
      provider_(providerOptions(options)) {}

FileSetups::~FileSetups() = default;

std::shared_ptr<const Config> FileSetups::withReleaseData(const std::shared_ptr<const Config>& config) {
  auto& held = with_release_data_[config.get()];
  if (!held.second) {
    const nlohmann::json overlay = {{"facts", {{"releaseData", release_data_}}}};
    held = {config, std::make_shared<const Config>(
                        mergeConfig(*config, parseConfigJson(overlay, "--release-data", "").config))};
  }
  return held.second;
}

std::shared_ptr<const Config> FileSetups::configFor(const std::string& file, std::vector<std::string>& errors) {
  const auto loaded = configs_.forFile(file, config_path_);
  if (loaded && !loaded->ok()) {
    if (reported_.insert(loaded->config.path).second)
      for (const ConfigError& error : loaded->errors) errors.push_back(error.format());
    return nullptr;
  }
  // Vale rules skipped as unsupported: warned about once per configuration.
  if (loaded && reported_.insert(loaded->config.path).second)
    warnings_.insert(warnings_.end(), loaded->config.warnings.begin(), loaded->config.warnings.end());
  // The loaded config, kept alive by (and as long as) its parse result.
  std::shared_ptr<const Config> config = loaded ? std::shared_ptr<const Config>(loaded, &loaded->config) : defaults_;
  if (!release_data_.empty()) config = withReleaseData(config);
  return config;
}

std::optional<FileSetups::Fingerprint> FileSetups::fingerprint(const std::string& file,
                                                               std::vector<std::string>& errors) {
  const std::shared_ptr<const Config> config = configFor(file, errors);
  if (!config) return std::nullopt;
  if (!keys_) keys_ = std::make_unique<SetupKeys>(options_);
  // Without overrides, the key depends on the file only through its folder
  // (the workspace dictionary): computed once per folder and configuration.
  const std::size_t slash = file.rfind('/');
  const std::pair<std::string, const Config*> folder_key{
      config->overrides.empty() ? file.substr(0, slash == std::string::npos ? 0 : slash) : file, config.get()};
  if (const auto it = fingerprints_.find(folder_key); it != fingerprints_.end()) return it->second;
  ResolvedRules rules = provider_.rulesFor(file, config);
  const std::uint64_t rules_hash = rules.hash;
  const ResolvedRules& kept = fingerprinted_.try_emplace(rules_hash, std::move(rules)).first->second;
  return fingerprints_[folder_key] = Fingerprint{keys_->keyOf(file, *config, rules_hash), &kept.rules};
}

std::shared_ptr<const CheckSetup> FileSetups::prepare(const std::string& file, std::vector<std::string>& errors) {
  const std::shared_ptr<const Config> config = configFor(file, errors);
  if (!config) return nullptr;
  std::shared_ptr<const CheckSetup> setup = provider_.setupFor(file, config);
  for (SetupProblem& problem : provider_.takeProblems()) {
    if (problem.level == SetupProblem::Level::Error) errors.push_back(std::move(problem.message));
    else warnings_.push_back(std::move(problem.message));
  }
  if (!setup->spelling) return nullptr;  // the check needs its spell checker
  return setup;
}

}  // namespace copydesk::cli
