// spelling: words that neither hunspell, the built-in technical vocabulary nor
// the writer's dictionaries know.
#include <algorithm>
#include <string>
#include <vector>

#include "engine/Rule.h"
#include "spelling/SpellChecker.h"
#include "spelling/SpellingFixes.h"
#include "spelling/SpellingLists.h"
#include "spelling/SpellingRules.h"
#include "spelling/WordList.h"
#include "spelling/support/EditDistance.h"
#include "spelling/support/NameHeuristics.h"
#include "text/Utf.h"

namespace copydesk {

namespace {

constexpr RuleInfo kInfo{
    "spelling",
    Severity::Warning,
    "Words that are not in the dictionary",
    "A word that is not in the dictionary is usually a typo. copydesk checks prose with "
    "hunspell, plus a built-in vocabulary of software terms; code, URLs, file paths, "
    "acronyms (GPU), words with digits (M1) and mixed-case names (GitHub) are never checked.\n\n"
    "**Fix:** pick one of the suggestions, or, when the word is right (a product or a "
    "person's name), add it to the workspace dictionary `.copydesk/dictionary.txt` "
    "(one word per line) or to `spelling.words` in `.copydesk.json`.",
};

// "compiler's", "there'll", "we've": the word before a clitic ending.
bool stripClitic(std::string_view word, std::size_t& base_length) {
  for (std::string_view ending : {"s", "ll", "ve", "d", "re"}) {
    for (std::string_view apostrophe : {"'", "\xE2\x80\x99"}) {
      const std::size_t tail = apostrophe.size() + ending.size();
      if (word.size() <= tail + 1) continue;
      if (word.substr(word.size() - tail, apostrophe.size()) == apostrophe &&
          word.substr(word.size() - ending.size()) == ending) {
        base_length = word.size() - tail;
        return true;
      }
    }
  }
  return false;
}

class SpellingRule final : public Rule {
 public:
  const RuleInfo& info() const override { return kInfo; }

  void check(const RuleContext& ctx, FindingSink& sink) const override {
    if (!ctx.spelling) return;
    const bool check_names = ctx.options.value("checkNames", false);
    const auto& prose = ctx.document.tokens();
    for (const Sentence& sentence : prose.sentences) {
      for (std::uint32_t i = sentence.first_token; i < sentence.end_token; ++i) {
        const Token& token = prose.tokens[i];
        if (token.kind != TokenKind::Word || skippable(token)) continue;
        // Cheapest test first: nearly every word is known (one cache lookup),
        // and the surroundings are looked at only for the few that are not.
        const std::string_view word = ctx.document.slice(token.span);
        if (known(ctx, word) || isElidedName(word)) continue;
        // A known misspelling ("recieve", "Teh") is flagged even where a name
        // would stand, except a capitalised word inside a sentence.
        if ((!token.has(token_flag::kCapitalized) || i == sentence.first_token) &&
            !ctx.spelling->knownMisspelling(word).empty()) {
          report(ctx, token.span, sink);
          continue;
        }
        if (inPhrase(ctx, sentence, i)) continue;
        // A capitalised word is most often a name: inside a sentence it is
        // never flagged; at a sentence start only when it is an obvious slip
        // of a common word ("Teh", "Wich").
        const bool name_like = token.has(token_flag::kCapitalized) && !check_names;
        if (name_like && i != sentence.first_token) continue;
        if (standsAsIdentifier(ctx.document, sentence, i)) continue;
        if (name_like && !obviousSlip(ctx, word)) continue;
        checkWord(ctx, token.span, sink);
      }
    }
  }

 private:
  // An unknown word that is not a known misspelling reads as a typo only when
  // a word one edit away exists ("mantainers" -> "maintainers"). Without one,
  // or with only another case ("jenkins" -> "Jenkins": a name in lower case),
  // two words run together ("dockershim" -> "docker shim": a closed compound)
  // or a short word ("rkt", "tl"), it was a term or a name in nearly every case
  // measured on the tuning part of the corpus (bench/spelling).
  static bool looksLikeTypo(const RuleContext& ctx, std::string_view word) {
    if (word.size() <= 3) return false;
    const std::string lower = utf::toLower(word);
    bool close = false;
    for (const std::string& s : ctx.spelling->quickSuggest(word, 3)) {
      if (utf::toLower(s) == lower) return false;  // a name the dictionary knows, in lower case
      close = close || s.find_first_of(" -") == std::string::npos;
    }
    return close;
  }

  static bool skippable(const Token& token) {
    using namespace token_flag;
    return token.has(kAllCaps) || token.has(kHasDigit) || token.has(kMixedCase) || token.has(kAbbreviation) ||
           token.span.size() < 2;
  }

  bool known(const RuleContext& ctx, std::string_view word) const {
    if (word.size() < 2) return true;
    if (ctx.accepted_words && ctx.accepted_words->contains(word)) return true;
    if (ctx.spelling->isCorrect(word)) return true;
    std::size_t base = 0;
    if (stripClitic(word, base)) return known(ctx, word.substr(0, base));
    return false;
  }

  // Part of an accepted multi-word expression ("de facto", "et al.").
  static bool inPhrase(const RuleContext& ctx, const Sentence& sentence, std::uint32_t index) {
    const auto& tokens = ctx.document.tokens().tokens;
    std::vector<std::string> lower;
    std::size_t at = 0;
    const std::uint32_t from = index >= sentence.first_token + 3 ? index - 3 : sentence.first_token;
    const std::uint32_t to = std::min<std::uint32_t>(sentence.end_token, index + 4);
    for (std::uint32_t j = from; j < to; ++j) {
      if (tokens[j].kind != TokenKind::Word) continue;
      if (j == index) at = lower.size();
      lower.push_back(utf::toLower(ctx.document.slice(tokens[j].span)));
    }
    const std::vector<std::string_view> words(lower.begin(), lower.end());
    return inAcceptedPhrase(words, at);
  }

  static bool obviousSlip(const RuleContext& ctx, std::string_view word) {
    // Only a word one edit away can pass, so the cheap suggestions decide.
    const std::vector<std::string> best = ctx.spelling->quickSuggest(word, 1);
    if (best.empty() || editDistance(word, best[0]) > 1) return false;
    return sameLetters(word, best[0]) || isCommonWord(best[0]);
  }

  void checkWord(const RuleContext& ctx, ByteSpan span, FindingSink& sink) const {
    const std::string_view word = ctx.document.slice(span);
    if (word.find('-') == std::string_view::npos) {
      if (looksLikeTypo(ctx, word)) report(ctx, span, sink);
      return;
    }
    if (isHyphenatedPhrase(utf::toLower(word))) return;  // "de-facto"
    // A hyphenated compound is fine when each of its parts is.
    std::size_t start = 0;
    while (start <= word.size()) {
      std::size_t hyphen = word.find('-', start);
      if (hyphen == std::string_view::npos) hyphen = word.size();
      const std::string_view part = word.substr(start, hyphen - start);
      if (!known(ctx, part) && !isCompoundPrefix(part) &&
          (!ctx.spelling->knownMisspelling(part).empty() || looksLikeTypo(ctx, part)))
        report(ctx, {span.begin + start, span.begin + hyphen}, sink);
      start = hyphen + 1;
    }
  }

  void report(const RuleContext& ctx, ByteSpan span, FindingSink& sink) const {
    const std::string_view word = ctx.document.slice(span);
    Finding finding;
    finding.span = span;
    if (ctx.spelling_suggestions) finding.fixes = spellingFixes(*ctx.spelling, word, span);
    finding.message = spellingMessage(word, finding.fixes);
    sink.add(std::move(finding));
  }
};

}  // namespace

std::unique_ptr<Rule> makeSpellingRule() { return std::make_unique<SpellingRule>(); }

}  // namespace copydesk
