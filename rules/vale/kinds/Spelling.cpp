// spelling: words that no Hunspell dictionary of the rule knows.
#include <hunspell/hunspell.hxx>

#include <filesystem>
#include <fstream>
#include <mutex>
#include <set>

#include "text/Utf.h"
#include "vale/support/Kinds.h"

namespace copydesk::vale::kinds {

namespace {

namespace fs = std::filesystem;

// Words Vale's built-in filters skip: with digits, all capitals, or code-like.
const char* const kDefaultFilters[] = {"[0-9]", "^[A-Z]+s?$", "[._@/\\\\]", "^[A-Z][a-z]+[A-Z]\\w*$"};

class Dictionaries {
 public:
  void add(const fs::path& aff, const fs::path& dic) {
    spellers_.push_back(std::make_unique<Hunspell>(aff.string().c_str(), dic.string().c_str()));
  }
  bool empty() const { return spellers_.empty(); }
  bool known(const std::string& word) const {
    std::lock_guard lock(mutex_);
    for (const auto& speller : spellers_)
      if (speller->spell(word)) return true;
    return false;
  }
  std::vector<std::string> suggest(const std::string& word) const {
    std::lock_guard lock(mutex_);
    return spellers_.empty() ? std::vector<std::string>() : spellers_.front()->suggest(word);
  }

 private:
  mutable std::mutex mutex_;  // Hunspell is not thread-safe
  std::vector<std::unique_ptr<Hunspell>> spellers_;
};

// The folders where a dictionary named `name` may be.
std::vector<fs::path> dictionaryFolders(const RuleDefinition& rule) {
  std::vector<fs::path> folders;
  if (!rule.dicpath.empty()) folders.push_back(fs::path(rule.styles_path) / rule.dicpath);
  folders.push_back(fs::path(rule.styles_path) / "config" / "dictionaries");
  folders.push_back("/usr/share/hunspell");
  return folders;
}

bool findDictionary(const RuleDefinition& rule, const std::string& name, Dictionaries& out) {
  std::error_code ec;
  for (const fs::path& folder : dictionaryFolders(rule)) {
    const fs::path aff = folder / (name + ".aff");
    const fs::path dic = folder / (name + ".dic");
    if (fs::is_regular_file(aff, ec) && fs::is_regular_file(dic, ec)) {
      out.add(aff, dic);
      return true;
    }
  }
  return false;
}

void readWordList(const fs::path& path, std::set<std::string, std::less<>>& words) {
  std::ifstream in(path);
  std::string line;
  while (std::getline(in, line)) {
    while (!line.empty() && (line.back() == '\r' || line.back() == ' ')) line.pop_back();
    if (!line.empty() && line[0] != '#') words.insert(line);
  }
}

bool wordByte(std::string_view text, std::size_t i) {
  const unsigned char c = static_cast<unsigned char>(text[i]);
  if (c >= 0x80 || std::isalnum(c)) return true;
  const bool joiner = c == '\'' || c == '-' || c == '.' || c == '_' || c == '@' || c == '/';
  return joiner && i + 1 < text.size() && (std::isalnum(static_cast<unsigned char>(text[i + 1])) || text[i + 1] < 0);
}

class SpellingCheck final : public Check {
 public:
  SpellingCheck(const RuleDefinition& rule, std::unique_ptr<Dictionaries> dictionaries,
                std::vector<std::shared_ptr<const Pattern>> filters, std::set<std::string, std::less<>> ignored)
      : rule_(rule), dictionaries_(std::move(dictionaries)), filters_(std::move(filters)), ignored_(std::move(ignored)),
        scopes_(parseScopes(rule.scopes)) {}

  bool blockLocal() const override { return true; }

  void run(const CheckInput& input, std::vector<Hit>& hits, CheckNotes&) const override {
    for (const ViewBlock* block : detail::blocksInScope(input.view, scopes_)) {
      const std::string_view text = block->text;
      std::size_t i = 0;
      while (i < text.size()) {
        if (!wordByte(text, i) || text[i] == '\'' || text[i] == '-') {
          ++i;
          continue;
        }
        const std::size_t begin = i;
        while (i < text.size() && wordByte(text, i)) ++i;
        const std::string_view word = text.substr(begin, i - begin);
        if (misspelled(word, input.vocab)) emit(*block, begin, i, word, hits);
      }
    }
  }

 private:
  bool misspelled(std::string_view word, const Vocabulary* vocab) const {
    if (word.find('*') != std::string_view::npos) return false;
    bool has_letter = false;
    for (std::size_t i = 0; i < word.size();) {
      const utf::Decoded d = utf::decode(word, i);
      has_letter = has_letter || utf::isLetter(d.code_point);
      i += d.length;
    }
    if (!has_letter) return false;
    for (const auto& filter : filters_)
      if (filter->contains(word)) return false;
    if (ignored_.count(word) || ignored_.count(utf::toLower(word))) return false;
    if (vocab && vocab->accepted) {
      PatternMatch m;
      if (vocab->accepted->search(word, 0, m) == SearchResult::Found && m.begin() == 0 && m.end() == word.size())
        return false;
    }
    return !dictionaries_->known(std::string(word));
  }

  void emit(const ViewBlock& block, std::size_t begin, std::size_t end, std::string_view word,
            std::vector<Hit>& hits) const {
    Hit hit;
    hit.span = block.sourceSpan(begin, end);
    hit.message = detail::formatMessage(rule_.message, {std::string(word)});
    if (rule_.action && rule_.action->name == "suggest")
      hit.fixes = detail::actionFixes(RuleDefinition{}, hit.span, word, dictionaries_->suggest(std::string(word)));
    hits.push_back(std::move(hit));
  }

  RuleDefinition rule_;
  std::unique_ptr<Dictionaries> dictionaries_;
  std::vector<std::shared_ptr<const Pattern>> filters_;
  std::set<std::string, std::less<>> ignored_;
  std::vector<ScopeSelector> scopes_;
};

}  // namespace

std::unique_ptr<Check> spelling(const RuleDefinition& rule, std::string& error) {
  auto dictionaries = std::make_unique<Dictionaries>();
  std::vector<std::string> names = rule.dictionaries;
  if (names.empty() || rule.append) names.insert(names.begin(), "en_US-web");
  for (const std::string& name : names)
    if (!findDictionary(rule, name, *dictionaries) && name == "en_US-web") findDictionary(rule, "en_US", *dictionaries);
  if (dictionaries->empty()) {
    error = rule.file + ": " + rule.name + ": no Hunspell dictionary found (looked for " + names.front() +
            " in dicpath, StylesPath/config/dictionaries and /usr/share/hunspell)";
    return nullptr;
  }
  std::vector<std::shared_ptr<const Pattern>> filters;
  std::vector<std::string> sources = rule.filters;
  if (!rule.custom) sources.insert(sources.end(), std::begin(kDefaultFilters), std::end(kDefaultFilters));
  for (const std::string& source : sources) {
    auto filter = detail::compileOrError(source, rule, error);
    if (!filter) return nullptr;
    filters.push_back(std::move(filter));
  }
  std::set<std::string, std::less<>> ignored;
  // Word lists are named relative to StylesPath or to StylesPath/config/ignore.
  std::error_code ec;
  for (const std::string& file : rule.ignore) {
    const fs::path direct = fs::path(rule.styles_path) / file;
    readWordList(fs::is_regular_file(direct, ec) ? direct : fs::path(rule.styles_path) / "config" / "ignore" / file,
                 ignored);
  }
  return std::make_unique<SpellingCheck>(rule, std::move(dictionaries), std::move(filters), std::move(ignored));
}

}  // namespace copydesk::vale::kinds
