#pragma once
// Streams LSP Diagnostics: the bytes of diagnosticJson() (DiagnosticJson.h,
// the definition of the shape) written by appendJson or appendIndentedJson,
// without building the tree. Building and freeing the tree cost more than
// writing it: half of the server's answer to a diagnostics pull and most of
// the CLI's JSON report (tests/unit/DiagnosticWriterTest.cpp compares them).
#include "diagnostics/DiagnosticJson.h"
#include "protocol/JsonWriter.h"

namespace copydesk {

class DiagnosticWriter {
 public:
  DiagnosticWriter(protocol::JsonWriter& json, const LineIndex& lines, Encoding encoding)
      : json_(json), lines_(lines), encoding_(encoding) {}

  // One Diagnostic as the next value of what `json` has open: the shape of
  // diagnosticJson(lines, finding, encoding), or with extras that of
  // diagnosticJson(lines, finding, encoding, extras).
  void write(const Finding& finding) { writeDiagnostic(finding, nullptr); }
  void write(const Finding& finding, const DiagnosticExtras& extras) { writeDiagnostic(finding, &extras); }

 private:
  void writeDiagnostic(const Finding& finding, const DiagnosticExtras* extras);
  void writeFix(const Fix& fix);
  void writeRange(ByteSpan span);

  protocol::JsonWriter& json_;
  const LineIndex& lines_;
  const Encoding encoding_;
  // The positions of the last span written: a finding's fixes mostly edit the
  // finding's own span (spelling: three suggestions).
  bool known_ = false;
  ByteSpan span_;
  LinePosition start_, end_;
};

}  // namespace copydesk
