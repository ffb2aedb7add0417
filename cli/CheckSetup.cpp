#include "cli/CheckSetup.h"

namespace copydesk::cli {

bool CheckSetup::prepare(const std::string& file, FileSetup& out, std::vector<std::string>& errors) {
  const auto loaded = configs_.forFile(file, options_.config_path);
  if (loaded && !loaded->ok()) {
    if (reported_.insert(loaded->config.path).second)
      for (const ConfigError& error : loaded->errors) errors.push_back(error.format());
    return false;
  }
  const Config& config = loaded ? loaded->config : defaults_;
  out.services.spelling = spellChecker(config, errors);
  if (!out.services.spelling) return false;
  out.services.accepted_words = acceptedWords(file, config);
  applyDateSettings(config, options_.as_of, out.services);
  out.rules = rulesFor(loaded, config, file);
  return true;
}

ResolvedRules CheckSetup::rulesFor(const std::shared_ptr<const ConfigParseResult>& loaded,
                                          const Config& config, const std::string& file) {
  if (!config.overrides.empty()) return resolveRules(config, file);
  auto it = rules_by_config_.find(loaded);
  if (it == rules_by_config_.end()) it = rules_by_config_.emplace(loaded, resolveRules(config, file)).first;
  return it->second;
}

const SpellChecker* CheckSetup::spellChecker(const Config& config, std::vector<std::string>& errors) {
  SpellingOptions spelling = options_.spelling;  // runCheck sets one hunspell instance per worker
  spelling.language = options_.language.value_or(config.spelling.language.value_or(spelling.language));
  spelling.extra_dictionaries.insert(spelling.extra_dictionaries.begin(), config.spelling.dictionaries.begin(),
                                     config.spelling.dictionaries.end());
  const std::string key = spellCheckerKey(spelling);
  auto it = spell_checkers_.find(key);
  if (it == spell_checkers_.end()) {
    std::string error;
    it = spell_checkers_.emplace(key, SpellChecker::open(spelling, error)).first;
    if (it->second) warnings_.insert(warnings_.end(), it->second->warnings().begin(), it->second->warnings().end());
    else errors.push_back(error);
  }
  return it->second.get();
}

const WordList* CheckSetup::acceptedWords(const std::string& file, const Config& config) {
  WordList words;
  const std::string dictionary = loadWorkspaceDictionary(file, words);
  if (dictionary.empty() && config.spelling.words.empty()) return nullptr;
  auto [it, inserted] = word_lists_.try_emplace(config.path + "\n" + dictionary);
  if (inserted) {
    it->second = std::make_unique<WordList>(std::move(words));
    for (const std::string& word : config.spelling.words) it->second->add(word);
  }
  return it->second.get();
}

}  // namespace copydesk::cli
