// Human-readable output: `path:line:col: severity: message [rule]`, the source
// line and a caret underline, then a summary.
#include <fmt/format.h>

#include "cli/CheckResults.h"
#include "text/Utf.h"

namespace copydesk::cli {

namespace {

const char* severityColor(Severity severity) {
  switch (severity) {
    case Severity::Error: return "\x1b[1;31m";
    case Severity::Warning: return "\x1b[1;33m";
    case Severity::Information: return "\x1b[1;34m";
    case Severity::Hint: return "\x1b[1;36m";
  }
  return "";
}

// The source line shown under a finding: tabs become one space so the caret
// column (in code points) lines up; control bytes are not echoed to the terminal.
std::string displayLine(std::string_view line) {
  std::string out;
  for (std::size_t i = 0; i < line.size();) {
    const utf::Decoded d = utf::decode(line, i);
    if (d.code_point == '\t' || (d.code_point < 0x20) || d.code_point == 0x7F)
      out.push_back(' ');
    else
      utf::append(out, d.code_point);
    i += d.length;
  }
  return out;
}

void writeFinding(const FileResult& file, const Finding& finding, const OutputStyle& style,
                  std::string& out) {
  const LineIndex& lines = file.document->lines();
  const LinePosition start = lines.position(finding.span.begin, Encoding::Utf32);
  const LinePosition end = lines.position(finding.span.end, Encoding::Utf32);
  const char* bold = style.color ? "\x1b[1m" : "";
  const char* reset = style.color ? "\x1b[0m" : "";
  const char* color = style.color ? severityColor(finding.severity) : "";
  fmt::format_to(std::back_inserter(out), "{}{}:{}:{}:{} {}{}:{} {} [{}]\n", bold, file.path, start.line + 1,
                 start.character + 1, reset, color, severityName(finding.severity), reset, finding.message,
                 finding.rule_id);
  const std::string_view text = file.document->text();
  const std::size_t line_begin = lines.lineStart(start.line);
  const std::size_t line_end = lines.lineEnd(start.line);
  out += "    ";
  out += displayLine(text.substr(line_begin, line_end - line_begin));
  out += "\n    ";
  out.append(start.character, ' ');
  // A finding that runs onto later lines is underlined to the end of its first line.
  const std::size_t line_width = lines.position(line_end, Encoding::Utf32).character;
  const std::size_t last = end.line == start.line ? end.character : line_width;
  const std::size_t width = last > start.character ? last - start.character : 1;
  out += color;
  out += '^';
  out.append(width - 1, '~');
  out += reset;
  out += '\n';
}

}  // namespace

void writeSummary(const RunSummary& summary, std::string& out) {
  const auto count = [&](Severity s) { return summary.by_severity[static_cast<int>(s)]; };
  const auto plural = [](std::size_t n, const char* word) {
    return fmt::format("{} {}{}", n, word, n == 1 ? "" : "s");
  };
  fmt::format_to(std::back_inserter(out), "{} checked: {}, {}, {} information, {}", plural(summary.files, "file"),
                 plural(count(Severity::Error), "error"), plural(count(Severity::Warning), "warning"),
                 count(Severity::Information), plural(count(Severity::Hint), "hint"));
  if (summary.file_errors) fmt::format_to(std::back_inserter(out), ", {} not checked", summary.file_errors);
  fmt::format_to(std::back_inserter(out), " ({:.2f} s)\n", summary.seconds);
}

void writeText(const std::vector<FileResult>& results, const RunSummary& summary,
               const OutputStyle& style, std::string& out) {
  for (const FileResult& file : results) {
    if (!file.document) continue;
    for (const Finding& finding : file.findings) writeFinding(file, finding, style, out);
  }
  writeSummary(summary, out);
}

}  // namespace copydesk::cli
