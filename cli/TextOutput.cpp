// Human-readable output: `path:line:col: severity: message [rule]`, the source
// line and a caret underline, then a summary.
#include <algorithm>
#include <string_view>

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

// A line longer than kExcerptWidth code points is shown as an excerpt around
// the finding: a minified file or a one-line 5 MB document would otherwise be
// printed whole once per finding.
constexpr std::size_t kContextBefore = 40;  // code points shown before the finding
constexpr std::size_t kExcerptWidth = 120;  // code points shown in all
constexpr std::string_view kEllipsis = "…";

std::size_t previousCodePoint(std::string_view text, std::size_t i) {
  do --i;
  while (i > 0 && (static_cast<unsigned char>(text[i]) & 0xC0) == 0x80);
  return i;
}

// The part of the line [begin, end) shown, its caret column and underline width.
struct Excerpt {
  std::string text;
  std::size_t caret = 0;
  std::size_t width = 1;
};

// True when [begin, end) holds at most kExcerptWidth code points (looks at no more).
bool fitsWhole(std::string_view text, std::size_t begin, std::size_t end) {
  std::size_t count = 0;
  for (std::size_t i = begin; i < end && count <= kExcerptWidth; ++i)
    count += (static_cast<unsigned char>(text[i]) & 0xC0) != 0x80;
  return count <= kExcerptWidth;
}

// Tabs become one space so that the caret column (in code points) lines up;
// control bytes are not echoed to the terminal.
Excerpt excerpt(std::string_view text, std::size_t line_begin, std::size_t line_end, std::size_t from, std::size_t to) {
  std::size_t first = line_begin;
  if (!fitsWhole(text, line_begin, line_end)) {
    first = from;
    for (std::size_t n = 0; n < kContextBefore && first > line_begin; ++n) first = previousCodePoint(text, first);
  }
  Excerpt out;
  if (first > line_begin) {
    out.text += kEllipsis;
    out.caret = 1;
  }
  std::size_t shown = 0, underlined = 0, i = first;
  for (; i < line_end && shown < kExcerptWidth; ++shown) {
    if (i == from) out.caret += shown;
    const utf::Decoded d = utf::decode(text, i);
    if (d.code_point == '\t' || d.code_point < 0x20 || d.code_point == 0x7F) out.text.push_back(' ');
    else utf::append(out.text, d.code_point);
    if (i >= from && i < to) ++underlined;
    i += d.length;
  }
  if (from >= i) out.caret += shown;  // the finding starts at the end of the line
  if (i < line_end) out.text += kEllipsis;
  out.width = std::max<std::size_t>(underlined, 1);
  return out;
}

void writeFinding(const FileResult& file, const Finding& finding, const OutputStyle& style, std::string& out) {
  const LineIndex& lines = file.text->lines();
  const LinePosition start = lines.position(finding.span.begin, Encoding::Utf32);
  const char* bold = style.color ? "\x1b[1m" : "";
  const char* reset = style.color ? "\x1b[0m" : "";
  const char* color = style.color ? severityColor(finding.severity) : "";
  fmt::format_to(std::back_inserter(out), "{}{}:{}:{}:{} {}{}:{} {} [{}]\n", bold, file.path, start.line + 1,
                 start.character + 1, reset, color, severityName(finding.severity), reset, finding.message,
                 finding.rule_id);
  // A finding that runs onto later lines is underlined to the end of its first line.
  const std::size_t line_end = lines.lineEnd(start.line);
  const Excerpt shown = excerpt(file.text->text(), lines.lineStart(start.line), line_end, finding.span.begin,
                                std::min(finding.span.end, line_end));
  out += "    ";
  out += shown.text;
  out += "\n    ";
  out.append(shown.caret, ' ');
  out += color;
  out += '^';
  out.append(shown.width - 1, '~');
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

void appendTextFile(const FileResult& file, const OutputStyle& style, std::string& out) {
  if (!file.text) return;
  for (const Finding& finding : file.findings) writeFinding(file, finding, style, out);
}

void writeText(std::vector<FileResult>& results, const RunSummary& summary, const OutputStyle& style,
               std::string& out) {
  appendFileParts(results, out, [&](const FileResult& file, std::string& part) { appendTextFile(file, style, part); });
  writeSummary(summary, out);
}

}  // namespace copydesk::cli
