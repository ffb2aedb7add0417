#include "diagnostics/DiagnosticWriter.h"

#include "protocol/JsonFields.h"

namespace copydesk {

namespace {
constexpr std::string_view kSource = "copydesk";
}  // namespace

// Members in key order, as nlohmann's sorted objects write them. The
// Diagnostic is written here, not through protocol::Diagnostic's field list,
// so that no per-finding struct (strings, a data tree) is built; its ranges
// go through Range's.
void DiagnosticWriter::writeDiagnostic(const Finding& finding, const DiagnosticExtras* extras) {
  json_.open('{');
  json_.member("code", finding.rule_id);
  if (extras && !extras->docs_href.empty()) {
    json_.key("codeDescription");
    json_.open('{');
    json_.member("href", extras->docs_href);
    json_.close('}');
  }
  json_.key("data");
  json_.open('{');
  json_.key("fixes");
  json_.open('[');
  for (const Fix& fix : finding.fixes) {
    json_.element();
    writeFix(fix);
  }
  json_.close(']');
  if (extras) {
    json_.member("rule", finding.rule_id);
    if (!extras->word.empty()) json_.member("word", extras->word);
  }
  json_.close('}');
  json_.member("message", finding.message);
  json_.key("range");
  writeRange(finding.span);
  json_.member("severity", static_cast<int>(finding.severity));
  json_.member("source", kSource);
  json_.close('}');
}

void DiagnosticWriter::writeFix(const Fix& fix) {
  json_.open('{');
  json_.key("edits");
  json_.open('[');
  for (const TextEdit& edit : fix.edits) {
    json_.element();
    json_.open('{');
    json_.member("newText", edit.new_text);
    json_.key("range");
    writeRange(edit.span);
    json_.close('}');
  }
  json_.close(']');
  json_.member("preferred", fix.preferred);
  json_.member("safe", fix.safe);
  json_.member("title", fix.title);
  json_.close('}');
}

void DiagnosticWriter::writeRange(ByteSpan span) {
  if (!known_ || span != span_) {
    span_ = span;
    start_ = lines_.position(span.begin, encoding_);
    end_ = lines_.position(span.end, encoding_);
    known_ = true;
  }
  protocol::writeJson(json_, protocol::Range{{start_.line, start_.character}, {end_.line, end_.character}});
}

}  // namespace copydesk
