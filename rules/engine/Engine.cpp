#include "engine/Engine.h"

#include <algorithm>

#include "engine/IgnoredWords.h"
#include "engine/RuleIds.h"
#include "engine/Suppression.h"

namespace copydesk {

namespace {

// A message quotes the text it is about, which may span lines; every front end
// shows a message on one line.
void oneLine(std::string& message) {
  std::size_t out = 0;
  bool in_break = false;
  for (char c : message) {
    const bool line_break = c == '\n' || c == '\r' || c == '\t';
    if (line_break || (in_break && c == ' ')) {
      if (!in_break && out > 0 && message[out - 1] != ' ') message[out++] = ' ';
      in_break = true;
      continue;
    }
    in_break = false;
    message[out++] = c;
  }
  message.resize(out);
}

class CollectingSink final : public FindingSink {
 public:
  CollectingSink(std::vector<Finding>& out, const EnabledRule& rule) : out_(out), rule_(rule) {}
  void add(Finding finding) override {
    finding.rule_id = std::string(rule_.rule->info().id);
    if (!finding.severity_escalated) finding.severity = rule_.severity;
    oneLine(finding.message);
    out_.push_back(std::move(finding));
  }

 private:
  std::vector<Finding>& out_;
  const EnabledRule& rule_;
};

}  // namespace

void runRule(const EnabledRule& rule, const Document& document, const CheckServices& services,
             std::vector<Finding>& out) {
  RuleContext ctx{document,
                  rule.options,
                  services.spelling,
                  services.accepted_words,
                  services.check_date,
                  services.judge_by_document_date,
                  services.spelling_suggestions};
  CollectingSink sink(out, rule);
  rule.rule->check(ctx, sink);
}

void finishFindings(const Document& document, const RuleSet& rules, std::vector<Finding>& findings) {
  const ProseMap& prose = document.prose();
  if (!prose.comments.empty() || prose.front_matter.format != FrontMatterFormat::None) {
    std::vector<std::string> known_ids;
    if (rules.other_known_ids) known_ids = *rules.other_known_ids;
    for (const EnabledRule& enabled : rules.rules) known_ids.emplace_back(enabled.rule->info().id);
    applySuppressions(document, findings, known_ids);
    dropIgnoredWords(document, findings);
  }
  std::stable_sort(findings.begin(), findings.end(), [](const Finding& a, const Finding& b) {
    if (a.span.begin != b.span.begin) return a.span.begin < b.span.begin;
    if (a.span.end != b.span.end) return a.span.end < b.span.end;
    return a.rule_id < b.rule_id;
  });
}

std::vector<Finding> checkDocument(const Document& document, const RuleSet& rules, const CheckServices& services) {
  std::vector<Finding> findings;
  for (const EnabledRule& enabled : rules.rules) runRule(enabled, document, services, findings);
  finishFindings(document, rules, findings);
  return findings;
}

}  // namespace copydesk
