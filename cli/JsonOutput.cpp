// Machine-readable output: an array of {"path", "diagnostics"} where each
// diagnostic is an LSP Diagnostic (a public contract; see README).
//
// The report is streamed: the same bytes as building each entry with
// diagnosticJson() (diagnostics/DiagnosticJson.h, the one definition of the
// shape, which the language server uses) and writing it with
// protocol::appendIndentedJson, without the tree, whose building and freeing
// cost most of the report's time (tests/cli/JsonOutputTest.cpp compares them).
#include <charconv>

#include "cli/CheckResults.h"
#include "protocol/JsonText.h"

namespace copydesk::cli {

namespace {

constexpr int kIndent = 2;
const std::string kSource = "copydesk";

// Writes objects and arrays laid out as nlohmann's dump(2) lays them: members
// in key order (callers pass them sorted, as nlohmann's std::map keeps them),
// one per line, "[]" for an empty array.
class IndentedWriter {
 public:
  IndentedWriter(std::string& out, int depth) : out_(out), depth_(depth) {}

  void open(char bracket) {
    out_ += bracket;
    ++depth_;
    first_ = true;
  }
  void close(char bracket) {
    --depth_;
    newline();
    out_ += bracket;
    first_ = false;
  }
  // Starts a member of the open object (`name` needs no escaping).
  void key(std::string_view name) {
    element();
    out_ += '"';
    out_ += name;
    out_ += "\": ";
  }
  // Starts an element of the open array.
  void element() {
    if (!first_) out_ += ',';
    first_ = false;
    newline();
  }
  void emptyArray() {
    out_ += "[]";
    first_ = false;
  }
  // A member with a plain value.
  void member(std::string_view name, const std::string& value) {
    key(name);
    protocol::appendJsonString(value, out_);
  }
  void member(std::string_view name, bool value) {
    key(name);
    out_ += value ? "true" : "false";
  }
  void member(std::string_view name, std::uint32_t value) {
    key(name);
    char buffer[16];
    const auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, value);
    out_.append(buffer, end);
  }

 private:
  void newline() {
    out_ += '\n';
    out_.append(static_cast<std::size_t>(depth_ * kIndent), ' ');
  }
  std::string& out_;
  int depth_;
  bool first_ = true;
};

void writePosition(IndentedWriter& w, LinePosition p) {
  w.open('{');
  w.member("character", p.character);
  w.member("line", p.line);
  w.close('}');
}

// UTF-16 positions of spans, the last span's remembered: a finding's fixes
// mostly edit the finding's own span (spelling: three suggestions).
class SpanPositions {
 public:
  explicit SpanPositions(const LineIndex& lines) : lines_(lines) {}
  void of(ByteSpan span, LinePosition& start, LinePosition& end) {
    if (!known_ || span != span_) {
      span_ = span;
      start_ = lines_.position(span.begin, Encoding::Utf16);
      end_ = lines_.position(span.end, Encoding::Utf16);
      known_ = true;
    }
    start = start_;
    end = end_;
  }

 private:
  const LineIndex& lines_;
  bool known_ = false;
  ByteSpan span_;
  LinePosition start_, end_;
};

void writeRange(IndentedWriter& w, SpanPositions& positions, ByteSpan span) {
  LinePosition start, end;
  positions.of(span, start, end);
  w.open('{');
  w.key("end");
  writePosition(w, end);
  w.key("start");
  writePosition(w, start);
  w.close('}');
}

template <typename Items, typename WriteItem>
void writeArray(IndentedWriter& w, const Items& items, WriteItem write_item) {
  if (items.empty()) return w.emptyArray();
  w.open('[');
  for (const auto& item : items) {
    w.element();
    write_item(item);
  }
  w.close(']');
}

void writeFix(IndentedWriter& w, SpanPositions& positions, const Fix& fix) {
  w.open('{');
  w.key("edits");
  writeArray(w, fix.edits, [&](const TextEdit& edit) {
    w.open('{');
    w.member("newText", edit.new_text);
    w.key("range");
    writeRange(w, positions, edit.span);
    w.close('}');
  });
  w.member("preferred", fix.preferred);
  w.member("safe", fix.safe);
  w.member("title", fix.title);
  w.close('}');
}

void writeDiagnostic(IndentedWriter& w, SpanPositions& positions, const Finding& finding) {
  w.open('{');
  w.member("code", finding.rule_id);
  w.key("data");
  w.open('{');
  w.key("fixes");
  writeArray(w, finding.fixes, [&](const Fix& fix) { writeFix(w, positions, fix); });
  w.close('}');
  w.member("message", finding.message);
  w.key("range");
  writeRange(w, positions, finding.span);
  w.member("severity", static_cast<std::uint32_t>(finding.severity));
  w.member("source", kSource);
  w.close('}');
}

void appendJsonEntry(const FileResult& file, std::string& out) {
  IndentedWriter w(out, 1);
  w.open('{');
  w.key("diagnostics");
  if (file.document) {
    SpanPositions positions(file.document->lines());
    writeArray(w, file.findings, [&](const Finding& finding) { writeDiagnostic(w, positions, finding); });
  } else {
    w.emptyArray();
    w.member("error", file.error);
  }
  w.member("path", file.path);
  w.close('}');
}

}  // namespace

std::string renderJsonEntry(const FileResult& file) {
  std::string out;
  appendJsonEntry(file, out);
  return out;
}

void writeJson(std::vector<FileResult>& results, std::string& out) {
  // The same bytes as dumping one array of every file with an indent of 2,
  // written file by file so that the whole report is never held twice: each
  // pre-rendered entry is freed once copied.
  if (results.empty()) {
    out += "[]\n";
    return;
  }
  std::size_t size = out.size() + 4;
  for (const FileResult& file : results) size += file.json_entry.size() + 4;
  out.reserve(size);
  out += "[\n";
  for (std::size_t i = 0; i < results.size(); ++i) {
    FileResult& file = results[i];
    out += "  ";
    if (file.json_entry.empty()) appendJsonEntry(file, out);
    else out += file.json_entry;
    std::string().swap(file.json_entry);
    out += i + 1 < results.size() ? ",\n" : "\n";
  }
  out += "]\n";
}

}  // namespace copydesk::cli
