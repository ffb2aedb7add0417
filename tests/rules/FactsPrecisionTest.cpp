// Measured precision and recall of the facts/ rules on hand-labelled
// sentences (tests/data/facts/*.jsonl: {"text", "expect", "date"?, "rule"?}),
// plus a corpus scan (disabled by default) that prints findings per 1000 words.
// The blogs-*.jsonl sets (tests/data/facts/README-blogs.md) are sentences of
// dated posts nobody tuned on, in a tuning and a held-out half: both halves'
// figures are printed; only the held-out half is held to a floor.
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>

#include <fmt/format.h>

#include "rules/RuleTestHelpers.h"

namespace copydesk::testing {
namespace {

namespace fs = std::filesystem;

constexpr CivilDate kDefaultCheckDate{2026, 11, 21};

struct Sample {
  std::string text;
  bool expect = false;
  std::string rule;  // claims set: the rule expected to fire
  CivilDate date = kDefaultCheckDate;
  std::string half;  // blogs sets: "tuning" or "heldout"
};

std::vector<Sample> load(const std::string& name) {
  std::vector<Sample> out;
  std::ifstream in(std::string(COPYDESK_SOURCE_DIR) + "/tests/data/facts/" + name);
  EXPECT_TRUE(in) << name;
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty()) continue;
    const auto j = nlohmann::json::parse(line);
    Sample s;
    s.text = j.at("text").get<std::string>();
    s.expect = j.at("expect").get<bool>();
    s.rule = j.value("rule", "");
    if (j.contains("date")) s.date = *parseDate(j["date"].get<std::string>());
    s.half = j.value("half", "");
    out.push_back(std::move(s));
  }
  return out;
}

std::vector<Finding> run(const std::vector<std::string>& rule_ids, const std::string& text, CivilDate date) {
  auto doc = Document::create("sample.md", text + "\n", DocumentFormat::Markdown);
  RuleSet set = ruleSetOf({});
  for (const std::string& id : rule_ids) {
    const Rule* rule = findBuiltinRule(id);
    EXPECT_NE(rule, nullptr) << id;
    if (rule) set.rules.push_back({rule, rule->info().default_severity, nlohmann::json::object()});
  }
  CheckServices services;
  services.check_date = date;
  return checkDocument(*doc, set, services);
}

void measure(const std::string& label, const std::string& file, const std::vector<std::string>& rules) {
  const auto samples = load(file);
  int tp = 0, fp = 0, fn = 0, tn = 0;
  std::string misses;
  for (const Sample& s : samples) {
    const auto findings = run(rules, s.text, s.date);
    bool fired = false;
    for (const Finding& f : findings) {
      const bool measured = std::find(rules.begin(), rules.end(), f.rule_id) != rules.end();
      fired = fired || (measured && (s.rule.empty() || f.rule_id == s.rule));
    }
    if (s.expect && fired) ++tp;
    else if (s.expect) ++fn, misses += "  missed: " + s.text + "\n";
    else if (fired)
      ++fp, misses += "  false alarm: " + s.text + " [" + findings[0].rule_id + ": " + findings[0].message + "]\n";
    else ++tn;
  }
  const double precision = tp + fp == 0 ? 1.0 : static_cast<double>(tp) / (tp + fp);
  const double recall = tp + fn == 0 ? 1.0 : static_cast<double>(tp) / (tp + fn);
  std::printf("[facts precision] %-28s n=%zu tp=%d fp=%d fn=%d tn=%d precision=%.3f recall=%.3f\n", label.c_str(),
              samples.size(), tp, fp, fn, tn, precision, recall);
  if (!misses.empty()) std::printf("%s", misses.c_str());
  EXPECT_GE(samples.size(), 150u) << label;
  EXPECT_GE(precision, 0.9) << label;
  EXPECT_GE(recall, 0.8) << label;
}

struct Score {
  int tp = 0, fp = 0, fn = 0, tn = 0;
  double precision() const { return tp + fp == 0 ? 1.0 : static_cast<double>(tp) / (tp + fp); }
  double recall() const { return tp + fn == 0 ? 1.0 : static_cast<double>(tp) / (tp + fn); }
};

// A blogs set: each sentence is a post of its own, dated by front matter as
// its post was, checked on the corpus measuring date.
Score measureHalf(const std::string& file, const std::string& rule, const std::string& half) {
  constexpr CivilDate kCheckDate{2026, 12, 7};
  Score score;
  std::string misses;
  for (const Sample& s : load(file)) {
    if (s.half != half) continue;
    const std::string text = "---\ndate: " + s.date.iso() + "\n---\n\n" + s.text;
    bool fired = false;
    for (const Finding& f : run({rule}, text, kCheckDate)) fired = fired || f.rule_id == rule;
    if (s.expect && fired) ++score.tp;
    else if (s.expect) ++score.fn, misses += "  missed: " + s.text + "\n";
    else if (fired) ++score.fp, misses += "  false alarm: " + s.text + "\n";
    else ++score.tn;
  }
  std::printf("[facts blogs] %-26s %-7s tp=%d fp=%d fn=%d tn=%d precision=%.3f recall=%.3f\n", rule.c_str(),
              half.c_str(), score.tp, score.fp, score.fn, score.tn, score.precision(), score.recall());
  // Only the tuning half's mistakes are printed: the held-out half is read only as figures.
  if (half == "tuning" && !misses.empty()) std::printf("%s", misses.c_str());
  return score;
}

// Floors on the held-out half: regressions fail; the figures were not tuned to pass.
// `set` is the file prefix: "blogs" (README-blogs.md), "blogs2", "blogs3" or "blogs4" (README-blogs2.md ...).
void measureBlogs(const std::string& rule, double precision_floor, double recall_floor,
                  const std::string& set = "blogs") {
  const std::string file = set + "-" + rule.substr(rule.find('/') + 1) + ".jsonl";
  std::printf("[facts blogs] set %s\n", set.c_str());
  measureHalf(file, rule, "tuning");
  const Score held_out = measureHalf(file, rule, "heldout");
  EXPECT_GE(held_out.precision(), precision_floor) << rule;
  EXPECT_GE(held_out.recall(), recall_floor) << rule;
}

// Sentences written in the style of Wikipedia's [when?]/[who?]/[citation needed] tags (tuning data).
TEST(FactsPrecision, WikiStyle) {
  int right = 0;
  const auto samples = load("wiki-style.jsonl");
  for (const Sample& s : samples) {
    const std::string text = "---\ndate: " + s.date.iso() + "\n---\n\n" + s.text;
    bool fired = false;
    for (const Finding& f : run({s.rule}, text, kDefaultCheckDate)) fired = fired || f.rule_id == s.rule;
    if (fired == s.expect) ++right;
    else std::printf("  %s: %s\n", s.expect ? "missed" : "false alarm", s.text.c_str());
  }
  std::printf("[facts wiki-style] %d of %zu right\n", right, samples.size());
  EXPECT_GE(right, static_cast<int>(samples.size()) - 2);
}

TEST(FactsPrecision, BlogsRelativeTime) { measureBlogs("facts/relative-time", 0.85, 0.75); }
TEST(FactsPrecision, BlogsUnattributedClaim) { measureBlogs("facts/unattributed-claim", 0.85, 0.5); }
// Below the precision target (first-party figures of event and release posts): a floor, not a goal.
TEST(FactsPrecision, BlogsUnsourcedStatistic) { measureBlogs("facts/unsourced-statistic", 0.08, 1.0); }
TEST(FactsPrecision, BlogsPastPrediction) { measureBlogs("facts/past-prediction", 0.75, 0.4); }
// The second set (README-blogs2.md): 45 and 30 held-out positives, from posts the first set did not use.
// Floors just under the held-out figures measured when the rules were last changed (README-blogs2.md),
// not the targets, which they miss: unattributed-claim recall (0.444 < 0.6) and
// unsourced-statistic precision (0.115 < 0.85: most figures in these posts are the writers' own; in whole
// posts, where an article written in the first person owns its measurements, 0.238: bench/facts-in-context).
TEST(FactsPrecision, Blogs2UnattributedClaim) { measureBlogs("facts/unattributed-claim", 0.85, 0.4, "blogs2"); }
TEST(FactsPrecision, Blogs2UnsourcedStatistic) { measureBlogs("facts/unsourced-statistic", 0.11, 0.5, "blogs2"); }
// The third set (README-blogs3.md): the pattern's last 78 candidates in posts no earlier set used, labelled
// before any rule change. Its held-out half has one positive: a precision floor only (no false alarm on
// its 35 negatives today).
TEST(FactsPrecision, Blogs3UnattributedClaim) { measureBlogs("facts/unattributed-claim", 0.85, 0.0, "blogs3"); }
// The fourth set (README-blogs4.md): statistics no earlier set labelled, with every other sentence the rule
// flagged in the corpus, labelled before any rule change. Floors under the held-out figures measured then.
TEST(FactsPrecision, Blogs4UnsourcedStatistic) { measureBlogs("facts/unsourced-statistic", 0.06, 0.6, "blogs4"); }
// The fifth set (README-blogs5.md): encyclopedia [who?] forms outside blogs2's pattern, labelled before any
// rule change for them. Floors under the held-out figures measured then (5 positives, no false alarm).
TEST(FactsPrecision, Blogs5UnattributedClaim) { measureBlogs("facts/unattributed-claim", 0.85, 0.2, "blogs5"); }
// The sixth set (README-blogs6.md): relative time in Rust and Swift posts, blogs the first set never read.
// Each sentence alone, without its post's title or date, release posts read as any other text: floors under
// the held-out figures per sentence (P 0.774 R 0.828; in whole posts P 0.920 R 0.793, bench/facts-in-context).
TEST(FactsPrecision, Blogs6RelativeTime) { measureBlogs("facts/relative-time", 0.75, 0.8, "blogs6"); }

TEST(FactsPrecision, UnsourcedStatistic) {
  measure("facts/unsourced-statistic", "unsourced-statistic.jsonl", {"facts/unsourced-statistic"});
}
// The synthetic set's statistics after an opening paragraph written as "we": an article in the first person
// owns its change figures and measurements, not every figure. A floor just under the 52 of 80 measured when
// first-person measurements were added (61 before; the others are changes, comparisons, rates and shares of
// an amount, now read as the writers' own).
TEST(FactsPrecision, UnsourcedStatisticInFirstPersonArticles) {
  int flagged = 0, positives = 0;
  for (const Sample& s : load("unsourced-statistic.jsonl")) {
    if (!s.expect) continue;
    ++positives;
    const std::string text = "We wrote this post for our readers and we hope it helps.\n\n" + s.text;
    if (!run({"facts/unsourced-statistic"}, text, s.date).empty()) ++flagged;
    else std::printf("  missed: %s\n", s.text.c_str());
  }
  std::printf("[facts precision] unsourced-statistic in a first-person article: %d of %d flagged\n", flagged,
              positives);
  EXPECT_GE(flagged, 51);
}
TEST(FactsPrecision, RelativeTime) { measure("facts/relative-time", "relative-time.jsonl", {"facts/relative-time"}); }
TEST(FactsPrecision, UnattributedClaim) {
  measure("facts/unattributed-claim", "unattributed-claim.jsonl", {"facts/unattributed-claim"});
}
TEST(FactsPrecision, OutdatedAndIncorrectClaims) {
  measure("facts/outdated+incorrect-claim", "claims.jsonl", {"facts/outdated-claim", "facts/incorrect-claim"});
}

// Findings per 1000 words on a folder of real published articles (the
// benchmark corpus of docs/performance.md), named by COPYDESK_CORPUS: a
// measurement, not a test. Run with --gtest_also_run_disabled_tests; writes a
// sample of findings to facts-corpus-findings.txt in the working directory.
TEST(FactsPrecision, DISABLED_CorpusRate) {
  const char* folder = std::getenv("COPYDESK_CORPUS");
  if (folder == nullptr || !fs::is_directory(folder))
    GTEST_SKIP() << "set COPYDESK_CORPUS to a folder of Markdown articles (the benchmark corpus)";
  const fs::path corpus = folder;
  std::vector<std::string> ids;
  for (const Rule* r : builtinRules())
    if (r->info().id.starts_with("facts/")) ids.emplace_back(r->info().id);
  RuleSet set = ruleSetOf({});
  for (const auto& id : ids) set.rules.push_back({findBuiltinRule(id), Severity::Warning, nlohmann::json::object()});
  std::map<std::string, int> counts;
  long words = 0;
  std::ofstream sample("facts-corpus-findings.txt");
  for (const auto& entry : fs::recursive_directory_iterator(corpus)) {
    if (entry.path().extension() != ".md") continue;
    std::ifstream in(entry.path(), std::ios::binary);
    std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    bool in_word = false;
    for (char c : text) {
      const bool space = c == ' ' || c == '\n' || c == '\t' || c == '\r';
      if (!space && !in_word) ++words;
      in_word = !space;
    }
    auto doc = Document::create(entry.path().string(), text, DocumentFormat::Markdown);
    CheckServices services;
    services.check_date = kDefaultCheckDate;
    for (const Finding& f : checkDocument(*doc, set, services)) {
      if (!f.rule_id.starts_with("facts/")) continue;
      ++counts[f.rule_id];
      const auto pos = doc->lines().position(f.span.begin, Encoding::Utf8);
      sample << entry.path().lexically_relative(corpus).string() << ":" << pos.line + 1 << ": " << f.rule_id << ": ["
             << doc->slice(f.span) << "] " << f.message << "\n";
    }
  }
  std::printf("[facts corpus] %ld words\n", words);
  for (const auto& id : ids)
    std::printf("[facts corpus] %-28s %5d findings  %.3f per 1000 words\n", id.c_str(), counts[id],
                1000.0 * counts[id] / static_cast<double>(words));
}

}  // namespace
}  // namespace copydesk::testing
