// Parsing .copydesk.json: comments, trailing commas, every section, and every
// kind of error with its exact line:col.
#include <gtest/gtest.h>

#include "config/Config.h"
#include "config/JsonSource.h"

namespace copydesk {
namespace {

ConfigParseResult parse(std::string_view text) { return parseConfigText(text, "/proj/.copydesk.json"); }

// The single error of `text`, formatted.
std::string errorOf(std::string_view text) {
  const ConfigParseResult result = parse(text);
  if (result.errors.size() != 1) {
    std::string all;
    for (const ConfigError& e : result.errors) all += e.format() + "\n";
    return "expected one error, got " + std::to_string(result.errors.size()) + ":\n" + all;
  }
  return result.errors[0].format();
}

TEST(JsonSource, CommentsAndTrailingCommasBecomeSpaces) {
  std::string text = "{ // note\n \"a\": [1, 2, /* x */ ],\n \"s\": \"// not a comment\", }";
  std::size_t error = 0;
  ASSERT_TRUE(stripJsonComments(text, error));
  EXPECT_EQ(text, "{        \n \"a\": [1, 2          ],\n \"s\": \"// not a comment\"  }");
}

TEST(JsonSource, PositionsOfValuesAndKeys) {
  JsonSource source;
  std::string message;
  SourcePosition where;
  ASSERT_TRUE(source.parse("{\n  \"rules\": {\n    \"a/b\": \"off\"\n  }\n}", message, where));
  EXPECT_EQ(source.position("/rules/a~1b").line, 3);
  EXPECT_EQ(source.position("/rules/a~1b").column, 12);
  EXPECT_EQ(source.position("/rules/a~1b", true).column, 5);
  EXPECT_EQ(source.position("/rules/missing").line, 2);  // falls back to the parent
}

TEST(ConfigParse, EmptyObjectIsValid) {
  const ConfigParseResult r = parse("{}");
  EXPECT_TRUE(r.ok());
  EXPECT_TRUE(r.config.rules.empty());
  EXPECT_EQ(r.config.base_dir, "/proj");
}

TEST(ConfigParse, CommentsAndTrailingCommasAreAccepted) {
  const ConfigParseResult r = parse(R"({
    // line comment
    "rules": {
      "spelling": "error", /* block */
    },
    "spelling": { "words": ["Ferrocene",], },
  })");
  ASSERT_TRUE(r.ok()) << r.errors[0].format();
  ASSERT_EQ(r.config.rules.size(), 1u);
  EXPECT_EQ(r.config.rules[0].pattern, "spelling");
  EXPECT_EQ(r.config.rules[0].severity, Severity::Error);
  EXPECT_EQ(r.config.spelling.words, std::vector<std::string>{"Ferrocene"});
}

TEST(ConfigParse, RuleSettingForms) {
  const ConfigParseResult r = parse(R"({"rules": {
    "spelling": {"severity": "hint", "checkNames": true},
    "style/*": "off",
    "facts/*": "on",
    "*": "information"
  }})");
  ASSERT_TRUE(r.ok()) << r.errors[0].format();
  ASSERT_EQ(r.config.rules.size(), 4u);
  // nlohmann keeps object members sorted by key.
  EXPECT_EQ(r.config.rules[0].pattern, "*");
  EXPECT_EQ(r.config.rules[0].severity, Severity::Information);
  EXPECT_EQ(r.config.rules[1].pattern, "facts/*");
  EXPECT_EQ(r.config.rules[1].enabled, true);
  EXPECT_FALSE(r.config.rules[1].severity.has_value());
  EXPECT_EQ(r.config.rules[2].pattern, "spelling");
  EXPECT_EQ(r.config.rules[2].severity, Severity::Hint);
  EXPECT_EQ(r.config.rules[2].options, (nlohmann::json{{"checkNames", true}}));
  EXPECT_EQ(r.config.rules[3].enabled, false);
}

TEST(ConfigParse, SpellingFactsAndAsOf) {
  const ConfigParseResult r = parse(R"({
    "spelling": {"language": "en_GB", "dictionaries": ["words.txt", "/abs/x.dic"], "checkNames": true},
    "asOf": "2026-03-07",
    "facts": {"judgeBy": "document-date", "staleAfterYears": 3, "claims": ["kb/claims.json"], "reviewGraceDays": 0}
  })");
  ASSERT_TRUE(r.ok()) << r.errors[0].format();
  EXPECT_EQ(r.config.spelling.language, "en_GB");
  EXPECT_EQ(r.config.spelling.dictionaries, (std::vector<std::string>{"/proj/words.txt", "/abs/x.dic"}));
  EXPECT_EQ(r.config.spelling.check_names, true);
  ASSERT_TRUE(r.config.as_of.has_value());
  EXPECT_EQ(r.config.as_of->iso(), "2026-03-07");
  EXPECT_TRUE(r.config.judgeByDocumentDate());
  EXPECT_EQ(r.config.factsSettings()["staleAfterYears"], 3);
  EXPECT_EQ(r.config.factsSettings()["claims"], nlohmann::json::array({"/proj/kb/claims.json"}));
  EXPECT_EQ(r.config.factsSettings()["reviewGraceDays"], 0);
}

TEST(ConfigParse, OverridesKeepTheirFolderAndRules) {
  const ConfigParseResult r = parse(R"({"overrides": [
    {"files": ["drafts/**", "*.txt"], "rules": {"spelling": "off"}},
    {"files": "notes/*.md"}
  ]})");
  ASSERT_TRUE(r.ok()) << r.errors[0].format();
  ASSERT_EQ(r.config.overrides.size(), 2u);
  EXPECT_EQ(r.config.overrides[0].base_dir, "/proj");
  EXPECT_EQ(r.config.overrides[0].files, (std::vector<std::string>{"drafts/**", "*.txt"}));
  EXPECT_EQ(r.config.overrides[0].rules.at(0).enabled, false);
  EXPECT_EQ(r.config.overrides[1].files, std::vector<std::string>{"notes/*.md"});
}

TEST(ConfigParse, CustomRulesAreBuilt) {
  const ConfigParseResult r = parse(R"({
    "customRules": [
      {"id": "custom/no-utilize", "kind": "substitution", "swap": {"utilize": "use"}, "severity": "error"},
      {"id": "custom/weasel", "kind": "existence", "tokens": ["very", "quite"], "description": "Weasel words"}
    ],
    "rules": {"custom/weasel": "hint", "custom/*": "warning"}
  })");
  ASSERT_TRUE(r.ok()) << r.errors[0].format();
  ASSERT_EQ(r.config.custom_rules.size(), 2u);
  EXPECT_EQ(r.config.custom_rules[0]->info().id, "custom/no-utilize");
  EXPECT_EQ(r.config.custom_rules[0]->info().default_severity, Severity::Error);
  EXPECT_EQ(r.config.custom_rules[1]->info().description, "Weasel words");
  EXPECT_EQ(r.config.customRuleIds(), (std::vector<std::string>{"custom/no-utilize", "custom/weasel"}));
}

TEST(ConfigParse, SchemaKeyIsAllowed) { EXPECT_TRUE(parse(R"({"$schema": "x.json"})").ok()); }

// --- errors, each at its exact position --------------------------------------

TEST(ConfigErrors, SyntaxErrorPointsAtTheBadCharacter) {
  EXPECT_EQ(errorOf("{\n  \"rules\": {\n    \"spelling\" \"off\"\n  }\n}"),
            "/proj/.copydesk.json:3:16: syntax error while parsing object separator - unexpected string "
            "literal; expected ':'");
}

TEST(ConfigErrors, SyntaxErrorColumnCountsCharactersNotBytes) {
  const std::string e = errorOf("{\"é\": 1 2}");
  EXPECT_EQ(e.substr(0, 25), "/proj/.copydesk.json:1:9:") << e;
}

TEST(ConfigErrors, UnexpectedEndOfInput) {
  const std::string e = errorOf("{\n  \"rules\": {");
  EXPECT_EQ(e.substr(0, 25), "/proj/.copydesk.json:2:13") << e;  // just past the end
  EXPECT_NE(e.find("unexpected end of input"), std::string::npos) << e;
}

TEST(ConfigErrors, UnterminatedBlockComment) {
  EXPECT_EQ(errorOf("{\n /* never closed\n}"), "/proj/.copydesk.json:2:2: unterminated /* comment");
}

TEST(ConfigErrors, TopLevelMustBeAnObject) {
  EXPECT_EQ(errorOf("[1]"), "/proj/.copydesk.json:1:1: the configuration must be an object, not an array");
}

TEST(ConfigErrors, UnknownTopLevelKeyWithSuggestion) {
  EXPECT_EQ(errorOf("{\n  \"rulez\": {}\n}"),
            "/proj/.copydesk.json:2:3: unknown key 'rulez' in the configuration (did you mean 'rules'?)");
}

TEST(ConfigErrors, UnknownKeyInSpelling) {
  EXPECT_EQ(errorOf("{\"spelling\": {\"lang\": \"en_US\"}}"),
            "/proj/.copydesk.json:1:15: unknown key 'lang' in \"spelling\" (did you mean 'language'?)");
}

TEST(ConfigErrors, WrongTypes) {
  EXPECT_EQ(errorOf("{\"rules\": []}"), "/proj/.copydesk.json:1:11: \"rules\" must be an object, not an array");
  EXPECT_EQ(errorOf("{\"spelling\": {\"words\": \"x\"}}"),
            "/proj/.copydesk.json:1:24: \"words\" must be an array, not a string");
  EXPECT_EQ(errorOf("{\"spelling\": {\"words\": [\"a\", 2]}}"),
            "/proj/.copydesk.json:1:30: each item of \"words\" must be a string, not a number");
  EXPECT_EQ(errorOf("{\"spelling\": {\"checkNames\": \"yes\"}}"),
            "/proj/.copydesk.json:1:29: \"checkNames\" must be a boolean, not a string");
  EXPECT_EQ(errorOf("{\"rules\": {\"spelling\": 3}}"),
            "/proj/.copydesk.json:1:24: a rule setting must be \"off\", \"on\", a severity or an object");
}

TEST(ConfigErrors, UnknownSeverity) {
  EXPECT_EQ(errorOf("{\n  \"rules\": {\"spelling\": \"warn\"}\n}"),
            "/proj/.copydesk.json:2:25: unknown severity 'warn' (expected error, warning, information or hint) "
            "(did you mean 'warning'?)");
  EXPECT_EQ(errorOf("{\"rules\": {\"spelling\": {\"severity\": \"fatal\"}}}"),
            "/proj/.copydesk.json:1:37: unknown severity 'fatal' (expected error, warning, information or hint)");
}

TEST(ConfigErrors, UnknownRuleIdWithSuggestion) {
  EXPECT_EQ(errorOf("{\"rules\": {\n  \"speling\": \"off\"\n}}"),
            "/proj/.copydesk.json:2:3: unknown rule 'speling' (did you mean 'spelling'?)");
}

TEST(ConfigErrors, UnknownRuleArea) {
  EXPECT_EQ(errorOf("{\"rules\": {\"typography/*\": \"off\"}}"),
            "/proj/.copydesk.json:1:12: unknown rule 'typography/*'");
}

TEST(ConfigErrors, UndefinedCustomRule) {
  EXPECT_EQ(errorOf("{\"rules\": {\"custom/x\": \"off\"}}"),
            "/proj/.copydesk.json:1:12: unknown rule 'custom/x' (custom rules are defined in \"customRules\")");
}

TEST(ConfigErrors, InvalidPattern) {
  const std::string e = errorOf(
      "{\"customRules\": [\n  {\"id\": \"custom/x\", \"kind\": \"existence\",\n   \"pattern\": \"(unclosed\"}\n]}");
  EXPECT_EQ(e.substr(0, 47), "/proj/.copydesk.json:3:15: invalid pattern: mis") << e;
}

TEST(ConfigErrors, CustomRuleProblems) {
  EXPECT_EQ(errorOf("{\"customRules\": [{\"id\": \"mine\", \"kind\": \"existence\", \"tokens\": [\"a\"]}]}"),
            "/proj/.copydesk.json:1:25: a custom rule id must start with \"custom/\" followed by letters, digits, "
            "'-', '_', '.' or '/'");
  EXPECT_EQ(errorOf("{\"customRules\": [{\"id\": \"custom/a\", \"kind\": \"exist\", \"tokens\": [\"a\"]}]}"),
            "/proj/.copydesk.json:1:45: unknown kind 'exist' (expected \"existence\" or \"substitution\")");
  EXPECT_EQ(errorOf("{\"customRules\": [{\"id\": \"custom/a\", \"kind\": \"existence\"}]}"),
            "/proj/.copydesk.json:1:18: an existence rule needs either \"tokens\" or \"pattern\"");
  EXPECT_EQ(errorOf("{\"customRules\": [{\"id\": \"custom/a\", \"kind\": \"substitution\", \"swap\": {\"a\": 1}}]}"),
            "/proj/.copydesk.json:1:75: a replacement must be a string, not a number");
  EXPECT_EQ(errorOf("{\"customRules\": [{\"id\": \"custom/a\", \"kind\": \"existence\", \"tokens\": [\"a\"], "
                    "\"colour\": 1}]}"),
            "/proj/.copydesk.json:1:75: unknown key 'colour' in a custom rule");
}

TEST(ConfigErrors, DuplicateCustomRule) {
  EXPECT_EQ(errorOf("{\"customRules\": [\n{\"id\": \"custom/a\", \"kind\": \"existence\", \"tokens\": [\"a\"]},\n"
                    "{\"id\": \"custom/a\", \"kind\": \"existence\", \"tokens\": [\"b\"]}]}"),
            "/proj/.copydesk.json:3:8: duplicate custom rule id 'custom/a'");
}

TEST(ConfigErrors, BadDatesAndNumbers) {
  EXPECT_EQ(errorOf("{\"asOf\": \"March 2026\"}"),
            "/proj/.copydesk.json:1:10: \"asOf\" must be a date written YYYY-MM-DD, not 'March 2026'");
  EXPECT_EQ(errorOf("{\"asOf\": \"2026-02-30\"}"),
            "/proj/.copydesk.json:1:10: \"asOf\" must be a date written YYYY-MM-DD, not '2026-02-30'");
  EXPECT_EQ(errorOf("{\"facts\": {\"staleAfterYears\": 0}}"),
            "/proj/.copydesk.json:1:31: \"staleAfterYears\" must be a whole number from 1 to 100000");
  EXPECT_EQ(errorOf("{\"facts\": {\"judgeBy\": \"today\"}}"),
            "/proj/.copydesk.json:1:23: \"judgeBy\" must be \"check-date\" or \"document-date\", not 'today'");
}

TEST(ConfigErrors, OverrideWithoutFiles) {
  EXPECT_EQ(errorOf("{\"overrides\": [{\"rules\": {}}]}"),
            "/proj/.copydesk.json:1:16: an override needs \"files\": [\"glob\", ...]");
}

TEST(ConfigErrors, EveryErrorIsReported) {
  const ConfigParseResult r = parse("{\"rulez\": 1, \"asOf\": 2, \"rules\": {\"speling\": \"off\"}}");
  EXPECT_EQ(r.errors.size(), 3u);
}

TEST(ConfigErrors, EditorSettingsHaveNoPositionButAPointer) {
  const ConfigParseResult r =
      parseConfigJson(nlohmann::json{{"rules", {{"spelling", "loud"}}}}, "editor settings", "/ws");
  ASSERT_EQ(r.errors.size(), 1u);
  EXPECT_EQ(r.errors[0].format(),
            "editor settings: unknown severity 'loud' (expected error, warning, information or hint) (at "
            "/rules/spelling)");
}

}  // namespace
}  // namespace copydesk
