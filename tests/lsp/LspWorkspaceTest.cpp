// Configuration, the workspace dictionary and file watching, against real
// files in a temporary workspace.
#include <gtest/gtest.h>

#include "LspTestSupport.h"

namespace copydesk::lsptest {
namespace {

json findCode(const json& diagnostics, const std::string& code) {
  for (const json& d : diagnostics)
    if (d.value("code", "") == code) return d;
  return json();
}

const std::string kArticle = "# Notes\n\nWe reached concensus today.\n";

TEST(LspWorkspace, ConfigSetsSeverity) {
  TempDir dir;
  dir.write(".copydesk.json", R"({"rules": {"spelling": "error"}})");
  Session s;
  s.initialize(json::object(), dir.uri());
  EXPECT_EQ(findCode(s.openAndCheck(dir.uriOf("a.md"), kArticle), "spelling")["severity"], 1);
}

TEST(LspWorkspace, BrokenConfigIsReportedAndTheLastGoodOneKept) {
  TempDir dir;
  dir.write(".copydesk.json", "{\n  \"rules\": {\"spelling\": \"error\"}\n}\n");
  Session s;
  s.initialize({{"workspace", {{"didChangeWatchedFiles", {{"dynamicRegistration", true}}}}}}, dir.uri());
  // The server asks to watch the configuration files.
  const json registration = s.expect({{"method", "client/registerCapability"}});
  std::string globs = registration["params"].dump();
  EXPECT_NE(globs.find("**/.copydesk.json"), std::string::npos) << globs;
  EXPECT_NE(globs.find("**/.copydesk/dictionary.txt"), std::string::npos);
  EXPECT_NE(globs.find("**/.copydesk/claims/*.json"), std::string::npos);
  EXPECT_NE(globs.find("**/*.dic"), std::string::npos);
  s.transport().clientSend(
      protocol::makeResponse(protocol::RequestId{registration["id"].get<std::int64_t>()}, nullptr));

  const std::string uri = dir.uriOf("a.md");
  EXPECT_EQ(findCode(s.openAndCheck(uri, kArticle), "spelling")["severity"], 1);

  // Break it: an unknown severity on line 3.
  dir.write(".copydesk.json", "{\n  \"rules\": {\n    \"spelling\": \"eror\"\n  }\n}\n");
  s.notify("workspace/didChangeWatchedFiles", {{"changes", {{{"uri", dir.uriOf(".copydesk.json")}, {"type", 2}}}}});
  const json config = s.diagnostics(dir.uriOf(".copydesk.json"));
  ASSERT_EQ(config["diagnostics"].size(), 1u) << config.dump();
  EXPECT_EQ(config["diagnostics"][0]["range"]["start"]["line"], 2) << config.dump();
  EXPECT_EQ(config["diagnostics"][0]["severity"], 1);
  const json shown = s.expect({{"method", "window/showMessage"}, {"params", {{"type", 1}}}});
  EXPECT_NE(shown["params"]["message"].get<std::string>().find(".copydesk.json:3:"), std::string::npos) << shown.dump();
  // The document is re-checked with the last good configuration: still an error.
  EXPECT_EQ(findCode(s.diagnostics(uri, 1)["diagnostics"], "spelling")["severity"], 1);

  // Fix it: the config diagnostics are cleared and the new settings apply.
  dir.write(".copydesk.json", R"({"rules": {"spelling": "hint"}})");
  s.notify("workspace/didChangeWatchedFiles", {{"changes", {{{"uri", dir.uriOf(".copydesk.json")}, {"type", 2}}}}});
  EXPECT_EQ(s.diagnostics(dir.uriOf(".copydesk.json"))["diagnostics"], json::array());
  EXPECT_EQ(findCode(s.diagnostics(uri, 1)["diagnostics"], "spelling")["severity"], 4);
}

TEST(LspWorkspace, BrokenConfigAtStartIsReported) {
  TempDir dir;
  dir.write(".copydesk.json", "{ \"rules\": [1, }");
  Session s;
  s.initialize(json::object(), dir.uri());
  const json config = s.diagnostics(dir.uriOf(".copydesk.json"));
  EXPECT_FALSE(config["diagnostics"].empty());
  s.expect({{"method", "window/showMessage"}, {"params", {{"type", 1}}}});
  // Documents are still checked (with the defaults).
  EXPECT_FALSE(findCode(s.openAndCheck(dir.uriOf("a.md"), kArticle), "spelling").is_null());
}

TEST(LspWorkspace, AddToDictionaryWritesTheFileAndClearsTheDiagnostic) {
  TempDir dir;
  Session s;
  s.initialize(json::object(), dir.uri());
  const std::string uri = dir.uriOf("docs/a.md");
  const json spelling = findCode(s.openAndCheck(uri, "# Notes\n\nThe gizmox engine works.\n"), "spelling");
  ASSERT_FALSE(spelling.is_null());
  const json actions = s.request(
      "textDocument/codeAction",
      {{"textDocument", {{"uri", uri}}}, {"range", spelling["range"]}, {"context", {{"diagnostics", {spelling}}}}});
  json command;
  for (const json& action : actions["result"])
    if (action["title"] == "Add 'gizmox' to workspace dictionary") command = action["command"];
  ASSERT_FALSE(command.is_null()) << actions.dump();
  const json reply =
      s.request("workspace/executeCommand", {{"command", command["command"]}, {"arguments", command["arguments"]}});
  EXPECT_TRUE(reply.contains("result")) << reply.dump();
  EXPECT_EQ(dir.read(".copydesk/dictionary.txt"), "gizmox\n");
  EXPECT_TRUE(findCode(s.diagnostics(uri, 1)["diagnostics"], "spelling").is_null());
  // Twice: no duplicate line.
  s.request("workspace/executeCommand", {{"command", command["command"]}, {"arguments", command["arguments"]}});
  EXPECT_EQ(dir.read(".copydesk/dictionary.txt"), "gizmox\n");
}

TEST(LspWorkspace, AddToDictionaryRefusesPathsOutsideTheWorkspace) {
  TempDir dir;
  TempDir other;
  Session s;
  s.initialize(json::object(), dir.uri());
  other.write(".copydesk/dictionary.txt", "alpha\n");
  const json reply =
      s.request("workspace/executeCommand", {{"command", "copydesk.addToDictionary"},
                                             {"arguments", {{{"uri", other.uriOf("a.md")}, {"word", "gizmox"}}}}});
  // The nearest dictionary is outside the root, so the root's is used instead.
  EXPECT_TRUE(reply.contains("result")) << reply.dump();
  EXPECT_EQ(other.read(".copydesk/dictionary.txt"), "alpha\n");
  EXPECT_EQ(dir.read(".copydesk/dictionary.txt"), "gizmox\n");
}

TEST(LspWorkspace, DictionaryFileChangesAreWatched) {
  TempDir dir;
  Session s;
  s.initialize(json::object(), dir.uri());
  const std::string uri = dir.uriOf("a.md");
  EXPECT_FALSE(findCode(s.openAndCheck(uri, "# Notes\n\nThe gizmox engine works.\n"), "spelling").is_null());
  dir.write(".copydesk/dictionary.txt", "gizmox\n");
  s.notify("workspace/didChangeWatchedFiles",
           {{"changes", {{{"uri", dir.uriOf(".copydesk/dictionary.txt")}, {"type", 1}}}}});
  EXPECT_TRUE(findCode(s.diagnostics(uri, 1)["diagnostics"], "spelling").is_null());
}

TEST(LspWorkspace, ExtraHunspellDictionaryChangesAreWatched) {
  TempDir dir;
  dir.write(".copydesk.json", R"({"spelling": {"dictionaries": ["terms.dic"]}})");
  dir.write("terms.dic", "1\nkubelet\n");
  Session s;
  s.initialize(json::object(), dir.uri());
  const std::string uri = dir.uriOf("a.md");
  EXPECT_FALSE(findCode(s.openAndCheck(uri, "# Notes\n\nThe gizmox engine works.\n"), "spelling").is_null());
  dir.write("terms.dic", "2\nkubelet\ngizmox\n");
  s.notify("workspace/didChangeWatchedFiles", {{"changes", {{{"uri", dir.uriOf("terms.dic")}, {"type", 2}}}}});
  EXPECT_TRUE(findCode(s.diagnostics(uri, 1)["diagnostics"], "spelling").is_null());
}

TEST(LspWorkspace, ValeStyleChangesAreWatched) {
  TempDir dir;
  dir.write(".copydesk.json", R"({"vale": {"config": ".vale.ini"}})");
  dir.write(".vale.ini", "StylesPath = styles\n\n[*]\nBasedOnStyles = House\n");
  dir.write("styles/House/Avoid.yml",
            "extends: existence\nmessage: \"Avoid '%s'.\"\nlevel: error\ntokens:\n  - gizmo\n");
  Session s;
  s.initialize(json::object(), dir.uri());
  const std::string uri = dir.uriOf("a.md");
  EXPECT_FALSE(findCode(s.openAndCheck(uri, "# Notes\n\nThe gizmo engine works.\n"), "House.Avoid").is_null());
  // The rule file changes: the style is read again.
  dir.write("styles/House/Avoid.yml",
            "extends: existence\nmessage: \"Avoid '%s'.\"\nlevel: error\ntokens:\n  - widget\n");
  s.notify("workspace/didChangeWatchedFiles",
           {{"changes", {{{"uri", dir.uriOf("styles/House/Avoid.yml")}, {"type", 2}}}}});
  EXPECT_TRUE(findCode(s.diagnostics(uri, 1)["diagnostics"], "House.Avoid").is_null());
  // .vale.ini turns the rule to "error" on a word the text has again.
  dir.write("styles/House/Avoid.yml",
            "extends: existence\nmessage: \"Avoid '%s'.\"\nlevel: error\ntokens:\n  - engine\n");
  dir.write(".vale.ini", "StylesPath = styles\n\n[*]\nBasedOnStyles = House\nHouse.Avoid = NO\n");
  s.notify("workspace/didChangeWatchedFiles", {{"changes", {{{"uri", dir.uriOf(".vale.ini")}, {"type", 2}}}}});
  EXPECT_TRUE(findCode(s.diagnostics(uri, 1)["diagnostics"], "House.Avoid").is_null());
}

TEST(LspWorkspace, EditorSettingsMergeOverTheFile) {
  TempDir dir;
  dir.write(".copydesk.json", R"({"rules": {"spelling": "error"}})");
  Session s;
  s.initialize(json::object(), dir.uri(), {{"copydesk", {{"spelling", {{"words", {"concensus"}}}}}}});
  const std::string uri = dir.uriOf("a.md");
  const json first = s.openAndCheck(uri, kArticle + "The gizmox engine.\n");
  ASSERT_EQ(first.size() >= 1, true);
  for (const json& d : first) {
    if (d["code"] == "spelling") {
      EXPECT_EQ(d["data"]["word"], "gizmox");  // concensus accepted
    }
  }
  // didChangeConfiguration (no workspace/configuration support): push model.
  s.notify("workspace/didChangeConfiguration", {{"settings", {{"copydesk", {{"rules", {{"spelling", "off"}}}}}}}});
  EXPECT_TRUE(findCode(s.diagnostics(uri, 1)["diagnostics"], "spelling").is_null());
  // Broken settings: shown, the previous ones kept.
  s.notify("workspace/didChangeConfiguration", {{"settings", {{"copydesk", {{"rules", {{"spelling", 42}}}}}}}});
  s.expect({{"method", "window/showMessage"}, {"params", {{"type", 1}}}});
}

TEST(LspWorkspace, WorkspaceConfigurationIsPulled) {
  TempDir dir;
  Session s;
  s.initialize({{"workspace", {{"configuration", true}}}}, dir.uri());
  const json request = s.expect({{"method", "workspace/configuration"}});
  EXPECT_EQ(request["params"]["items"][0]["section"], "copydesk");
  s.transport().clientSend(protocol::makeResponse(protocol::RequestId{request["id"].get<std::int64_t>()},
                                                  json::array({{{"rules", {{"spelling", "error"}}}}})));
  const std::string uri = dir.uriOf("a.md");
  EXPECT_EQ(findCode(s.openAndCheck(uri, kArticle), "spelling")["severity"], 1);
}

// Answers a workspace/configuration request with one value an item.
void answerConfiguration(Session& s, const json& request, const json& values) {
  s.transport().clientSend(protocol::makeResponse(protocol::RequestId{request["id"].get<std::int64_t>()}, values));
}

json folder(const TempDir& dir, const std::string& name) { return {{"uri", dir.uriOf(name)}, {"name", name}}; }

TEST(LspWorkspace, EachWorkspaceFolderHasItsOwnSettings) {
  TempDir dir;
  dir.write("site/a.md", kArticle);
  dir.write("blog/b.md", kArticle);
  dir.write("notes/c.md", kArticle);
  Session s;
  const json init = s.request("initialize", {{"processId", nullptr},
                                             {"rootUri", dir.uriOf("site")},
                                             {"capabilities", {{"workspace", {{"configuration", true}}}}},
                                             {"workspaceFolders", {folder(dir, "site"), folder(dir, "blog")}}});
  EXPECT_EQ(init["result"]["capabilities"]["workspace"]["workspaceFolders"]["changeNotifications"], true);
  s.notify("initialized", json::object());
  // One item workspace-wide, then one a folder.
  const json first = s.expect({{"method", "workspace/configuration"}});
  ASSERT_EQ(first["params"]["items"].size(), 3u) << first.dump();
  EXPECT_FALSE(first["params"]["items"][0].contains("scopeUri"));
  EXPECT_EQ(first["params"]["items"][1]["scopeUri"], dir.uriOf("site"));
  EXPECT_EQ(first["params"]["items"][2]["scopeUri"], dir.uriOf("blog"));
  answerConfiguration(s, first, json::array({json::object(), {{"rules", {{"spelling", "error"}}}}, json::object()}));

  s.open(dir.uriOf("site/a.md"), kArticle);
  EXPECT_EQ(findCode(s.diagnostics(dir.uriOf("site/a.md"), 1)["diagnostics"], "spelling")["severity"], 1);
  s.open(dir.uriOf("blog/b.md"), kArticle);
  const json blog = findCode(s.diagnostics(dir.uriOf("blog/b.md"), 1)["diagnostics"], "spelling");
  ASSERT_FALSE(blog.is_null());
  EXPECT_NE(blog["severity"], 1);

  // site leaves, notes joins: its settings are asked for; site's own are gone.
  s.notify("workspace/didChangeWorkspaceFolders",
           {{"event", {{"added", {folder(dir, "notes")}}, {"removed", {folder(dir, "site")}}}}});
  const json second = s.expect({{"method", "workspace/configuration"}});
  ASSERT_EQ(second["params"]["items"].size(), 3u) << second.dump();
  EXPECT_EQ(second["params"]["items"][1]["scopeUri"], dir.uriOf("blog"));
  EXPECT_EQ(second["params"]["items"][2]["scopeUri"], dir.uriOf("notes"));
  answerConfiguration(s, second, json::array({json::object(), json::object(), {{"rules", {{"spelling", "off"}}}}}));
  s.open(dir.uriOf("notes/c.md"), kArticle);
  EXPECT_TRUE(findCode(s.diagnostics(dir.uriOf("notes/c.md"), 1)["diagnostics"], "spelling").is_null());
  s.notify("textDocument/didClose", {{"textDocument", {{"uri", dir.uriOf("site/a.md")}}}});
  s.open(dir.uriOf("site/a.md"), kArticle, "markdown", 2);
  EXPECT_NE(findCode(s.diagnostics(dir.uriOf("site/a.md"), 2)["diagnostics"], "spelling")["severity"], 1);

  // Nothing is set any more (a client answers null): notes' own settings go and its file is checked again.
  s.notify("workspace/didChangeConfiguration", {{"settings", nullptr}});
  const json third = s.expect({{"method", "workspace/configuration"}});
  answerConfiguration(s, third, json::array({nullptr, nullptr, nullptr}));
  EXPECT_FALSE(findCode(s.diagnostics(dir.uriOf("notes/c.md"), 1)["diagnostics"], "spelling").is_null());
}

}  // namespace
}  // namespace copydesk::lsptest
