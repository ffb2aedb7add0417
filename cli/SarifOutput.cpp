// SARIF 2.1.0 output (OASIS), for code-scanning services such as GitHub's.
//
// One run. tool.driver lists every rule that ran on some file (plus any rule
// id found only in results), sorted by id, each with its description
// (shortDescription), the first paragraph of its explanation (fullDescription),
// the whole explanation (help.text and help.markdown), its default level and,
// with --docs-url, helpUri; the driver gets informationUri only from
// --docs-url (there is no canonical home page to point to).
//
// Levels: error -> "error", warning -> "warning", information and hint ->
// "note" (never "none", which code-scanning services hide).
//
// Locations: artifactLocation.uri is the path relative to the current folder
// (uriBaseId "%SRCROOT%", itself given in originalUriBaseIds), or a file://
// URI for a file outside it. Regions have 1-based lines and 1-based columns
// counted in UTF-16 code units (run.columnKind "utf16CodeUnits", SARIF's
// default, stated explicitly); endColumn is one past the last character.
// Every fix of a finding (safe or not) becomes a SARIF fix. Files that could
// not be checked are error notifications of the invocation.
#include <map>

#include <nlohmann/json.hpp>

#include "cli/CheckResults.h"
#include "cli/CiLevel.h"
#include "cli/OutputPaths.h"
#include "diagnostics/DiagnosticJson.h"
#include "registry/Registry.h"

namespace copydesk::cli {

namespace {

using nlohmann::json;

json artifactLocation(const std::string& path) {
  const std::string relative = repositoryPath(path);
  if (!relative.empty() && relative.front() == '/') return {{"uri", fileUri(relative)}};
  return {{"uri", percentEncodePath(relative)}, {"uriBaseId", "%SRCROOT%"}};
}

json region(const LineIndex& lines, ByteSpan span) {
  const LinePosition start = lines.position(span.begin, Encoding::Utf16);
  const LinePosition end = lines.position(span.end, Encoding::Utf16);
  return {{"startLine", start.line + 1},
          {"startColumn", start.character + 1},
          {"endLine", end.line + 1},
          {"endColumn", end.character + 1}};
}

std::string_view firstParagraph(std::string_view text) {
  const std::size_t end = text.find("\n\n");
  return end == std::string_view::npos ? text : text.substr(0, end);
}

json ruleDescriptor(const RuleInfo& info, const OutputStyle& style) {
  const std::string_view explanation = info.explanation.empty() ? info.description : info.explanation;
  const std::string_view level = ciLevel(info.default_severity, "note");
  json rule = {{"id", info.id},
               {"shortDescription", {{"text", info.description}}},
               {"fullDescription", {{"text", firstParagraph(explanation)}}},
               {"help", {{"text", explanation}, {"markdown", explanation}}},
               {"defaultConfiguration", {{"level", level}, {"enabled", info.enabled_by_default}}}};
  if (const std::string href = ruleDocsHref(style.docs_url, info.id); !href.empty()) rule["helpUri"] = href;
  return rule;
}

// Rule id -> the rule, for every rule that ran and every id that was reported.
std::map<std::string, const Rule*, std::less<>> rulesOfRun(const std::vector<FileResult>& results) {
  std::map<std::string, const Rule*, std::less<>> rules;
  for (const FileResult& file : results) {
    if (file.rules)
      for (const EnabledRule& enabled : file.rules->rules) rules.emplace(enabled.rule->info().id, enabled.rule);
    for (const Finding& finding : file.findings) rules.emplace(finding.rule_id, findBuiltinRule(finding.rule_id));
  }
  return rules;
}

json fixJson(const FileResult& file, const Fix& fix) {
  json replacements = json::array();
  for (const TextEdit& edit : fix.edits) {
    json replacement = {{"deletedRegion", region(file.text->lines(), edit.span)}};
    if (!edit.new_text.empty()) replacement["insertedContent"] = {{"text", edit.new_text}};
    replacements.push_back(std::move(replacement));
  }
  return {{"description", {{"text", fix.title}}},
          {"artifactChanges",
           json::array({{{"artifactLocation", artifactLocation(file.path)}, {"replacements", replacements}}})}};
}

json resultJson(const FileResult& file, const Finding& finding, std::size_t rule_index) {
  json result = {{"ruleId", finding.rule_id},
                 {"ruleIndex", rule_index},
                 {"level", ciLevel(finding.severity, "note")},
                 {"message", {{"text", finding.message}}},
                 {"locations", json::array({{{"physicalLocation",
                                              {{"artifactLocation", artifactLocation(file.path)},
                                               {"region", region(file.text->lines(), finding.span)}}}}})}};
  json fixes = json::array();
  for (const Fix& fix : finding.fixes)
    if (!fix.edits.empty()) fixes.push_back(fixJson(file, fix));
  if (!fixes.empty()) result["fixes"] = std::move(fixes);
  return result;
}

}  // namespace

void writeSarif(const std::vector<FileResult>& results, const OutputStyle& style, std::string& out) {
  const auto rules = rulesOfRun(results);
  json descriptors = json::array();
  std::map<std::string, std::size_t, std::less<>> index;
  for (const auto& [id, rule] : rules) {
    index.emplace(id, descriptors.size());
    descriptors.push_back(rule ? ruleDescriptor(rule->info(), style) : json{{"id", id}});
  }

  json sarif_results = json::array();
  json notifications = json::array();
  for (const FileResult& file : results) {
    if (!file.checked) {
      notifications.push_back(
          {{"level", "error"},
           {"message", {{"text", file.error}}},
           {"locations", json::array({{{"physicalLocation", {{"artifactLocation", artifactLocation(file.path)}}}}})}});
      continue;
    }
    for (const Finding& finding : file.findings)
      sarif_results.push_back(resultJson(file, finding, index.find(finding.rule_id)->second));
  }

  json driver = {{"name", "copydesk"},
                 {"version", COPYDESK_VERSION},
                 {"semanticVersion", COPYDESK_VERSION},
                 {"rules", std::move(descriptors)}};
  if (!style.docs_url.empty()) driver["informationUri"] = style.docs_url;
  json invocation = {{"executionSuccessful", notifications.empty()}};
  if (!notifications.empty()) invocation["toolExecutionNotifications"] = std::move(notifications);
  json run = {{"tool", {{"driver", std::move(driver)}}},
              {"columnKind", "utf16CodeUnits"},
              {"originalUriBaseIds", {{"%SRCROOT%", {{"uri", currentFolderUri()}}}}},
              {"invocations", json::array({std::move(invocation)})},
              {"results", std::move(sarif_results)}};
  const json log = {
      {"$schema", "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"},
      {"version", "2.1.0"},
      {"runs", json::array({std::move(run)})}};
  out += log.dump(2, ' ', false, json::error_handler_t::replace);
  out += '\n';
}

}  // namespace copydesk::cli
