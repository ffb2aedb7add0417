// Checkstyle XML, as reviewdog, Jenkins' warnings plugin and GitLab's code
// quality converters read it: one <file name="PATH"> per checked file (the
// path relative to the current folder), holding one
//   <error line="L" column="C" severity="S" message="..." source="RULE"/>
// per finding, with a 1-based line and column (in characters, code points),
// severity error, warning or info (information and hints), and the rule id as
// source. A file that could not be checked holds one <error severity="error"
// source="copydesk"> without a line. tests/data/schema/checkstyle.xsd is the
// shape, checked by the tests.
#include <fmt/format.h>

#include "cli/CheckResults.h"
#include "cli/CiLevel.h"
#include "cli/OutputPaths.h"
#include "cli/XmlText.h"

namespace copydesk::cli {

void appendCheckstyleFile(const FileResult& file, std::string& out) {
  out += "  <file name=\"";
  appendXmlEscaped(repositoryPath(file.path), out);
  out += "\">\n";
  if (!file.checked) {
    out += "    <error severity=\"error\" message=\"";
    appendXmlEscaped(file.error, out);
    out += "\" source=\"copydesk\"/>\n";
  } else if (file.text) {
    for (const Finding& finding : file.findings) {
      const LinePosition start = file.text->lines().position(finding.span.begin, Encoding::Utf32);
      fmt::format_to(std::back_inserter(out), "    <error line=\"{}\" column=\"{}\" severity=\"{}\" message=\"",
                     start.line + 1, start.character + 1, ciLevel(finding.severity, "info"));
      appendXmlEscaped(finding.message, out);
      out += "\" source=\"";
      appendXmlEscaped(finding.rule_id, out);
      out += "\"/>\n";
    }
  }
  out += "  </file>\n";
}

void writeCheckstyle(std::vector<FileResult>& results, std::string& out) {
  out += "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<checkstyle version=\"4.3\">\n";
  appendFileParts(results, out, appendCheckstyleFile);
  out += "</checkstyle>\n";
}

}  // namespace copydesk::cli
