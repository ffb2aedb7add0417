// From a Config to the rules of one file: defaults, "rules", overrides with
// globs, "off", options, custom rules, merging and hashes.
#include <gtest/gtest.h>

#include "config/Config.h"
#include "registry/Registry.h"

namespace copydesk {
namespace {

Config config(std::string_view text) {
  ConfigParseResult r = parseConfigText(text, "/proj/.copydesk.json");
  EXPECT_TRUE(r.ok()) << (r.errors.empty() ? "" : r.errors[0].format());
  return r.config;
}

const EnabledRule* find(const ResolvedRules& resolved, std::string_view id) {
  for (const EnabledRule& rule : resolved.rules.rules)
    if (rule.rule->info().id == id) return &rule;
  return nullptr;
}

TEST(ConfigResolve, EmptyConfigGivesTheDefaults) {
  const ResolvedRules resolved = resolveRules(Config{}, "/proj/a.md");
  EXPECT_EQ(resolved.rules.rules.size(), defaultRuleSet().rules.size());
  ASSERT_NE(find(resolved, "spelling"), nullptr);
  EXPECT_EQ(find(resolved, "spelling")->severity, Severity::Warning);
}

TEST(ConfigResolve, OffRemovesARule) {
  EXPECT_EQ(find(resolveRules(config(R"({"rules": {"spelling": "off"}})"), "/proj/a.md"), "spelling"), nullptr);
}

TEST(ConfigResolve, SeverityAndOptions) {
  const ResolvedRules r =
      resolveRules(config(R"({"rules": {"spelling": {"severity": "error", "checkNames": true}}})"), "/proj/a.md");
  ASSERT_NE(find(r, "spelling"), nullptr);
  EXPECT_EQ(find(r, "spelling")->severity, Severity::Error);
  EXPECT_EQ(find(r, "spelling")->options, (nlohmann::json{{"checkNames", true}}));
}

TEST(ConfigResolve, SpellingSectionFeedsTheSpellingRuleOptions) {
  const ResolvedRules r = resolveRules(config(R"({"spelling": {"checkNames": true}})"), "/proj/a.md");
  EXPECT_EQ(find(r, "spelling")->options, (nlohmann::json{{"checkNames", true}}));
}

TEST(ConfigResolve, ExactIdBeatsPatternWhateverTheOrder) {
  const ResolvedRules r = resolveRules(config(R"({"rules": {"spelling": "hint", "*": "off"}})"), "/proj/a.md");
  ASSERT_NE(find(r, "spelling"), nullptr);
  EXPECT_EQ(find(r, "spelling")->severity, Severity::Hint);
  EXPECT_EQ(r.rules.rules.size(), 1u);
}

TEST(ConfigResolve, OverridesMatchGlobsRelativeToTheConfigFolder) {
  const Config c = config(R"({"overrides": [
    {"files": ["drafts/**"], "rules": {"spelling": "off"}},
    {"files": ["*.txt"], "rules": {"spelling": "error"}}
  ]})");
  EXPECT_EQ(find(resolveRules(c, "/proj/drafts/a/b.md"), "spelling"), nullptr);
  EXPECT_NE(find(resolveRules(c, "/proj/posts/b.md"), "spelling"), nullptr);
  EXPECT_NE(find(resolveRules(c, "/other/drafts/b.md"), "spelling"), nullptr);  // not below the config
  // A glob without '/' matches the file name at any depth.
  EXPECT_EQ(find(resolveRules(c, "/proj/notes/deep/n.txt"), "spelling")->severity, Severity::Error);
}

TEST(ConfigResolve, LaterOverridesWin) {
  const Config c = config(R"({"rules": {"spelling": "hint"}, "overrides": [
    {"files": ["**/*.md"], "rules": {"spelling": "off"}},
    {"files": ["keep/*.md"], "rules": {"spelling": "error"}}
  ]})");
  EXPECT_EQ(find(resolveRules(c, "/proj/x.md"), "spelling"), nullptr);
  EXPECT_EQ(find(resolveRules(c, "/proj/keep/x.md"), "spelling")->severity, Severity::Error);
  EXPECT_EQ(find(resolveRules(c, "/proj/x.txt"), "spelling")->severity, Severity::Hint);
}

TEST(ConfigResolve, CustomRulesAreAddedAndConfigurable) {
  const Config c = config(R"({
    "customRules": [{"id": "custom/a", "kind": "existence", "tokens": ["x"]},
                    {"id": "custom/b", "kind": "existence", "tokens": ["y"], "severity": "hint"}],
    "rules": {"custom/a": "off"}})");
  const ResolvedRules r = resolveRules(c, "/proj/x.md");
  EXPECT_EQ(find(r, "custom/a"), nullptr);
  ASSERT_NE(find(r, "custom/b"), nullptr);
  EXPECT_EQ(find(r, "custom/b")->severity, Severity::Hint);
  EXPECT_EQ(r.custom_rules.size(), 2u);
}

TEST(ConfigResolve, HashChangesWithTheEffectiveRules) {
  const Config a = config(R"({"rules": {"spelling": "hint"}})");
  const Config b = config(R"({"rules": {"spelling": "error"}})");
  const Config c = config(R"({"overrides": [{"files": ["d/*"], "rules": {"spelling": "off"}}]})");
  EXPECT_EQ(resolveRules(a, "/proj/x.md").hash, resolveRules(a, "/proj/y.md").hash);
  EXPECT_NE(resolveRules(a, "/proj/x.md").hash, resolveRules(b, "/proj/x.md").hash);
  EXPECT_NE(resolveRules(c, "/proj/x.md").hash, resolveRules(c, "/proj/d/x.md").hash);
}

TEST(ConfigMerge, OverlayWins) {
  const Config base = config(R"({"rules": {"spelling": "error"}, "spelling": {"words": ["Alpha"], "language": "en_US"},
                                 "asOf": "2025-01-01", "facts": {"staleAfterYears": 2, "judgeBy": "check-date"}})");
  const ConfigParseResult editor = parseConfigJson(
      {{"rules", {{"spelling", "hint"}}}, {"spelling", {{"words", {"Beta"}}}}, {"facts", {{"staleAfterYears", 5}}}},
      "editor settings", "/proj");
  ASSERT_TRUE(editor.ok());
  const Config merged = mergeConfig(base, editor.config);
  EXPECT_EQ(find(resolveRules(merged, "/proj/x.md"), "spelling")->severity, Severity::Hint);
  EXPECT_EQ(merged.spelling.words, (std::vector<std::string>{"Alpha", "Beta"}));
  EXPECT_EQ(merged.spelling.language, "en_US");
  EXPECT_EQ(merged.as_of->iso(), "2025-01-01");
  EXPECT_EQ(merged.factsSettings()["staleAfterYears"], 5);
  EXPECT_EQ(merged.factsSettings()["judgeBy"], "check-date");
  EXPECT_NE(merged.hash, base.hash);
}

TEST(ConfigMerge, CustomRulesWithTheSameIdAreReplaced) {
  const Config base = config(R"({"customRules": [{"id": "custom/a", "kind": "existence", "tokens": ["x"]}]})");
  const ConfigParseResult overlay = parseConfigJson(
      {{"customRules", {{{"id", "custom/a"}, {"kind", "existence"}, {"tokens", {"y"}}, {"description", "new"}}}}},
      "editor settings", "/proj");
  ASSERT_TRUE(overlay.ok());
  const Config merged = mergeConfig(base, overlay.config);
  ASSERT_EQ(merged.custom_rules.size(), 1u);
  EXPECT_EQ(merged.custom_rules[0]->info().description, "new");
}

TEST(ConfigDates, AsOfFlagWinsOverTheConfig) {
  const Config c = config(R"({"asOf": "2024-05-06", "facts": {"judgeBy": "document-date"}})");
  CheckServices services;
  applyDateSettings(c, std::nullopt, services);
  EXPECT_EQ(services.check_date.iso(), "2024-05-06");
  EXPECT_TRUE(services.judge_by_document_date);
  applyDateSettings(c, CivilDate{2030, 1, 2}, services);
  EXPECT_EQ(services.check_date.iso(), "2030-01-02");
}

}  // namespace
}  // namespace copydesk
