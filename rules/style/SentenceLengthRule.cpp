// style/sentence-length: sentences longer than `max` words (default 35).
#include <fmt/format.h>

#include "engine/ParagraphRule.h"
#include "style/StyleRules.h"
#include "style/support/StyleSupport.h"

namespace copydesk {

namespace {

constexpr RuleInfo kInfo{
    "style/sentence-length",
    Severity::Information,
    "Sentences that are too long to read in one go",
    "A reader holds a sentence in mind until its end; past about 35 words most readers "
    "have to go back and read it again, and technical content makes that worse. Long "
    "sentences also hide the main point among qualifications.\n\n"
    "**Fix:** split the sentence where a new idea starts (often at *and*, *but*, *which* "
    "or a semicolon), or move asides into a sentence of their own. Words and numbers are "
    "counted; punctuation, inline code and URLs are not. The limit is the option `max` "
    "(for example `{\"max\": 40}`).",
};

constexpr int kDefaultMax = 35;

int maxWords(const nlohmann::json& options) {
  const auto it = options.find("max");
  if (it != options.end() && it->is_number_integer() && it->get<int>() > 0) return it->get<int>();
  return kDefaultMax;
}

class SentenceLengthRule final : public ParagraphRule {
 public:
  const RuleInfo& info() const override { return kInfo; }

  void check(const RuleContext& ctx, FindingSink& sink) const override {
    const int max = maxWords(ctx.options);
    const auto& prose = ctx.document.tokens();
    for (const Sentence& sentence : prose.sentences) {
      int words = 0;
      for (std::uint32_t i = sentence.first_token; i < sentence.end_token; ++i) {
        const TokenKind kind = prose.tokens[i].kind;
        words += kind == TokenKind::Word || kind == TokenKind::Number ? 1 : 0;
      }
      if (words <= max) continue;
      sink.add(style::makeFinding(
          sentence.span, fmt::format("Sentence has {} words (more than {}): consider splitting it", words, max)));
    }
  }
};

}  // namespace

std::unique_ptr<Rule> makeSentenceLengthRule() { return std::make_unique<SentenceLengthRule>(); }

}  // namespace copydesk
