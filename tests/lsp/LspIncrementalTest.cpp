// The server checks edits incrementally (one ParagraphCache per open
// document): its diagnostics after edits equal those of the same text opened
// fresh, also after a close and re-open with other text.
#include <gtest/gtest.h>

#include "LspTestSupport.h"

namespace copydesk::lsptest {
namespace {

const std::string kText =
    "# Notes\n\n"
    "The first paragraph has a mispelled word.\n\n"
    "The second paragraph is very unique.\n\n"
    "Next year the team will ship 70% more features.\n";

json diagnosticsOfFreshOpen(Session& session, const std::string& uri, const std::string& text) {
  session.open(uri, text);
  return session.diagnostics(uri, 1)["diagnostics"];
}

TEST(LspIncremental, DiagnosticsAfterEditsEqualThoseOfAFreshOpen) {
  Session session;
  session.initialize();
  const std::string uri = "file:///work/notes.md";
  session.open(uri, kText);
  session.diagnostics(uri, 1);

  std::string text = kText;
  text.insert(text.find("very unique"), "teh ");
  session.change(uri, 2, json::array({{{"text", text}}}));
  const json edited = session.diagnostics(uri, 2)["diagnostics"];
  text += "\nThe second paragraph is very unique.\n";
  session.change(uri, 3, json::array({{{"text", text}}}));
  const json grown = session.diagnostics(uri, 3)["diagnostics"];

  std::string first_edit = kText;
  first_edit.insert(first_edit.find("very unique"), "teh ");
  EXPECT_EQ(edited, diagnosticsOfFreshOpen(session, "file:///work/fresh-1.md", first_edit));
  EXPECT_EQ(grown, diagnosticsOfFreshOpen(session, "file:///work/fresh-2.md", text));
}

TEST(LspIncremental, ReopeningWithOtherTextStartsAfresh) {
  Session session;
  session.initialize();
  const std::string uri = "file:///work/notes.md";
  session.open(uri, kText);
  session.diagnostics(uri, 1);
  session.notify("textDocument/didClose", {{"textDocument", {{"uri", uri}}}});
  session.diagnostics(uri);  // cleared

  const std::string other = "Another text, with one mispelled word.\n";
  session.open(uri, other);
  const json reopened = session.diagnostics(uri, 1)["diagnostics"];
  EXPECT_EQ(reopened, diagnosticsOfFreshOpen(session, "file:///work/fresh.md", other));
}

}  // namespace
}  // namespace copydesk::lsptest
