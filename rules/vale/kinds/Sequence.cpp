// sequence: a run of tokens of a sentence, each described by a pattern and/or
// a part-of-speech tag (nlp/PosTagger), as Vale runs it: a token with `skip: n`
// allows up to n tokens before the next; the first token with a pattern is the
// anchor, found once per match of its pattern in the sentence (each time at the
// next token it matches), and the tokens left and right of it are checked from
// there. Patterns and tags are searched in the token's text and tag, unanchored
// ("NN" also matches "NNS"), as Vale does.
#include <algorithm>
#include <optional>
#include <utility>

#include "nlp/PosTagger.h"
#include "vale/support/Kinds.h"

namespace copydesk::vale::kinds {

namespace {

// One token of the expanded sequence: a token with `skip: n` becomes n
// optional copies (the first marked `start`) followed by itself (`end`).
struct Step {
  std::shared_ptr<const Pattern> pattern;  // null when the token has none
  std::shared_ptr<const Pattern> tag;      // null when the token has none
  bool negate = false;
  int skip = 0;
  bool optional = false;
  bool start = false;
  bool end = false;
};

struct Word {
  std::string_view text;
  std::string_view tag;
};

bool stepMatches(const Step& step, const Word& word) {
  const bool failed_tag = (step.tag ? step.tag->contains(word.tag) : true) == step.negate;
  const bool failed_text = step.pattern && step.pattern->contains(word.text) == step.negate;
  if (!step.pattern) return !failed_tag;
  if (!step.tag) return !failed_text;
  return !failed_tag && !failed_text;
}

// The words [first, last] the sequence matches with its anchor (step `anchor`)
// at word `at`; nullopt when it does not match there.
std::optional<std::pair<std::size_t, std::size_t>> matchAround(const std::vector<Step>& steps, std::size_t anchor,
                                                               const std::vector<Word>& words, std::size_t at) {
  std::size_t first = at;
  for (std::size_t i = 1; i <= anchor; ++i) {
    if (i > at) return std::nullopt;
    Step step = steps[anchor - i];
    // Read right to left, the required copy of a skipped token is the optional one.
    if (step.skip > 0) step.optional = (step.optional || step.end) && !step.start;
    first = at - i;
    const bool matched = stepMatches(step, words[first]);
    if (!matched && !step.optional) return std::nullopt;
    if (matched && step.optional) break;
  }
  std::size_t last = at;
  for (std::size_t i = 0; anchor + i < steps.size(); ++i) {
    if (at + i >= words.size()) return std::nullopt;
    const Step& step = steps[anchor + i];
    last = at + i;
    const bool matched = stepMatches(step, words[last]);
    if (!matched && !step.optional) return std::nullopt;
    if (matched && step.optional) break;
  }
  return std::make_pair(first, last);
}

class SequenceCheck final : public Check {
 public:
  SequenceCheck(const RuleDefinition& rule, std::vector<Step> steps, std::size_t anchor)
      : rule_(rule), steps_(std::move(steps)), anchor_(anchor) {}

  void run(const CheckInput& input, std::vector<Hit>& hits, CheckNotes&) const override {
    for (const ViewBlock& block : input.view.blocks) {
      if (!(block.parts & kSentence)) continue;
      const std::size_t occurrences = steps_[anchor_].pattern->findAll(block.text, nullptr, Captures::WholeMatch).size();
      if (occurrences == 0) continue;
      const std::vector<TaggedToken> tokens = tagSentence(block.text);
      std::vector<Word> words;
      for (const TaggedToken& token : tokens)
        words.push_back({std::string_view(block.text).substr(token.span.begin, token.span.size()), token.tag});
      std::vector<std::size_t> tried;  // anchor words already tried (Vale's history)
      for (std::size_t n = 0; n < occurrences; ++n) {
        std::size_t at = 0;
        std::optional<std::pair<std::size_t, std::size_t>> found;
        for (std::size_t w = 0; w < words.size(); ++w) {
          if (!stepMatches(steps_[anchor_], words[w]) || std::find(tried.begin(), tried.end(), w) != tried.end())
            continue;
          at = w;
          found = matchAround(steps_, anchor_, words, w);
          break;
        }
        tried.push_back(at);
        if (found) report(block, tokens, words, *found, hits);
      }
    }
  }

 private:
  void report(const ViewBlock& block, const std::vector<TaggedToken>& tokens, const std::vector<Word>& words,
              std::pair<std::size_t, std::size_t> range, std::vector<Hit>& hits) const {
    std::vector<std::string_view> matched;
    for (std::size_t w = range.first; w <= range.second; ++w) matched.emplace_back(words[w].text);
    const std::size_t begin = tokens[range.first].span.begin, end = tokens[range.second].span.end;
    Hit hit;
    hit.span = block.sourceSpan(begin, end);
    hit.message = detail::formatMessage(rule_.message, matched);
    hit.fixes = detail::actionFixes(rule_, hit.span, std::string_view(block.text).substr(begin, end - begin), {});
    hits.push_back(std::move(hit));
  }

  RuleDefinition rule_;
  std::vector<Step> steps_;
  std::size_t anchor_;
};

}  // namespace

std::unique_ptr<Check> sequence(const RuleDefinition& rule, std::string& error) {
  std::vector<Step> steps;
  for (const SequenceToken& token : rule.sequence) {
    Step step;
    step.negate = token.negate;
    step.skip = token.skip;
    if (!token.pattern.empty()) {
      step.pattern =
          detail::compileOrError(detail::caseFlag(rule.ignorecase) + "(?:" + token.pattern + ")", rule, error);
      if (!step.pattern) return nullptr;
    }
    if (!token.tag.empty()) {
      step.tag = detail::compileOrError(token.tag, rule, error);
      if (!step.tag) return nullptr;
    }
    Step copy = step;
    copy.optional = true;
    for (int i = token.skip; i > 0; --i) {
      copy.start = i == token.skip;
      steps.push_back(copy);
    }
    if (step.pattern || step.tag) {
      step.end = true;
      steps.push_back(std::move(step));
    }
  }
  const auto anchor =
      std::find_if(steps.begin(), steps.end(), [](const Step& step) { return step.pattern && !step.negate; });
  if (anchor == steps.end()) {
    error = rule.file + ": " + rule.name + ": a sequence rule needs a token with a pattern (its anchor)";
    return nullptr;
  }
  const auto anchor_index = static_cast<std::size_t>(anchor - steps.begin());
  return std::make_unique<SequenceCheck>(rule, std::move(steps), anchor_index);
}

}  // namespace copydesk::vale::kinds
