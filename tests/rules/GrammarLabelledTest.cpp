// The grammar rules against the labelled set tests/data/grammar/labelled.tsv
// (tests/data/grammar/make-labelled.py): recall on the sentences with a slip
// and false alarms on the correct ones, per half. The held-out half was split
// off before tuning; its thresholds are the targets (recall >= 0.7,
// false alarms <= 3%); the tuning half must do at least as well.
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include "rules/RuleTestHelpers.h"

namespace copydesk::testing {
namespace {

constexpr std::string_view kRules[] = {
    "grammar/agreement",          "grammar/article",  "grammar/comparative", "grammar/confused-words",
    "grammar/doubled-word-class", "grammar/modal-of", "grammar/verb-form",
};

struct Labelled {
  std::string split, expected, sentence;
};

std::vector<Labelled> readSet() {
  std::ifstream in(std::string(COPYDESK_SOURCE_DIR) + "/tests/data/grammar/labelled.tsv");
  std::vector<Labelled> out;
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    std::stringstream fields(line);
    Labelled l;
    std::getline(fields, l.split, '\t');
    std::getline(fields, l.expected, '\t');
    std::getline(fields, l.sentence, '\t');
    out.push_back(std::move(l));
  }
  return out;
}

struct Score {
  int slips = 0, caught = 0, correct = 0, false_alarms = 0;
};

// Which grammar rules fire on `sentence`.
std::set<std::string> firing(const std::string& sentence) {
  std::set<std::string> fired;
  for (std::string_view rule : kRules)
    if (!runRule(rule, sentence).findings.empty()) fired.emplace(rule);
  return fired;
}

Score score(const std::vector<Labelled>& set, std::string_view split, std::map<std::string, Score>& per_rule) {
  Score total;
  for (const Labelled& l : set) {
    if (l.split != split) continue;
    const auto fired = firing(l.sentence);
    if (l.expected == "none") {
      ++total.correct;
      if (!fired.empty()) {
        ++total.false_alarms;
        for (const auto& r : fired) ++per_rule[r].false_alarms;
        std::printf("false alarm (%s): %s\n", std::string(split).c_str(), l.sentence.c_str());
      }
    } else {
      ++total.slips;
      ++per_rule[l.expected].slips;
      if (fired.count(l.expected)) {
        ++total.caught;
        ++per_rule[l.expected].caught;
      } else if (split == "tune") {
        std::printf("missed (tune, %s): %s\n", l.expected.c_str(), l.sentence.c_str());
      }
    }
  }
  return total;
}

void report(std::string_view split, const Score& total, const std::map<std::string, Score>& per_rule) {
  std::printf("%.*s: recall %d/%d = %.3f, false alarms %d/%d = %.3f\n", static_cast<int>(split.size()), split.data(),
              total.caught, total.slips, double(total.caught) / total.slips, total.false_alarms, total.correct,
              double(total.false_alarms) / total.correct);
  for (const auto& [rule, s] : per_rule)
    std::printf("  %-28s recall %3d/%3d = %.3f  false alarms %d\n", rule.c_str(), s.caught, s.slips,
                s.slips ? double(s.caught) / s.slips : 0.0, s.false_alarms);
}

TEST(GrammarLabelled, HeldOutAndTuningHalvesMeetTheTargets) {
  const auto set = readSet();
  ASSERT_GE(set.size(), 800u);
  for (std::string_view split : {"tune", "heldout"}) {
    std::map<std::string, Score> per_rule;
    const Score total = score(set, split, per_rule);
    report(split, total, per_rule);
    EXPECT_GE(total.slips, 200);
    EXPECT_GE(total.correct, 200);
    EXPECT_GE(double(total.caught) / total.slips, 0.70) << split;
    EXPECT_LE(double(total.false_alarms) / total.correct, 0.03) << split;
  }
}

}  // namespace
}  // namespace copydesk::testing
