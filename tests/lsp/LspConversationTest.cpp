// In-process conversations with the server (synchronous mode, MemoryTransport),
// written as transcripts: JSON in, JSON subsets out.
#include <gtest/gtest.h>

#include "LspTestSupport.h"

namespace copydesk::lsptest {
namespace {

// "concensus" after an em dash (1 UTF-16 unit, 3 bytes) and an emoji (2 UTF-16
// units, 4 bytes): UTF-16 columns 16..25, UTF-8 columns 20..29.
const std::string kUri = "file:///tmp/copydesk-lsp-test/article.md";
const std::string kText = "# Notes\n\nWe reached \xE2\x80\x94 \xF0\x9F\x8E\x89 concensus today.\n";

json findSpelling(const json& diagnostics) {
  for (const json& d : diagnostics)
    if (d.value("code", "") == "spelling") return d;
  return json();
}

TEST(LspConversation, InitializeAdvertisesCapabilities) {
  Session s;
  const json result = s.initialize();
  std::string why;
  EXPECT_TRUE(
      jsonSubset(result,
                 {{"serverInfo", {{"name", "copydesk"}, {"version", "test"}}},
                  {"capabilities",
                   {{"positionEncoding", "utf-16"},
                    {"textDocumentSync", {{"openClose", true}, {"change", 2}, {"save", {{"includeText", false}}}}},
                    {"hoverProvider", true},
                    {"codeActionProvider", {{"codeActionKinds", {"quickfix", "source.fixAll.copydesk"}}}},
                    {"diagnosticProvider", {{"interFileDependencies", false}, {"workspaceDiagnostics", true}}},
                    {"executeCommandProvider", {{"commands", {"copydesk.addToDictionary"}}}}}}},
                 &why))
      << why;
}

TEST(LspConversation, OpenFixChangeHoverClose) {
  Session s;
  s.initialize();
  s.open(kUri, kText);
  const json published = s.diagnostics(kUri, 1);
  const json spelling = findSpelling(published["diagnostics"]);
  std::string why;
  ASSERT_TRUE(jsonSubset(spelling,
                         {{"range", range(2, 16, 2, 25)},
                          {"severity", 2},
                          {"code", "spelling"},
                          {"source", "copydesk"},
                          {"data", {{"rule", "spelling"}, {"word", "concensus"}}}},
                         &why))
      << why << "\n"
      << published.dump();
  EXPECT_FALSE(spelling.contains("codeDescription"));  // no docsUrl configured
  // Suggestions are not computed while checking, only when a code action asks (below).
  EXPECT_EQ(spelling["message"], "Unknown word 'concensus'");
  EXPECT_EQ(spelling["data"]["fixes"], json::array());

  // Hover on the word: the finding's message and the rule's explanation.
  const json hover =
      s.request("textDocument/hover", {{"textDocument", {{"uri", kUri}}}, {"position", position(2, 18)}});
  ASSERT_TRUE(
      jsonSubset(hover, {{"result", {{"contents", {{"kind", "markdown"}}}, {"range", range(2, 16, 2, 25)}}}}, &why))
      << why << "\n"
      << hover.dump();
  const std::string markdown = hover["result"]["contents"]["value"];
  EXPECT_NE(markdown.find("concensus"), std::string::npos);
  EXPECT_NE(markdown.find("dictionary"), std::string::npos) << markdown;  // from the explanation

  // Code actions on the word: the preferred one replaces it with "consensus".
  const json actions = s.request("textDocument/codeAction", {{"textDocument", {{"uri", kUri}}},
                                                             {"range", range(2, 16, 2, 25)},
                                                             {"context", {{"diagnostics", json::array({spelling})}}}});
  json preferred;
  bool add_to_dictionary = false;
  bool ignore = false;
  for (const json& action : actions["result"]) {
    if (action.value("isPreferred", false)) preferred = action;
    add_to_dictionary = add_to_dictionary || action.value("title", "") == "Add 'concensus' to workspace dictionary";
    ignore = ignore || action.value("title", "") == "Ignore 'spelling' here";
  }
  EXPECT_TRUE(add_to_dictionary) << actions.dump();
  EXPECT_TRUE(ignore) << actions.dump();
  ASSERT_TRUE(jsonSubset(preferred, {{"title", "Replace with 'consensus'"}, {"kind", "quickfix"}}, &why))
      << why << "\n"
      << actions.dump();
  const json edits = preferred["edit"]["changes"][kUri];
  ASSERT_EQ(edits.size(), 1u);
  EXPECT_EQ(edits[0]["range"], range(2, 16, 2, 25));
  EXPECT_EQ(applyTextEdits(kText, edits), "# Notes\n\nWe reached \xE2\x80\x94 \xF0\x9F\x8E\x89 consensus today.\n");

  // The editor applies it and sends the incremental change.
  s.change(kUri, 2, json::array({{{"range", edits[0]["range"]}, {"text", edits[0]["newText"]}}}));
  EXPECT_EQ(s.server().documents().find(kUri)->text(), applyTextEdits(kText, edits));
  const json after = s.diagnostics(kUri, 2);
  EXPECT_TRUE(findSpelling(after["diagnostics"]).is_null()) << after.dump();

  const json no_hover =
      s.request("textDocument/hover", {{"textDocument", {{"uri", kUri}}}, {"position", position(2, 18)}});
  EXPECT_TRUE(no_hover["result"].is_null()) << no_hover.dump();

  s.notify("textDocument/didClose", {{"textDocument", {{"uri", kUri}}}});
  const json closed = s.diagnostics(kUri);
  EXPECT_EQ(closed["diagnostics"], json::array());
  EXPECT_EQ(s.server().documents().find(kUri), nullptr);
}

TEST(LspConversation, HoverOnAReleaseClaimShowsTheProductsCycles) {
  Session s;
  s.initialize(json::object(), "", {{"asOf", "2026-12-01"}});
  const std::string uri = "file:///tmp/copydesk-lsp-test/release.md";
  s.open(uri, "Node.js 20 is the maintenance LTS release.\n");
  const json published = s.diagnostics(uri, 1);
  bool outdated = false;
  for (const json& d : published["diagnostics"]) outdated = outdated || d.value("code", "") == "facts/outdated-claim";
  ASSERT_TRUE(outdated) << published.dump();
  const json hover = s.request("textDocument/hover", {{"textDocument", {{"uri", uri}}}, {"position", position(0, 3)}});
  const std::string markdown = hover["result"]["contents"]["value"];
  // The message, then the engine's table of cycles (rendered as given), then the explanation.
  const std::size_t message = markdown.find("Node.js 20 reached end of life");
  const std::size_t table = markdown.find("| **20** (mentioned) |");
  const std::size_t explanation = markdown.find("Refreshing the data");
  EXPECT_NE(message, std::string::npos) << markdown;
  EXPECT_NE(table, std::string::npos) << markdown;
  EXPECT_LT(message, table) << markdown;
  EXPECT_LT(table, explanation) << markdown;
}

TEST(LspConversation, Utf8PositionsWhenNegotiated) {
  Session s;
  const json result = s.initialize({{"general", {{"positionEncodings", {"utf-8", "utf-16"}}}}});
  EXPECT_EQ(result["capabilities"]["positionEncoding"], "utf-8");
  const json spelling = findSpelling(s.openAndCheck(kUri, kText));
  EXPECT_EQ(spelling["range"], range(2, 20, 2, 29)) << spelling.dump();

  // Edits are in UTF-8 too: fix the word by a change in bytes.
  s.change(kUri, 2, json::array({{{"range", range(2, 23, 2, 24)}, {"text", "s"}}}));
  EXPECT_NE(s.server().documents().find(kUri)->text().find("consensus"), std::string::npos);
  EXPECT_TRUE(findSpelling(s.diagnostics(kUri, 2)["diagnostics"]).is_null());
}

TEST(LspConversation, Utf16WhenUtf8IsNotOffered) {
  Session s;
  const json result = s.initialize({{"general", {{"positionEncodings", {"utf-32", "utf-16"}}}}});
  EXPECT_EQ(result["capabilities"]["positionEncoding"], "utf-16");
}

TEST(LspConversation, RequestsBeforeInitializeAreRefused) {
  Session s;
  const json reply = s.request("textDocument/hover", {{"textDocument", {{"uri", kUri}}}, {"position", position(0, 0)}});
  EXPECT_EQ(reply["error"]["code"], -32002) << reply.dump();
  s.open(kUri, kText);  // dropped: not initialized
  EXPECT_EQ(s.server().documents().size(), 0u);
  s.initialize();
  const json again =
      s.request("initialize", {{"processId", nullptr}, {"rootUri", nullptr}, {"capabilities", json::object()}});
  EXPECT_EQ(again["error"]["code"], -32600) << again.dump();
}

TEST(LspConversation, MalformedJsonThenKeepsWorking) {
  Session s;
  s.initialize();
  s.transport().clientSend(std::string("{\"jsonrpc\":\"2.0\",\"id\":9,\"method\":"));
  const json error = s.expect({{"id", nullptr}, {"error", {{"code", -32700}}}});
  EXPECT_FALSE(error.is_null());
  s.transport().clientSendBytes("Content-Length: 7\r\n\r\n{oops!}");
  s.expect({{"error", {{"code", -32700}}}});
  EXPECT_FALSE(findSpelling(s.openAndCheck(kUri, kText)).is_null());
}

TEST(LspConversation, UnknownMethodAndNotification) {
  Session s;
  s.initialize();
  s.drain();
  const json reply =
      s.request("textDocument/completion", {{"textDocument", {{"uri", kUri}}}, {"position", position(0, 0)}});
  EXPECT_EQ(reply["error"]["code"], -32601) << reply.dump();
  s.notify("copydesk/somethingNew", json::object());
  s.notify("$/unknownNotification", json::object());
  EXPECT_TRUE(s.drain().empty());
}

TEST(LspConversation, InvalidParamsNameTheField) {
  Session s;
  s.initialize();
  json reply = s.request("textDocument/hover", {{"textDocument", json::object()}, {"position", position(0, 0)}});
  EXPECT_EQ(reply["error"]["code"], -32602);
  EXPECT_NE(reply["error"]["message"].get<std::string>().find("textDocument.uri"), std::string::npos) << reply.dump();
  reply = s.request("textDocument/codeAction", {{"textDocument", {{"uri", kUri}}},
                                                {"range", {{"start", position(0, 0)}, {"end", {{"line", -1}}}}}});
  EXPECT_EQ(reply["error"]["code"], -32602);
  EXPECT_NE(reply["error"]["message"].get<std::string>().find("range.end"), std::string::npos) << reply.dump();
  reply = s.request("workspace/executeCommand",
                    {{"command", "copydesk.addToDictionary"}, {"arguments", {{{"uri", kUri}}}}});
  EXPECT_EQ(reply["error"]["code"], -32602);
  EXPECT_NE(reply["error"]["message"].get<std::string>().find("arguments[0].word"), std::string::npos) << reply.dump();
  // A bad notification is dropped; the server goes on.
  s.notify("textDocument/didOpen", {{"textDocument", {{"uri", kUri}}}});
  s.open(kUri, kText);
  EXPECT_FALSE(s.diagnostics(kUri, 1).is_null());
}

TEST(LspConversation, ShutdownThenExitIsStatusZero) {
  Session s;
  s.initialize();
  const json reply = s.request("shutdown", nullptr);
  EXPECT_TRUE(reply.contains("result") && reply["result"].is_null()) << reply.dump();
  const json refused =
      s.request("textDocument/hover", {{"textDocument", {{"uri", kUri}}}, {"position", position(0, 0)}});
  EXPECT_EQ(refused["error"]["code"], -32600);
  EXPECT_FALSE(s.server().exited());
  s.notify("exit", nullptr);
  EXPECT_EQ(s.exitStatus(), 0);
}

TEST(LspConversation, ExitWithoutShutdownIsStatusOne) {
  Session s;
  s.initialize();
  s.notify("exit", nullptr);
  EXPECT_EQ(s.exitStatus(), 1);
}

TEST(LspConversation, InputClosedEndsTheSession) {
  Session s;
  s.initialize();
  s.transport().clientClose();
  EXPECT_EQ(s.exitStatus(), 1);
}

TEST(LspConversation, PullDiagnosticsFullThenUnchanged) {
  Session s;
  s.initialize({{"textDocument", {{"diagnostic", {{"dynamicRegistration", false}}}}}});
  s.open(kUri, kText);
  const json first = s.request("textDocument/diagnostic", {{"textDocument", {{"uri", kUri}}}});
  ASSERT_EQ(first["result"]["kind"], "full") << first.dump();
  EXPECT_FALSE(findSpelling(first["result"]["items"]).is_null());
  const std::string id = first["result"]["resultId"];
  const json second =
      s.request("textDocument/diagnostic", {{"textDocument", {{"uri", kUri}}}, {"previousResultId", id}});
  EXPECT_EQ(second["result"], json({{"kind", "unchanged"}, {"resultId", id}}));
  // A client that pulls gets no pushes (diagnosticMode "auto").
  for (const json& message : s.drain()) EXPECT_NE(message.value("method", ""), "textDocument/publishDiagnostics");
  // After an edit the pull is fresh at once.
  s.change(kUri, 2, json::array({{{"range", range(2, 19, 2, 20)}, {"text", "s"}}}));
  const json third =
      s.request("textDocument/diagnostic", {{"textDocument", {{"uri", kUri}}}, {"previousResultId", id}});
  EXPECT_EQ(third["result"]["kind"], "full");
  EXPECT_TRUE(findSpelling(third["result"]["items"]).is_null()) << third.dump();
  // Not open: an empty report.
  const json unknown = s.request("textDocument/diagnostic", {{"textDocument", {{"uri", "file:///nope.md"}}}});
  EXPECT_EQ(unknown["result"]["items"], json::array());
}

TEST(LspConversation, DocsUrlGivesCodeDescription) {
  Session s;
  s.initialize(json::object(), "", {{"docsUrl", "https://example.org/rules#{rule}"}});
  const json spelling = findSpelling(s.openAndCheck(kUri, kText));
  EXPECT_EQ(spelling["codeDescription"]["href"], "https://example.org/rules#spelling") << spelling.dump();
}

TEST(LspConversation, FixAllAppliesSafeFixes) {
  Session s;
  s.initialize();
  const std::string text = "# Notes\n\nWe reached concensus on the the plan.\n";
  s.openAndCheck(kUri, text);
  const json reply = s.request("textDocument/codeAction",
                               {{"textDocument", {{"uri", kUri}}},
                                {"range", range(0, 0, 0, 0)},
                                {"context", {{"diagnostics", json::array()}, {"only", {"source.fixAll"}}}}});
  ASSERT_EQ(reply["result"].size(), 1u) << reply.dump();
  const json action = reply["result"][0];
  EXPECT_EQ(action["kind"], "source.fixAll.copydesk");
  const std::string fixed = applyTextEdits(text, action["edit"]["changes"][kUri]);
  EXPECT_EQ(fixed, "# Notes\n\nWe reached consensus on the plan.\n") << action.dump();
  // "quickfix" only: no fixAll.
  const json quick =
      s.request("textDocument/codeAction", {{"textDocument", {{"uri", kUri}}},
                                            {"range", range(0, 0, 0, 0)},
                                            {"context", {{"diagnostics", json::array()}, {"only", {"quickfix"}}}}});
  EXPECT_EQ(quick["result"], json::array());
}

TEST(LspConversation, VersionedEditsWhenTheClientSupportsThem) {
  Session s;
  s.initialize({{"workspace", {{"workspaceEdit", {{"documentChanges", true}}}}}});
  s.open(kUri, kText, "markdown", 7);
  s.diagnostics(kUri, 7);
  const json reply = s.request("textDocument/codeAction", {{"textDocument", {{"uri", kUri}}},
                                                           {"range", range(2, 17, 2, 17)},
                                                           {"context", {{"diagnostics", json::array()}}}});
  ASSERT_FALSE(reply["result"].empty());
  std::string why;
  EXPECT_TRUE(jsonSubset(reply["result"][0]["edit"]["documentChanges"][0]["textDocument"],
                         {{"uri", kUri}, {"version", 7}}, &why))
      << why << reply.dump();
}

TEST(LspConversation, IgnoreThisRuleHere) {
  Session s;
  s.initialize();
  const std::string text = "# Notes\n\nA paragraph.\n\nWe reached concensus today.\n";
  s.openAndCheck(kUri, text);
  const json reply = s.request("textDocument/codeAction", {{"textDocument", {{"uri", kUri}}},
                                                           {"range", range(4, 12, 4, 12)},
                                                           {"context", {{"diagnostics", json::array()}}}});
  json ignore;
  for (const json& action : reply["result"])
    if (action["title"] == "Ignore 'spelling' here") ignore = action;
  ASSERT_FALSE(ignore.is_null()) << reply.dump();
  const json edits = ignore["edit"]["changes"][kUri];
  const std::string updated = applyTextEdits(text, edits);
  EXPECT_NE(updated.find("<!-- copydesk-disable-next-line spelling -->"), std::string::npos) << updated;
  s.change(kUri, 2, json::array({{{"text", updated}}}));
  EXPECT_TRUE(findSpelling(s.diagnostics(kUri, 2)["diagnostics"]).is_null());
}

TEST(LspConversation, PlainTextHasNoIgnoreAction) {
  Session s;
  s.initialize();
  const std::string uri = "file:///tmp/copydesk-lsp-test/notes.txt";
  EXPECT_FALSE(findSpelling(s.openAndCheck(uri, "We reached concensus today.\n", "plaintext")).is_null());
  const json reply = s.request("textDocument/codeAction", {{"textDocument", {{"uri", uri}}},
                                                           {"range", range(0, 12, 0, 12)},
                                                           {"context", {{"diagnostics", json::array()}}}});
  ASSERT_FALSE(reply["result"].empty());
  for (const json& action : reply["result"]) EXPECT_NE(action["title"], "Ignore 'spelling' here");
}

TEST(LspConversation, OtherLanguagesAreNotChecked) {
  Session s;
  s.initialize();
  s.drain();
  s.open("file:///tmp/copydesk-lsp-test/main.cpp", "int concensus = 1;\n", "cpp");
  EXPECT_TRUE(s.drain().empty());
  const json hover =
      s.request("textDocument/hover",
                {{"textDocument", {{"uri", "file:///tmp/copydesk-lsp-test/main.cpp"}}}, {"position", position(0, 6)}});
  EXPECT_TRUE(hover["result"].is_null());
}

TEST(LspConversation, OutOfRangeChangesAreClampedNotFatal) {
  Session s;
  s.initialize();
  s.open(kUri, "abc\ndef\n");
  s.change(kUri, 2, json::array({{{"range", range(1, 1, 99, 5)}, {"text", "X"}}}));
  EXPECT_EQ(s.server().documents().find(kUri)->text(), "abc\ndX");
  s.change(kUri, 3, json::array({{{"range", range(0, 50, 0, 60)}, {"text", "!"}}}));
  EXPECT_EQ(s.server().documents().find(kUri)->text(), "abc!\ndX");
  s.change(kUri, 4, json::array({{{"range", range(1, 1, 0, 1)}, {"text", ""}}}));  // reversed
  EXPECT_EQ(s.server().documents().find(kUri)->text(), "aX");
  EXPECT_FALSE(s.diagnostics(kUri, 4).is_null());
}

TEST(LspConversation, SetTraceSendsLogTrace) {
  Session s;
  s.initialize();
  s.notify("$/setTrace", {{"value", "verbose"}});
  s.open(kUri, kText);
  s.expect({{"method", "$/logTrace"}});
}

}  // namespace
}  // namespace copydesk::lsptest

namespace copydesk::lsptest {
namespace {

TEST(LspConversation, ReopeningWithTheSameVersionChecksTheNewText) {
  Session s;
  s.initialize();
  EXPECT_FALSE(findSpelling(s.openAndCheck(kUri, kText)).is_null());
  s.open(kUri, "# Notes\n\nWe reached consensus today.\n", "markdown", 1);  // no didClose in between
  EXPECT_TRUE(findSpelling(s.diagnostics(kUri, 1)["diagnostics"]).is_null());
  const json pulled = s.request("textDocument/diagnostic", {{"textDocument", {{"uri", kUri}}}});
  EXPECT_TRUE(findSpelling(pulled["result"]["items"]).is_null()) << pulled.dump();
}

}  // namespace
}  // namespace copydesk::lsptest
