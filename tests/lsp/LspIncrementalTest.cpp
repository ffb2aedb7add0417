// The server checks edits incrementally (one ParagraphCache per open
// document): its diagnostics after edits equal those of the same text opened
// fresh, also after a close and re-open with other text.
#include <gtest/gtest.h>

#include <stdexcept>

#include "LspTestSupport.h"

namespace copydesk::lsptest {
namespace {

const std::string kText = "# Notes\n\n"
                          "The first paragraph has a mispelled word.\n\n"
                          "The second paragraph is very unique.\n\n"
                          "Next year the team will ship 70% more features.\n";

TEST(LspIncremental, DiagnosticsAfterEditsEqualThoseOfAFreshOpen) {
  Session session;
  session.initialize();
  const std::string uri = "file:///home/writer/notes.md";
  session.openAndCheck(uri, kText);

  std::string text = kText;
  text.insert(text.find("very unique"), "teh ");
  session.change(uri, 2, json::array({{{"text", text}}}));
  const json edited = session.diagnostics(uri, 2)["diagnostics"];
  text += "\nThe second paragraph is very unique.\n";
  session.change(uri, 3, json::array({{{"text", text}}}));
  const json grown = session.diagnostics(uri, 3)["diagnostics"];

  std::string first_edit = kText;
  first_edit.insert(first_edit.find("very unique"), "teh ");
  EXPECT_EQ(edited, session.openAndCheck("file:///home/writer/fresh-1.md", first_edit));
  EXPECT_EQ(grown, session.openAndCheck("file:///home/writer/fresh-2.md", text));
}

TEST(LspIncremental, ReopeningWithOtherTextStartsAfresh) {
  Session session;
  session.initialize();
  const std::string uri = "file:///home/writer/notes.md";
  session.openAndCheck(uri, kText);
  session.notify("textDocument/didClose", {{"textDocument", {{"uri", uri}}}});
  session.diagnostics(uri);  // cleared

  const std::string other = "Another text, with one mispelled word.\n";
  const json reopened = session.openAndCheck(uri, other);
  EXPECT_EQ(reopened, session.openAndCheck("file:///home/writer/fresh.md", other));
}

// Found by fuzz_lsp_conversation: an empty Markdown document made a facts
// rule's document inputs throw, and the failed check was retried forever
// (unbounded recursion in the synchronous server, a busy loop in the real one).
TEST(LspIncremental, AnEmptyMarkdownDocumentIsChecked) {
  Session session;
  session.initialize();
  EXPECT_EQ(session.openAndCheck("file:///home/writer/empty.md", ""), json::array());
  session.change("file:///home/writer/empty.md", 2, json::array({{{"text", "\r\n\n"}}}));
  EXPECT_EQ(session.diagnostics("file:///home/writer/empty.md", 2)["diagnostics"], json::array());
}

TEST(LspIncremental, ACheckThatThrowsGivesOneErrorInsteadOfRetrying) {
  server::ServerOptions options = Session::syncOptions();
  int attempts = 0;
  options.before_check = [&attempts](const std::string&, std::int64_t) {
    ++attempts;
    throw std::runtime_error("simulated rule failure");
  };
  Session session(options);
  session.initialize();
  const json diagnostics = session.openAndCheck("file:///home/writer/notes.md", kText);
  ASSERT_EQ(diagnostics.size(), 1u) << diagnostics.dump();
  EXPECT_EQ(diagnostics[0]["code"], "internal-error");
  EXPECT_EQ(diagnostics[0]["severity"], 1);
  EXPECT_NE(diagnostics[0]["message"].get<std::string>().find("simulated rule failure"), std::string::npos);
  EXPECT_EQ(attempts, 1);
}

}  // namespace
}  // namespace copydesk::lsptest
