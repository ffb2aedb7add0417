#include "protocol/LspTypes.h"

#include <gtest/gtest.h>

namespace copydesk::protocol {
namespace {

// The InvalidParams message produced when decoding `text` as T.
template <class T>
std::string decodeError(const std::string& text) {
  try {
    fromParams<T>(json::parse(text));
  } catch (const DecodeError& e) {
    EXPECT_EQ(e.code(), ErrorCode::InvalidParams);
    return e.what();
  }
  return "(no error)";
}

// to_json then from_json gives back the same value, and the JSON is stable.
template <class T>
void expectRoundTrip(const T& value, const std::string& wire) {
  const json encoded = value;
  EXPECT_EQ(serialize(encoded), wire);
  EXPECT_EQ(fromParams<T>(encoded), value);
  EXPECT_EQ(fromParams<T>(json::parse(wire)), value);
}

Range range(std::uint32_t l1, std::uint32_t c1, std::uint32_t l2, std::uint32_t c2) {
  return Range{{l1, c1}, {l2, c2}};
}

TEST(LspTypes, PositionRangeLocation) {
  expectRoundTrip(Position{3, 14}, R"({"character":14,"line":3})");
  expectRoundTrip(range(0, 1, 2, 3), R"({"end":{"character":3,"line":2},"start":{"character":1,"line":0}})");
  expectRoundTrip(
      Location{"file:///a.md", range(0, 0, 0, 1)},
      R"({"range":{"end":{"character":1,"line":0},"start":{"character":0,"line":0}},"uri":"file:///a.md"})");
  EXPECT_LT((Position{1, 5}), (Position{2, 0}));
  EXPECT_LT((Position{1, 5}), (Position{1, 6}));
}

TEST(LspTypes, PositionErrorsNameTheField) {
  EXPECT_EQ(decodeError<Position>(R"({"character":1})"), "line: missing");
  EXPECT_EQ(decodeError<Position>(R"({"line":"1","character":1})"), "line: expected integer");
  EXPECT_EQ(decodeError<Position>(R"({"line":1.5,"character":1})"), "line: expected integer");
  EXPECT_EQ(decodeError<Position>(R"({"line":-1,"character":1})"), "line: expected non-negative integer");
  EXPECT_EQ(decodeError<Position>(R"({"line":1,"character":4294967296})"), "character: integer out of range");
  EXPECT_EQ(decodeError<Position>(R"([1,2])"), "params: expected object");
  EXPECT_EQ(decodeError<Range>(R"({"start":{"line":0,"character":0},"end":{"line":0}})"), "end.character: missing");
}

TEST(LspTypes, DidOpen) {
  expectRoundTrip(DidOpenTextDocumentParams{{"file:///d.md", "markdown", 1, "Hello \xC3\xA9"}},
                  R"({"textDocument":{"languageId":"markdown","text":"Hello é","uri":"file:///d.md","version":1}})");
  EXPECT_EQ(decodeError<DidOpenTextDocumentParams>(R"({"textDocument":{"languageId":"md","version":1,"text":""}})"),
            "textDocument.uri: missing");
  EXPECT_EQ(decodeError<DidOpenTextDocumentParams>(
                R"({"textDocument":{"uri":"u","languageId":"md","version":"1","text":""}})"),
            "textDocument.version: expected integer");
  EXPECT_EQ(
      decodeError<DidOpenTextDocumentParams>(R"({"textDocument":{"uri":7,"languageId":"md","version":1,"text":""}})"),
      "textDocument.uri: expected string");
  EXPECT_EQ(decodeError<DidOpenTextDocumentParams>(R"({})"), "textDocument: missing");
  EXPECT_EQ(decodeError<DidOpenTextDocumentParams>(R"({"textDocument":[]})"), "textDocument: expected object");
}

TEST(LspTypes, DidChangeWithRangedAndFullChanges) {
  DidChangeTextDocumentParams params;
  params.textDocument = {"file:///d.md", 2};
  params.contentChanges.push_back({range(0, 0, 0, 5), std::nullopt, "Hi"});
  params.contentChanges.push_back({std::nullopt, std::nullopt, "whole text"});
  expectRoundTrip(
      params,
      R"({"contentChanges":[{"range":{"end":{"character":5,"line":0},"start":{"character":0,"line":0}},"text":"Hi"},{"text":"whole text"}],"textDocument":{"uri":"file:///d.md","version":2}})");

  const auto decoded = fromParams<DidChangeTextDocumentParams>(json::parse(
      R"({"textDocument":{"uri":"u","version":3},"contentChanges":[{"range":{"start":{"line":1,"character":2},"end":{"line":1,"character":4}},"rangeLength":2,"text":"ab"}]})"));
  EXPECT_EQ(decoded.contentChanges[0].rangeLength, 2u);

  EXPECT_EQ(
      decodeError<DidChangeTextDocumentParams>(
          R"({"textDocument":{"uri":"u","version":3},"contentChanges":[{"text":"a"},{"range":{"start":{"line":0,"character":0},"end":{"line":0,"character":-2}},"text":"b"}]})"),
      "contentChanges[1].range.end.character: expected non-negative integer");
  EXPECT_EQ(decodeError<DidChangeTextDocumentParams>(R"({"textDocument":{"uri":"u","version":3},"contentChanges":{}})"),
            "contentChanges: expected array");
  EXPECT_EQ(decodeError<DidChangeTextDocumentParams>(R"({"textDocument":{"uri":"u"},"contentChanges":[]})"),
            "textDocument.version: missing");
  EXPECT_EQ(
      decodeError<DidChangeTextDocumentParams>(R"({"textDocument":{"uri":"u","version":1},"contentChanges":[{}]})"),
      "contentChanges[0].text: missing");
}

TEST(LspTypes, DidCloseAndDidSave) {
  expectRoundTrip(DidCloseTextDocumentParams{{"file:///x"}}, R"({"textDocument":{"uri":"file:///x"}})");
  expectRoundTrip(DidSaveTextDocumentParams{{"file:///x"}, std::nullopt}, R"({"textDocument":{"uri":"file:///x"}})");
  expectRoundTrip(DidSaveTextDocumentParams{{"file:///x"}, "body"},
                  R"({"text":"body","textDocument":{"uri":"file:///x"}})");
  EXPECT_EQ(decodeError<DidSaveTextDocumentParams>(R"({"textDocument":{"uri":"u"},"text":1})"),
            "text: expected string");
}

TEST(LspTypes, NullOptionalFieldsAreAccepted) {
  const auto save = fromParams<DidSaveTextDocumentParams>(json::parse(R"({"textDocument":{"uri":"u"},"text":null})"));
  EXPECT_FALSE(save.text.has_value());
}

TEST(LspTypes, DiagnosticFullRoundTrip) {
  Diagnostic d;
  d.range = range(1, 2, 1, 8);
  d.severity = DiagnosticSeverity::Warning;
  d.code = "style.hedging";
  d.codeDescription = CodeDescription{"https://example.org/rules/hedging"};
  d.source = "copydesk";
  d.message = "Avoid \xE2\x80\x9Cvery\xE2\x80\x9D";
  d.tags = std::vector<DiagnosticTag>{DiagnosticTag::Unnecessary};
  d.relatedInformation = std::vector<DiagnosticRelatedInformation>{{Location{"file:///b", range(0, 0, 0, 1)}, "here"}};
  d.data = json{{"fix", 1}};
  expectRoundTrip(
      d,
      R"({"code":"style.hedging","codeDescription":{"href":"https://example.org/rules/hedging"},"data":{"fix":1},"message":"Avoid “very”","range":{"end":{"character":8,"line":1},"start":{"character":2,"line":1}},"relatedInformation":[{"location":{"range":{"end":{"character":1,"line":0},"start":{"character":0,"line":0}},"uri":"file:///b"},"message":"here"}],"severity":2,"source":"copydesk","tags":[1]})");
}

TEST(LspTypes, DiagnosticMinimalAndLenientCode) {
  Diagnostic d;
  d.range = range(0, 0, 0, 1);
  d.message = "m";
  expectRoundTrip(d, R"({"message":"m","range":{"end":{"character":1,"line":0},"start":{"character":0,"line":0}}})");
  const auto numeric = fromParams<Diagnostic>(json::parse(
      R"({"range":{"start":{"line":0,"character":0},"end":{"line":0,"character":0}},"message":"m","code":42})"));
  EXPECT_EQ(numeric.code, "42");
  EXPECT_EQ(
      decodeError<Diagnostic>(
          R"({"range":{"start":{"line":0,"character":0},"end":{"line":0,"character":0}},"message":"m","severity":9})"),
      "severity: expected DiagnosticSeverity (1-4)");
  EXPECT_EQ(decodeError<Diagnostic>(R"({"range":{"start":{"line":0,"character":0},"end":{"line":0,"character":0}}})"),
            "message: missing");
}

TEST(LspTypes, PublishDiagnostics) {
  PublishDiagnosticsParams p{"file:///a", 4, {}};
  expectRoundTrip(p, R"({"diagnostics":[],"uri":"file:///a","version":4})");
  p.version.reset();
  expectRoundTrip(p, R"({"diagnostics":[],"uri":"file:///a"})");
}

TEST(LspTypes, CodeActionParamsDecodeAndErrors) {
  const auto params = fromParams<CodeActionParams>(json::parse(R"({
    "textDocument": {"uri": "file:///a.md"},
    "range": {"start": {"line": 0, "character": 0}, "end": {"line": 0, "character": 4}},
    "context": {"diagnostics": [{"range": {"start": {"line": 0, "character": 0}, "end": {"line": 0, "character": 4}},
                                  "message": "x", "code": "spelling", "data": {"word": "teh"}}],
                "only": ["quickfix"], "triggerKind": 1}})"));
  EXPECT_EQ(params.textDocument.uri, "file:///a.md");
  ASSERT_EQ(params.context.diagnostics.size(), 1u);
  EXPECT_EQ(params.context.diagnostics[0].data, json({{"word", "teh"}}));
  EXPECT_EQ(params.context.only, std::vector<std::string>{"quickfix"});
  EXPECT_EQ(params.context.triggerKind, CodeActionTriggerKind::Invoked);
  expectRoundTrip(params, serialize(json(params)));

  EXPECT_EQ(
      decodeError<CodeActionParams>(
          R"({"textDocument":{"uri":"u"},"range":{"start":{"line":0,"character":0},"end":{"line":0,"character":0}},"context":{"diagnostics":[{"range":{"start":{"line":0,"character":0},"end":{"line":0,"character":0}},"message":false}]}})"),
      "context.diagnostics[0].message: expected string");
  EXPECT_EQ(
      decodeError<CodeActionParams>(
          R"({"textDocument":{"uri":"u"},"range":{"start":{"line":0,"character":0},"end":{"line":0,"character":0}},"context":{}})"),
      "context.diagnostics: missing");
}

TEST(LspTypes, CodeActionWithWorkspaceEdit) {
  CodeAction action;
  action.title = "Replace with \xE2\x80\x9Cthe\xE2\x80\x9D";
  action.kind = code_action_kind::QuickFix;
  action.isPreferred = true;
  WorkspaceEdit edit;
  edit.changes = std::map<DocumentUri, std::vector<TextEdit>>{{"file:///a", {TextEdit{range(0, 0, 0, 3), "the"}}}};
  edit.documentChanges =
      std::vector<TextDocumentEdit>{TextDocumentEdit{{"file:///a", 7}, {TextEdit{range(0, 0, 0, 3), "the"}}},
                                    TextDocumentEdit{{"file:///b", std::nullopt}, {}}};
  action.edit = edit;
  action.command = Command{"Recheck", "copydesk.recheck", std::vector<json>{json("file:///a")}};
  action.data = json{{"rule", "x"}};
  expectRoundTrip(
      action,
      R"({"command":{"arguments":["file:///a"],"command":"copydesk.recheck","title":"Recheck"},"data":{"rule":"x"},"edit":{"changes":{"file:///a":[{"newText":"the","range":{"end":{"character":3,"line":0},"start":{"character":0,"line":0}}}]},"documentChanges":[{"edits":[{"newText":"the","range":{"end":{"character":3,"line":0},"start":{"character":0,"line":0}}}],"textDocument":{"uri":"file:///a","version":7}},{"edits":[],"textDocument":{"uri":"file:///b","version":null}}]},"isPreferred":true,"kind":"quickfix","title":"Replace with “the”"})");
  EXPECT_EQ(
      decodeError<WorkspaceEdit>(
          R"({"changes":{"file:///a":[{"range":{"start":{"line":0,"character":0},"end":{"line":0,"character":0}}}]}})"),
      "changes.file:///a[0].newText: missing");
}

TEST(LspTypes, HoverAndMarkup) {
  expectRoundTrip(
      Hover{MarkupContent{markup_kind::Markdown, "**bold**"}, range(0, 1, 0, 2)},
      R"({"contents":{"kind":"markdown","value":"**bold**"},"range":{"end":{"character":2,"line":0},"start":{"character":1,"line":0}}})");
  expectRoundTrip(Hover{MarkupContent{}, std::nullopt}, R"({"contents":{"kind":"plaintext","value":""}})");
  expectRoundTrip(HoverParams{{"file:///a"}, {1, 2}},
                  R"({"position":{"character":2,"line":1},"textDocument":{"uri":"file:///a"}})");
  EXPECT_EQ(decodeError<HoverParams>(R"({"textDocument":{"uri":"u"},"position":{"line":"1","character":0}})"),
            "position.line: expected integer");
  EXPECT_EQ(decodeError<HoverParams>(R"({"textDocument":{},"position":{"line":1,"character":0}})"),
            "textDocument.uri: missing");
}

TEST(LspTypes, PullDiagnostics) {
  expectRoundTrip(DocumentDiagnosticParams{{"file:///a"}, std::nullopt, "r1"},
                  R"({"previousResultId":"r1","textDocument":{"uri":"file:///a"}})");
  expectRoundTrip(FullDocumentDiagnosticReport{"r2", {}}, R"({"items":[],"kind":"full","resultId":"r2"})");
  expectRoundTrip(UnchangedDocumentDiagnosticReport{"r2"}, R"({"kind":"unchanged","resultId":"r2"})");
  EXPECT_EQ(decodeError<FullDocumentDiagnosticReport>(R"({"kind":"unchanged","items":[]})"), "kind: expected \"full\"");
}

TEST(LspTypes, InitializeParams) {
  const auto params = fromParams<InitializeParams>(json::parse(R"({
    "processId": null, "rootUri": "file:///w", "clientInfo": {"name": "nvim", "version": "0.9"},
    "capabilities": {"general": {"positionEncodings": ["utf-8", 16, "utf-16"]},
                     "textDocument": {"publishDiagnostics": {"versionSupport": true}}},
    "initializationOptions": {"rules": {"spelling": false}},
    "workspaceFolders": [{"uri": "file:///w", "name": "w"}], "trace": "off"})"));
  EXPECT_FALSE(params.processId.has_value());
  EXPECT_EQ(params.rootUri, "file:///w");
  EXPECT_EQ(params.clientInfo->name, "nvim");
  EXPECT_EQ(positionEncodings(params), (std::vector<std::string>{"utf-8", "utf-16"}));
  EXPECT_TRUE(capabilityEnabled(params.capabilities, "textDocument.publishDiagnostics.versionSupport"));
  EXPECT_FALSE(capabilityEnabled(params.capabilities, "textDocument.hover.dynamicRegistration"));
  EXPECT_EQ(findCapability(params.capabilities, "general.positionEncodings.x"), nullptr);
  ASSERT_NE(findCapability(params.capabilities, "general"), nullptr);
  EXPECT_EQ(params.initializationOptions["rules"]["spelling"], false);
  ASSERT_TRUE(params.workspaceFolders.has_value());
  EXPECT_EQ((*params.workspaceFolders)[0], (WorkspaceFolder{"file:///w", "w"}));
  expectRoundTrip(params, serialize(json(params)));

  const auto minimal = fromParams<InitializeParams>(json::parse(R"({"processId": 42, "capabilities": {}})"));
  EXPECT_EQ(minimal.processId, 42);
  EXPECT_FALSE(minimal.rootUri.has_value());
  EXPECT_TRUE(positionEncodings(minimal).empty());

  EXPECT_EQ(decodeError<InitializeParams>(R"({"processId": 1})"), "capabilities: missing");
  EXPECT_EQ(decodeError<InitializeParams>(R"({"processId": "1", "capabilities": {}})"), "processId: expected integer");
  EXPECT_EQ(decodeError<InitializeParams>(R"({"capabilities": []})"), "capabilities: expected object");
  EXPECT_EQ(decodeError<InitializeParams>(R"({"capabilities": {}, "workspaceFolders": [{"uri": "u"}]})"),
            "workspaceFolders[0].name: missing");
}

TEST(LspTypes, ServerCapabilitiesBuilder) {
  InitializeResult result;
  result.capabilities.positionEncoding = position_encoding::Utf16;
  result.capabilities.textDocumentSync =
      TextDocumentSyncOptions{true, TextDocumentSyncKind::Incremental, SaveOptions{false}};
  result.capabilities.hoverProvider = true;
  result.capabilities.codeActionProvider =
      CodeActionOptions{{code_action_kind::QuickFix, code_action_kind::SourceFixAll}, true};
  result.capabilities.diagnosticProvider = DiagnosticOptions{"copydesk", false, false};
  result.capabilities.executeCommands = std::vector<std::string>{"copydesk.addWord"};
  result.capabilities.workspaceFolders = true;
  result.capabilities.extra = json{{"experimental", {{"x", 1}}}};
  result.serverInfo = ServerInfo{"copydesk", "0.1.0"};
  EXPECT_EQ(
      serialize(json(result)),
      R"({"capabilities":{"codeActionProvider":{"codeActionKinds":["quickfix","source.fixAll"],"resolveProvider":true},"diagnosticProvider":{"identifier":"copydesk","interFileDependencies":false,"workspaceDiagnostics":false},"executeCommandProvider":{"commands":["copydesk.addWord"]},"experimental":{"x":1},"hoverProvider":true,"positionEncoding":"utf-16","textDocumentSync":{"change":2,"openClose":true,"save":{"includeText":false}},"workspace":{"workspaceFolders":{"changeNotifications":true,"supported":true}}},"serverInfo":{"name":"copydesk","version":"0.1.0"}})");
  EXPECT_EQ(serialize(json(InitializeResult{})), R"({"capabilities":{}})");
}

TEST(LspTypes, WindowMessages) {
  expectRoundTrip(ShowMessageParams{MessageType::Warning, "careful"}, R"({"message":"careful","type":2})");
  expectRoundTrip(LogMessageParams{MessageType::Log, "x"}, R"({"message":"x","type":4})");
  EXPECT_EQ(decodeError<LogMessageParams>(R"({"type":0,"message":"x"})"), "type: expected MessageType (1-5)");
}

TEST(LspTypes, ProgressAndCancel) {
  expectRoundTrip(
      ProgressParams{ProgressToken{std::string("tok")}, workDoneProgressBegin("Checking", "a.md", 10u)},
      R"({"token":"tok","value":{"cancellable":false,"kind":"begin","message":"a.md","percentage":10,"title":"Checking"}})");
  expectRoundTrip(ProgressParams{ProgressToken{std::int64_t{3}}, workDoneProgressEnd()},
                  R"({"token":3,"value":{"kind":"end"}})");
  EXPECT_EQ(serialize(workDoneProgressReport("half", 50u)), R"({"kind":"report","message":"half","percentage":50})");
  expectRoundTrip(WorkDoneProgressCreateParams{ProgressToken{std::string("t")}}, R"({"token":"t"})");
  expectRoundTrip(CancelParams{RequestId{std::int64_t{5}}}, R"({"id":5})");
  expectRoundTrip(CancelParams{RequestId{std::string("abc")}}, R"({"id":"abc"})");
  EXPECT_EQ(decodeError<CancelParams>(R"({"id":true})"), "id: expected integer or string");
  EXPECT_EQ(decodeError<ProgressParams>(R"({"token":1})"), "value: missing");
}

TEST(LspTypes, WorkspaceMessages) {
  expectRoundTrip(ExecuteCommandParams{"copydesk.addWord", std::vector<json>{json("teh"), json{{"a", 1}}}},
                  R"({"arguments":["teh",{"a":1}],"command":"copydesk.addWord"})");
  expectRoundTrip(ExecuteCommandParams{"c", std::nullopt}, R"({"command":"c"})");
  expectRoundTrip(ConfigurationParams{{ConfigurationItem{"file:///a", "copydesk"}, ConfigurationItem{}}},
                  R"({"items":[{"scopeUri":"file:///a","section":"copydesk"},{}]})");
  expectRoundTrip(DidChangeConfigurationParams{json{{"copydesk", {{"x", 1}}}}}, R"({"settings":{"copydesk":{"x":1}}})");
  expectRoundTrip(DidChangeConfigurationParams{nullptr}, R"({"settings":null})");
  EXPECT_EQ(decodeError<DidChangeConfigurationParams>("{}"), "settings: missing");
  expectRoundTrip(DidChangeWatchedFilesParams{{FileEvent{"file:///.copydesk.json", FileChangeType::Changed},
                                               FileEvent{"file:///b", FileChangeType::Deleted}}},
                  R"({"changes":[{"type":2,"uri":"file:///.copydesk.json"},{"type":3,"uri":"file:///b"}]})");
  EXPECT_EQ(decodeError<DidChangeWatchedFilesParams>(R"({"changes":[{"uri":"u","type":4}]})"),
            "changes[0].type: expected FileChangeType (1-3)");
  expectRoundTrip(SetTraceParams{"verbose"}, R"({"value":"verbose"})");
}

TEST(LspTypes, DecodeErrorCarriesPathAndProblem) {
  try {
    fromParams<DidOpenTextDocumentParams>(json::parse(R"({"textDocument":{"uri":"u","languageId":"md","version":1}})"));
    FAIL() << "expected DecodeError";
  } catch (const DecodeError& e) {
    EXPECT_EQ(e.path(), "textDocument.text");
    EXPECT_EQ(e.problem(), "missing");
    EXPECT_STREQ(e.what(), "textDocument.text: missing");
  }
}

}  // namespace
}  // namespace copydesk::protocol
