// The three tiers of accepted words as code actions: the workspace and the
// user dictionary (atomic appends by the server) and the document's own
// front-matter list (an edit the editor applies).
#include <gtest/gtest.h>

#include <cstdlib>

#include "LspTestSupport.h"

namespace copydesk::lsptest {
namespace {

// Points XDG_CONFIG_HOME at a temporary folder for the test's lifetime.
class UserConfigFolder {
 public:
  UserConfigFolder() {
    if (const char* old = std::getenv("XDG_CONFIG_HOME")) old_ = old;
    ::setenv("XDG_CONFIG_HOME", dir_.path().c_str(), 1);
  }
  ~UserConfigFolder() {
    if (old_) ::setenv("XDG_CONFIG_HOME", old_->c_str(), 1);
    else ::unsetenv("XDG_CONFIG_HOME");
  }
  const TempDir& dir() const { return dir_; }

 private:
  TempDir dir_;
  std::optional<std::string> old_;
};

json spellingOf(const json& published) {
  for (const json& d : published["diagnostics"])
    if (d.value("code", "") == "spelling") return d;
  return json();
}

json actionTitled(const json& actions, const std::string& title) {
  for (const json& action : actions["result"])
    if (action.value("title", "") == title) return action;
  ADD_FAILURE() << "no action '" << title << "' in " << actions.dump();
  return json();
}

json codeActions(Session& s, const std::string& uri, const json& diagnostic) {
  return s.request(
      "textDocument/codeAction",
      {{"textDocument", {{"uri", uri}}}, {"range", diagnostic["range"]}, {"context", {{"diagnostics", {diagnostic}}}}});
}

std::vector<std::string> entries(const std::filesystem::path& folder) {
  std::vector<std::string> out;
  for (const auto& entry : std::filesystem::directory_iterator(folder)) out.push_back(entry.path().filename());
  return out;
}

TEST(LspDictionaryTiers, AddToUserDictionaryWritesTheUserFileAtomically) {
  UserConfigFolder user;
  TempDir dir;
  Session s;
  s.initialize(json::object(), dir.uri());
  const std::string uri = dir.uriOf("a.md");
  s.open(uri, "# Notes\n\nThe gizmox engine works.\n");
  const json spelling = spellingOf(s.diagnostics(uri, 1));
  ASSERT_FALSE(spelling.is_null());
  const json command = actionTitled(codeActions(s, uri, spelling), "Add 'gizmox' to user dictionary")["command"];
  EXPECT_EQ(command["arguments"][0]["scope"], "user");
  const json reply =
      s.request("workspace/executeCommand", {{"command", command["command"]}, {"arguments", command["arguments"]}});
  EXPECT_TRUE(reply.contains("result")) << reply.dump();
  EXPECT_EQ(user.dir().read("copydesk/dictionary.txt"), "gizmox\n");
  // Only the dictionary: no temporary file left behind, nothing in the workspace.
  EXPECT_EQ(entries(user.dir().path() / "copydesk"), std::vector<std::string>{"dictionary.txt"});
  EXPECT_FALSE(std::filesystem::exists(dir.path() / ".copydesk"));
  EXPECT_TRUE(spellingOf(s.diagnostics(uri, 1)).is_null());

  // The user dictionary holds in every workspace.
  TempDir other;
  Session second;
  second.initialize(json::object(), other.uri());
  second.open(other.uriOf("b.md"), "# More\n\nThe gizmox again.\n");
  EXPECT_TRUE(spellingOf(second.diagnostics(other.uriOf("b.md"), 1)).is_null());
}

TEST(LspDictionaryTiers, AnUnknownScopeIsRefused) {
  TempDir dir;
  Session s;
  s.initialize(json::object(), dir.uri());
  const json reply =
      s.request("workspace/executeCommand",
                {{"command", "copydesk.addToDictionary"},
                 {"arguments", {{{"uri", dir.uriOf("a.md")}, {"word", "gizmox"}, {"scope", "galaxy"}}}}});
  ASSERT_TRUE(reply.contains("error")) << reply.dump();
  EXPECT_NE(reply["error"]["message"].get<std::string>().find("arguments[0].scope"), std::string::npos) << reply.dump();
}

TEST(LspDictionaryTiers, IgnoreInThisDocumentEditsTheFrontMatterList) {
  UserConfigFolder user;  // no user dictionary
  TempDir dir;
  Session s;
  s.initialize(json::object(), dir.uri());
  const std::string uri = dir.uriOf("a.md");
  std::string text = "# Notes\n\nThe gizmox and the concensus work.\n";
  s.open(uri, text);
  json published = s.diagnostics(uri, 1);
  ASSERT_EQ(published["diagnostics"].size(), 2u) << published.dump();

  // First word: the front matter is created.
  json action = actionTitled(codeActions(s, uri, published["diagnostics"][0]), "Ignore 'gizmox' in this document");
  text = applyTextEdits(text, action["edit"]["changes"][uri]);
  EXPECT_EQ(text, "---\ncopydesk:\n  ignore_words: [gizmox]\n---\n\n# Notes\n\nThe gizmox and the concensus work.\n");
  s.notify("textDocument/didChange",
           {{"textDocument", {{"uri", uri}, {"version", 2}}}, {"contentChanges", {{{"text", text}}}}});
  published = s.diagnostics(uri, 2);
  ASSERT_EQ(published["diagnostics"].size(), 1u) << published.dump();

  // Second word: appended to the list.
  action = actionTitled(codeActions(s, uri, published["diagnostics"][0]), "Ignore 'concensus' in this document");
  text = applyTextEdits(text, action["edit"]["changes"][uri]);
  EXPECT_EQ(text.substr(0, 54), "---\ncopydesk:\n  ignore_words: [gizmox, concensus]\n---\n");
  s.notify("textDocument/didChange",
           {{"textDocument", {{"uri", uri}, {"version", 3}}}, {"contentChanges", {{{"text", text}}}}});
  EXPECT_EQ(s.diagnostics(uri, 3)["diagnostics"], json::array());
  EXPECT_FALSE(std::filesystem::exists(user.dir().path() / "copydesk"));  // nothing written by the server
}

}  // namespace
}  // namespace copydesk::lsptest
