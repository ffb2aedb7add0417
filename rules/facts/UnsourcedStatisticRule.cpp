// facts/unsourced-statistic: percentages, proportions, multipliers, large
// counts and measured rankings with no source in the sentence.
#include <algorithm>
#include <optional>

#include <fmt/format.h>

#include "engine/ParagraphRule.h"
#include "facts/FactsRules.h"
#include "facts/support/CitationFix.h"
#include "facts/support/DocumentInputs.h"
#include "facts/support/FactsText.h"
#include "facts/support/Sourcing.h"
#include "facts/support/StatisticFinder.h"
#include "text/Ascii.h"

namespace copydesk {

namespace {

using facts::SentenceTokens;

constexpr RuleInfo kInfo{
    "facts/unsourced-statistic",
    Severity::Warning,
    "Statistics with no source",
    "A number stated as fact (\"roughly 70% of security bugs\", \"1.8M+ users\", \"3x faster\", "
    "\"one in five developers\", \"the most popular language\") is the first thing a careful reader "
    "checks and the first thing that goes out of date. Give its source in the same sentence: a link, "
    "a footnote (`[^1]`), a citation (`[3]`, `(Smith, 2021)`) or an attribution (\"according to the "
    "2024 Stack Overflow survey\", \"Microsoft reported\", \"we measured\").\n\n"
    "Chart positions (\"reached number 17 in the charts\"), placings and ranks (\"finished second\", \"the "
    "third-largest city in the state\", \"best-selling\"), counts of people (\"300 inhabitants\"; in an article "
    "written as \"we\", the writers' own tally), superlatives over a place (\"the largest mosque in "
    "the country\"), fractions of a population (\"two thirds of the residents\"; not \"one third of the compilation "
    "time\" nor the writer's tally \"3 out of 14 challenges\"), a population (\"a population of about 4,500\"), "
    "measured quantities (\"150 liters per day\", \"324 m tall\", \"an average of 800 mm of rain\", "
    "\"up to 150 GB\"), streaks (\"12 consecutive matches\"), changes by a fraction (\"dropped by a third\") and "
    "money (\"$15 million\") count too. A link on a bare name (\"[Prometheus](...)\") is "
    "no source. Years, versions, dates, times, settings, list "
    "and heading numbers, labels (\"Use-case #1\"), part numbers, code, quoted titles, certainty (\"120% sure\") and "
    "the look of a picture (\"25% transparent\") are not statistics; headings, table cells, "
    "footnote definitions, reference lists and LaTeX bibliographies are not checked. Figures the writer reports "
    "first-hand (a survey's answers, \"we're seeing a 12% reduction\", \"this release is 10% faster\", the project's "
    "budget) "
    "need no outside source. In an article written in the first person (\"we\", \"I\"), neither do by how much "
    "something changed (\"shrinks binaries by 5%\") and what the writers measure (\"90% of the cost is spent "
    "marking\", \"the coverage is 42.9%\", \"over 27 million parameters\", \"6 million page views per month\") and "
    "what their project's repository records (\"over 30,000 commits\", \"20,000 contributors\") or its site's "
    "analytics count (\"53 million page views\"), what they run (\"150,000 running containers\"), their own money "
    "(\"about $50k left unreserved\") and their community's counts (\"a community of 40,000 people\", \"3100+ GitHub "
    "stars\"); rankings, shares of a population (\"70% of developers\", \"99% of "
    "the problems\"), people and things "
    "adopted (\"one million downloads\"), growth and market share, and figures of the world or of a third party "
    "(\"their platform serves 350 million packages a day\") stay claims. Goals and possibilities (\"the goal is "
    "to have thousands of projects\", \"possible to serve 1 million requests per second\") are not claims.\n\n"
    "**Fix:** add the source. The offered fix inserts a footnote placeholder (`[^n]` and `[^n]: Source "
    "needed` at the end of a Markdown document) or `[citation needed]` in plain text.",
};

using Stat = facts::Statistic;
using facts::countNoun;
using facts::magnitudeWord;
using facts::physicalUnit;

class UnsourcedStatisticRule final : public facts::FactsParagraphRule {
 public:
  UnsourcedStatisticRule()
      : FactsParagraphRule(kInfo, facts::document_input::kArticleKind | facts::document_input::kCitationFix |
                                      facts::document_input::kSourceSections | facts::document_input::kFirstPerson) {}

  void check(const RuleContext& ctx, FindingSink& sink) const override {
    const Document& doc = ctx.document;
    const auto& sentences = doc.tokens().sentences;
    const facts::ArticleKind kind = facts::articleKind(doc);
    // A survey report's figures come from the survey it reports.
    if (kind.survey_report) return;
    std::vector<Stat> stats;
    facts::CitationFixes citations(doc);
    facts::SourceMaterial source_material(doc);
    std::optional<bool> first_person;  // read once, at the first change figure or measurement
    for (std::uint32_t si = 0; si < sentences.size(); ++si) {
      const Sentence& sentence = sentences[si];
      const Block& block = facts::blockOf(doc, sentence);
      if (block.kind == BlockKind::Heading || block.kind == BlockKind::TableCell) continue;
      if (source_material.contains(sentence)) continue;
      if (doc.slice(block.span).starts_with("|")) continue;  // a table row the extractor kept as text
      const SentenceTokens s(doc, sentence);
      stats.clear();
      facts::findStatistics(s, stats);
      if (stats.empty() || facts::sentenceIsSourced(s) || facts::citedByClosingSentence(doc, si)) continue;
      // A release announcement's performance figures are the project's own measurements.
      if (kind.release_or_update && aboutPerformance(s)) continue;
      if (firstPartySentence(s)) continue;
      // One figure the writer owns makes the sentence a first-hand report: "We had thousands of
      // servers with a CPU utilization under 5%"; rankings stay claims.
      // So does a writer who did the work ("We have also updated many calls such that over 99% ...", "When I
      // ported it, the source measured 30% the size") and a credit ("thousands of contributors from
      // hundreds of organizations").
      const bool first_hand = firstPersonAtWork(s) || std::any_of(stats.begin(), stats.end(), [&s](const Stat& stat) {
                                return firstPartyFigure(s, stat) || credit(s, stat);
                              });
      for (const Stat& stat : stats) {
        if ((first_hand && !ranking(s, stat)) || percentile(s, stat) || s.is(stat.end, "solution") ||
            serviceTarget(s, stat) || (shownCounts(s) && s.token(stat.end - 1).has(token_flag::kPercent)) ||
            goalOrPossibility(s, stat))
          continue;
        // By how much something changed ("shrinks binaries by 5%", "20-30% faster", "a 40% reduction"),
        // measurements ("90% of the cost is spent marking", "over 27 million parameters", "6 million page
        // views per month") and small tallies of people ("120 students") in an article whose writers speak in
        // the first person ("we", "I"): their own.
        if (stat.small_count || changeFigure(s, stat) || measurement(s, stat) || projectRecord(s, stat)) {
          if (!first_person) first_person = facts::writtenInFirstPerson(doc);
          if (*first_person) continue;
        }
        Finding finding;
        finding.span = {s.token(stat.first).span.begin, s.token(stat.end - 1).span.end};
        finding.message = fmt::format("'{}' is stated as fact with no source: cite where the figure comes from",
                                      doc.slice(finding.span));
        finding.fixes.push_back(citations.forSentence(sentence));
        sink.add(std::move(finding));
      }
    }
  }

 private:
  // A sentence whose figures the authors report first-hand: a survey's answers ("63% of respondents
  // said"), the project's own change measured ("this change", "in Go 1.21 ... faster"), its budget
  // ("we allocated $50k"). Bloggers state their own numbers; an unsourced figure is someone else's.
  static bool firstPartySentence(const SentenceTokens& s) {
    bool performance = false, version = false, money_use = false, exhibit = false, here = false, currency = false;
    for (std::uint32_t i = s.begin(); i < s.end(); ++i) {
      // "Kubernetes v1.19", "Go 1.21": a version, or a decimal after a capitalised name.
      if (s.token(i).has(token_flag::kVersion) ||
          (s.token(i).kind == TokenKind::Number && s.raw(i).find('.') != std::string_view::npos && i > s.begin() &&
           s.isWord(i - 1) && s.token(i - 1).has(token_flag::kCapitalized)))
        version = true;
      currency = currency || currencyAt(s, i);
      if (!s.isWord(i)) continue;
      const std::string_view w = s.lower(i);
      if (oneOf(w, {"respondents", "respondent", "responders", "responses", "survey", "surveyed", "poll", "votes",
                    "attendees"}))
        return true;
      if (w == "this" && i + 1 < s.end() &&
          oneOf(s.lower(i + 1), {"change", "release", "version", "optimization", "optimisation", "pr", "patch", "mode",
                                 "feature", "flag", "option"}))
        return true;
      performance = performance || oneOf(w, {"faster", "slower", "speedup", "speedups", "performance", "improvement",
                                             "improvements", "improved", "improves", "reduction", "reduces", "reduced",
                                             "overhead", "latency", "throughput", "shrinks"});
      // "The table below shows": the article's own data.
      exhibit = exhibit || oneOf(w, {"table", "chart", "graph", "figure", "plot", "results"});
      here = here || oneOf(w, {"below", "above"});
      money_use = money_use || oneOf(w, {"allocated", "allocate", "reserved", "reserve", "budget", "donations",
                                         "donation", "ticket", "discount", "proceeds"});
    }
    // A budget word counts with money only: "the nature reserve covers 4,000 hectares" is no budget.
    return (performance && version) || (money_use && currency) || (exhibit && here);
  }

  // Whether a verb of observing, measuring or handling follows a first-person subject (from `k`, before
  // `limit`): "we're seeing", "we measured", "I estimate", "we reserved"; not "we support".
  static bool observedBy(const SentenceTokens& s, std::uint32_t k, std::uint32_t limit) {
    for (; k < limit && k < s.end() && s.isWord(k); ++k) {
      const std::string_view w = s.lower(k);
      if (oneOf(w, {"seeing",    "see",     "saw",       "seen",      "measured", "measure",  "observed",  "found",
                    "got",       "get",     "had",       "have",      "received", "reserved", "allocated", "spent",
                    "handle",    "handled", "process",   "processed", "run",      "ran",      "running",   "serve",
                    "served",    "serving", "delivered", "deliver",   "reached",  "moved",    "migrated",  "estimate",
                    "estimated", "suspect", "achieved",  "recorded",  "grew",     "cut",      "saved",     "updated",
                    "changed",   "made",    "ported",    "included",  "include",  "are",      "were",      "was"}))
        return true;
      if (w == "know" && s.is(k + 1, "of")) return true;  // "We know of hundreds of deployments"
      if (!(w.ends_with("ly") || oneOf(w, {"also", "now", "already", "still", "just", "have", "'ve", "'re"})))
        return false;
    }
    return false;
  }

  static bool changeWord(std::string_view w) {
    return oneOf(w, {"reduction",  "reductions",  "reduced",      "reduces",   "reduce",   "savings",  "saves",
                     "saved",      "improvement", "improvements", "improved",  "improves", "increase", "increased",
                     "increases",  "decrease",    "decreased",    "decreases", "drop",     "drops",    "dropped",
                     "shrinks",    "shrank",      "shrink",       "cut",       "cuts",     "speedup",  "speedups",
                     "sped",       "regression",  "regressions",  "gain",      "gains",    "grew",     "grown",
                     "grows",      "rose",        "fell",         "differ",    "differs",  "adding",   "adds",
                     "eliminated", "eliminates",  "removed",      "removes",   "speed-up", "speeds"});
  }

  static bool comparativeWord(std::string_view w) {
    return oneOf(w, {"faster", "slower", "smaller", "larger", "bigger", "less", "fewer", "lower", "higher", "better",
                     "worse", "cheaper", "quicker", "shorter", "longer"});
  }

  // An amount of change or a comparison: "by 5-20%", "by a further 5%", "reduced 7x", "20-30% faster",
  // "a 40% reduction", "savings average around 75%", "a reduction of up to 40%".
  static bool changeFigure(const SentenceTokens& s, const Stat& stat) {
    std::uint32_t before = stat.first;
    // The start of a range ("5–20%") and "a further", "another", "only" before it.
    if (before >= s.begin() + 2 && oneOf(s.lower(before - 1), {"-", "\xE2\x80\x93", "to"}) &&
        s.token(before - 2).kind == TokenKind::Number)
      before -= 2;
    while (before > s.begin() && oneOf(s.lower(before - 1), {"a", "further", "another", "only", "additional"}))
      --before;
    if (before > s.begin() && changeWord(s.lower(before - 1))) return true;
    if (s.is(before - 1, "to") && before > s.begin() + 1 && changeWord(s.lower(before - 2)))
      return true;  // "drops to 1%"
    // "by N%" after a verb of change ("shrinks Go binaries by 5%"), not after any verb ("used by 70%");
    // "a reduction of up to 40%", "savings average around 75%".
    const bool by = s.is(before - 1, "by");
    for (std::uint32_t k = before > s.begin() + 8 ? before - 8 : s.begin(); k + 1 < before; ++k)
      if (changeWord(s.lower(k)) && (by || (k + 3 >= before && oneOf(s.lower(k + 1), {"of", "average"})))) return true;
    const std::string_view last = s.lower(stat.end - 1);
    const std::string_view next = stat.end < s.end() ? s.lower(stat.end) : std::string_view();
    return comparativeWord(last) || changeWord(last) || comparativeWord(next) || changeWord(next);
  }

  // Whether token k ends a clause: a figure's goal, possibility or owner is looked for in its own clause.
  static bool clauseBreak(const SentenceTokens& s, std::uint32_t k) {
    return s.token(k).kind == TokenKind::Punctuation && oneOf(s.raw(k), {",", ";", ":", "(", ")", "\xE2\x80\x94"});
  }

  // The first token of the clause of token i.
  static std::uint32_t clauseStart(const SentenceTokens& s, std::uint32_t i) {
    while (i > s.begin() && !clauseBreak(s, i - 1)) --i;
    return i;
  }

  static bool sentenceHas(const SentenceTokens& s, std::initializer_list<std::string_view> words) {
    for (std::uint32_t k = s.begin(); k < s.end(); ++k)
      if (oneOf(s.lower(k), words)) return true;
    return false;
  }

  // A figure inside a goal, a possibility or a target of scale is what should or could be, not a claim:
  // "the goal is to have thousands of projects", "making it possible to serve 1 million requests", "it's
  // not enough to scale to thousands of nodes", "800 million possible images". Not an obligation: "developers
  // have to review thousands of packages" rests on a fact.
  static bool goalOrPossibility(const SentenceTokens& s, const Stat& stat) {
    if (s.is(stat.end, "possible")) return true;
    const std::uint32_t clause = clauseStart(s, stat.first);
    bool goal = false;  // a goal noun before an infinitive: "the goal is to have"
    for (std::uint32_t k = clause; k < stat.first; ++k) {
      const std::string_view w = s.lower(k);
      if (oneOf(w, {"goal", "goals", "aim", "objective", "mission", "ambition"})) goal = true;
      if (w == "to" && k > clause &&
          (goal || oneOf(s.lower(k - 1), {"possible", "able", "enough", "designed", "intended", "aims", "aiming",
                                          "plan", "plans", "planning", "want", "wants", "hope", "hoping", "scale"})))
        return true;
    }
    return false;
  }

  // A measurement, not a figure about people or the world: a percentage or a multiplier that is no share
  // of a population ("90% of the cost", "the coverage is 42.9%", "typically 70-90%"), a rate ("billions of
  // requests per day", "6 million page views per month") or a large count of something other than people
  // and things adopted ("over 27 million parameters", "reached 30 million"). Not a ranking, money, a physical
  // quantity, a figure about people, growth or market share, of the world ("one million users worldwide") or
  // of a third party ("their platform serves 350 million packages a day", "20% of their CPU time").
  static bool measurement(const SentenceTokens& s, const Stat& stat) {
    if (ranking(s, stat) || thirdParty(s, stat) || aboutPeople(s, stat)) return false;
    for (std::uint32_t k = stat.first; k < stat.end; ++k)
      if (physicalUnit(s.lower(k))) return false;  // "150 liters per day" is a claim by itself
    // The writers' money ("$600k per year ... instead of enriching our IaaS provider", "about $50k left
    // unreserved"), not a cost they report ("The restoration cost well in excess of $15 million").
    if (money(s, stat))
      return !aboutTheWorld(s) && sentenceHas(s, {"our", "we", "us", "my", "i", "budget", "left", "remaining",
                                                  "unreserved", "saved", "savings"});
    if (rate(s, stat)) return true;
    // "one million users worldwide"; "In growth, Go fell to the second spot with 44%", "a 60% market share".
    if (aboutTheWorld(s)) return false;
    if (shareOrMultiplier(s, stat)) return !shareOfPopulation(s, stat);
    // "150,000 running containers", "the scaling of 1,000 containers": what the writers run.
    if (operatedNoun(s.lower(stat.end - 1))) return true;
    // "over 27 million parameters"; not "downloaded 150 million times" nor "3 billion Android devices".
    const std::string_view last = s.lower(stat.end - 1);
    if (!magnitudeWord(last) && !s.token(stat.end - 1).has(token_flag::kMagnitude)) return false;
    for (std::uint32_t k = stat.end; k < s.end() && k < stat.end + 4 && s.isWord(k); ++k)
      if (countNoun(s.lower(k)) || s.is(k, "times")) return false;
    return true;
  }

  static bool aboutTheWorld(const SentenceTokens& s) {
    return sentenceHas(s, {"world", "world's", "worldwide", "globally", "global", "growth", "market", "adoption",
                           "popularity", "popular", "industry", "economy"});
  }

  // Things a team runs, counted where they run; not what others adopt or ship ("hundreds of millions of
  // machines", "deployments", "records").
  static bool operatedNoun(std::string_view w) {
    return oneOf(w, {"containers", "clusters", "nodes", "pods", "instances", "jobs", "tests", "builds"});
  }

  // A currency sign or name: "$", "€", "£", "dollars", "USD".
  static bool currencyAt(const SentenceTokens& s, std::uint32_t k) {
    return facts::currencySign(s.raw(k)) || (s.isWord(k) && oneOf(s.lower(k), {"dollars", "euros", "usd", "eur"}));
  }

  static bool money(const SentenceTokens& s, const Stat& stat) {
    for (std::uint32_t k = stat.first; k < stat.end; ++k)
      if (currencyAt(s, k)) return true;
    return false;
  }

  static bool shareOrMultiplier(const SentenceTokens& s, const Stat& stat) {
    for (std::uint32_t k = stat.first; k < stat.end; ++k)
      if (s.token(k).has(token_flag::kPercent) || s.token(k).has(token_flag::kMultiplier) ||
          oneOf(s.lower(k), {"percent", "cent", "%", "times", "twice", "thrice"}))
        return true;
    return false;
  }

  // A share of a population counts members: "70% of developers", "0.1% of the kernel's 40M total lines", "99%
  // of the problems", "20% of them", "half of all websites", "most attacks, roughly 80%,"; a share of an amount
  // is measured: "90% of the cost", "14% of the time". The head of the phrase after "of" (before a verb, a
  // preposition or punctuation) or the noun the figure stands beside is plural.
  static bool shareOfPopulation(const SentenceTokens& s, const Stat& stat) {
    if (stat.first >= s.begin() + 2 && (s.isPunct(stat.first - 1, ",") || s.isPunct(stat.first - 1, "(")) &&
        s.isWord(stat.first - 2) && facts::looksPlural(s.lower(stat.first - 2)))
      return true;
    if (!s.is(stat.end, "of")) return false;
    for (std::uint32_t k = stat.end + 1; k < s.end() && k < stat.end + 8; ++k) {
      if (s.token(k).kind == TokenKind::Number) continue;
      if (!s.isWord(k)) return false;
      const std::string_view w = s.lower(k);
      if (oneOf(w, {"of", "in", "on", "at", "for", "with", "by", "from", "to", "is", "are", "was", "were", "that",
                    "which", "and", "or"}))
        return false;
      if (oneOf(w, {"all", "world", "world's", "them", "those", "these"}) || facts::looksPlural(w)) return true;
    }
    return false;
  }

  // A figure about people or things adopted, also as a rate: "Remote teams are 13% more productive", "10,000
  // new users per day", "600 million downloads a month" (from the start of the figure's clause).
  static bool aboutPeople(const SentenceTokens& s, const Stat& stat) {
    for (std::uint32_t k = clauseStart(s, stat.first); k < s.end() && k < stat.end + 2; ++k)
      if (oneOf(s.lower(k),
                {"users",         "developers",    "downloads",   "installs",     "installations", "customers",
                 "subscribers",   "visitors",      "readers",     "viewers",      "listeners",     "stars",
                 "people",        "members",       "signups",     "accounts",     "students",      "companies",
                 "organizations", "organisations", "businesses",  "enterprises",  "teams",         "programmers",
                 "engineers",     "employees",     "maintainers", "contributors", "respondents"}))
        return true;
    return false;
  }

  // Traffic measured where it is served: "per day", "a second".
  static bool rate(const SentenceTokens& s, const Stat& stat) {
    for (std::uint32_t k = stat.first; k < s.end() && k < stat.end + 3; ++k) {
      if (s.is(k, "per")) return true;
      if ((s.is(k, "a") || s.is(k, "each")) && k + 1 < s.end() &&
          oneOf(s.lower(k + 1), {"second", "minute", "hour", "day", "week", "month", "year"}))
        return true;
    }
    return false;
  }

  // Someone else's figure: "their platform that serves 350 million packages a day", "spending 20% or more of
  // their CPU time" (within the figure's clause).
  static bool thirdParty(const SentenceTokens& s, const Stat& stat) {
    for (std::uint32_t k = clauseStart(s, stat.first); k < s.end() && !(k >= stat.end && clauseBreak(s, k)); ++k)
      if (oneOf(s.lower(k), {"their", "his", "her"})) return true;
    return false;
  }

  // A latency percentile ("the 99% latency"), not a share of anything.
  static bool percentile(const SentenceTokens& s, const Stat& stat) {
    return stat.end < s.end() && s.token(stat.end - 1).has(token_flag::kPercent) &&
           oneOf(s.lower(stat.end), {"latency", "latencies", "percentile", "quantile"});
  }

  // "we" or "I" doing, measuring or handling something anywhere in the sentence ("I've developed a demo
  // serving 1 million requests per second", "we're doing it all"), or "after talking to hundreds of users".
  static bool firstPersonAtWork(const SentenceTokens& s) {
    for (std::uint32_t k = s.begin(); k < s.end(); ++k) {
      const std::string_view w = s.lower(k);
      if (oneOf(w, {"we're", "i'm"}) ||
          (oneOf(w, {"we", "i", "we've", "i've"}) && (observedBy(s, k + 1, s.end()) || workedOn(s, k + 1))))
        return true;
      if (oneOf(w, {"talking", "talked", "spoke", "speaking"}) && (s.is(k + 1, "to") || s.is(k + 1, "with")))
        return true;
    }
    return false;
  }

  static bool workedOn(const SentenceTokens& s, std::uint32_t k) {
    return k < s.end() && oneOf(s.lower(k), {"developed", "built", "wrote", "tested", "benchmarked", "copy", "copied",
                                             "included", "deployed", "migrated", "rewrote"});
  }

  // A share shown with its counts: "58% of all pull requests (114 out of the total 195)".
  static bool shownCounts(const SentenceTokens& s) {
    for (std::uint32_t k = s.begin(); k + 3 < s.end(); ++k) {
      if (s.token(k).kind != TokenKind::Number || !s.is(k + 1, "out") || !s.is(k + 2, "of")) continue;
      std::uint32_t n = k + 3;
      while (n < s.end() && oneOf(s.lower(n), {"the", "total", "a"})) ++n;
      if (n < s.end() && s.token(n).kind == TokenKind::Number) return true;
    }
    return false;
  }

  // A service level the writers set or met: "99% of all API calls return in less than 1s".
  static bool serviceTarget(const SentenceTokens& s, const Stat& stat) {
    if (!s.token(stat.end - 1).has(token_flag::kPercent) || !s.is(stat.end, "of")) return false;
    for (std::uint32_t k = stat.end + 1; k + 1 < s.end(); ++k) {
      const std::uint32_t n = s.is(k, "within") || s.is(k, "under")    ? k + 1
                              : s.is(k, "less") && s.is(k + 1, "than") ? k + 2
                                                                       : k;
      if (n > k && n < s.end() && (s.token(n).kind == TokenKind::Number || s.token(n).has(token_flag::kHasDigit)))
        return true;  // "1s", "5 seconds"
    }
    return false;
  }

  // A ranking is never measured first-hand ("our library is the #1 choice").
  static bool ranking(const SentenceTokens& s, const Stat& stat) {
    return oneOf(s.lower(stat.first), {"#", "most", "number", "largest", "fastest", "fastest-growing", "the"}) ||
           (s.is(stat.first - 1, "top") && shareOrMultiplier(s, stat));  // "among the top 2% of projects"
  }

  // A figure the writer owns ("we're seeing up to a 12% reduction", "30% of our apps", "63% said"), or a
  // hypothetical ("if the uptime is 50%", "enable, say, 90%").
  static bool firstPartyFigure(const SentenceTokens& s, const Stat& stat) {
    if (ranking(s, stat)) return false;
    const std::uint32_t from = stat.first > s.begin() + 6 ? stat.first - 6 : s.begin();
    for (std::uint32_t k = from; k < stat.first; ++k) {
      const std::string_view w = s.lower(k);
      // "Our cluster processes", "giving us up to 13.5%"
      if (oneOf(w, {"our", "my"}) || (oneOf(w, {"us", "me"}) && k + 5 > stat.first)) return true;
      // "We're probably already 75-80% of the way", "I'm at 90%"
      if (oneOf(w, {"we're", "i'm"}) || (oneOf(w, {"we", "i", "we've", "i've"}) && observedBy(s, k + 1, stat.first)))
        return true;
    }
    // "30% of our apps"; a survey's answer: "63% said they work in web development"
    if (s.is(stat.end, "of") && (s.is(stat.end + 1, "our") || s.is(stat.end + 1, "my"))) return true;
    if (stat.end < s.end() && oneOf(s.lower(stat.end), {"said", "say", "chose", "choosing", "selected", "answered",
                                                        "indicated", "listed", "picked"}))
      return true;
    for (std::uint32_t k = stat.first > s.begin() + 8 ? stat.first - 8 : s.begin(); k < stat.first; ++k)
      if (s.is(k, "if") || (s.is(k, "say") && s.isPunct(k + 1, ","))) return true;
    return false;
  }

  // Credits, not statistics: "hundreds of contributors", "thousands of commits".
  static bool credit(const SentenceTokens& s, const Stat& stat) {
    const std::string_view last = s.lower(stat.end - 1);
    if (s.token(stat.end - 1).has(token_flag::kPercent) && s.is(stat.end, "of") && s.is(stat.end + 1, "the") &&
        oneOf(stat.end + 2 < s.end() ? s.lower(stat.end + 2) : std::string_view(), {"commits", "contributions"}))
      return true;  // "accounting for more than 30% of the commits"
    return oneOf(s.lower(stat.first), {"hundreds", "thousands"}) &&
           oneOf(last, {"contributors", "individuals", "commits", "maintainers", "volunteers"});
  }

  // "over 30,000 commits", "more than 20,000 individual contributors", "400 pull requests per week": what a
  // project's own repository records; "53 million unique page views", "~5M page views": what its site's
  // analytics count. The writers' own figures when they write as "we" about their project.
  static bool projectRecord(const SentenceTokens& s, const Stat& stat) {
    const std::string_view last = s.lower(stat.end - 1);
    if (oneOf(last, {"commits", "contributors", "committers", "contributions", "patches", "maintainers", "reviewers",
                     "volunteers", "prs"}) ||
        (last == "requests" && s.is(stat.end - 2, "pull")))
      return true;
    // "3100+ GitHub stars", "a community of over 35,000 people", "1,000 individuals between two events": the
    // project's community, counted by the project; users and growth are adoption ("the millions of users in the Go
    // community", "gained 20,000 stars in its first month").
    if ((last == "stars" && !sentenceHas(s, {"gained", "gaining", "grew", "growing"})) ||
        (oneOf(last, {"people", "individuals", "members", "attendees", "participants"}) &&
         sentenceHas(s, {"community", "contributed", "joined", "attended", "brought", "gathered", "events"})))
      return true;
    const auto analytics = [](std::string_view w) { return oneOf(w, {"views", "pageviews", "visits", "visitors"}); };
    if (analytics(last)) return true;
    for (std::uint32_t k = stat.end; k < s.end() && k < stat.end + 3 && s.isWord(k); ++k)
      if (analytics(s.lower(k))) return true;
    return false;
  }

  static bool aboutPerformance(const SentenceTokens& s) {
    for (std::uint32_t i = s.begin(); i < s.end(); ++i) {
      const std::string_view w = s.lower(i);
      if (oneOf(w, {"faster",      "slower",       "speedup",  "speed",     "speed-up",   "performance", "compile",
                    "compilation", "build",        "builds",   "benchmark", "benchmarks", "regression",  "regressions",
                    "improvement", "improvements", "improved", "reduced",   "reduction",  "latency",     "throughput",
                    "memory",      "binary",       "size",     "times",     "time",       "crates",      "tests"}))
        return true;
    }
    return false;
  }
};

}  // namespace

std::unique_ptr<Rule> makeUnsourcedStatisticRule() { return std::make_unique<UnsourcedStatisticRule>(); }

}  // namespace copydesk
