// repetition: the same token twice in a row ("the the").
#include "text/Utf.h"
#include "vale/support/Kinds.h"

namespace copydesk::vale::kinds {

namespace {

bool allLetters(std::string_view text) {
  for (std::size_t i = 0; i < text.size();) {
    const utf::Decoded d = utf::decode(text, i);
    if (!utf::isLetter(d.code_point)) return false;
    i += d.length;
  }
  return !text.empty();
}

bool onlySpaces(std::string_view text) {
  for (char c : text)
    if (c != ' ' && c != '\t' && c != '\n' && c != '\r') return false;
  return true;
}

class RepetitionCheck final : public PatternCheck {
 public:
  RepetitionCheck(const RuleDefinition& rule, std::shared_ptr<const Pattern> pattern, std::string& error)
      : PatternCheck(rule, std::move(pattern), error) {}

  void run(const CheckInput& input, std::vector<Hit>& hits, CheckNotes& notes) const override {
    for (const ViewBlock* block : detail::blocksInScope(input.view, scopes_)) {
      const std::string_view text = block->text;
      std::string previous;
      std::size_t previous_begin = 0;
      std::size_t previous_end = 0;
      int count = 0;
      for (const PatternMatch& m : pattern_->findAll(text, &notes.limit_hit)) {
        const std::string_view word = text.substr(m.begin(), m.end() - m.begin());
        const std::string current = rule_.ignorecase ? utf::toLower(word) : std::string(word);
        const bool repeated = !previous.empty() && current == previous &&
                              onlySpaces(text.substr(previous_end, m.begin() - previous_end)) &&
                              (!rule_.alpha || allLetters(word)) && !exceptions_.excuses(word, input.vocab);
        if (repeated && ++count > rule_.max.value_or(0)) {
          Hit hit;
          hit.span = block->sourceSpan(previous_begin, m.end());
          // Markup between the two words ("use _use_"): Vale cannot find the
          // pair in the source and points at the start of its line.
          if (hit.span.size() != m.end() - previous_begin) {
            const std::size_t line = input.view.source.rfind('\n', hit.span.begin == 0 ? 0 : hit.span.begin - 1);
            hit.span.begin = line == std::string_view::npos ? 0 : line + 1;
          }
          hit.message = detail::formatMessage(rule_.message, {word});
          hit.fixes = detail::actionFixes(rule_, hit.span, text.substr(previous_begin, m.end() - previous_begin), {});
          hits.push_back(std::move(hit));
          count = 0;
        } else if (!repeated) {
          count = 0;
          previous_begin = m.begin();
        }
        previous = current;
        previous_end = m.end();
      }
    }
  }

};

}  // namespace

std::unique_ptr<Check> repetition(const RuleDefinition& rule, std::string& error) {
  const std::string alternation = detail::tokenAlternation(rule.tokens);
  if (alternation.empty()) {
    error = rule.file + ": " + rule.name + ": a repetition rule needs 'tokens'";
    return nullptr;
  }
  auto pattern = detail::compileOrError(detail::caseFlag(rule.ignorecase) + "(" + alternation + ")", rule, error);
  if (!pattern) return nullptr;
  auto check = std::make_unique<RepetitionCheck>(rule, std::move(pattern), error);
  return error.empty() ? std::move(check) : nullptr;
}

}  // namespace copydesk::vale::kinds
