// GitHub Actions workflow commands: one annotation per finding,
//   ::warning file=PATH,line=L,col=C,endLine=L2,endColumn=C2,title=RULE::message
// with 1-based lines and columns in characters (code points; endColumn is one
// past the last character), `error` for errors, `warning` for warnings and
// `notice` for information and hints. A file that could not be checked is an
// `::error file=PATH::why`. The summary line of the text format ends the output.
#include <fmt/format.h>

#include "cli/CheckResults.h"
#include "cli/CiLevel.h"
#include "cli/OutputPaths.h"

namespace copydesk::cli {

namespace {

// GitHub's escaping: "%", CR and LF in the message; also ":" and "," in properties.
std::string escape(std::string_view text, bool property) {
  std::string out;
  for (const char c : text) {
    if (c == '%') out += "%25";
    else if (c == '\r') out += "%0D";
    else if (c == '\n') out += "%0A";
    else if (property && c == ':') out += "%3A";
    else if (property && c == ',') out += "%2C";
    else out += c;
  }
  return out;
}

}  // namespace

void appendGithubFile(const FileResult& file, std::string& out) {
  const std::string path = escape(repositoryPath(file.path), true);
  if (!file.checked) {
    fmt::format_to(std::back_inserter(out), "::error file={}::{}\n", path, escape(file.error, false));
    return;
  }
  if (!file.text) return;
  const LineIndex& lines = file.text->lines();
  for (const Finding& finding : file.findings) {
    const LinePosition start = lines.position(finding.span.begin, Encoding::Utf32);
    const LinePosition end = lines.position(finding.span.end, Encoding::Utf32);
    fmt::format_to(std::back_inserter(out), "::{} file={},line={},col={},endLine={},endColumn={},title={}::{}\n",
                   ciLevel(finding.severity, "notice"), path, start.line + 1, start.character + 1, end.line + 1,
                   end.character + 1, escape(finding.rule_id, true), escape(finding.message, false));
  }
}

void writeGithub(std::vector<FileResult>& results, const RunSummary& summary, std::string& out) {
  appendFileParts(results, out, appendGithubFile);
  writeSummary(summary, out);
}

}  // namespace copydesk::cli
