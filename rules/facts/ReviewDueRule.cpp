// facts/review-due: the writer asked for a review after a date, and it has
// passed (front matter `review_after`, or an inline
// `<!-- copydesk-review-after 2026-06 -->` before a paragraph).
#include <fmt/format.h>

#include "engine/Rule.h"
#include "facts/FactsRules.h"
#include "facts/support/DocumentDate.h"

namespace copydesk {

namespace {

constexpr RuleInfo kInfo{
    "facts/review-due",
    Severity::Warning,
    "Content whose review date has passed",
    "Mark content that will need checking with a review date: front matter `review_after: 2026-06-01` "
    "for the whole article, or `<!-- copydesk-review-after 2026-06 -->` on its own line before a "
    "paragraph. Once the check date reaches it the marked text is reported as a warning, and as an "
    "error once the grace period (option `graceDays`, default 90) has also passed. Review dates are "
    "always judged by the check date, never by the article's date.\n\n"
    "**Fix:** review the text, then remove or move the marker (the offered fix removes it).",
};

constexpr std::string_view kInlineMarker = "copydesk-review-after";

// The whole line(s) holding `span`, with the line end.
ByteSpan wholeLines(std::string_view text, ByteSpan span) {
  std::size_t begin = span.begin;
  while (begin > 0 && text[begin - 1] != '\n') --begin;
  std::size_t end = text.find('\n', span.end);
  end = end == std::string_view::npos ? text.size() : end + 1;
  return {begin, end};
}

class ReviewDueRule final : public Rule {
 public:
  const RuleInfo& info() const override { return kInfo; }

  void check(const RuleContext& ctx, FindingSink& sink) const override {
    const Document& doc = ctx.document;
    long grace = 90;
    if (const auto it = ctx.options.find("graceDays"); it != ctx.options.end() && it->is_number_integer())
      grace = std::max<long>(0, it->get<long>());
    const std::string_view text = doc.text();
    const ProseMap& prose = doc.prose();
    // Front matter: the whole document.
    for (std::string_view key : {"review_after", "review-after", "reviewAfter"}) {
      const std::string_view value = prose.front_matter.get(key);
      if (value.empty()) continue;
      const auto date = parseDate(value);
      if (!date) continue;
      // The line of the key inside the front matter.
      const std::string_view fm = doc.slice(prose.front_matter.span);
      std::size_t at = fm.find(key);
      while (at != std::string_view::npos && at > 0 && fm[at - 1] != '\n' && fm[at - 1] != ' ')
        at = fm.find(key, at + 1);
      if (at == std::string_view::npos) continue;
      const std::size_t begin = prose.front_matter.span.begin + at;
      std::size_t end = text.find('\n', begin);
      if (end == std::string_view::npos) end = text.size();
      if (end > begin && text[end - 1] == '\r') --end;
      report(ctx, *date, grace, {begin, end}, wholeLines(text, {begin, end}), "this article", sink);
    }
    // Inline markers: the next block.
    std::size_t last_comment = std::string_view::npos;
    for (const Comment& comment : prose.comments) {
      if (!comment.body.starts_with(kInlineMarker) || comment.span.begin == last_comment) continue;
      last_comment = comment.span.begin;
      const auto date = parseDate(comment.body.substr(kInlineMarker.size()));
      if (!date) continue;
      ByteSpan target = comment.span;
      for (const Block& block : prose.blocks) {
        if (block.span.begin >= comment.span.end) {
          target = block.span;
          break;
        }
      }
      // Flag the first line of the block: enough to see, short in an editor.
      const std::size_t eol = text.find('\n', target.begin);
      if (eol != std::string_view::npos && eol < target.end) target.end = eol;
      const ByteSpan removal = comment.own_line ? wholeLines(text, comment.span) : comment.span;
      report(ctx, *date, grace, target, removal, "this section", sink);
    }
  }

 private:
  static void report(const RuleContext& ctx, CivilDate due, long grace, ByteSpan span, ByteSpan removal,
                     std::string_view what, FindingSink& sink) {
    const CivilDate today = ctx.check_date;
    if (today < due) return;
    const long overdue = today.daysSinceEpoch() - due.daysSinceEpoch();
    Finding finding;
    finding.span = span;
    if (overdue > grace) {
      finding.severity = Severity::Error;
      finding.severity_escalated = true;
      finding.message = fmt::format("Review of {} was due on {} ({} days ago, past the {}-day grace period; checked "
                                    "on {}): review it and update or remove the marker",
                                    what, facts::longDate(due), overdue, grace, facts::longDate(today));
    } else {
      finding.message = fmt::format("Review of {} is due since {} (checked on {}): review it and update or remove "
                                    "the marker",
                                    what, facts::longDate(due), facts::longDate(today));
    }
    Fix fix;
    fix.title = "Remove the review marker (after reviewing)";
    fix.edits.push_back({removal, ""});
    finding.fixes.push_back(std::move(fix));
    sink.add(std::move(finding));
  }
};

}  // namespace

std::unique_ptr<Rule> makeReviewDueRule() { return std::make_unique<ReviewDueRule>(); }

}  // namespace copydesk
