// Loading styles: rule files -> checks -> rules; the built-in "Vale" style.
#include "vale/ValeStyles.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include "vale/ValeRuleFile.h"
#include "vale/support/ValeRule.h"

namespace copydesk::vale {

namespace {

namespace fs = std::filesystem;

std::vector<std::string> readLines(const fs::path& path) {
  std::vector<std::string> lines;
  std::ifstream in(path);
  std::string line;
  while (std::getline(in, line)) {
    while (!line.empty() && (line.back() == '\r' || line.back() == ' ' || line.back() == '\t')) line.pop_back();
    if (!line.empty() && line[0] != '#') lines.push_back(line);
  }
  return lines;
}

std::string readFile(const fs::path& path, bool& ok) {
  std::ifstream in(path, std::ios::binary);
  ok = static_cast<bool>(in);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

std::shared_ptr<Vocabulary> readVocabularies(const StyleRequest& request, std::vector<StyleProblem>& problems) {
  auto vocab = std::make_shared<Vocabulary>();
  std::error_code ec;
  for (const std::string& name : request.vocabularies) {
    const fs::path candidates[] = {fs::path(request.styles_path) / "config" / "vocabularies" / name,
                                   fs::path(request.styles_path) / "Vocab" / name};
    const auto folder = std::find_if(std::begin(candidates), std::end(candidates),
                                     [&](const fs::path& p) { return fs::is_directory(p, ec); });
    if (folder == std::end(candidates)) {
      problems.push_back({StyleProblem::Kind::Error, request.styles_path + ": vocabulary '" + name +
                                                         "' not found (config/vocabularies/" + name + ")"});
      continue;
    }
    for (const std::string& word : readLines(*folder / "accept.txt")) vocab->accept.push_back(word);
    for (const std::string& word : readLines(*folder / "reject.txt")) vocab->reject.push_back(word);
  }
  if (!vocab->accept.empty()) {
    std::string alternation;
    for (const std::string& word : vocab->accept) alternation += (alternation.empty() ? "" : "|") + word;
    std::string error;
    vocab->accepted = Pattern::compile("(?m)\\b(?:" + alternation + ")\\b", error);
    if (!vocab->accepted)
      problems.push_back({StyleProblem::Kind::Error, request.styles_path + ": vocabulary: " + error});
  }
  return vocab;
}

// The built-in style's rules, as Vale defines them.
std::vector<RuleDefinition> builtinRules(const StyleRequest& request, const Vocabulary& vocab) {
  std::vector<RuleDefinition> rules;
  RuleDefinition base;
  base.level = Level::Error;
  base.file = "(built-in)";
  base.styles_path = request.styles_path;

  RuleDefinition repetition = base;
  repetition.name = "Vale.Repetition";
  repetition.kind = "repetition";
  repetition.message = "'%s' is repeated!";
  repetition.tokens = {"[^\\s.!?]+"};
  repetition.alpha = true;
  repetition.ignorecase = true;
  rules.push_back(repetition);

  RuleDefinition spelling = base;
  spelling.name = "Vale.Spelling";
  spelling.kind = "spelling";
  spelling.message = "Did you really mean '%s'?";
  const fs::path ignore_folder = fs::path(request.styles_path) / "config" / "ignore";
  std::error_code ec;
  if (fs::is_directory(ignore_folder, ec))
    for (const auto& entry : fs::directory_iterator(ignore_folder, ec))
      if (entry.is_regular_file()) spelling.ignore.push_back(entry.path().filename().string());
  rules.push_back(spelling);

  if (!vocab.accept.empty()) {
    RuleDefinition terms = base;
    terms.name = "Vale.Terms";
    terms.kind = "substitution";
    terms.message = "Use '%s' instead of '%s'.";
    terms.ignorecase = true;
    terms.vocab = false;
    terms.vocab_terms = true;
    for (const std::string& word : vocab.accept) terms.swap.emplace_back(word, word);
    rules.push_back(terms);
  }
  if (!vocab.reject.empty()) {
    RuleDefinition avoid = base;
    avoid.name = "Vale.Avoid";
    avoid.kind = "existence";
    avoid.message = "Avoid using '%s'.";
    avoid.vocab = false;
    avoid.tokens = vocab.reject;
    rules.push_back(avoid);
  }
  return rules;
}

// Whether `rule` reads blocks of `parts`.
bool reads(const RuleDefinition& rule, std::uint32_t parts) {
  const std::vector<ScopeSelector> scopes = parseScopes(rule.scopes);
  ViewBlock block;
  block.parts = parts;
  return scopeMatches(scopes, block);
}

// Whether `source` (RE2's syntax) has no anchor but \b and \B: no ^, $, \A
// or \z (a '^' just after '[' negates a class). Such a pattern matches in a
// slice of a text, with no word byte just outside it, only where it matches
// in the whole (ViewBlock::owner). Escaped '^' and '$' count too: when unsure, no.
bool anchoredOnlyAtWords(std::string_view source) {
  for (std::size_t i = 0; i < source.size(); ++i) {
    const char c = source[i];
    const bool negates = c == '^' && i > 0 && source[i - 1] == '[' && (i < 2 || source[i - 2] != '\\');
    if (c == '$' || (c == '^' && !negates)) return false;
    if (c == '\\' && i + 1 < source.size() && (source[i + 1] == 'A' || source[i + 1] == 'z')) return false;
  }
  return true;
}

class Loader {
 public:
  Loader(const StyleRequest& request, LoadedStyles& out) : request_(request), out_(out) {
    vocab_ = readVocabularies(request, out.problems);
  }

  void add(RuleDefinition rule) {
    if (!loaded_.insert(rule.name).second) return;
    const std::string style = rule.name.substr(0, rule.name.find('.'));
    if (rule.kind == "script") {
      out_.problems.push_back(
          {StyleProblem::Kind::Unsupported,
           rule.file + ": " + rule.name + ": script rules (Tengo) are not supported; rule skipped"});
      return;
    }
    std::string error;
    bool pcre2 = false;
    std::unique_ptr<Check> check = makeCheck(rule, error, pcre2);
    if (!check) {
      const bool unsupported = error.find("not supported") != std::string::npos;
      out_.problems.push_back({unsupported ? StyleProblem::Kind::Unsupported : StyleProblem::Kind::Error, error});
      return;
    }
    ++(pcre2 ? out_.engines[style].pcre2 : out_.engines[style].re2);
    rule.styles_path = request_.styles_path;
    // Rules that read paragraphs join the prefilter, and those that read
    // sentences when their block's answer holds for them. It runs over every
    // block some rule asks about: a rule scoped to headings alone (which
    // paragraph rules ask about too) would make each paragraph's pass longer for nothing.
    for (const Pattern* pattern : check->filteredPatterns()) {
      Check::Filtered filtered;
      filtered.known_only = !check->blockLocal();
      const std::string& source = pattern->re2Source();
      filtered.reads_sentences = reads(rule, kSentence | kMarkdown) && anchoredOnlyAtWords(source);
      if (!source.empty() && (reads(rule, kText | kParagraph | kMarkdown) || filtered.reads_sentences))
        filtered.index = prefilter_->add(source);
      check->prefilter.push_back(filtered);
    }
    checks_.push_back({std::move(rule), std::move(check)});
  }

  // Wraps the checks as rules, sharing one prefilter of their main patterns.
  void finish() {
    std::shared_ptr<const Prefilter> prefilter;
    if (prefilter_->compile()) prefilter = prefilter_;
    ViewNeeds needs{false, false, false};
    for (const auto& [rule, check] : checks_) {
      const bool document_wide = rule.kind == "readability" || rule.kind == "metric";
      needs.summary = needs.summary || document_wide;
      needs.sentences = needs.sentences || rule.kind == "sequence";
      for (const std::string& scope : rule.scopes) {
        needs.sentences = needs.sentences || scope.find("sentence") != std::string::npos;
        needs.summary = needs.summary || scope.find("summary") != std::string::npos;
        needs.raw = needs.raw || scope.find("raw") != std::string::npos;
      }
    }
    for (auto& [rule, check] : checks_)
      out_.rules.push_back(makeValeRule(std::move(rule), std::move(check), vocab_, prefilter, needs));
    checks_.clear();
  }

  void addFile(const std::string& name, const fs::path& path) {
    if (loaded_.count(name)) return;
    bool ok = false;
    const std::string text = readFile(path, ok);
    if (!ok) {
      out_.problems.push_back({StyleProblem::Kind::Error, path.string() + ": cannot read the rule file"});
      return;
    }
    RuleFileResult parsed = parseRuleFile(name, path.string(), text);
    if (!parsed.rule) {
      out_.problems.push_back({StyleProblem::Kind::Error, parsed.error});
      return;
    }
    parsed.rule->styles_path = request_.styles_path;
    add(std::move(*parsed.rule));
  }

  void addStyle(const std::string& style) {
    if (style == "Vale") {
      for (RuleDefinition& rule : builtinRules(request_, *vocab_)) add(std::move(rule));
      return;
    }
    const fs::path folder = fs::path(request_.styles_path) / style;
    std::error_code ec;
    if (!fs::is_directory(folder, ec)) {
      out_.problems.push_back({StyleProblem::Kind::Error, request_.styles_path + ": style '" + style +
                                                              "' not found (no folder " + folder.string() + ")"});
      return;
    }
    std::vector<fs::path> files;
    for (const auto& entry : fs::directory_iterator(folder, ec))
      if (entry.is_regular_file() && entry.path().extension() == ".yml") files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    for (const fs::path& file : files) addFile(style + "." + file.stem().string(), file);
  }

  void addRule(const std::string& name) {
    const std::size_t dot = name.find('.');
    if (dot == std::string::npos) return;
    const std::string style = name.substr(0, dot);
    if (style == "Vale") {
      for (RuleDefinition& rule : builtinRules(request_, *vocab_))
        if (rule.name == name) add(std::move(rule));
      return;
    }
    const fs::path file = fs::path(request_.styles_path) / style / (name.substr(dot + 1) + ".yml");
    std::error_code ec;
    if (!fs::is_regular_file(file, ec)) {
      out_.problems.push_back({StyleProblem::Kind::Error,
                               request_.styles_path + ": rule '" + name + "' not found (" + file.string() + ")"});
      return;
    }
    addFile(name, file);
  }

 private:
  const StyleRequest& request_;
  LoadedStyles& out_;
  std::shared_ptr<const Vocabulary> vocab_;
  std::shared_ptr<Prefilter> prefilter_ = std::make_shared<Prefilter>();
  std::vector<std::pair<RuleDefinition, std::unique_ptr<Check>>> checks_;
  std::set<std::string, std::less<>> loaded_;
};

}  // namespace

LoadedStyles loadStyles(const StyleRequest& request) {
  LoadedStyles out;
  Loader loader(request, out);
  for (const std::string& style : request.styles) loader.addStyle(style);
  for (const std::string& rule : request.rules) loader.addRule(rule);
  loader.finish();
  std::sort(out.rules.begin(), out.rules.end(),
            [](const auto& a, const auto& b) { return a->info().id < b->info().id; });
  return out;
}

}  // namespace copydesk::vale
