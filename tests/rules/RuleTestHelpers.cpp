#include "rules/RuleTestHelpers.h"

#include "spelling/SpellChecker.h"

namespace copydesk::testing {

const SpellChecker* testSpellChecker() {
  static const std::unique_ptr<SpellChecker> checker = [] {
    std::string error;
    auto c = SpellChecker::open({}, error);
    if (!c) ADD_FAILURE() << error;
    return c;
  }();
  return checker.get();
}

RuleRun runRule(std::string_view rule_id, std::string text, const nlohmann::json& options, DocumentFormat format) {
  RuleRun run;
  const Rule* rule = findBuiltinRule(rule_id);
  if (!rule) {
    ADD_FAILURE() << "no rule " << rule_id;
    return run;
  }
  run.document = Document::create(format == DocumentFormat::Markdown ? "test.md" : "test.txt", std::move(text), format);
  RuleSet set = ruleSetOf({});
  set.rules.push_back({rule, rule->info().default_severity, options});
  run.findings = checkDocument(*run.document, set, {testSpellChecker(), nullptr});
  return run;
}

std::string stripMarkers(std::string_view marked, std::vector<ByteSpan>& spans) {
  std::string text;
  std::size_t open = std::string::npos;
  for (std::size_t i = 0; i < marked.size(); ++i) {
    if (marked.compare(i, 2, "[[") == 0) {
      open = text.size();
      ++i;
    } else if (marked.compare(i, 2, "]]") == 0 && open != std::string::npos) {
      spans.push_back({open, text.size()});
      open = std::string::npos;
      ++i;
    } else {
      text.push_back(marked[i]);
    }
  }
  return text;
}

namespace {
std::string describe(const RuleRun& run) {
  std::string out;
  for (const Finding& f : run.findings)
    out += "  [" + std::string(run.document->slice(f.span)) + "] @" + std::to_string(f.span.begin) + ": " + f.message +
           "\n";
  return out.empty() ? "  (none)\n" : out;
}
}  // namespace

void expectFindingSpans(const RuleRun& run, const std::vector<ByteSpan>& expected, std::string_view marked,
                        const std::string& found) {
  std::vector<ByteSpan> actual;
  for (const Finding& f : run.findings) actual.push_back(f.span);
  EXPECT_EQ(actual.size(), expected.size()) << "in: " << marked << "\nfound:\n" << found;
  for (std::size_t i = 0; i < std::min(actual.size(), expected.size()); ++i) {
    EXPECT_EQ(actual[i].begin, expected[i].begin) << "in: " << marked << "\nfound:\n" << found;
    EXPECT_EQ(actual[i].end, expected[i].end) << "in: " << marked << "\nfound:\n" << found;
  }
}

void expectFindings(std::string_view rule_id, std::string_view marked, const nlohmann::json& options,
                    DocumentFormat format) {
  std::vector<ByteSpan> expected;
  const RuleRun run = runRule(rule_id, stripMarkers(marked, expected), options, format);
  expectFindingSpans(run, expected, marked, describe(run));
}

void expectNoFindings(std::string_view rule_id, std::string_view text, const nlohmann::json& options,
                      DocumentFormat format) {
  const RuleRun run = runRule(rule_id, std::string(text), options, format);
  EXPECT_TRUE(run.findings.empty()) << "in: " << text << "\nfound:\n" << describe(run);
}

void expectFix(std::string_view rule_id, std::string_view before, std::string_view after, const nlohmann::json& options,
               DocumentFormat format) {
  const RuleRun run = runRule(rule_id, std::string(before), options, format);
  const Fix* preferred = nullptr;
  for (const Finding& f : run.findings)
    for (const Fix& fix : f.fixes)
      if (!preferred && (fix.preferred || f.fixes.size() == 1)) preferred = &fix;
  ASSERT_NE(preferred, nullptr) << "no fix in: " << before << "\nfound:\n" << describe(run);
  EXPECT_EQ(applyEdits(run.document->text(), preferred->edits), after);
}

void expectFixSafety(std::string_view rule_id, std::string_view text, bool safe, const nlohmann::json& options) {
  const RuleRun run = runRule(rule_id, std::string(text), options);
  ASSERT_EQ(run.findings.size(), 1u) << "in: " << text << "\nfound:\n" << describe(run);
  ASSERT_EQ(run.findings[0].fixes.size(), 1u) << "in: " << text;
  EXPECT_EQ(run.findings[0].fixes[0].safe, safe) << "in: " << text;
}

std::vector<Finding> runAt(std::string_view rule_id, const std::string& text, CivilDate check_date,
                           bool judge_by_document, const nlohmann::json& options, const std::string& path) {
  const Rule* rule = findBuiltinRule(rule_id);
  EXPECT_NE(rule, nullptr) << rule_id;
  if (!rule) return {};
  auto doc = Document::create(path, text, formatForPath(path));
  RuleSet set = ruleSetOf({});
  set.rules.push_back({rule, rule->info().default_severity, options});
  CheckServices services;
  services.check_date = check_date;
  services.spelling = testSpellChecker();
  services.judge_by_document_date = judge_by_document;
  return checkDocument(*doc, set, services);
}

std::string markedCaseName(const ::testing::TestParamInfo<MarkedCase>& info) { return info.param.name; }

std::string editCaseName(const ::testing::TestParamInfo<EditCase>& info) { return info.param.name; }

std::string withEdit(const std::string& text, const std::optional<TextEdit>& edit) {
  if (!edit) {
    ADD_FAILURE() << "no edit for: " << text;
    return text;
  }
  return applyEdits(text, {*edit});
}

}  // namespace copydesk::testing
