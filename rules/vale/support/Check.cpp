// Shared pieces of the Vale rule kinds.
#include <algorithm>

#include "vale/support/Kinds.h"

namespace copydesk::vale {

namespace {
// Set by compileOrError while makeCheck builds one check on this thread (the
// factories' signatures stay simple).
thread_local bool pcre2_used = false;

std::unique_ptr<Check> buildCheck(const RuleDefinition& rule, std::string& error) {
  using Factory = std::unique_ptr<Check> (*)(const RuleDefinition&, std::string&);
  static const std::pair<std::string_view, Factory> kFactories[] = {{"existence", kinds::existence},
                                                                    {"substitution", kinds::substitution},
                                                                    {"occurrence", kinds::occurrence},
                                                                    {"repetition", kinds::repetition},
                                                                    {"consistency", kinds::consistency},
                                                                    {"conditional", kinds::conditional},
                                                                    {"capitalization", kinds::capitalization},
                                                                    {"readability", kinds::readability},
                                                                    {"metric", kinds::metric},
                                                                    {"spelling", kinds::spelling},
                                                                    {"sequence", kinds::sequence}};
  for (const auto& [kind, factory] : kFactories)
    if (kind == rule.kind) return factory(rule, error);
  error = rule.file + ": rule kind '" + rule.kind + "' is not supported (" + rule.name + " skipped)";
  return nullptr;
}

}  // namespace

std::unique_ptr<Check> makeCheck(const RuleDefinition& rule, std::string& error, bool& uses_pcre2) {
  pcre2_used = false;
  auto check = buildCheck(rule, error);
  uses_pcre2 = pcre2_used;
  return check;
}

namespace detail {

std::size_t nextCodePoint(std::string_view text, std::size_t i) {
  ++i;
  while (i < text.size() && (static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) ++i;
  return i;
}

std::string formatMessage(std::string_view message, const std::string_view* args, std::size_t count) {
  std::string out;
  out.reserve(message.size() + (count == 0 ? 0 : args[0].size()));
  std::size_t next = 0;
  for (std::size_t i = 0; i < message.size(); ++i) {
    const std::size_t percent = message.find('%', i);
    out.append(message.substr(i, percent - i));  // the text up to the next placeholder at once
    if (percent == std::string_view::npos) break;
    i = percent;
    if (i + 1 >= message.size()) {
      out += message[i];
      continue;
    }
    if (message[i + 1] == '%') {
      out += '%';
      ++i;
      continue;
    }
    std::size_t j = i + 1;
    std::size_t index = next;
    if (message[j] == '[') {
      const std::size_t close = message.find(']', j);
      if (close == std::string_view::npos) {
        out += message[i];
        continue;
      }
      index = static_cast<std::size_t>(
          std::max(0, std::atoi(std::string(message.substr(j + 1, close - j - 1)).c_str()) - 1));
      j = close + 1;
    }
    if (j < message.size() && (message[j] == 's' || message[j] == 'v' || message[j] == 'd') && index < count) {
      out += args[index];
      next = index + 1;
      i = j;
      continue;
    }
    out += message[i];
  }
  return out;
}

std::string tokenAlternation(const std::vector<std::string>& tokens) {
  std::string alternation;
  for (const std::string& token : tokens) {
    if (token.empty()) continue;
    if (!alternation.empty()) alternation += '|';
    alternation += token;
  }
  return alternation;
}

std::string wordTemplate(const std::string& alternation, bool nonword) {
  return nonword ? "(?m)(?:" + alternation + ")" : "(?m)\\b(?:" + alternation + ")\\b";
}

std::string nonCapturing(std::string_view pattern) {
  std::string out;
  bool in_class = false;
  for (std::size_t i = 0; i < pattern.size(); ++i) {
    const char c = pattern[i];
    if (c == '\\' && i + 1 < pattern.size()) {
      out += c;
      out += pattern[++i];
      continue;
    }
    if (c == '[') in_class = true;
    else if (c == ']') in_class = false;
    out += c;
    if (c == '(' && !in_class && (i + 1 >= pattern.size() || pattern[i + 1] != '?')) out += "?:";
  }
  return out;
}

std::shared_ptr<const Pattern> compileOrError(const std::string& source, const RuleDefinition& rule,
                                              std::string& error) {
  std::string problem;
  auto pattern = Pattern::compile(source, problem);
  if (pattern && pattern->engine() == PatternEngine::Pcre2) pcre2_used = true;
  if (!pattern) error = rule.file + ": " + rule.name + ": pattern accepted by neither RE2 nor PCRE2 (" + problem + ")";
  return pattern;
}

Exceptions::Exceptions(const RuleDefinition& rule, std::string& error) : use_vocab_(rule.vocab && !rule.nonword) {
  if (rule.exceptions.empty()) return;
  std::vector<std::string> sorted = rule.exceptions;
  std::stable_sort(sorted.begin(), sorted.end(),
                   [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
  std::string alternation;
  for (const std::string& exception : sorted) {
    if (exception.empty()) continue;
    if (!alternation.empty()) alternation += '|';
    alternation += exception.starts_with("(?i)") ? exception : "(?-i)" + exception;
  }
  if (!alternation.empty()) pattern_ = compileOrError("(?m)\\b(?:" + alternation + ")\\b", rule, error);
}

bool Exceptions::excuses(std::string_view hit, const Vocabulary* vocab) const {
  while (!hit.empty() && hit.front() == ' ') hit.remove_prefix(1);
  while (!hit.empty() && hit.back() == ' ') hit.remove_suffix(1);
  if (pattern_ && pattern_->contains(hit)) return true;
  return use_vocab_ && vocab && vocab->accepted && vocab->accepted->contains(hit);
}

bool mayMatch(const CheckInput& input, const Check& check, std::size_t which, const ViewBlock& block) {
  if (!input.prefilter || which >= check.prefilter.size() || check.prefilter[which].index < 0) return true;
  // A sentence repeats the text of its block: the set does not run over it
  // again, its block's answer holds for it (ViewBlock::owner).
  const bool sentence = block.parts & kSentence;
  if (sentence && (!check.prefilter[which].reads_sentences || block.owner == ViewBlock::kNoOwner)) return true;
  const ViewBlock& filtered = sentence ? input.view.blocks[block.owner] : block;
  const std::vector<int>* hits = check.prefilter[which].known_only
                                     ? input.view.knownPrefilterHits(*input.prefilter, filtered)
                                     : input.view.prefilterHits(*input.prefilter, filtered);
  return !hits || std::binary_search(hits->begin(), hits->end(), check.prefilter[which].index);
}

std::vector<const ViewBlock*> blocksInScope(const CheckInput& input, const std::vector<ScopeSelector>& scopes,
                                            const Check& check) {
  std::vector<const ViewBlock*> blocks = blocksInScope(input.view, scopes);
  if (!input.prefilter || check.prefilter.empty() || check.prefilter[0].index < 0) return blocks;
  std::erase_if(blocks, [&](const ViewBlock* block) { return !mayMatch(input, check, 0, *block); });
  return blocks;
}

std::vector<const ViewBlock*> blocksInScope(const View& view, const std::vector<ScopeSelector>& scopes) {
  return view.inScope(scopes);
}

namespace {

Fix replaceFix(ByteSpan span, const std::string& text, bool only) {
  Fix fix;
  fix.title = text.empty() ? "Remove" : "Replace with '" + text + "'";
  fix.edits.push_back({span, text});
  fix.safe = only;
  fix.preferred = only;
  return fix;
}

std::string trimmed(std::string_view text, std::string_view chars, bool left, bool right) {
  while (left && !text.empty() && chars.find(text.front()) != std::string_view::npos) text.remove_prefix(1);
  while (right && !text.empty() && chars.find(text.back()) != std::string_view::npos) text.remove_suffix(1);
  return std::string(text);
}

}  // namespace

std::vector<Fix> actionFixes(const RuleDefinition& rule, ByteSpan span, std::string_view matched,
                             const std::vector<std::string>& replacements) {
  std::vector<Fix> fixes;
  const std::string name = rule.action ? rule.action->name : (replacements.empty() ? "" : "replace");
  const std::vector<std::string>& params = rule.action ? rule.action->params : replacements;
  if (name == "replace") {
    const std::vector<std::string>& options = params.empty() ? replacements : params;
    for (const std::string& option : options) fixes.push_back(replaceFix(span, option, options.size() == 1));
  } else if (name == "remove") {
    fixes.push_back(replaceFix(span, "", true));
  } else if (name == "edit" && !params.empty()) {
    const std::string chars = params.size() > 1 ? params[1] : " ";
    std::string edited;
    if (params[0] == "trim") edited = trimmed(matched, chars, true, true);
    else if (params[0] == "trim_left") edited = trimmed(matched, chars, true, false);
    else if (params[0] == "trim_right") edited = trimmed(matched, chars, false, true);
    else if (params[0] == "truncate") edited = std::string(matched.substr(0, matched.find(chars)));
    else if (params[0] == "regex" && params.size() >= 3) {
      std::string problem;
      if (auto pattern = Pattern::compile(params[1], problem)) {
        PatternMatch m;
        edited = std::string(matched);
        if (pattern->search(matched, 0, m) == SearchResult::Found)
          edited = std::string(matched.substr(0, m.begin())) + params[2] + std::string(matched.substr(m.end()));
      }
    } else return fixes;
    if (edited != matched) fixes.push_back(replaceFix(span, edited, true));
  }
  return fixes;
}

}  // namespace detail

}  // namespace copydesk::vale
