#include "facts/support/ClaimCheck.h"

#include <set>

#include <fmt/format.h>

#include "facts/support/DocumentDate.h"

namespace copydesk::facts {

namespace {

std::vector<std::string> claimsFiles(const nlohmann::json& options) {
  std::vector<std::string> out;
  const auto it = options.find("claimsFiles");
  if (it == options.end() || !it->is_array()) return out;
  for (const auto& v : *it)
    if (v.is_string()) out.push_back(v.get<std::string>());
  return out;
}

std::string sourceText(const ClaimEntry& e) {
  std::string text = "Source: " + e.source_title;
  if (e.source_date) text += fmt::format(" ({})", longDate(*e.source_date));
  return text + ", " + e.source_url;
}

// True when `at` lies inside a quotation of the sentence ("...", “...”): quoted
// claims are reported speech, not the writer's.
bool quoted(std::string_view sentence, std::size_t at) {
  int straight = 0;
  int curly = 0;
  for (std::size_t i = 0; i < at && i < sentence.size(); ++i) {
    if (sentence[i] == '"') ++straight;
    else if (sentence.compare(i, 3, "\xE2\x80\x9C") == 0) ++curly;
    else if (sentence.compare(i, 3, "\xE2\x80\x9D") == 0 && curly > 0) --curly;
  }
  return straight % 2 == 1 || curly > 0;
}

}  // namespace

void checkClaims(const RuleContext& ctx, ClaimKind kind, FindingSink& sink) {
  const Document& doc = ctx.document;
  const auto project = projectClaims(doc.path(), claimsFiles(ctx.options));
  std::vector<const ClaimsBase*> bases{&builtinClaims()};
  for (const auto& p : project) bases.push_back(p.get());
  const ReferenceDate ref = referenceDate(ctx);
  std::vector<ClaimMatch> matches;
  for (const Sentence& sentence : doc.tokens().sentences) {
    matches.clear();
    for (const ClaimsBase* base : bases) base->match(doc, sentence, matches);
    std::set<std::string_view> seen;  // a project entry with a built-in id overrides nothing; report once
    for (const ClaimMatch& m : matches) {
      const ClaimEntry& e = *m.entry;
      if (e.kind != kind || !seen.insert(e.id).second) continue;
      if (quoted(doc.slice(sentence.span), m.span.begin - sentence.span.begin)) continue;
      Finding finding;
      finding.span = m.span;
      if (kind == ClaimKind::Outdated) {
        if (!e.since || ref.date < *e.since) continue;
        finding.message = fmt::format("Outdated since {} ({}): {} {}", e.since->monthYear(), ref.describe(),
                                      e.correction, sourceText(e));
      } else {
        finding.message = fmt::format("Incorrect: {} {}", e.correction, sourceText(e));
      }
      if (!e.replacement_from.empty()) {
        const std::string_view text = doc.slice(sentence.span);
        const std::size_t at = text.find(e.replacement_from);
        if (at != std::string_view::npos) {
          Fix fix;
          fix.title = fmt::format("Replace '{}' with '{}'", e.replacement_from, e.replacement_to);
          fix.edits.push_back(
              {{sentence.span.begin + at, sentence.span.begin + at + e.replacement_from.size()}, e.replacement_to});
          fix.preferred = true;
          finding.fixes.push_back(std::move(fix));
        }
      }
      sink.add(std::move(finding));
    }
  }
}

}  // namespace copydesk::facts
