// JUnit XML, as GitLab, Jenkins and other CI servers read test reports: one
// <testsuite> per file (name: the path relative to the current folder), one
// failed <testcase> per finding, named "RULE at LINE:COL" with the file as
// its classname and a <failure> whose message is the finding's message, whose
// type is its severity and whose text is the text format's line for it. A file
// without findings is one passed testcase named "copydesk"; a file that could
// not be checked is one testcase with an <error>. Lines are 1-based, columns
// count characters (code points) from 1. tests/data/schema/junit.xsd is the
// shape, checked by the tests.
#include <fmt/format.h>

#include "cli/CheckResults.h"
#include "cli/OutputPaths.h"
#include "cli/XmlText.h"

namespace copydesk::cli {

namespace {

std::size_t findingCount(const FileResult& file) {
  std::size_t n = 0;
  for (const std::size_t count : file.by_severity) n += count;
  return n;
}

// Testcases of the file: one per finding, else one.
std::size_t testCount(const FileResult& file) { return std::max<std::size_t>(findingCount(file), 1); }

void appendAttribute(std::string& out, std::string_view name, std::string_view value) {
  out += ' ';
  out += name;
  out += "=\"";
  appendXmlEscaped(value, out);
  out += '"';
}

}  // namespace

void appendJunitFile(const FileResult& file, std::string& out) {
  const std::string path = repositoryPath(file.path);
  const std::size_t findings = findingCount(file);
  out += "  <testsuite";
  appendAttribute(out, "name", path);
  fmt::format_to(std::back_inserter(out), " tests=\"{}\" failures=\"{}\" errors=\"{}\">\n", testCount(file),
                 file.checked ? findings : 0, file.checked ? 0 : 1);
  if (!file.checked) {
    out += "    <testcase name=\"copydesk\"";
    appendAttribute(out, "classname", path);
    out += ">\n      <error";
    appendAttribute(out, "message", file.error);
    out += " type=\"error\"/>\n    </testcase>\n";
  } else if (findings == 0 || !file.text) {
    out += "    <testcase name=\"copydesk\"";
    appendAttribute(out, "classname", path);
    out += "/>\n";
  } else {
    for (const Finding& finding : file.findings) {
      const LinePosition start = file.text->lines().position(finding.span.begin, Encoding::Utf32);
      out += "    <testcase";
      appendAttribute(out, "name", fmt::format("{} at {}:{}", finding.rule_id, start.line + 1, start.character + 1));
      appendAttribute(out, "classname", path);
      out += ">\n      <failure";
      appendAttribute(out, "message", finding.message);
      appendAttribute(out, "type", severityName(finding.severity));
      out += '>';
      appendXmlEscaped(fmt::format("{}:{}:{}: {}: {} [{}]", path, start.line + 1, start.character + 1,
                                   severityName(finding.severity), finding.message, finding.rule_id),
                       out);
      out += "</failure>\n    </testcase>\n";
    }
  }
  out += "  </testsuite>\n";
}

void writeJunit(std::vector<FileResult>& results, std::string& out) {
  std::size_t tests = 0, failures = 0, errors = 0;
  for (const FileResult& file : results) {
    tests += testCount(file);
    if (file.checked) failures += findingCount(file);
    else ++errors;
  }
  fmt::format_to(std::back_inserter(out),
                 "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                 "<testsuites name=\"copydesk\" tests=\"{}\" failures=\"{}\" errors=\"{}\">\n",
                 tests, failures, errors);
  appendFileParts(results, out, appendJunitFile);
  out += "</testsuites>\n";
}

}  // namespace copydesk::cli
