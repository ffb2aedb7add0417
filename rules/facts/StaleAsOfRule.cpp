// facts/stale-as-of: "as of 2022" (or "as of last year" in an article of 2022)
// long before the reference date.
#include <fmt/format.h>

#include "engine/ParagraphRule.h"
#include "facts/FactsRules.h"
#include "facts/support/DocumentDate.h"
#include "facts/support/DocumentInputs.h"
#include "facts/support/FactsText.h"
#include "facts/support/TimeExpression.h"

namespace copydesk {

namespace {

constexpr RuleInfo kInfo{
    "facts/stale-as-of",
    Severity::Warning,
    "\"As of\" dates that are years old",
    "\"As of 2022, most distributions ship...\" was a careful way to write in 2022; years later the "
    "reader needs to know whether it still holds. copydesk reports \"as of <date>\" more than "
    "`staleAfterYears` (default 2) years before the reference date (the check date, or the article's "
    "date with `facts.judgeBy: \"document-date\"`).\n\n"
    "**Fix:** check the statement and update the date.",
};

class StaleAsOfRule final : public facts::FactsParagraphRule {
 public:
  StaleAsOfRule() : FactsParagraphRule(kInfo, facts::document_input::kDate | facts::document_input::kSourceSections) {}

  void check(const RuleContext& ctx, FindingSink& sink) const override {
    const Document& doc = ctx.document;
    int years = 2;
    if (const auto it = ctx.options.find("staleAfterYears"); it != ctx.options.end() && it->is_number_integer())
      years = std::max(0, it->get<int>());
    const facts::ReferenceDate ref = facts::referenceDate(ctx);
    facts::SourceMaterial source_material(doc);
    for (const Sentence& sentence : doc.tokens().sentences) {
      if (source_material.contains(sentence)) continue;
      const facts::SentenceTokens s(doc, sentence);
      for (std::uint32_t i = s.begin(); i + 2 < s.end(); ++i) {
        facts::Period period;
        if (!(s.is(i, "as") && s.is(i + 1, "of"))) continue;
        facts::RelativeTime rel;
        if (!facts::periodAt(s, i + 2, period)) {
          // "as of last year": resolved against the article's date (not reported without one).
          if (!ref.document_date || !facts::relativeTimeAt(s, i + 2, rel)) continue;
          const facts::Interval when = facts::resolve(rel, *ref.document_date);
          period = {rel.first, rel.end, when.start, when.last};
        }
        CivilDate limit = period.last;
        limit.year += years;
        if (!limit.valid()) limit.day = 28;  // Feb 29
        if (!(limit < ref.date)) continue;
        Finding finding;
        finding.span = {s.token(i).span.begin, s.token(period.end - 1).span.end};
        finding.message = fmt::format("'{}' is more than {} years before {} ({}): check the statement still holds "
                                      "and update the date",
                                      doc.slice(finding.span), years, ref.date.monthYear(), ref.describe());
        sink.add(std::move(finding));
        i = period.end - 1;
      }
    }
  }
};

}  // namespace

std::unique_ptr<Rule> makeStaleAsOfRule() { return std::make_unique<StaleAsOfRule>(); }

}  // namespace copydesk
