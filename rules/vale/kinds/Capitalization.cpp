// capitalization: a whole scope block ($title, $sentence, $lower, $upper or a pattern).
#include <algorithm>
#include <set>

#include "text/Utf.h"
#include "vale/support/Kinds.h"

namespace copydesk::vale::kinds {

namespace {

// Words AP and Chicago style leave in lower case inside a title.
const std::set<std::string, std::less<>> kSmallWords = {"a",  "an",  "and", "as",   "at",   "but",  "by",  "en",  "for",
                                                        "if", "in",  "nor", "of",   "on",   "or",   "per", "the", "to",
                                                        "v.", "vs.", "via", "from", "into", "with", "up",  "yet", "so"};

bool isAllUpper(std::string_view word) {
  bool letters = false;
  for (std::size_t i = 0; i < word.size();) {
    const utf::Decoded d = utf::decode(word, i);
    if (utf::isLower(d.code_point)) return false;
    letters = letters || utf::isLetter(d.code_point);
    i += d.length;
  }
  return letters;
}

bool startsLower(std::string_view word) {
  for (std::size_t i = 0; i < word.size();) {
    const utf::Decoded d = utf::decode(word, i);
    if (utf::isLetter(d.code_point)) return utf::isLower(d.code_point);
    i += d.length;
  }
  return true;  // no letter: nothing to judge
}

bool restLower(std::string_view word) {
  bool first = true;
  for (std::size_t i = 0; i < word.size();) {
    const utf::Decoded d = utf::decode(word, i);
    if (utf::isLetter(d.code_point)) {
      if (!first && utf::isUpper(d.code_point)) return false;
      first = false;
    }
    i += d.length;
  }
  return true;
}

std::vector<std::string_view> fields(std::string_view text) {
  std::vector<std::string_view> out;
  std::size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && std::isspace(static_cast<unsigned char>(text[i]))) ++i;
    const std::size_t begin = i;
    while (i < text.size() && !std::isspace(static_cast<unsigned char>(text[i]))) ++i;
    if (i > begin) out.push_back(text.substr(begin, i - begin));
  }
  return out;
}

class CapitalizationCheck final : public Check {
 public:
  CapitalizationCheck(const RuleDefinition& rule, std::shared_ptr<const Pattern> custom,
                      std::shared_ptr<const Pattern> prefix, std::shared_ptr<const Pattern> exceptions)
      : rule_(rule), custom_(std::move(custom)), prefix_(std::move(prefix)), exceptions_(std::move(exceptions)),
        scopes_(parseScopes(rule.scopes.empty() ? std::vector<std::string>{"heading"} : rule.scopes)) {}

  bool blockLocal() const override { return true; }

  void run(const CheckInput& input, std::vector<Hit>& hits, CheckNotes&) const override {
    for (const ViewBlock* block : detail::blocksInScope(input.view, scopes_)) {
      std::string text = block->text;
      if (conforms(text, input.vocab)) continue;
      Hit hit;
      hit.span = block->sourceSpan(0, block->text.size());
      hit.message = detail::formatMessage(rule_.message, {text, rule_.match});
      hits.push_back(std::move(hit));
    }
  }

 private:
  bool conforms(std::string text, const Vocabulary* vocab) const {
    if (rule_.match == "$lower") return utf::toLower(text) == text;
    if (rule_.match == "$upper") return isAllUpper(text) || text.empty();
    if (custom_) return custom_->contains(text);
    PatternMatch m;
    if (prefix_ && prefix_->search(text, 0, m) == SearchResult::Found && m.begin() == 0) text.erase(0, m.end());
    // Exceptions (and accepted vocabulary) conform whatever their case: blanked out.
    for (const Pattern* excused : {exceptions_.get(), vocab && rule_.vocab ? vocab->accepted.get() : nullptr}) {
      if (!excused) continue;
      for (const PatternMatch& e : excused->findAll(text))
        for (std::size_t i = e.begin(); i < e.end(); ++i)
          if (text[i] != ' ') text[i] = '0';
    }
    const std::vector<std::string_view> words = fields(text);
    if (words.empty()) return true;
    // A sentence-cased text starts with a capital, whatever the threshold.
    if (rule_.match == "$sentence" && !sentenceWordOk(words[0], true)) return false;
    double good = 0;
    for (std::size_t i = 0; i < words.size(); ++i) {
      const std::string_view word = words[i];
      const bool after_indicator =
          i > 0 && std::any_of(rule_.indicators.begin(), rule_.indicators.end(),
                               [&](const std::string& ind) { return words[i - 1].ends_with(ind); });
      const bool ok = rule_.match == "$title" ? titleWordOk(word, i == 0 || i + 1 == words.size())
                                              : sentenceWordOk(word, i == 0 || after_indicator);
      good += ok ? 1 : 0;
    }
    return good / static_cast<double>(words.size()) >= rule_.threshold;
  }

  static bool sentenceWordOk(std::string_view word, bool first) {
    if (isAllUpper(word) ||
        !std::any_of(word.begin(), word.end(), [](char c) { return std::isalpha(static_cast<unsigned char>(c)); }))
      return true;
    if (first) return !startsLower(word) || word.find_first_of("0123456789") != std::string_view::npos;
    return startsLower(word) && restLower(word);
  }

  bool titleWordOk(std::string_view word, bool edge) const {
    if (isAllUpper(word)) return true;
    const std::string lower = utf::toLower(word);
    if (!edge && kSmallWords.count(lower)) return startsLower(word);
    if (rule_.style == "Chicago" && !edge && lower.size() <= 3 && kSmallWords.count(lower)) return true;
    return !startsLower(word);
  }

  RuleDefinition rule_;
  std::shared_ptr<const Pattern> custom_;
  std::shared_ptr<const Pattern> prefix_;
  std::shared_ptr<const Pattern> exceptions_;
  std::vector<ScopeSelector> scopes_;
};

}  // namespace

std::unique_ptr<Check> capitalization(const RuleDefinition& rule, std::string& error) {
  static const std::set<std::string, std::less<>> kBuiltin = {"$title", "$sentence", "$lower", "$upper"};
  if (rule.match.empty()) {
    error = rule.file + ": " + rule.name + ": a capitalization rule needs 'match'";
    return nullptr;
  }
  std::shared_ptr<const Pattern> custom;
  std::shared_ptr<const Pattern> prefix;
  std::shared_ptr<const Pattern> exceptions;
  if (!kBuiltin.count(rule.match) && !(custom = detail::compileOrError(rule.match, rule, error))) return nullptr;
  if (!rule.prefix.empty() && !(prefix = detail::compileOrError(rule.prefix, rule, error))) return nullptr;
  if (!rule.exceptions.empty()) {
    std::vector<std::string> sorted = rule.exceptions;
    std::stable_sort(sorted.begin(), sorted.end(), [](const auto& a, const auto& b) { return a.size() > b.size(); });
    std::string alternation;
    for (const std::string& e : sorted) alternation += (alternation.empty() ? "" : "|") + e;
    if (!(exceptions = detail::compileOrError("\\b(?:" + alternation + ")\\b", rule, error))) return nullptr;
  }
  return std::make_unique<CapitalizationCheck>(rule, std::move(custom), std::move(prefix), std::move(exceptions));
}

}  // namespace copydesk::vale::kinds
