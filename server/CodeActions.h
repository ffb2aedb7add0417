#pragma once
// textDocument/codeAction for one checked snapshot. Actions are recomputed from
// the snapshot's findings (not trusted from the client's diagnostic.data), so
// their edits always match the version they were computed for:
//   - one `quickfix` per Fix a finding carries (spelling: one per suggestion,
//     the first isPreferred; computed here, on demand: the server checks
//     without spelling suggestions);
//   - for spelling findings, the three tiers of accepted words:
//     "Add 'word' to workspace dictionary" and "Add 'word' to user
//     dictionary", Commands (copydesk.addToDictionary {uri, word, scope}) that
//     the server executes (atomic appends), and "Ignore 'word' in this
//     document", an edit of the document's front matter list
//     (engine/IgnoredWords.h) that the editor applies;
//   - "Ignore 'rule' here" (Markdown only): inserts the config engineer's
//     suppression comment (engine/Suppression.h suppressionEdit);
//   - `source.fixAll.copydesk`: every safe fix in the document, skipping
//     fixes that overlap one already taken.
// Kinds are filtered by `only` hierarchically ("source" admits
// "source.fixAll.copydesk").
#include <optional>
#include <string>
#include <vector>

#include "protocol/LspFeatures.h"
#include "server/Workspace.h"
#include "text/LineIndex.h"

namespace copydesk::server {

inline constexpr const char* kAddToDictionaryCommand = "copydesk.addToDictionary";
inline constexpr const char* kFixAllKind = "source.fixAll.copydesk";

// The field-list codecs, for server structs with a field list (found by
// argument-dependent lookup through these declarations).
using protocol::from_json;
using protocol::to_json;

// The one argument of kAddToDictionaryCommand: written into the code action,
// read back by workspace/executeCommand. scope: "workspace" (the default) or "user".
struct AddToDictionaryArguments {
  std::string uri;
  std::string word;
  std::optional<std::string> scope;
  static constexpr auto fields = std::make_tuple(protocol::field("uri", &AddToDictionaryArguments::uri),
                                                 protocol::field("word", &AddToDictionaryArguments::word),
                                                 protocol::optionalField("scope", &AddToDictionaryArguments::scope));
};

struct CodeActionRequest {
  std::string uri;
  ByteSpan range;  // findings touching it get actions
  std::optional<std::vector<std::string>> only;
  Encoding encoding = Encoding::Utf16;
  bool document_changes = false;  // WorkspaceEdit.documentChanges (versioned) instead of changes
  std::string docs_url;
};

std::vector<protocol::CodeAction> codeActionsFor(const CheckResult& result, const CodeActionRequest& request);

// The non-overlapping safe fixes of `result`, in document order.
std::vector<TextEdit> safeFixEdits(const CheckResult& result);

// True when `kind` passes the `only` filter.
bool kindRequested(const std::optional<std::vector<std::string>>& only, std::string_view kind);

}  // namespace copydesk::server
