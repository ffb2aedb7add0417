// facts/past-prediction: a prediction or plan for a time that has passed
// ("will be released in 2024" read in 2026).
#include <fmt/format.h>

#include "engine/ParagraphRule.h"
#include "facts/FactsRules.h"
#include "facts/support/DocumentDate.h"
#include "facts/support/DocumentInputs.h"
#include "facts/support/FactsText.h"
#include "facts/support/TimeExpression.h"
#include "text/Ascii.h"

namespace copydesk {

namespace {

using facts::SentenceTokens;

constexpr RuleInfo kInfo{
    "facts/past-prediction",
    Severity::Warning,
    "Predictions and plans for a date that has passed",
    "\"Will be released in 2024\", \"planned for Q3 2025\", \"by the end of 2025\": once that date has "
    "passed, the sentence is either wrong or needs to say what happened. The reference date is the "
    "check date, or the article's own date with `facts.judgeBy: \"document-date\"` (for archives, "
    "where only predictions already past when the article was written are reported).\n\n"
    "**Fix:** say what happened (\"was released in March 2024\") or remove the prediction.",
};

// Index of a word announcing the future or a plan, or end() when none.
bool planMarker(const SentenceTokens& s, std::uint32_t i) {
  const std::string_view w = s.lower(i);
  const std::string_view prev = i > s.begin() ? s.lower(i - 1) : std::string_view();
  // Reported plans ("was planned for 2024", "had expected") tell what happened.
  if (oneOf(prev, {"was", "were", "had", "originally", "initially", "previously", "been"})) return false;
  if (oneOf(w, {"will",      "plan",     "plans",       "planned", "planning", "scheduled", "slated",  "expected",
                "expects",   "expect",   "aims",        "aim",     "aiming",   "intend",    "intends", "targeted",
                "targeting", "upcoming", "forthcoming", "roadmap", "hope",     "hopes",     "hoping"}))
    return !(w == "expected" && (prev == "than" || prev == "as"));
  if (w.size() > 3 && w.ends_with("'ll")) return true;
  if (w == "going" && s.is(i + 1, "to")) return true;
  if (w == "set" && s.is(i + 1, "to") && oneOf(prev, {"is", "are"})) return true;
  if (w == "due" && (s.is(i + 1, "in") || s.is(i + 1, "by"))) return true;
  return false;
}

bool introducesPeriod(const SentenceTokens& s, std::uint32_t i) {
  return i > s.begin() && oneOf(s.lower(i - 1), {"in", "by", "for", "during", "until", "till", "before", "around",
                                                 "within", "through", "early", "later", "late", "before"});
}

// A plan relative to the article's date: "next year", "later this year", "in the coming months", "over the
// next three months", "by the end of the year", "in Q3", resolved through facts::resolve() against the
// document's date (none without one).
bool relativePlanPeriod(const SentenceTokens& s, std::uint32_t i, const CivilDate& document_date, facts::Period& out) {
  facts::RelativeTime t;
  if (!facts::relativeTimeAt(s, i, t)) return false;
  using facts::TimeShape;
  const bool future = t.shape == TimeShape::Next || t.shape == TimeShape::NextSpan || t.shape == TimeShape::FromNow ||
                      t.shape == TimeShape::LaterThis || t.shape == TimeShape::EndOfThis ||
                      t.shape == TimeShape::Quarter || t.shape == TimeShape::CalendarNext;
  if (!future) return false;
  const facts::Interval iv = facts::resolve(t, document_date);
  out = {t.first, t.end, iv.start, iv.last};
  return true;
}

class PastPredictionRule final : public facts::FactsParagraphRule {
 public:
  PastPredictionRule()
      : FactsParagraphRule(kInfo, facts::document_input::kDate | facts::document_input::kSourceSections) {}

  void check(const RuleContext& ctx, FindingSink& sink) const override {
    const Document& doc = ctx.document;
    const facts::ReferenceDate ref = facts::referenceDate(ctx);
    const std::optional<CivilDate>& document_date = ref.document_date;
    facts::SourceMaterial source_material(doc);
    for (const Sentence& sentence : doc.tokens().sentences) {
      if (source_material.contains(sentence)) continue;
      const SentenceTokens s(doc, sentence);
      const bool may_be_relative = document_date && facts::mayHaveRelativeTime(s);
      for (std::uint32_t i = s.begin(); i < s.end(); ++i) {
        facts::Period period;
        if (!(introducesPeriod(s, i) && facts::periodAt(s, i, period)) &&
            !(may_be_relative && relativePlanPeriod(s, i, *document_date, period)))
          continue;
        // "in the end of" is not a phrase; "by the end of 2025" is introduced by "by".
        if (!(period.last < ref.date)) {
          i = period.end - 1;
          continue;
        }
        std::uint32_t marker = s.end();
        for (std::uint32_t k = i > s.begin() + 12 ? i - 12 : s.begin(); k < std::min(s.end(), period.end + 8); ++k) {
          if (k >= i && k < period.end) continue;
          if (planMarker(s, k)) {
            marker = k;
            break;
          }
        }
        if (marker == s.end()) {
          i = period.end - 1;
          continue;
        }
        const std::uint32_t first = std::min(marker, i - 1);
        const std::uint32_t last = std::max(marker + 1, period.end);
        Finding finding;
        finding.span = {s.token(first).span.begin, s.token(last - 1).span.end};
        // "in the next six months" is named as "the next six months" after "a plan for".
        std::uint32_t named = period.first;
        if (named + 1 < period.end &&
            oneOf(s.lower(named), {"in", "within", "over", "during", "for", "by", "until", "throughout", "before"}))
          ++named;
        std::string when(doc.slice({s.token(named).span.begin, s.token(period.end - 1).span.end}));
        // A relative plan says what it resolved to: "next year (2021)".
        if (when.find_first_of("0123456789") == std::string::npos)
          when += period.start.monthYear() == period.last.monthYear()
                      ? fmt::format(" ({})", period.last.monthYear())
                      : fmt::format(" ({} to {})", period.start.monthYear(), period.last.monthYear());
        finding.message = fmt::format(
            "A prediction or plan for {} is in the past ({}): say what happened instead of what was expected", when,
            ref.describe());
        sink.add(std::move(finding));
        i = last - 1;
      }
    }
  }
};

}  // namespace

std::unique_ptr<Rule> makePastPredictionRule() { return std::make_unique<PastPredictionRule>(); }

}  // namespace copydesk
