#include "cli/FileSetups.h"

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
    : config_path_(options.config_path), provider_(providerOptions(options)) {}

std::shared_ptr<const CheckSetup> FileSetups::prepare(const std::string& file, std::vector<std::string>& errors) {
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
  const std::shared_ptr<const Config> config =
      loaded ? std::shared_ptr<const Config>(loaded, &loaded->config) : defaults_;
  std::shared_ptr<const CheckSetup> setup = provider_.setupFor(file, config);
  for (SetupProblem& problem : provider_.takeProblems()) {
    if (problem.level == SetupProblem::Level::Error) errors.push_back(std::move(problem.message));
    else warnings_.push_back(std::move(problem.message));
  }
  if (!setup->spelling) return nullptr;  // the check needs its spell checker
  return setup;
}

}  // namespace copydesk::cli
