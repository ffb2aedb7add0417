#include "rules/RuleTestHelpers.h"

namespace copydesk::testing {
namespace {

constexpr std::string_view kRule = "facts/unsourced-statistic";
// The opening paragraph of an article whose writers speak as "we".
constexpr std::string_view kWe = "We rewrote the linker and our team measured it on our machines.\n\n";

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

// Issue 20: chart positions, quantities with units, money; sources are not claims.
TEST(FactsUnsourcedStatistic, ChartsQuantitiesAndMoney) {
  constexpr std::string_view kId = "facts/unsourced-statistic";
  expectFindings(kId, "The single reached number [[17]] in the Swedish charts.");
  expectFindings(kId, "Each plant can release [[up to 150 liters per day]].");
  expectFindings(kId, "The restoration cost well in [[excess of $15 million]].");
  expectFindings(kId, "The cluster serves [[more than 1,000 requests per second]].");
  // Encyclopedia figures: a census at any size, seats and spectators, heights in short units.
  expectFindings(kId, "The town has a population of [[about 4,500]].");
  expectFindings(kId, "The stadium holds [[45,000 spectators]].");
  expectFindings(kId, "The tower is [[324 m tall]] and visible from the coast.");
  expectNoFindings(kId, "Allocate 512 m of heap for the build.");
  expectNoFindings(kId, "The limit is 1000 requests per minute per token.");
  expectNoFindings(kId, "The castle was rebuilt in 1544 after a fire.");
  expectNoFindings(kId, "Set a timeout of 30 seconds.");
  expectNoFindings(kId, "Text.[^1]\n\n[^1]: \"Judge strikes $450 million from $1 billion damages award\".");
  // A citation sources its own sentence only (tests/data/facts/sourcing-next-sentence.jsonl).
  expectFindings(kId, "[[About 40%]] of users churn. Read [the guide](https://example.com/guide). It is short.");
  expectNoFindings(kId, "About 40% of users churn. See [the report](https://example.com/report).");
  expectNoFindings(kId, "About 40% of users churn, says [the report](https://example.com/report).");
  expectNoFindings(kId, "Text.\n\n## Bibliography\n\n- Smith, \"70% of bugs\", 2021.");
  // A LaTeX bibliography has no heading in the source: its entries are source material by their command.
  constexpr std::string_view kLatexBibliography =
      "\\documentclass{article}\n\\begin{document}\nText.\n\\begin{thebibliography}{9}\n"
      "\\bibitem{judge} Judge strikes \\$450 million from \\$1 billion damages award. 2021.\n"
      "\\bibitem{smith} J. Smith: \\emph{70\\% of bugs}. 2021.\n\\end{thebibliography}\n"
      "About 40\\% of users churn.\n\\end{document}\n";
  const RuleRun latex = runRule(kId, std::string(kLatexBibliography), {}, DocumentFormat::Latex);
  ASSERT_EQ(latex.findings.size(), 1u);
  EXPECT_EQ(latex.document->slice(latex.findings[0].span), "About 40\\%");
  // A footnote inside a footnote ends first; the outer one's text before and after it is still a source.
  expectNoFindings(kId,
                   "\\documentclass{article}\n\\begin{document}\nText.\\footnote{About 70\\% of users churn. "
                   "Teams differ\\footnote{An inner note.} and then 40\\% of teams stay.}\n\\end{document}\n",
                   {}, DocumentFormat::Latex);
}

// Found in documents outside the blogs (shared/formats): labels and figures of speech are no statistics.
TEST(FactsUnsourcedStatistic, LabelsAndCertaintyAreNotStatistics) {
  expectNoFindings(kRule, "**Use-case #1: Roles and Responsibilities in an Enterprise**");
  expectNoFindings(kRule, "This is post #1 in a series about local deployment options.");
  expectNoFindings(kRule, "There is a simple solution to issues #1 and #3: generate an envvar file.");
  expectNoFindings(kRule, "New rules for reporting bugs. In: TUGboat, 39#1, 2018.");
  expectNoFindings(kRule, "Write comments in English, unless you are 120% sure that the code will never be read.");
  expectNoFindings(kRule, "We are 100 percent committed to the plan.");
  expectNoFindings(kRule, "A fully saturated red that is also 25% transparent is drawn lighter.");
  expectNoFindings(kRule, "Open the page at 150% zoom.");
  expectFindings(kRule, "Documentation is the [[#1]] driver of software adoption.");
  expectFindings(kRule, "The model is [[95%]] accurate on new data.");
}

// Issue 20, second blog set: figures the writer reports first-hand are not claims that need a source;
// adoption sizes and rankings of the world are.
TEST(FactsUnsourcedStatistic, FirstPartyFigures) {
  for (std::string_view text : {
           "We're seeing up to a 12% reduction in compile times.",
           "Our Kubernetes cluster processes 800 million requests per day.",
           "Only 30% of our apps have been migrated.",
           "Documentation lints were optimized, giving us up to a 13.5% decrease.",
           "This change alone resulted in a 5% reduction in the binary size.",
           "Go 1.21 builds programs 2-4% faster.",
           "63% said they work in web development.",
           "In the 2019 survey, 82.8% of responders indicated they used Rust.",
           "We reserved $75k per year for travel expenses.",
           "This release is made possible through the efforts of hundreds of individuals.",
           "If the hardware has an uptime of 50%, we can't run CI jobs on it.",
           "We had thousands of servers with a collective CPU utilization under 5%.",
           "We're probably already 75-80% of the way there.",
       })
    expectNoFindings(kRule, text);
  expectFindings(kRule, "Our library is the [[#1]] choice for embedded developers.");
  expectFindings(kRule, "Go has [[about one million users]] worldwide.");
  expectFindings(kRule, "It serves tens of [[thousands of application instances]].");
  expectFindings(kRule, "It is the [[largest]] carpooling network in the world.");
  expectFindings(kRule, "JSON has become the [[most popular]] data format.");
  expectFindings(kRule, "The company raised [[$4.5 billion]] in its last funding round.");
}

// Issue 20, measured in whole posts (bench/facts-in-context): by how much something changed is the
// writers' own measurement when they write as "we"; in an article that does not, it stays a claim.
TEST(FactsUnsourcedStatistic, ChangeFiguresInArticlesWrittenAsWe) {
  for (std::string_view change : {
           "That change shrinks binaries by 5-20%.",
           "The new format shrinks Go binaries by a further 5-15%.",
           "Typical programs are about 30% smaller.",
           "Going to main memory can be up to 100x slower.",
           "Linking is reduced 7x, resulting in a 40% reduction in compilation times.",
           "The savings average around 75%.",
           "Some workloads see a reduction of up to 40%.",
           "Compile times have improved by 5-10% in the last year.",
           "For the larger response sizes the delay drops to about 1%.",
           "Its run-time overhead is modest, adding only about 3% when running a typical test.",
       })
    expectNoFindings(kRule, std::string(kWe) + std::string(change));
  expectFindings(kRule, "Typical programs are [[about 30%]] smaller.");
  expectFindings(kRule, "Compile times have improved by 5-[[10%]] in the last year.");
  // Not a change: the share stays a claim, and so does a figure after "by" with no verb of change.
  expectFindings(kRule, std::string(kWe) + "[[About 70%]] of security bugs are memory safety issues.");
  expectFindings(kRule, std::string(kWe) + "The tool is used by [[70%]] of developers.");
}

TEST(FactsUnsourcedStatistic, ExhibitsPercentilesAndAudiences) {
  expectNoFindings(kRule, "The table below shows that the worst case delay remains at 7%.");
  expectNoFindings(kRule, "The variance is close to 40s when we compare the 99% latency of two builds.");
  expectFindings(kRule, "He launched it to an [[audience of millions]] in one day.");
  expectFindings(kRule, "MySQL (the [[most popular]] open source RDBMS) stores data in files.");
}

// A writer at work anywhere in the sentence, a credit shared with other figures, a figure of speech.
TEST(FactsUnsourcedStatistic, WritersAtWorkAndCredits) {
  for (std::string_view text : {
           "To show it, I've developed a simple demo of a cluster serving 1 million HTTP requests per second.",
           "We have also updated many logging calls such that over 99% of logging volume is now structured.",
           "When I ported individual sections, the Swift source typically measured 30% the size of the C++ code.",
           "TelemetryDeck manages the data of over 16 million people every month, and we're doing it with Swift.",
           "After talking to hundreds of Kubernetes users, it seems that administrators want the physical view.",
           "Kubernetes has united thousands of contributors from hundreds of organizations.",
           "More than 30 contributors worked on the package, accounting for more than 30% of the commits.",
           "A 70% solution is to compare only the first table.",
       })
    expectNoFindings(kRule, text);
  expectFindings(kRule, "We know that [[about 70%]] of security bugs are memory safety issues.");
  expectFindings(kRule, "We think Rust is the [[most loved]] language.");
}

// A service level the writers met, a figure of the article's own feature, a share shown with its counts.
TEST(FactsUnsourcedStatistic, ServiceLevelsOwnFeaturesAndShownCounts) {
  expectNoFindings(kRule, "API responsiveness: 99% of all API calls return in less than 1s.");
  expectNoFindings(kRule, "Pod startup time: 99% of pods start within 5s.");
  expectFindings(kRule, "[[99%]] of all API calls are reads.");
  // A figure of "this mode" or "this feature" is about the article's own subject; a ranking over a list stays one.
  expectNoFindings(kRule, "In the project this mode was tested against, it reduced debug build time by 30%.");
  expectFindings(kRule, "It is only used for the [[most popular]] Linux, Windows, and Apple targets.");
  // A share shown with its counts.
  expectNoFindings(
      kRule, "58% of all pull requests by new contributors (114 out of the total 195) were opened by one person.");
}

// A goal, a possibility or a requirement is not a claim about the world.
TEST(FactsUnsourcedStatistic, GoalsAndPossibilities) {
  for (std::string_view text : {
           "The goal is to have a test suite containing thousands of projects.",
           "It makes it possible to serve 1 million requests per second.",
           "It is not enough to scale to thousands of nodes.",
           "The project also has to scale to thousands of developers.",
           "There are more than 800 million possible images.",
       })
    expectNoFindings(kRule, text);
  // The goal is in another clause; "used to" is no goal.
  expectFindings(kRule, "That was the goal, and [[thousands of projects]] use it.");
  expectFindings(kRule, "It is used to run [[millions of devices]].");
  expectFindings(kRule, "Developers have to review [[thousands of packages]].");
}

// In an article written in the first person, measurements are the writers' own; rankings, people, things
// adopted, the world and third parties' figures stay claims. In impersonal text every figure stays a claim.
TEST(FactsUnsourcedStatistic, MeasurementsInArticlesWrittenInFirstPerson) {
  constexpr std::string_view kI = "I rewrote the collector and I measured it on my machine.\n\n";
  for (std::string_view measured : {
           "About 90% of the cost of the garbage collector is spent marking.",
           "Notice that the coverage is 42.9%, which isn't very good.",
           "Under cranelift it takes ~14% of the time.",
           "Most hash tables define a maximum load factor (typically 70-90%).",
           "The model has over 27 million parameters.",
           "The service handles billions of requests per day.",
           "The website ended the year with ~6 million page views per month.",
           "The project has seen over 30,000 commits from more than 1,000 contributors.",
           "We're seeing over 400 pull requests per week.",
           "The docs had over 53 million unique page views, up from ~5M page views a month in January.",
       }) {
    expectNoFindings(kRule, std::string(kWe) + std::string(measured));
    expectNoFindings(kRule, std::string(kI) + std::string(measured));
  }
  expectFindings(kRule, "[[About 90%]] of the cost of the garbage collector is spent marking.");
  expectFindings(kRule, "The model has [[over 27 million]] parameters.");
  expectFindings(kRule, "The kernel has [[over 30,000 commits]] from other companies.");
  expectFindings(kRule, "The site had [[over 53 million]] unique page views.");
  for (std::string_view claim : {
           "Go has [[about one million users]] worldwide.",
           "Xcode supports [[millions of apps]] in the App Store.",
           "Usually this will solve [[99%]] of the problems.",
           "Only [[about 0.1%]] of the kernel's 40M total lines are in Rust.",
           "Their platform serves [[around 350 million packages]] a day.",
           "Go programs spend [[20%]] or more of their CPU time in the collector.",
           "It is already among the top [[2%]] of projects.",
           "The registry has had [[over 600 million downloads]] per month.",
           "Most attacks, [[roughly 80%]], exploit known vulnerabilities.",
           "The median project depends on 80 packages, and [[20%]] of them are unmaintained.",
           "Linux runs on [[96.3%]] of the top one million web servers.",
           "Remote teams are [[13%]] more productive.",
           "The crate has been downloaded [[150 million]] times.",
           "It runs on [[3 billion]] Android devices.",
           "Each plant can release [[up to 150 liters per day]].",
           "The restoration cost well in [[excess of $15 million]].",
           "In growth, Go fell to the second spot with [[44%]].",
           "The vendor holds a [[60%]] market share.",
       })
    expectFindings(kRule, std::string(kWe) + std::string(claim));
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

// Wikipedia's [citation needed] forms.
TEST(FactsUnsourcedStatistic, EncyclopediaStatistics) {
  expectFindings(kRule, "It is the [[largest]] mosque in the country.");
  expectFindings(kRule, "It is the [[oldest]] bridge in Europe.");
  expectNoFindings(kRule, "Pick the largest value in the array.");
  expectNoFindings(kRule, "It is the oldest release in CI.");
  expectNoFindings(kRule, "The biggest shift in Rust 1.9 is the new module.");
  expectNoFindings(kRule, "It is the oldest open issue in Cargo today.");
  expectFindings(kRule, "[[Two thirds of]] the residents voted against the plan.");
  expectFindings(kRule, "The album sold [[over one million copies]] in its first week.");
}

// Fractions count members of a population, not parts of an amount or the writer's tally.
TEST(FactsUnsourcedStatistic, FractionsOfAPopulation) {
  expectFindings(kRule, "[[Two thirds of]] the residents left the island.");
  expectFindings(kRule, "[[Roughly two-thirds of]] crashes come from null pointer dereferences.");
  expectFindings(kRule, "[[4 out of 5]] dentists recommend it.");
  expectNoFindings(kRule, "Every six months, half of the council terms end.");
  expectNoFindings(kRule, "This phase typically takes about one third of the compilation time.");
  expectNoFindings(kRule, "So far 3 out of 14 challenges have been solved.");
  expectNoFindings(kRule, "The change removes half of the final adds.");
}

TEST(FactsUnsourcedStatistic, NamedReporterAndRankedSelection) {
  expectNoFindings(kRule, "The ecosystem grows, with GitHub reporting more than 90,000 Go repositories.");
  expectNoFindings(kRule, "Each point is a crate within the 10,000 most-downloaded crates.");
  expectFindings(kRule, "The registry lists [[over 90,000 repositories]].");
}

// In an article written as "we": what the writers run, their money and their community's counts.
TEST(FactsUnsourcedStatistic, WritersOwnInfrastructureMoneyAndCommunity) {
  for (std::string_view own : {
           "There are already 150,000 running containers online.",
           "At present the Council only has about $50k left unreserved.",
           "That is $600k per year that can go towards salaries instead of our IaaS provider.",
           "Kubernetes has an active community of more than 40,000 people.",
           "The first event brought together 1,000 individuals.",
           "The project has 3100+ GitHub stars.",
           "We know of hundreds of real production deployments.",
       })
    expectNoFindings(kRule, std::string(kWe) + std::string(own));
  for (std::string_view claim : {
           "The company raised [[$4.5 billion]] in its last funding round.",
           "Bugs cost the industry [[$2 trillion]] a year.",
           "The project gained [[20,000 stars]] in its first month.",
       })
    expectFindings(kRule, std::string(kWe) + std::string(claim));
}

// Encyclopedia forms: small counts of people, ranks in one hyphenated word, placings.
TEST(FactsUnsourcedStatistic, EncyclopediaCountsAndRanks) {
  expectFindings(kRule, "The village has [[300 inhabitants]].");
  expectFindings(kRule, "[[Over 60 people]] were killed in the attack.");
  expectFindings(kRule, "It is the [[third-largest]] city in the state.");
  expectFindings(kRule, "It was one of the [[best-selling]] games of 2004.");
  expectFindings(kRule, "The team finished [[second]] in the league that season.");
  expectNoFindings(kRule, "Google is dedicating headcount to it (3-4 people, possibly more).");
  expectNoFindings(kRule, "This is the second-largest change of the release, as second-to-last.");
  expectNoFindings(kRule, "The first step is to install the tool.");
  expectNoFindings(kRule, std::string(kWe) + "We have helped 500+ people and 120 students to date.");
  expectFindings(kRule, "The nature reserve covers [[4,000 hectares]].");
  expectFindings(kRule, "The park has an area of [[120 km2]].");
  expectFindings(kRule, "The summit has an elevation of [[2,100 m]].");
  expectFindings(kRule, "The mine produced [[12,000 ounces]] of gold.");
  expectFindings(kRule, "[[About 1,500 species]] of birds live in the park.");
  expectFindings(kRule, "The region receives an average of [[800 mm of rain]] per year.");
  expectFindings(kRule, "The team won [[12 consecutive matches]] in 1998.");
  expectFindings(kRule, "Attendance dropped by [[a third]] in the following season.");
  expectFindings(kRule, "The budget was cut by [[half]].");
  expectNoFindings(kRule, "There are a total of 3 new packages in the standard library.");
  expectNoFindings(kRule, "Split the list by half of its length.");
  expectNoFindings(kRule, "The buffer is 2,100 m away from the limit.");
}

}  // namespace
}  // namespace copydesk::testing
