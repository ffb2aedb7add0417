#include "setup/CheckSetup.h"

#include <cstdlib>
#include <filesystem>

namespace copydesk {

namespace {

// The folder whose workspace dictionary applies to `path` (`path` itself when it is a folder).
std::string folderOf(const std::string& path) {
  namespace fs = std::filesystem;
  std::error_code ec;
  const fs::path p = fs::absolute(fs::path(path), ec).lexically_normal();
  if (fs::is_directory(p, ec)) return p.string();
  return p.parent_path().string();
}

}  // namespace

std::string userDictionaryPath() {
  namespace fs = std::filesystem;
  const char* xdg = std::getenv("XDG_CONFIG_HOME");
  fs::path base;
  if (xdg && fs::path(xdg).is_absolute()) {
    base = xdg;
  } else if (const char* home = std::getenv("HOME"); home && *home) {
    base = fs::path(home) / ".config";
  } else {
    return {};
  }
  return (base / "copydesk" / "dictionary.txt").string();
}

void CheckSetupProvider::report(SetupProblem::Level level, std::string message) {
  if (!reported_.insert(message).second) return;
  problems_.push_back({level, std::move(message)});
}

SpellingOptions CheckSetupProvider::spellingFor(const Config& config) const {
  SpellingOptions spelling = options_.spelling;
  spelling.language = options_.language.value_or(config.spelling.language.value_or(spelling.language));
  spelling.extra_dictionaries.insert(spelling.extra_dictionaries.begin(), config.spelling.dictionaries.begin(),
                                     config.spelling.dictionaries.end());
  return spelling;
}

void CheckSetupProvider::preloadSpellChecker() {
  const SpellingOptions spelling = spellingFor(Config{});
  const std::string key = spellCheckerKey(spelling);
  if (spell_checkers_.count(key)) return;
  std::string error;
  if (std::shared_ptr<const SpellChecker> checker = SpellChecker::open(spelling, error)) {
    for (const std::string& warning : checker->warnings()) report(SetupProblem::Level::Warning, warning);
    spell_checkers_[key] = std::move(checker);
  }
}

std::shared_ptr<const SpellChecker> CheckSetupProvider::spellChecker(const Config& config) {
  const SpellingOptions spelling = spellingFor(config);
  const std::string key = spellCheckerKey(spelling);
  const auto it = spell_checkers_.find(key);
  if (it != spell_checkers_.end()) return it->second;
  std::string error;
  std::shared_ptr<const SpellChecker> checker = SpellChecker::open(spelling, error);
  if (!checker) {
    report(SetupProblem::Level::Error, std::move(error));
  } else {
    for (const std::string& warning : checker->warnings()) report(SetupProblem::Level::Warning, warning);
  }
  return spell_checkers_[key] = std::move(checker);
}

std::shared_ptr<const WordList> CheckSetupProvider::acceptedWords(const std::string& file,
                                                                  const std::shared_ptr<const Config>& config) {
  const std::pair<std::string, const Config*> key{folderOf(file), config.get()};
  const auto it = words_.find(key);
  if (it != words_.end()) return it->second.words;
  if (!user_words_) {
    user_words_.emplace();
    std::string problem;
    if (const std::string path = userDictionaryPath(); !path.empty()) loadWordListFile(path, *user_words_, &problem);
    if (!problem.empty()) report(SetupProblem::Level::Warning, std::move(problem));
  }
  auto words = std::make_shared<WordList>(*user_words_);
  std::string problem;
  loadWorkspaceDictionary(file, *words, &problem);
  if (!problem.empty()) report(SetupProblem::Level::Warning, std::move(problem));
  for (const std::string& word : config->spelling.words) words->add(word);
  HeldWords& held = words_[key];
  held = HeldWords{config, std::move(words)};
  return held.words;
}

ResolvedRules CheckSetupProvider::rulesFor(const std::string& file, const std::shared_ptr<const Config>& config) {
  // Without overrides the rules do not depend on the file: resolved once per configuration.
  if (!config->overrides.empty()) return resolveRules(*config, file);
  auto it = rules_.find(config.get());
  if (it == rules_.end()) it = rules_.emplace(config.get(), HeldRules{config, resolveRules(*config, file)}).first;
  return it->second.rules;
}

std::shared_ptr<const CheckSetup> CheckSetupProvider::setupFor(const std::string& file,
                                                               const std::shared_ptr<const Config>& config) {
  const std::pair<std::string, const Config*> key{file, config.get()};
  const auto it = setups_.find(key);
  if (it != setups_.end()) return it->second;
  auto setup = std::make_shared<CheckSetup>();
  setup->config = config;
  setup->spelling = spellChecker(*config);
  setup->words = acceptedWords(file, config);
  setup->rules = rulesFor(file, config);
  setup->services.spelling = setup->spelling.get();
  setup->services.spelling_suggestions = options_.spelling_suggestions;
  setup->services.accepted_words = setup->words->size() ? setup->words.get() : nullptr;
  applyDateSettings(*config, options_.as_of, setup->services);
  return setups_[key] = std::move(setup);
}

void CheckSetupProvider::invalidate() {
  user_words_.reset();
  words_.clear();
  rules_.clear();
  setups_.clear();
}

}  // namespace copydesk
