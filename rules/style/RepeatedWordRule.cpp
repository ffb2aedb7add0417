// style/repeated-word: an accidentally doubled word ("the the"), also across a
// line break or emphasis ("the *the*"), but never across a sentence, a block,
// punctuation or inline code.
#include <optional>

#include <fmt/format.h>

#include "engine/ParagraphRule.h"
#include "nlp/PhraseMatcher.h"
#include "style/StyleRules.h"
#include "style/support/StyleSupport.h"

namespace copydesk {

namespace {

constexpr RuleInfo kInfo{
    "style/repeated-word",
    Severity::Warning,
    "A word written twice in a row",
    "A doubled word (\"the the\", \"is is\") is almost always a slip made while editing, "
    "and it is easy to miss when the two copies sit on different lines or one of them is "
    "emphasised. The rule ignores words that English legitimately doubles (\"had had\", "
    "\"that that\", \"bye bye\").\n\n"
    "**Fix:** delete the second copy (the fix is safe when only spaces or one piece of "
    "emphasis markup stand between the two).",
};

// Legitimate doubles, lower case. Written by the copydesk developers, 2026-11,
// from English grammar ("had had", "that that", "do do") and common
// reduplications and place names.
constexpr std::string_view kAllowed[] = {
    "had",  "that", "do",    "bye",  "so",   "blah",  "knock", "walla", "no",  "yada",
    "tut",  "tsk",  "chop",  "pooh", "bora", "baden", "ha",    "haha",  "hey", "there",
    "well", "now",  "night", "aye",  "mahi", "cous",  "pom",   "tom",   "dum", "yeah",
};

bool allowedDouble(std::string_view lowered) {
  for (std::string_view w : kAllowed)
    if (w == lowered) return true;
  return false;
}

bool isEmphasisMarkup(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s)
    if (c != '*' && c != '_' && c != '~') return false;
  return true;
}

class RepeatedWordRule final : public ParagraphRule {
 public:
  const RuleInfo& info() const override { return kInfo; }

  void check(const RuleContext& ctx, FindingSink& sink) const override {
    const Document& doc = ctx.document;
    const auto& tokens = doc.tokens().tokens;
    std::string first_buffer;
    std::string second_buffer;
    for (const Sentence& sentence : doc.tokens().sentences) {
      for (std::uint32_t i = sentence.first_token; i + 1 < sentence.end_token; ++i) {
        const Token& a = tokens[i];
        const Token& b = tokens[i + 1];
        if (a.kind != TokenKind::Word || b.kind != TokenKind::Word) continue;
        const std::string_view wa = foldedWord(doc.text(), doc.tokens(), i, first_buffer);
        const std::string_view wb = foldedWord(doc.text(), doc.tokens(), i + 1, second_buffer);
        if (wa != wb || allowedDouble(wa)) continue;
        // Between two adjacent tokens there is only whitespace and markup (or a
        // link destination); with no whitespace at all they read as one word.
        const std::string_view gap = doc.text().substr(a.span.end, b.span.begin - a.span.end);
        std::size_t lead = 0;
        while (lead < gap.size() && style::isSpace(gap[lead])) ++lead;
        std::size_t trail = gap.size();
        while (trail > lead && style::isSpace(gap[trail - 1])) --trail;
        const std::string_view markup = gap.substr(lead, trail - lead);
        bool spaced = false;
        for (char c : gap) spaced = spaced || style::isSpace(c);
        if (!spaced) continue;

        const std::string_view second = style::tokenText(doc, b);
        Finding finding = style::makeFinding({a.span.begin, b.span.end}, fmt::format("'{}' is repeated", second));
        // Keep the markup balanced: delete the copy on the side with no markup.
        // No fix when other markup (a link, a quote marker) stands between.
        std::optional<ByteSpan> cut;
        const bool emphasis_only = isEmphasisMarkup(markup);
        if (markup.empty()) {
          cut = ByteSpan{a.span.end, b.span.end};  // "the the" -> "the"
        } else if (emphasis_only && lead > 0 && trail == gap.size()) {
          cut = ByteSpan{a.span.begin, a.span.end + lead};  // "the *the*" -> "*the*"
        } else if (emphasis_only && lead == 0 && trail < gap.size()) {
          cut = ByteSpan{a.span.end + trail, b.span.end};  // "*the* the" -> "*the*"
        }
        if (cut) {
          std::string replacement;
          // "The *the* cat": the surviving copy takes the first one's capital.
          if (cut->begin == a.span.begin && style::startsUpper(style::tokenText(doc, a)) && !style::startsUpper(second))
            replacement = style::capitalizeFirst(second);
          std::vector<TextEdit> edits{{*cut, ""}};
          if (!replacement.empty()) edits.push_back({b.span, replacement});
          finding.fixes.push_back(
              style::makeFix(fmt::format("Remove the repeated '{}'", second), std::move(edits), true));
        }
        sink.add(std::move(finding));
        ++i;  // "the the the" is one finding per pair, not overlapping ones
      }
    }
  }
};

}  // namespace

std::unique_ptr<Rule> makeRepeatedWordRule() { return std::make_unique<RepeatedWordRule>(); }

}  // namespace copydesk
