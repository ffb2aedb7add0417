#include "server/CodeActions.h"

#include <algorithm>

#include "diagnostics/DiagnosticJson.h"
#include "engine/IgnoredWords.h"
#include "engine/Suppression.h"
#include "server/LspConvert.h"
#include "spelling/SpellingFixes.h"

namespace copydesk::server {

namespace {

protocol::WorkspaceEdit workspaceEdit(const CheckResult& result, const CodeActionRequest& request,
                                      const std::vector<TextEdit>& edits) {
  std::vector<protocol::TextEdit> text_edits;
  text_edits.reserve(edits.size());
  for (const TextEdit& edit : edits)
    text_edits.push_back({lspRange(result.document->lines(), edit.span, request.encoding), edit.new_text});
  protocol::WorkspaceEdit out;
  if (request.document_changes) {
    const auto version = static_cast<std::int32_t>(result.version);  // a client's version: int32 on the wire
    out.documentChanges = std::vector<protocol::TextDocumentEdit>{{{request.uri, version}, std::move(text_edits)}};
  } else {
    out.changes.emplace();
    (*out.changes)[request.uri] = std::move(text_edits);
  }
  return out;
}

protocol::CodeAction quickFix(std::string title, const protocol::Diagnostic& diagnostic) {
  protocol::CodeAction action;
  action.title = std::move(title);
  action.kind = protocol::code_action_kind::QuickFix;
  action.diagnostics = std::vector<protocol::Diagnostic>{diagnostic};
  return action;
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
  std::stable_sort(fixes.begin(), fixes.end(),
                   [](const Fix& a, const Fix& b) { return a.edits.front().span.begin < b.edits.front().span.begin; });
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
  std::sort(taken.begin(), taken.end(),
            [](const TextEdit& a, const TextEdit& b) { return a.span.begin < b.span.begin; });
  return taken;
}

std::vector<protocol::CodeAction> codeActionsFor(const CheckResult& result, const CodeActionRequest& request) {
  std::vector<protocol::CodeAction> actions;
  const bool quickfix = kindRequested(request.only, "quickfix");
  for (const Finding& finding : result.findings) {
    if (!quickfix) break;
    if (!touches(finding.span, request.range)) continue;
    const protocol::Diagnostic diagnostic = diagnosticFor(result, finding, request.encoding, request.docs_url);
    for (const Fix& fix : fixesOf(result, finding)) {
      protocol::CodeAction& action = actions.emplace_back(quickFix(fix.title, diagnostic));
      action.edit = workspaceEdit(result, request, fix.edits);
      if (fix.preferred) action.isPreferred = true;
    }
    if (finding.rule_id == "spelling") {
      const std::string word(result.document->slice(finding.span));
      for (const char* scope : {"workspace", "user"}) {
        const std::string title = "Add '" + word + "' to " + scope + " dictionary";
        protocol::CodeAction& action = actions.emplace_back(quickFix(title, diagnostic));
        action.command = protocol::Command{
            title, kAddToDictionaryCommand,
            std::vector<protocol::json>{protocol::toJsonTree(AddToDictionaryArguments{request.uri, word, scope})}};
      }
      if (const auto edit = ignoreWordEdit(*result.document, word)) {
        protocol::CodeAction& action =
            actions.emplace_back(quickFix("Ignore '" + word + "' in this document", diagnostic));
        action.edit = workspaceEdit(result, request, {*edit});
      }
    }
    if (finding.rule_id.rfind("config/", 0) != 0) {
      if (const auto edit = suppressionEdit(*result.document, finding.span, finding.rule_id)) {
        const std::string title = "Ignore '" + finding.rule_id + "' here";
        protocol::CodeAction& action = actions.emplace_back(quickFix(title, diagnostic));
        action.edit = workspaceEdit(result, request, {*edit});
      }
    }
  }
  if (kindRequested(request.only, kFixAllKind)) {
    const std::vector<TextEdit> edits = safeFixEdits(result);
    if (!edits.empty()) {
      protocol::CodeAction& action = actions.emplace_back();
      action.title = "Fix all safe copydesk problems (" + std::to_string(edits.size()) + ")";
      action.kind = kFixAllKind;
      action.edit = workspaceEdit(result, request, edits);
    }
  }
  return actions;
}

}  // namespace copydesk::server
