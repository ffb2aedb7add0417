#include "rules/ConfigRuleTestHelpers.h"

#include "config/Config.h"

namespace copydesk::testing {

namespace {

std::string describe(const RuleRun& run) {
  std::string out;
  for (const Finding& f : run.findings)
    out += "  " + f.rule_id + " [" + std::string(run.document->slice(f.span)) + "] @" + std::to_string(f.span.begin) +
           ": " + f.message + "\n";
  return out.empty() ? "  (none)\n" : out;
}

}  // namespace

RuleRun runWithConfig(std::string_view config_json, std::string text, DocumentFormat format) {
  RuleRun run;
  const ConfigParseResult config = parseConfigText(config_json, "/test/.copydesk.json");
  for (const ConfigError& e : config.errors) ADD_FAILURE() << e.format();
  const std::string path = format == DocumentFormat::Markdown ? "/test/test.md" : "/test/test.txt";
  ResolvedRules resolved = resolveRules(config.config, path);
  // Only the custom rules: built-in ones have their own tests.
  std::erase_if(resolved.rules.rules, [](const EnabledRule& r) { return !r.rule->info().id.starts_with("custom/"); });
  run.document = Document::create(path, std::move(text), format);
  run.findings = checkDocument(*run.document, resolved.rules, {testSpellChecker(), nullptr});
  return run;
}

void expectConfigFindings(std::string_view config_json, std::string_view marked, DocumentFormat format) {
  std::vector<ByteSpan> expected;
  const RuleRun run = runWithConfig(config_json, stripMarkers(marked, expected), format);
  expectFindingSpans(run, expected, marked, describe(run));
}

void expectConfigFix(std::string_view config_json, std::string_view before, std::string_view after) {
  const RuleRun run = runWithConfig(config_json, std::string(before));
  std::vector<TextEdit> edits;
  for (const Finding& f : run.findings)
    for (const Fix& fix : f.fixes)
      if (fix.preferred) edits.insert(edits.end(), fix.edits.begin(), fix.edits.end());
  ASSERT_FALSE(edits.empty()) << "no fix in: " << before << "\nfound:\n" << describe(run);
  EXPECT_EQ(applyEdits(run.document->text(), edits), after);
}

TEST_P(ConfigFindings, AreTheMarkedOnes) {
  expectConfigFindings(GetParam().config, GetParam().marked, GetParam().format);
}

std::string configCaseName(const ::testing::TestParamInfo<ConfigCase>& info) { return info.param.name; }

}  // namespace copydesk::testing
