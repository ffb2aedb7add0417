// facts/outdated-claim: statements that were true once and no longer are,
// from the claims knowledge base (rules/facts/data/claims.json and the
// project's .copydesk/claims/*.json).
#include "engine/ParagraphRule.h"
#include "facts/FactsRules.h"
#include "facts/support/ClaimCheck.h"
#include "facts/support/DocumentInputs.h"
#include "facts/support/ReleaseCheck.h"

namespace copydesk {

namespace {

constexpr RuleInfo kInfo{
    "facts/outdated-claim",
    Severity::Warning,
    "Claims that are out of date",
    "Technical facts change: a language leaves experimental status, a runtime reaches end of life, a "
    "company is renamed. copydesk keeps a knowledge base of such facts, each with the date it changed "
    "and a source, and reports a sentence that still states the old fact once the reference date (the "
    "check date, or the article's date with `facts.judgeBy: \"document-date\"`) is past that date. A "
    "sentence that already says the fact changed (\"no longer experimental\") is not reported.\n\n"
    "Add your own entries in `.copydesk/claims/*.json` (schema: `copydesk claims check`).\n\n"
    "**Release data.** Statements about software releases are checked against the lifecycle of 464 "
    "products from endoflife.date (MIT licence; snapshot of 22 August 2026, compiled in from "
    "`rules/facts/data/releases.txt`), and of Swift from swift.org's list of releases (Apache-2.0; releases "
    "up to 12 December 2025, `rules/facts/data/releases-swift.txt`): a product and version (\"Node.js 20\", "
    "\"Kubernetes 1.25\", "
    "\"Go 1.16\", or a bare \"v4\" / \"the 1.5 release\" when the paragraph or title names the product) "
    "said to be the latest, current or newest release after a later one came out; said to be supported, "
    "in active LTS or maintenance after its end of life or end of active support; or spoken of as a plan "
    "(will include, upcoming, planned for, next release, in beta) once it was released. Past tense is "
    "history and is not reported. The message says what is true at the reference date and which data says "
    "so; when the reference date is later than the snapshot, it says the data may have missed later "
    "changes.\n\n"
    "**Refreshing the data.** Point `\"facts\": {\"releaseData\": \"DIR\"}` in `.copydesk.json`, or "
    "`copydesk check --release-data DIR`, at a newer snapshot folder (its `cycles.json`, the normalised form "
    "of endoflife.date's product pages) to use it without a new build; maintainers regenerate the compiled "
    "table with `scripts/refresh-release-data DIR`, and the Swift table with `scripts/refresh-release-data "
    "--swift-releases swift_releases.yml` (a local copy of swiftlang/swift-org-website's "
    "`_data/builds/swift_releases.yml`). The hover of a release finding shows the product's "
    "cycles around the one mentioned.\n\n"
    "**Fix:** update the sentence as the message says. A fix is offered only when it is exact: the entry's "
    "replacement; \"currently\" made \"as of <the article's month>\"; or, in a plain \"the latest version is "
    "X\", the newer version (applied by `--fix` only while the data is as recent as the reference date).",
};

class OutdatedClaimRule final : public facts::FactsParagraphRule {
 public:
  OutdatedClaimRule() : FactsParagraphRule(kInfo, facts::document_input::kDate) {}

  // The products the title names decide whether a bare "v4" is a release mention.
  std::uint64_t documentInputs(const RuleContext& ctx) const override {
    return FactsParagraphRule::documentInputs(ctx) ^ facts::releaseTitleInputs(ctx.document);
  }
  void check(const RuleContext& ctx, FindingSink& sink) const override {
    // Claims first; a release finding on a sentence a claim already covers is left out.
    struct Recording final : FindingSink {
      FindingSink& out;
      std::vector<ByteSpan> spans;
      explicit Recording(FindingSink& o) : out(o) {}
      void add(Finding f) override {
        spans.push_back(f.span);
        out.add(std::move(f));
      }
    } claims(sink);
    facts::checkClaims(ctx, facts::ClaimKind::Outdated, claims);
    struct Filtered final : FindingSink {
      FindingSink& out;
      const Document& doc;
      const std::vector<ByteSpan>& taken;
      Filtered(FindingSink& o, const Document& d, const std::vector<ByteSpan>& t) : out(o), doc(d), taken(t) {}
      void add(Finding f) override {
        for (const Sentence& s : doc.tokens().sentences) {
          if (f.span.begin < s.span.begin || f.span.begin >= s.span.end) continue;
          for (const ByteSpan& t : taken)
            if (t.begin >= s.span.begin && t.begin < s.span.end) return;
          break;
        }
        out.add(std::move(f));
      }
    } releases(sink, ctx.document, claims.spans);
    if (claims.spans.empty()) facts::checkReleaseClaims(ctx, sink);
    else facts::checkReleaseClaims(ctx, releases);
  }
};

}  // namespace

std::unique_ptr<Rule> makeOutdatedClaimRule() { return std::make_unique<OutdatedClaimRule>(); }

}  // namespace copydesk
