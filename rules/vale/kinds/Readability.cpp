// readability: the average of the chosen grade formulas exceeds `grade`.
#include <algorithm>
#include <cmath>
#include <cstdio>

#include "vale/support/Kinds.h"
#include "vale/support/TextStats.h"

namespace copydesk::vale::kinds {

namespace {

double grade(std::string_view metric, const TextStats& s) {
  const double per_sentence = s.words / s.sentences;
  if (metric == "Flesch-Kincaid") return 0.39 * per_sentence + 11.8 * (s.syllables / s.words) - 15.59;
  if (metric == "Gunning Fog") return 0.4 * (per_sentence + 100.0 * (s.complex_words / s.words));
  if (metric == "Coleman-Liau")
    return 0.0588 * (s.characters / s.words * 100.0) - 0.296 * (s.sentences / s.words * 100.0) - 15.8;
  if (metric == "SMOG") return 1.0430 * std::sqrt(s.polysyllabic_words * 30.0 / s.sentences) + 3.1291;
  return 4.71 * (s.characters / s.words) + 0.5 * per_sentence - 21.43;  // Automated Readability
}

class ReadabilityCheck final : public Check {
 public:
  explicit ReadabilityCheck(const RuleDefinition& rule) : rule_(rule) {}

  void run(const CheckInput& input, std::vector<Hit>& hits, CheckNotes&) const override {
    for (const ViewBlock& block : input.view.blocks) {
      if (!(block.parts & kSummary)) continue;
      const TextStats stats = countText(block.text);
      if (stats.words == 0 || stats.sentences == 0) return;
      double sum = 0;
      for (const std::string& metric : rule_.metrics) sum += grade(metric, stats);
      const double average = sum / static_cast<double>(rule_.metrics.size());
      if (average <= rule_.grade) return;
      char value[32];
      std::snprintf(value, sizeof value, "%.2f", average);
      Hit hit;
      hit.span = {0, 0};  // Vale reports document-wide alerts at the first line
      hit.message = detail::formatMessage(rule_.message, {value});
      hits.push_back(std::move(hit));
    }
  }

 private:
  RuleDefinition rule_;
};

}  // namespace

std::unique_ptr<Check> readability(const RuleDefinition& rule, std::string& error) {
  static const std::string_view kKnown[] = {"Gunning Fog", "Coleman-Liau", "Flesch-Kincaid", "SMOG",
                                            "Automated Readability"};
  if (rule.metrics.empty()) error = rule.file + ": " + rule.name + ": a readability rule needs 'metrics'";
  for (const std::string& metric : rule.metrics)
    if (std::find(std::begin(kKnown), std::end(kKnown), metric) == std::end(kKnown))
      error = rule.file + ": " + rule.name + ": unknown readability metric '" + metric + "'";
  return error.empty() ? std::make_unique<ReadabilityCheck>(rule) : nullptr;
}

}  // namespace copydesk::vale::kinds
