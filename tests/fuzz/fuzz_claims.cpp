// libFuzzer target: claims-file parsing (rules/facts/ClaimsBase.h
// ClaimsBase::parse, {"claims": [...]} or a bare array), then matching every
// sentence of a small fixed article against the parsed base.
// Invariants: never throws; errors carry a message; matches lie inside their
// sentence and point at a parsed entry.
// Build: cmake/Fuzzing.cmake (target fuzz_claims); seeds: corpus/claims.
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "facts/ClaimsBase.h"
#include "fuzz/FuzzSupport.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace copydesk;
  static const auto document = Document::create(
      "claims.md",
      "# Notes\n\nPluto is the ninth planet. Python 2 is still supported, and Internet Explorer is the default "
      "browser on Windows. The tallest building is the Burj Khalifa. Rust is not supported in the Linux kernel.\n\n"
      "- CentOS 8 is supported until 2029.\n- Flash Player is required for video.\n",
      DocumentFormat::Markdown, 1);
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  std::vector<facts::ClaimsError> errors;
  const facts::ClaimsBase base = facts::ClaimsBase::parse(text, "fuzz.json", errors);
  for (const auto& error : errors) fuzz::require(!error.message.empty(), "a claims error without a message");
  std::vector<facts::ClaimMatch> matches;
  for (const Sentence& sentence : document->tokens().sentences) {
    matches.clear();
    base.match(*document, sentence, matches);
    for (const facts::ClaimMatch& m : matches) {
      fuzz::require(m.entry != nullptr, "a match without an entry");
      fuzz::require(m.entry >= base.entries().data() && m.entry < base.entries().data() + base.entries().size(),
                    "a match points outside the base");
      fuzz::require(m.span.begin >= sentence.span.begin && m.span.end <= sentence.span.end,
                    "a match outside its sentence");
    }
  }
  return 0;
}
