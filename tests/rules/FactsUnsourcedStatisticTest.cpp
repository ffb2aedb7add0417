#include "rules/RuleTestHelpers.h"

namespace copydesk::testing {
namespace {

constexpr std::string_view kRule = "facts/unsourced-statistic";

TEST(FactsUnsourcedStatistic, FlagsPercentagesWithTheirHedge) {
  expectFindings(kRule, "Memory bugs account for [[roughly 70%]] of security issues.");
  expectFindings(kRule, "Adoption grew by [[40 percent]] last year.");
  expectFindings(kRule, "We support [[about 3x faster]] builds than before, it is said.");
}

TEST(FactsUnsourcedStatistic, FlagsCountsProportionsAndRankings) {
  expectFindings(kRule, "Having architected platforms supporting [[1.8M+ users]] across roles, I know.");
  expectFindings(kRule, "The deal was worth [[$4.5 billion]].");
  expectFindings(kRule, "[[One in five]] developers uses it daily.");
  expectFindings(kRule, "It runs on [[millions of devices]].");
  expectFindings(kRule, "The project has [[12,000 commits]].");
  expectFindings(kRule, "Rust is the [[most loved]] language.");
}

TEST(FactsUnsourcedStatistic, SourcedSentencesAreFine) {
  expectNoFindings(kRule, "According to Microsoft, roughly 70% of security bugs are memory bugs.");
  expectNoFindings(kRule, "Roughly 70% of security bugs are memory bugs [3].");
  expectNoFindings(kRule, "Roughly 70% of security bugs are memory bugs (Miller, 2019).");
  expectNoFindings(kRule, "Roughly 70% of security bugs are memory bugs.[^1]\n\n[^1]: MSRC, 2019.");
  expectNoFindings(kRule, "Roughly [70% of security bugs](https://example.com/msrc) are memory bugs.");
  expectNoFindings(kRule, "A 2019 Microsoft study found that 70% of bugs were memory bugs.");
  expectNoFindings(kRule, "In our benchmarks we measured a 30% speedup.");
  expectNoFindings(kRule, "About 40% of respondents use Rust at work.");
}

TEST(FactsUnsourcedStatistic, NotStatistics) {
  expectNoFindings(kRule, "Rust 1.75 was released in 2023 and version 6.12.1 followed at 10:30.");
  expectNoFindings(kRule, "The Applied Micro QT2025 PHY driver was merged.");
  expectNoFindings(kRule, "Use `70%` as the threshold in code.");
  expectNoFindings(kRule, "# 70% of teams\n\nBody text.");
  expectNoFindings(kRule, "The book \"50% Faster\" is a title.");
  expectNoFindings(kRule, "It happened in the first half of 2024.");
  expectNoFindings(kRule, "The API is 100% safe.");
}

TEST(FactsUnsourcedStatistic, EveryFixOfADocumentTakesTheNumberAfterItsFootnotes) {
  // The number is found once per check: later findings, and a reference that
  // comes after them in the text, still count.
  const RuleRun run = runRule(kRule, "Roughly 70% of bugs are memory bugs. About 40% are logic bugs.\n\n"
                                     "Nearly 90% of users upgrade.\n\nSee [^7].\n\n[^7]: A note.\n");
  ASSERT_EQ(run.findings.size(), 3u);
  for (const Finding& finding : run.findings) {
    ASSERT_EQ(finding.fixes.size(), 1u);
    EXPECT_EQ(finding.fixes[0].title, "Add a footnote citation [^8]");
    EXPECT_EQ(finding.fixes[0].edits[0].new_text, "[^8]");
  }
}

TEST(FactsUnsourcedStatistic, FixAddsFootnotePlaceholder) {
  expectFix(kRule, "Roughly 70% of bugs are memory bugs.\n",
            "Roughly 70% of bugs are memory bugs.[^1]\n\n[^1]: Source needed\n");
  expectFix(kRule, "See [^2] first.\n\nRoughly 70% of bugs are memory bugs.\n\n[^2]: A note.\n",
            "See [^2] first.\n\nRoughly 70% of bugs are memory bugs.[^3]\n\n[^2]: A note.\n[^3]: Source needed\n");
  expectFix(kRule, "Roughly 70% of bugs are memory bugs.", "Roughly 70% of bugs are memory bugs.[citation needed]",
            nlohmann::json::object(), DocumentFormat::PlainText);
}

TEST(FactsUnsourcedStatistic, FixWritesTheFormatsOwnFootnote) {
  expectFix(kRule, "<p>Roughly 70% of bugs are memory bugs.</p>\n",
            "<p>Roughly 70% of bugs are memory bugs.<sup>[citation needed]</sup></p>\n", nlohmann::json::object(),
            DocumentFormat::Html);
  expectFix(kRule, "import X from 'x'\n\nRoughly 70% of bugs are memory bugs.\n",
            "import X from 'x'\n\nRoughly 70% of bugs are memory bugs.[^1]\n\n[^1]: Source needed\n",
            nlohmann::json::object(), DocumentFormat::Mdx);
  expectFix(kRule, "Subject\n\nRoughly 70% of bugs are memory bugs.\n",
            "Subject\n\nRoughly 70% of bugs are memory bugs.[citation needed]\n", nlohmann::json::object(),
            DocumentFormat::GitCommit);
}

}  // namespace
}  // namespace copydesk::testing
