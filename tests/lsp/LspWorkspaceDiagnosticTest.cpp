// workspace/diagnostic: every file the CLI would check, with result ids,
// partial results and work-done progress, against a temporary workspace.
#include <gtest/gtest.h>

#include <map>

#include "LspTestSupport.h"

namespace copydesk::lsptest {
namespace {

// A workspace with two articles to check and three files the CLI skips.
void writeSite(const TempDir& dir) {
  dir.write("a.md", "# A\n\nWe reached concensus today.\n");
  dir.write("posts/b.md", "# B\n\nA short and clean note.\n");
  dir.write(".drafts/hidden.md", "# Hidden\n\nconcensus\n");
  dir.write("build/generated.md", "# Generated\n\nconcensus\n");
  dir.write(".gitignore", "build/\n");
  dir.write("picture.png", "not prose");
}

// The reports of a pull by URI.
std::map<std::string, json> byUri(const json& items) {
  std::map<std::string, json> out;
  for (const json& item : items) out[item.at("uri").get<std::string>()] = item;
  return out;
}

std::vector<std::string> codes(const json& report) {
  std::vector<std::string> out;
  for (const json& item : report.value("items", json::array())) out.push_back(item.value("code", ""));
  return out;
}

TEST(LspWorkspaceDiagnostic, ReportsEveryCheckedFileAsPartialResultsWithProgress) {
  TempDir dir;
  writeSite(dir);
  Session s;
  const json init = s.initialize({{"textDocument", {{"diagnostic", json::object()}}}}, dir.uri());
  EXPECT_EQ(init["capabilities"]["diagnosticProvider"]["workspaceDiagnostics"], true);
  s.drain();
  // An open document is reported with the editor's text and version.
  s.open(dir.uriOf("posts/b.md"), "# B\n\nAn edited nnote.\n", "markdown", 7);

  const json answer =
      s.request("workspace/diagnostic",
                {{"previousResultIds", json::array()}, {"workDoneToken", "work"}, {"partialResultToken", "partial"}});
  ASSERT_TRUE(answer.contains("result")) << answer.dump();
  EXPECT_EQ(answer["result"]["items"], json::array());  // everything went as partial results

  json partial = json::array();
  std::vector<std::string> kinds;
  for (const json& message : s.drain()) {
    if (message.value("method", "") != "$/progress") continue;
    const json& params = message["params"];
    if (params["token"] == "partial") {
      for (const json& item : params["value"]["items"]) partial.push_back(item);
    } else {
      EXPECT_EQ(params["token"], "work");
      kinds.push_back(params["value"]["kind"]);
    }
  }
  ASSERT_GE(kinds.size(), 3u);
  EXPECT_EQ(kinds.front(), "begin");
  EXPECT_EQ(kinds[1], "report");
  EXPECT_EQ(kinds.back(), "end");

  const auto reports = byUri(partial);
  ASSERT_EQ(reports.size(), 2u) << partial.dump();  // not the hidden, ignored or non-prose files
  const json& a = reports.at(dir.uriOf("a.md"));
  EXPECT_EQ(a["kind"], "full");
  EXPECT_TRUE(a["version"].is_null());
  EXPECT_EQ(codes(a), std::vector<std::string>{"spelling"});
  const json& b = reports.at(dir.uriOf("posts/b.md"));
  EXPECT_EQ(b["version"], 7);
  EXPECT_EQ(codes(b), std::vector<std::string>{"spelling"});  // "nnote", in the editor's text only
}

TEST(LspWorkspaceDiagnostic, UnchangedFilesKeepTheirResultIds) {
  TempDir dir;
  writeSite(dir);
  Session s;
  s.initialize({{"textDocument", {{"diagnostic", json::object()}}}}, dir.uri());

  const json first = s.request("workspace/diagnostic", {{"previousResultIds", json::array()}});
  const auto reports = byUri(first["result"]["items"]);
  ASSERT_EQ(reports.size(), 2u) << first.dump();
  json previous = json::array();
  for (const auto& [uri, report] : reports) {
    ASSERT_TRUE(report.contains("resultId")) << report.dump();
    previous.push_back({{"uri", uri}, {"value", report["resultId"]}});
  }

  // Nothing changed: both unchanged, with the ids the client holds.
  const auto again = byUri(s.request("workspace/diagnostic", {{"previousResultIds", previous}})["result"]["items"]);
  ASSERT_EQ(again.size(), 2u);
  for (const auto& [uri, report] : again) {
    EXPECT_EQ(report["kind"], "unchanged") << uri;
    EXPECT_EQ(report["resultId"], reports.at(uri)["resultId"]) << uri;
  }

  // One file edited on disk: only that one is reported in full, with a new id.
  dir.write("posts/b.md", "# B\n\nA short and clean nnote.\n");
  const auto edited = byUri(s.request("workspace/diagnostic", {{"previousResultIds", previous}})["result"]["items"]);
  EXPECT_EQ(edited.at(dir.uriOf("a.md"))["kind"], "unchanged");
  const json& b = edited.at(dir.uriOf("posts/b.md"));
  EXPECT_EQ(b["kind"], "full");
  EXPECT_NE(b["resultId"], reports.at(dir.uriOf("posts/b.md"))["resultId"]);
  EXPECT_EQ(codes(b), std::vector<std::string>{"spelling"});

  // A configuration change invalidates every id: spelling off, both full and clean.
  s.notify("workspace/didChangeConfiguration", {{"settings", {{"copydesk", {{"rules", {{"spelling", "off"}}}}}}}});
  const auto reconfigured =
      byUri(s.request("workspace/diagnostic", {{"previousResultIds", previous}})["result"]["items"]);
  for (const auto& [uri, report] : reconfigured) {
    EXPECT_EQ(report["kind"], "full") << uri;
    EXPECT_EQ(codes(report), std::vector<std::string>{}) << uri;
  }
}

TEST(LspWorkspaceDiagnostic, EveryWorkspaceFolderIsWalked) {
  TempDir one;
  TempDir two;
  one.write("a.md", "# A\n\nconcensus\n");
  two.write("b.md", "# B\n\nconcensus\n");
  Session s;
  s.request("initialize",
            {{"processId", nullptr},
             {"rootUri", nullptr},
             {"capabilities", json::object()},
             {"workspaceFolders", {{{"uri", one.uri()}, {"name", "one"}}, {{"uri", two.uri()}, {"name", "two"}}}}});
  s.notify("initialized", json::object());
  const auto reports =
      byUri(s.request("workspace/diagnostic", {{"previousResultIds", json::array()}})["result"]["items"]);
  EXPECT_EQ(reports.size(), 2u);
  EXPECT_TRUE(reports.count(one.uriOf("a.md")));
  EXPECT_TRUE(reports.count(two.uriOf("b.md")));
}

}  // namespace
}  // namespace copydesk::lsptest
