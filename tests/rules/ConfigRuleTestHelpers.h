#pragma once
// Rule tests driven by a configuration, for custom rules: the rules come from
// a `.copydesk.json` text, resolved for "test.md" / "test.txt".
//   expectConfigFindings(R"({"customRules": [...]})", "Please [[utilize]] it.")
#include <string>
#include <string_view>

#include "rules/RuleTestHelpers.h"

namespace copydesk::testing {

RuleRun runWithConfig(std::string_view config_json, std::string text, DocumentFormat format = DocumentFormat::Markdown);

// Only findings of rules whose id starts with "custom/" are compared.
void expectConfigFindings(std::string_view config_json, std::string_view marked,
                          DocumentFormat format = DocumentFormat::Markdown);
void expectConfigFix(std::string_view config_json, std::string_view before, std::string_view after);

// A row of a table of cases: expectConfigFindings(config, marked, format),
// run by the TEST_P ConfigFindings.AreTheMarkedOnes.
struct ConfigCase {
  const char* name;
  std::string_view config;
  std::string marked;
  DocumentFormat format = DocumentFormat::Markdown;
};
class ConfigFindings : public ::testing::TestWithParam<ConfigCase> {};
std::string configCaseName(const ::testing::TestParamInfo<ConfigCase>& info);

}  // namespace copydesk::testing
