#include "server/CodeActions.h"

#include <algorithm>

#include "engine/Suppression.h"
#include "diagnostics/DiagnosticJson.h"
#include "server/LspConvert.h"
#include "spelling/SpellingFixes.h"

namespace copydesk::server {

namespace {

nlohmann::json workspaceEdit(const CheckResult& result, const CodeActionRequest& request,
                             const std::vector<TextEdit>& edits) {
  nlohmann::json text_edits = nlohmann::json::array();
  for (const TextEdit& edit : edits)
    text_edits.push_back({{"range", rangeJson(result.document->lines(), edit.span, request.encoding)},
                          {"newText", edit.new_text}});
  if (request.document_changes) {
    return {{"documentChanges",
             nlohmann::json::array({{{"textDocument", {{"uri", request.uri}, {"version", result.version}}},
                                     {"edits", std::move(text_edits)}}})}};
  }
  return {{"changes", {{request.uri, std::move(text_edits)}}}};
}

bool touches(ByteSpan finding, ByteSpan range) { return finding.begin <= range.end && range.begin <= finding.end; }

// A finding's fixes. The server checks without spelling suggestions (they
// were a tenth of each keystroke's check): they are computed here, when a
// code action asks, and cached by the spell checker.
std::vector<Fix> fixesOf(const CheckResult& result, const Finding& finding) {
  if (finding.rule_id != "spelling" || !finding.fixes.empty() || !result.setup || !result.setup->spelling)
    return finding.fixes;
  return spellingFixes(*result.setup->spelling, result.document->slice(finding.span), finding.span);
}

}  // namespace

bool kindRequested(const std::optional<std::vector<std::string>>& only, std::string_view kind) {
  if (!only) return true;
  for (const std::string& wanted : *only) {
    if (kind == wanted) return true;
    if (kind.size() > wanted.size() && kind.substr(0, wanted.size()) == wanted && kind[wanted.size()] == '.')
      return true;
  }
  return false;
}

std::vector<TextEdit> safeFixEdits(const CheckResult& result) {
  std::vector<Fix> fixes;
  for (const Finding& finding : result.findings)
    for (Fix& fix : fixesOf(result, finding))
      if (fix.safe && !fix.edits.empty()) fixes.push_back(std::move(fix));
  std::stable_sort(fixes.begin(), fixes.end(), [](const Fix& a, const Fix& b) {
    return a.edits.front().span.begin < b.edits.front().span.begin;
  });
  std::vector<TextEdit> taken;
  for (const Fix& fix : fixes) {
    const bool clash = std::any_of(fix.edits.begin(), fix.edits.end(), [&](const TextEdit& edit) {
      return std::any_of(taken.begin(), taken.end(), [&](const TextEdit& other) {
        // Overlapping spans, or two insertions at the same place.
        return edit.span.overlaps(other.span) || edit.span.begin == other.span.begin ||
               (edit.span.empty() && other.span.contains(edit.span.begin)) ||
               (other.span.empty() && edit.span.contains(other.span.begin));
      });
    });
    if (!clash) taken.insert(taken.end(), fix.edits.begin(), fix.edits.end());
  }
  std::sort(taken.begin(), taken.end(), [](const TextEdit& a, const TextEdit& b) { return a.span.begin < b.span.begin; });
  return taken;
}

nlohmann::json codeActionsFor(const CheckResult& result, const CodeActionRequest& request) {
  nlohmann::json actions = nlohmann::json::array();
  const bool quickfix = kindRequested(request.only, "quickfix");
  for (const Finding& finding : result.findings) {
    if (!quickfix) break;
    if (!touches(finding.span, request.range)) continue;
    const nlohmann::json diagnostic = diagnosticFor(result, finding, request.encoding, request.docs_url);
    for (const Fix& fix : fixesOf(result, finding)) {
      nlohmann::json action = {{"title", fix.title},
                               {"kind", "quickfix"},
                               {"diagnostics", nlohmann::json::array({diagnostic})},
                               {"edit", workspaceEdit(result, request, fix.edits)}};
      if (fix.preferred) action["isPreferred"] = true;
      actions.push_back(std::move(action));
    }
    if (finding.rule_id == "spelling") {
      const std::string word(result.document->slice(finding.span));
      const std::string title = "Add '" + word + "' to dictionary";
      actions.push_back({{"title", title},
                         {"kind", "quickfix"},
                         {"diagnostics", nlohmann::json::array({diagnostic})},
                         {"command",
                          {{"title", title},
                           {"command", kAddToDictionaryCommand},
                           {"arguments", nlohmann::json::array({{{"uri", request.uri}, {"word", word}}})}}}});
    }
    if (finding.rule_id.rfind("config/", 0) != 0) {
      if (const auto edit = suppressionEdit(*result.document, finding.span, finding.rule_id)) {
        actions.push_back({{"title", "Ignore '" + finding.rule_id + "' here"},
                           {"kind", "quickfix"},
                           {"diagnostics", nlohmann::json::array({diagnostic})},
                           {"edit", workspaceEdit(result, request, {*edit})}});
      }
    }
  }
  if (kindRequested(request.only, kFixAllKind)) {
    const std::vector<TextEdit> edits = safeFixEdits(result);
    if (!edits.empty()) {
      actions.push_back({{"title", "Fix all safe copydesk problems (" + std::to_string(edits.size()) + ")"},
                         {"kind", kFixAllKind},
                         {"edit", workspaceEdit(result, request, edits)}});
    }
  }
  return actions;
}

}  // namespace copydesk::server
