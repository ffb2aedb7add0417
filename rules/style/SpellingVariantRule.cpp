// style/spelling-variant: British and American spellings of the same word in
// one document ("grey" and "gray"), or the variant the configuration does not
// want ("spelling": {"variant": "en-US"}).
#include <string>
#include <unordered_map>
#include <vector>

#include <fmt/format.h>

#include "engine/Rule.h"
#include "nlp/SpellingVariants.h"
#include "style/StyleRules.h"
#include "style/support/StyleSupport.h"
#include "text/Utf.h"

namespace copydesk {

namespace {

constexpr RuleInfo kInfo{
    "style/spelling-variant",
    Severity::Information,
    "British and American spellings of the same word mixed in one document",
    "British and American spellings are both correct, so the spelling rule accepts both "
    "(\"grey\" and \"gray\", \"centre\" and \"center\", \"organise\" and \"organize\"). "
    "Using both in one document looks careless, though: this rule flags the less frequent "
    "one when a document mixes the two spellings of a word.\n\n"
    "To keep a whole project to one, set `\"spelling\": {\"variant\": \"en-US\"}` (or "
    "`\"en-GB\"`) in `.copydesk.json`: every word in the other spelling is flagged.\n\n"
    "The pairs come from the hunspell en_GB and en_US dictionaries "
    "(`rules/nlp/data/variants-en-gb-us.txt`). Capitalised words inside a sentence "
    "are taken as names (Earl Grey) and left alone.\n\n"
    "**Fix:** replace the word with the other spelling offered.",
};

enum class System { None, British, American };

struct Use {
  ByteSpan span;
  std::string counterpart;  // the same word in the other spelling, lower case
  System system;
  std::string family;  // groups the forms of one word ("grey", "greys", "gray")
};

// "colors" and "color", "organized" and "organize": one family.
std::string familyOf(std::string_view american) {
  std::string key(american);
  if (key.size() > 4 && key.back() == 's') key.pop_back();
  for (std::string_view end : {"ing", "ed", "er", "e"}) {
    if (key.size() > end.size() + 3 && key.compare(key.size() - end.size(), end.size(), end) == 0) {
      key.resize(key.size() - end.size());
      break;
    }
  }
  return key;
}

std::string matchCase(std::string_view word, std::string_view lower) {
  std::string out(lower);
  if (!word.empty() && word[0] >= 'A' && word[0] <= 'Z' && !out.empty() && out[0] >= 'a' && out[0] <= 'z')
    out[0] = static_cast<char>(out[0] - 32);
  return out;
}

class SpellingVariantRule final : public Rule {
 public:
  const RuleInfo& info() const override { return kInfo; }

  void check(const RuleContext& ctx, FindingSink& sink) const override {
    const std::string wanted_name = ctx.options.is_object() ? ctx.options.value("variant", "") : "";
    const System wanted = wanted_name == "en-US"   ? System::American
                          : wanted_name == "en-GB" ? System::British
                                                   : System::None;
    const Document& doc = ctx.document;
    const auto& prose = doc.tokens();
    std::vector<Use> uses;
    for (const Sentence& sentence : prose.sentences) {
      for (std::uint32_t i = sentence.first_token; i < sentence.end_token; ++i) {
        const Token& token = prose.tokens[i];
        if (token.kind != TokenKind::Word || token.span.size() < 3 || token.span.size() > 40) continue;
        using namespace token_flag;
        if (token.has(kAllCaps) || token.has(kMixedCase) || token.has(kHasDigit)) continue;
        if (token.has(kCapitalized) && i != sentence.first_token) continue;  // a name
        const std::string_view word = doc.slice(token.span);
        char buffer[40];
        bool letters = true;
        for (std::size_t k = 0; k < word.size() && letters; ++k) {
          const char c = word[k];
          letters = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
          buffer[k] = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
        }
        if (!letters) continue;
        const std::string_view lower(buffer, word.size());
        if (!mayHaveVariant(lower)) continue;  // nearly every word: no map lookup
        if (const std::string_view us = americanSpelling(lower); !us.empty()) {
          uses.push_back({token.span, std::string(us), System::British, familyOf(us)});
        } else if (const std::string_view gb = britishSpelling(lower); !gb.empty()) {
          uses.push_back({token.span, std::string(gb), System::American, familyOf(lower)});
        }
      }
    }
    if (uses.empty()) return;
    if (wanted != System::None) {
      for (const Use& use : uses) {
        if (use.system == wanted) continue;
        const std::string_view word = doc.slice(use.span);
        const std::string fix = matchCase(word, use.counterpart);
        Finding finding = style::makeFinding(
            use.span, fmt::format("'{}' is the {} spelling; the configuration asks for {} ('{}')", word,
                                  use.system == System::British ? "British" : "American", wanted_name, fix));
        finding.fixes.push_back(style::makeFix(fmt::format("Replace with '{}'", fix), {{use.span, fix}}, false));
        sink.add(std::move(finding));
      }
      return;
    }
    // Mixed in one family: flag the less frequent spelling (on a tie, the one
    // that appears second).
    struct Count {
      int british = 0, american = 0;
      System first = System::None;
    };
    std::unordered_map<std::string, Count> counts;
    for (const Use& use : uses) {
      Count& c = counts[use.family];
      (use.system == System::British ? c.british : c.american) += 1;
      if (c.first == System::None) c.first = use.system;
    }
    for (const Use& use : uses) {
      const Count& c = counts[use.family];
      if (c.british == 0 || c.american == 0) continue;
      const System keep =
          c.british != c.american ? (c.british > c.american ? System::British : System::American) : c.first;
      if (use.system == keep) continue;
      const std::string_view word = doc.slice(use.span);
      const std::string fix = matchCase(word, use.counterpart);
      Finding finding = style::makeFinding(
          use.span, fmt::format("'{}' is the {} spelling of a word this document also spells the {} way ('{}')", word,
                                use.system == System::British ? "British" : "American",
                                keep == System::British ? "British" : "American", fix));
      finding.fixes.push_back(style::makeFix(fmt::format("Replace with '{}'", fix), {{use.span, fix}}, false));
      sink.add(std::move(finding));
    }
  }
};

}  // namespace

std::unique_ptr<Rule> makeSpellingVariantRule() { return std::make_unique<SpellingVariantRule>(); }

}  // namespace copydesk
