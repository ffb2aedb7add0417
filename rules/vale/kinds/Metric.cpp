// metric: a formula over document counts meets `condition` ("> 8").
#include <cstdio>

#include "vale/support/Formula.h"
#include "vale/support/Kinds.h"
#include "vale/support/TextStats.h"

namespace copydesk::vale::kinds {

namespace {

struct Condition {
  std::string op;  // > >= < <= == !=
  double value = 0;
  bool holds(double x) const {
    if (op == ">") return x > value;
    if (op == ">=") return x >= value;
    if (op == "<") return x < value;
    if (op == "<=") return x <= value;
    if (op == "==") return x == value;
    return x != value;
  }
};

bool parseCondition(std::string_view text, Condition& out) {
  while (!text.empty() && text.front() == ' ') text.remove_prefix(1);
  for (std::string_view op : {">=", "<=", "==", "!=", ">", "<"}) {
    if (!text.starts_with(op)) continue;
    out.op = std::string(op);
    const std::string rest(text.substr(op.size()));
    char* end = nullptr;
    out.value = std::strtod(rest.c_str(), &end);
    return end != rest.c_str();
  }
  return false;
}

class MetricCheck final : public Check {
 public:
  MetricCheck(const RuleDefinition& rule, std::unique_ptr<Formula> formula, Condition condition)
      : rule_(rule), formula_(std::move(formula)), condition_(std::move(condition)) {}

  void run(const CheckInput& input, std::vector<Hit>& hits, CheckNotes&) const override {
    double value = 0;
    std::string missing;
    if (!formula_->evaluate(metricVariables(input.view), value, missing) || !condition_.holds(value)) return;
    char text[32];
    std::snprintf(text, sizeof text, "%.2f", value);
    Hit hit;
    hit.span = {0, 0};
    hit.message = detail::formatMessage(rule_.message, {text});
    hits.push_back(std::move(hit));
  }

 private:
  RuleDefinition rule_;
  std::unique_ptr<Formula> formula_;
  Condition condition_;
};

}  // namespace

std::unique_ptr<Check> metric(const RuleDefinition& rule, std::string& error) {
  std::string problem;
  auto formula = Formula::parse(rule.formula, problem);
  if (!formula) {
    error = rule.file + ": " + rule.name + ": " + (rule.formula.empty() ? "a metric rule needs a 'formula'" : problem);
    return nullptr;
  }
  Condition condition;
  if (!parseCondition(rule.condition, condition)) {
    error = rule.file + ": " + rule.name + ": 'condition' must be a comparison such as \"> 8\"";
    return nullptr;
  }
  return std::make_unique<MetricCheck>(rule, std::move(formula), condition);
}

}  // namespace copydesk::vale::kinds
