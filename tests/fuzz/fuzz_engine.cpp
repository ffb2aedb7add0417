// libFuzzer target: the whole engine (every default rule, hunspell spelling)
// on random bytes, as Markdown (first byte odd) or as plain text (even).
// Invariants: every finding's span and every fix edit lies inside the text on
// code point boundaries; edits of a fix do not overlap and apply cleanly;
// document tokens and prose satisfy their invariants.
// Build: cmake/Fuzzing.cmake (target fuzz_engine); seeds: corpus/engine
// (first byte of each seed file is the format selector).
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "document/Document.h"
#include "engine/Engine.h"
#include "fuzz/FuzzSupport.h"
#include "registry/Registry.h"
#include "spelling/SpellChecker.h"
#include "text/Utf.h"

namespace {

bool onBoundary(std::string_view text, std::size_t offset) {
  return offset >= text.size() || (static_cast<unsigned char>(text[offset]) & 0xC0) != 0x80;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace copydesk;
  if (size == 0) return 0;
  static const std::unique_ptr<SpellChecker> spelling = [] {
    std::string error;
    auto checker = SpellChecker::open(SpellingOptions{}, error);
    fuzz::require(checker != nullptr, "hunspell en_US must be installed (hunspell-en-us)");
    return checker;
  }();
  static const RuleSet rules = defaultRuleSet();

  const DocumentFormat format = (data[0] & 1) ? DocumentFormat::Markdown : DocumentFormat::PlainText;
  std::string text(reinterpret_cast<const char*>(data + 1), size - 1);
  const auto document = Document::create(format == DocumentFormat::Markdown ? "fuzz.md" : "fuzz.txt", text, format, 1);
  fuzz::checkProse(document->text(), document->prose());
  fuzz::checkTokens(document->text(), document->prose(), document->tokens());

  CheckServices services;
  services.spelling = spelling.get();
  services.check_date = CivilDate{2026, 1, 1};
  const bool valid = utf::isValid(text);
  const std::vector<Finding> findings = checkDocument(*document, rules, services);
  for (const Finding& f : findings) {
    fuzz::require(f.span.begin <= f.span.end && f.span.end <= text.size(), "a finding past the end of the text");
    fuzz::require(!f.rule_id.empty() && !f.message.empty(), "a finding without rule id or message");
    for (const Fix& fix : f.fixes) {
      std::vector<TextEdit> edits = fix.edits;
      std::sort(edits.begin(), edits.end(),
                [](const TextEdit& a, const TextEdit& b) { return a.span.begin < b.span.begin; });
      for (std::size_t i = 0; i < edits.size(); ++i) {
        const ByteSpan s = edits[i].span;
        fuzz::require(s.begin <= s.end && s.end <= text.size(), "a fix edit past the end of the text");
        if (valid) fuzz::require(onBoundary(text, s.begin) && onBoundary(text, s.end), "a fix edit splits a character");
        if (i > 0) fuzz::require(edits[i - 1].span.end <= s.begin, "overlapping edits in one fix");
      }
      (void)applyEdits(text, fix.edits);
    }
  }
  return 0;
}
