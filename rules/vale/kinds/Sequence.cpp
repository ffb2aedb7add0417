// sequence: a run of tokens described by pattern and part-of-speech tag. Tags
// need a part-of-speech tagger, which copydesk does not have: a sequence rule
// whose tokens name a tag is reported as unsupported; one made of patterns
// alone runs as consecutive word matches within a sentence.
#include "vale/support/Kinds.h"

namespace copydesk::vale::kinds {

namespace {

struct Step {
  std::shared_ptr<const Pattern> pattern;  // anchored at a word
  bool negate = false;
  int skip = 0;
};

std::vector<ByteSpan> words(std::string_view text) {
  std::vector<ByteSpan> out;
  std::size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && (text[i] == ' ' || text[i] == '\n' || text[i] == '\t')) ++i;
    const std::size_t begin = i;
    while (i < text.size() && text[i] != ' ' && text[i] != '\n' && text[i] != '\t') ++i;
    if (i > begin) out.push_back({begin, i});
  }
  return out;
}

class SequenceCheck final : public Check {
 public:
  SequenceCheck(const RuleDefinition& rule, std::vector<Step> steps) : rule_(rule), steps_(std::move(steps)) {}

  void run(const CheckInput& input, std::vector<Hit>& hits, CheckNotes&) const override {
    for (const ViewBlock& block : input.view.blocks) {
      if (!(block.parts & kSentence)) continue;
      const std::vector<ByteSpan> spans = words(block.text);
      for (std::size_t start = 0; start < spans.size(); ++start) {
        std::vector<std::string> matched;
        std::size_t at = start;
        bool ok = true;
        for (const Step& step : steps_) {
          bool found = false;
          for (int tries = 0; tries <= step.skip && at < spans.size() && !found; ++tries, ++at) {
            const std::string word = block.text.substr(spans[at].begin, spans[at].size());
            PatternMatch m;
            const bool hit = step.pattern->search(word, 0, m) == SearchResult::Found && m.begin() == 0;
            if (hit != step.negate) {
              found = true;
              matched.push_back(word);
            }
          }
          if (!found) {
            ok = false;
            break;
          }
        }
        if (!ok) continue;
        Hit hit;
        hit.span = block.sourceSpan(spans[start].begin, spans[at - 1].end);
        hit.message = detail::formatMessage(rule_.message, matched);
        hits.push_back(std::move(hit));
      }
    }
  }

 private:
  RuleDefinition rule_;
  std::vector<Step> steps_;
};

}  // namespace

std::unique_ptr<Check> sequence(const RuleDefinition& rule, std::string& error) {
  std::vector<Step> steps;
  for (const SequenceToken& token : rule.sequence) {
    if (!token.tag.empty()) {
      error = rule.file + ": " + rule.name +
              ": sequence tokens with a part-of-speech 'tag' are not supported (no tagger); rule skipped";
      return nullptr;
    }
    auto pattern = detail::compileOrError(detail::caseFlag(rule.ignorecase) + "(?:" + token.pattern + ")", rule, error);
    if (!pattern) return nullptr;
    steps.push_back({std::move(pattern), token.negate, token.skip});
  }
  return std::make_unique<SequenceCheck>(rule, std::move(steps));
}

}  // namespace copydesk::vale::kinds
