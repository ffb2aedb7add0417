// The streamed Diagnostics are byte for byte the trees diagnosticJson() builds,
// compact (the server) and indented (the CLI), with and without extras.
#include <gtest/gtest.h>

#include "diagnostics/DiagnosticWriter.h"
#include "document/Document.h"
#include "protocol/JsonText.h"

namespace copydesk::testing {
namespace {

// Emoji (two UTF-16 units, one UTF-32), a second line, quotes, a tab, a control
// character and a broken UTF-8 byte in messages; a fix with two edits.
const std::string kText = "# T\xF0\x9F\x98\x80tle\n\nSome teh text, and \"more\".\n";

std::vector<Finding> sampleFindings() {
  Finding spelling;
  spelling.rule_id = "spelling";
  spelling.span = {15, 18};
  spelling.message = "Unknown word 'teh': did you mean \"the\"?\t\x01";
  spelling.fixes.push_back({"Replace with 'the'", {{{15, 18}, "the"}}, true, true});
  spelling.fixes.push_back({"Replace with 'tech'", {{{15, 18}, "tech"}, {{1, 3}, ""}}, false, false});
  Finding plain;
  plain.rule_id = "style/hedging";
  plain.span = {0, 12};
  plain.severity = Severity::Information;
  plain.message = "Bad byte \xFF here";
  return {plain, spelling};
}

struct Written {
  std::string streamed;
  std::string tree;
};

Written writeBoth(Encoding encoding, int indent, const DiagnosticExtras* extras) {
  const auto document = Document::create("a.md", kText, DocumentFormat::Markdown);
  Written out;
  protocol::JsonWriter json(out.streamed, indent);
  DiagnosticWriter writer(json, document->lines(), encoding);
  nlohmann::json tree = nlohmann::json::array();
  json.open('[');
  for (const Finding& finding : sampleFindings()) {
    json.element();
    if (extras) writer.write(finding, *extras);
    else writer.write(finding);
    tree.push_back(extras ? diagnosticJson(document->lines(), finding, encoding, *extras)
                          : diagnosticJson(document->lines(), finding, encoding));
  }
  json.close(']');
  if (indent < 0) protocol::appendJson(tree, out.tree);
  else protocol::appendIndentedJson(tree, indent, 0, out.tree);
  return out;
}

TEST(DiagnosticWriter, CompactWithoutExtras) {
  const Written w = writeBoth(Encoding::Utf16, -1, nullptr);
  EXPECT_EQ(w.streamed, w.tree);
  EXPECT_NE(w.streamed.find(R"("character":6)"), std::string::npos);  // after the emoji, in UTF-16 units
}

TEST(DiagnosticWriter, IndentedWithoutExtras) {
  const Written w = writeBoth(Encoding::Utf16, 2, nullptr);
  EXPECT_EQ(w.streamed, w.tree);
}

TEST(DiagnosticWriter, ExtrasInEveryEncoding) {
  const DiagnosticExtras with_link{"https://example.org/rules#spelling", "teh"};
  const DiagnosticExtras rule_only{};
  for (const Encoding encoding : {Encoding::Utf8, Encoding::Utf16, Encoding::Utf32}) {
    for (const DiagnosticExtras* extras : {&with_link, &rule_only}) {
      const Written w = writeBoth(encoding, -1, extras);
      EXPECT_EQ(w.streamed, w.tree);
      EXPECT_NE(w.streamed.find(R"("rule":"spelling")"), std::string::npos);
    }
  }
  EXPECT_NE(writeBoth(Encoding::Utf8, -1, &with_link).streamed.find(R"("codeDescription":{"href":)"),
            std::string::npos);
}

}  // namespace
}  // namespace copydesk::testing
