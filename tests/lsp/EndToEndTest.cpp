// The real `copydesk lsp` as a child process over pipes, as an editor runs it.
#include <sys/wait.h>
#include <unistd.h>

#include <gtest/gtest.h>

#include "ChildProcess.h"
#include "LspTestSupport.h"
#include "process/Sanitizers.h"

namespace copydesk::lsptest {
namespace {

using namespace std::chrono_literals;

json waitFor(ChildProcess& server, const json& subset) {
  for (;;) {
    auto message = server.read(10s);
    if (!message) {
      ADD_FAILURE() << "no message matching " << subset.dump();
      return json();
    }
    if (jsonSubset(*message, subset)) return *message;
  }
}

json request(std::int64_t id, const std::string& method, const json& params) {
  return {{"jsonrpc", "2.0"}, {"id", id}, {"method", method}, {"params", params}};
}

json notification(const std::string& method, const json& params) {
  return {{"jsonrpc", "2.0"}, {"method", method}, {"params", params}};
}

TEST(EndToEnd, EditingSessionOverPipes) {
  TempDir dir;
  const std::string uri = dir.uriOf("article.md");
  const std::string text = "# Notes\n\nWe reached \xE2\x80\x94 \xF0\x9F\x8E\x89 concensus today.\n";
  ChildProcess server({COPYDESK_BINARY, "lsp", "--log-level", "info", "--log-file", (dir.path() / "lsp.log").string()});
  ASSERT_TRUE(server.send(
      request(1, "initialize", {{"processId", ::getpid()}, {"rootUri", dir.uri()}, {"capabilities", json::object()}})));
  const json init = waitFor(server, {{"id", 1}});
  EXPECT_EQ(init["result"]["serverInfo"]["name"], "copydesk");
  server.send(notification("initialized", json::object()));
  server.send(
      notification("textDocument/didOpen",
                   {{"textDocument", {{"uri", uri}, {"languageId", "markdown"}, {"version", 1}, {"text", text}}}}));
  const json published = waitFor(server, {{"method", "textDocument/publishDiagnostics"}, {"params", {{"version", 1}}}});
  ASSERT_EQ(published["params"]["diagnostics"].size(), 1u) << published.dump();
  EXPECT_EQ(published["params"]["diagnostics"][0]["range"], range(2, 16, 2, 25));

  server.send(request(2, "textDocument/codeAction",
                      {{"textDocument", {{"uri", uri}}},
                       {"range", range(2, 16, 2, 25)},
                       {"context", {{"diagnostics", published["params"]["diagnostics"]}}}}));
  const json actions = waitFor(server, {{"id", 2}});
  json preferred;
  for (const json& action : actions["result"])
    if (action.value("isPreferred", false)) preferred = action;
  ASSERT_FALSE(preferred.is_null()) << actions.dump();
  const json edit = preferred["edit"]["changes"][uri][0];
  EXPECT_EQ(edit["newText"], "consensus");

  server.send(notification("textDocument/didChange",
                           {{"textDocument", {{"uri", uri}, {"version", 2}}},
                            {"contentChanges", {{{"range", edit["range"]}, {"text", edit["newText"]}}}}}));
  const json after = waitFor(server, {{"method", "textDocument/publishDiagnostics"}, {"params", {{"version", 2}}}});
  EXPECT_EQ(after["params"]["diagnostics"], json::array());

  // Hover on a style finding in a new paragraph.
  server.send(
      notification("textDocument/didChange",
                   {{"textDocument", {{"uri", uri}, {"version", 3}}},
                    {"contentChanges", {{{"range", range(3, 0, 3, 0)}, {"text", "\nThe the plan works.\n"}}}}}));
  const json third = waitFor(server, {{"method", "textDocument/publishDiagnostics"}, {"params", {{"version", 3}}}});
  ASSERT_FALSE(third["params"]["diagnostics"].empty()) << third.dump();
  const json start = third["params"]["diagnostics"][0]["range"]["start"];
  server.send(request(3, "textDocument/hover", {{"textDocument", {{"uri", uri}}}, {"position", start}}));
  const json hover = waitFor(server, {{"id", 3}});
  EXPECT_EQ(hover["result"]["contents"]["kind"], "markdown") << hover.dump();

  server.send(request(4, "shutdown", nullptr));
  EXPECT_TRUE(waitFor(server, {{"id", 4}})["result"].is_null());
  server.send(notification("exit", nullptr));
  const auto status = server.wait(5s);
  ASSERT_TRUE(status.has_value());
  EXPECT_EQ(*status, 0);
  EXPECT_EQ(server.framingErrors(), 0u);
}

// codeDescription.href: the rule's page in docs/rules, a file:// URL of the
// source tree for a binary run from its build tree (cli/RuleDocs.h); the
// docsUrl setting wins.
TEST(EndToEnd, DiagnosticsLinkToTheRulePages) {
  TempDir dir;
  const std::string uri = dir.uriOf("article.md");
  ChildProcess server({COPYDESK_BINARY, "lsp"});
  server.send(
      request(1, "initialize", {{"processId", nullptr}, {"rootUri", dir.uri()}, {"capabilities", json::object()}}));
  waitFor(server, {{"id", 1}});
  server.send(notification("initialized", json::object()));
  server.send(
      notification("textDocument/didOpen", {{"textDocument",
                                             {{"uri", uri},
                                              {"languageId", "markdown"},
                                              {"version", 1},
                                              {"text", "# Notes\n\nWe did it in order to win the the game.\n"}}}}));
  const json published = waitFor(server, {{"method", "textDocument/publishDiagnostics"}});
  ASSERT_EQ(published["params"]["diagnostics"].size(), 2u) << published.dump();
  for (const json& diagnostic : published["params"]["diagnostics"]) {
    const std::string code = diagnostic["code"];
    const std::string href = diagnostic["codeDescription"]["href"];
    EXPECT_EQ(href, "file://" + std::string(COPYDESK_SOURCE_DIR) + "/docs/rules/" + code + ".md");
  }
  server.send(notification(
      "workspace/didChangeConfiguration",
      {{"settings",
        {{"copydesk",
          {{"docsUrl", "https://example.com/rules/{rule}.html"}, {"rules", {{"style/repeated-word", "off"}}}}}}}}));
  const json again = waitFor(server, {{"method", "textDocument/publishDiagnostics"}});
  ASSERT_FALSE(again["params"]["diagnostics"].empty());
  EXPECT_EQ(again["params"]["diagnostics"][0]["codeDescription"]["href"],
            "https://example.com/rules/style/wordiness.html");
}

TEST(EndToEnd, StdinClosedMidMessageExitsPromptly) {
  ChildProcess server({COPYDESK_BINARY, "lsp"});
  server.send(
      request(1, "initialize", {{"processId", nullptr}, {"rootUri", nullptr}, {"capabilities", json::object()}}));
  waitFor(server, {{"id", 1}});
  server.writeRaw("Content-Length: 500\r\n\r\n{\"jsonrpc\":\"2.0\",\"id\":2,");
  const auto closed = std::chrono::steady_clock::now();
  server.closeInput();
  const auto bound = 1s * kSanitizerSlowdown;
  const auto status = server.wait(bound);
  ASSERT_TRUE(status.has_value()) << "still running " << bound.count() << " s after stdin closed";
  EXPECT_EQ(*status, 1);
  EXPECT_LT(std::chrono::steady_clock::now() - closed, bound);
}

TEST(EndToEnd, ExitsWhenTheEditorProcessIsGone) {
  const pid_t editor = ::fork();
  if (editor == 0) ::_exit(0);
  ::waitpid(editor, nullptr, 0);  // a pid that no longer exists
  ChildProcess server({COPYDESK_BINARY, "lsp"});
  server.send(
      request(1, "initialize", {{"processId", editor}, {"rootUri", nullptr}, {"capabilities", json::object()}}));
  waitFor(server, {{"id", 1}});
  const auto status = server.wait(5s);  // polled every 2 s
  ASSERT_TRUE(status.has_value()) << "the server outlived its editor";
  EXPECT_EQ(*status, 1);
}

TEST(EndToEnd, HelpAndBadOptions) {
  ChildProcess bad({COPYDESK_BINARY, "lsp", "--log-level", "loud"});
  EXPECT_EQ(bad.wait(5s).value_or(-1), 2);
  ChildProcess help({COPYDESK_BINARY, "lsp", "--help"});
  EXPECT_EQ(help.wait(5s).value_or(-1), 0);
  EXPECT_FALSE(help.readBody(100ms).has_value());  // nothing on stdout
}

}  // namespace
}  // namespace copydesk::lsptest
