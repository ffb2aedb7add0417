// The field lists' three uses agree: the streamed text (writeJson) is the
// text of the tree (to_json), compact and indented, and decoding reads back
// what was encoded.
#include "protocol/JsonFields.h"

#include <gtest/gtest.h>

#include "protocol/JsonText.h"
#include "protocol/LspTypes.h"

namespace copydesk::protocol {
namespace {

template <class T>
void expectStreamIsTree(const T& value) {
  EXPECT_EQ(toJsonText(value), serialize(toJsonTree(value)));
  for (const int depth : {0, 2}) {
    std::string streamed;
    JsonWriter writer(streamed, 2, depth);
    writeValue(writer, value);
    std::string tree;
    appendIndentedJson(toJsonTree(value), 2, depth, tree);
    EXPECT_EQ(streamed, tree);
  }
}

Range range(std::uint32_t l1, std::uint32_t c1, std::uint32_t l2, std::uint32_t c2) {
  return Range{{l1, c1}, {l2, c2}};
}

TEST(JsonFields, StreamedTextIsTheTreesText) {
  expectStreamIsTree(Position{3, 14});
  expectStreamIsTree(Hover{MarkupContent{markup_kind::Markdown, "**\"q\"** \xC3\xA9"}, range(0, 1, 0, 2)});
  expectStreamIsTree(std::optional<Hover>());

  const auto diagnostic = fromParams<Diagnostic>(json::parse(R"({
    "range": {"start": {"line": 1, "character": 2}, "end": {"line": 3, "character": 4}}, "severity": 2,
    "code": "spelling", "codeDescription": {"href": "https://x/#spelling"}, "source": "copydesk",
    "message": "Unknown word \"teh\"", "tags": [1], "data": {"fixes": [], "word": "teh"}})"));

  CodeAction action;
  action.title = "Fix";
  action.kind = code_action_kind::QuickFix;
  action.diagnostics = std::vector<Diagnostic>{diagnostic};
  action.isPreferred = true;
  WorkspaceEdit edit;
  edit.changes =
      std::map<DocumentUri, std::vector<TextEdit>>{{"file:///a \"b\"", {TextEdit{range(0, 0, 0, 3), "the"}}}};
  edit.documentChanges = std::vector<TextDocumentEdit>{TextDocumentEdit{{"file:///a", 7}, {}},
                                                       TextDocumentEdit{{"file:///b", std::nullopt}, {}}};
  action.edit = edit;
  action.command = Command{"Add", "copydesk.addToDictionary", std::vector<json>{json{{"uri", "u"}, {"word", "w"}}}};
  expectStreamIsTree(std::vector<CodeAction>{action, CodeAction{}});

  expectStreamIsTree(PublishDiagnosticsParams{"file:///a", 3, {diagnostic}});
  expectStreamIsTree(DocumentDiagnosticReport(FullDocumentDiagnosticReport{"1:2", {diagnostic}}));
  expectStreamIsTree(DocumentDiagnosticReport(UnchangedDocumentDiagnosticReport{"1:2"}));
  expectStreamIsTree(ProgressParams{ProgressToken{std::int64_t{3}}, workDoneProgressEnd("done")});
  expectStreamIsTree(LogTraceParams{"checked", std::nullopt});

  InitializeResult result;
  result.capabilities.hoverProvider = true;
  result.serverInfo = ServerInfo{"copydesk", "1"};
  expectStreamIsTree(result);
}

TEST(JsonFields, ConstantFieldsAreChecked) {
  EXPECT_THROW(fromParams<UnchangedDocumentDiagnosticReport>(json{{"resultId", "x"}}), DecodeError);
  EXPECT_EQ(fromParams<UnchangedDocumentDiagnosticReport>(json{{"kind", "unchanged"}, {"resultId", "x"}}).resultId,
            "x");
}

}  // namespace
}  // namespace copydesk::protocol
