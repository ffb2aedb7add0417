// The language server checks each format of the formats table under its
// language id (and a commit message by its file name): findings on prose only,
// at the format's own positions, and "Ignore this rule here" writes the
// format's comment.
#include <gtest/gtest.h>

#include "lsp/LspTestSupport.h"

namespace copydesk::lsptest {
namespace {

// The words of the spelling diagnostics, with their line.
std::vector<std::string> misspelt(const json& published) {
  std::vector<std::string> out;
  for (const json& d : published["diagnostics"])
    if (d.value("code", "") == "spelling")
      out.push_back(d["data"].value("word", "") + "@" + std::to_string(d["range"]["start"]["line"].get<int>()));
  return out;
}

TEST(LspFormats, EachFormatUnderItsLanguageId) {
  struct Case {
    const char* uri;
    const char* language;
    const char* text;
    std::vector<std::string> words;
  };
  const Case cases[] = {
      {"file:///w/page.html",
       "html",
       "<html><head><title>Teh page</title><script>teh()</script></head>\n<body><p>The concensus.</p></body></html>\n",
       {"concensus@1"}},
      {"file:///w/doc.mdx", "mdx", "import {X} from 'teh'\n\n<X teh={1} />\n\nThe concensus.\n", {"concensus@4"}},
      {"file:///w/.git/COMMIT_EDITMSG",
       "git-commit",
       "Fix teh parser\n\nThe concensus.\n# teh comment\n\nSigned-off-by: Teh <t@e.h>\n",
       {"teh@0", "concensus@2"}},
      // Neovim sends its filetype; Emacs may send "plaintext" for a commit message.
      {"file:///w/.git/COMMIT_EDITMSG", "plaintext", "Subject\n\nThe concensus.\n# teh\n", {"concensus@2"}},
      {"file:///w/x.mdx", "markdown.mdx", "{/* teh */}\nThe concensus.\n", {"concensus@1"}},
  };
  for (const Case& c : cases) {
    Session s;
    s.initialize();
    s.open(c.uri, c.text, c.language);
    EXPECT_EQ(misspelt(s.diagnostics(c.uri, 1)), c.words) << c.language << " " << c.uri;
  }
}

TEST(LspFormats, IgnoreThisRuleWritesTheFormatsComment) {
  Session s;
  s.initialize();
  const std::string uri = "file:///w/.git/COMMIT_EDITMSG";
  const std::string text = "Subject\n\nFirst line\nthe concensus.\n";
  s.open(uri, text, "git-commit");
  const json published = s.diagnostics(uri, 1);
  json spelling;
  for (const json& d : published["diagnostics"])
    if (d.value("code", "") == "spelling") spelling = d;
  ASSERT_FALSE(spelling.is_null()) << published.dump();
  const json actions = s.request("textDocument/codeAction", {{"textDocument", {{"uri", uri}}},
                                                             {"range", spelling["range"]},
                                                             {"context", {{"diagnostics", json::array({spelling})}}}});
  std::string edited;
  for (const json& action : actions["result"])
    if (action.value("title", "").find("Ignore") != std::string::npos)
      edited = applyTextEdits(text, action["edit"]["changes"][uri]);
  EXPECT_EQ(edited, "Subject\n\nFirst line\n# copydesk-disable-next-line spelling\nthe concensus.\n");
}

}  // namespace
}  // namespace copydesk::lsptest
