// style/passive-voice: a form of "be" followed by a past participle ("was
// written", "is not known", "were quickly fixed"). Off by default: the passive
// is often the right choice in technical prose.
#include <string_view>

#include <fmt/format.h>

#include "engine/ParagraphRule.h"
#include "nlp/PhraseMatcher.h"
#include "style/StyleRules.h"
#include "style/support/StyleSupport.h"

namespace copydesk {

namespace {

constexpr RuleInfo kInfo{
    "style/passive-voice",
    Severity::Information,
    "Passive constructions that hide who does what",
    "In the passive voice (\"the cache was cleared\") the one who acts drops out of the "
    "sentence. That is right when the actor does not matter, but in instructions and "
    "explanations the reader often needs to know *who* does it: the compiler, the user, "
    "or the script.\n\n"
    "**Fix:** name the actor and make it the subject (\"the build script clears the "
    "cache\"), or keep the passive where the actor really is unknown or irrelevant. This "
    "rule is off by default; turn it on in `.copydesk.json` for writing that should be "
    "mostly active.",
    /*enabled_by_default=*/false,
};

// Written by the copydesk developers, 2026-11, from English grammar: the forms
// of "be", and irregular past participles that are used in the passive
// (intransitive verbs such as "fallen" or "risen" are left out).
constexpr std::string_view kBe[] = {"is", "are",   "was",    "were",   "be",      "been",  "being",
                                    "am", "isn't", "aren't", "wasn't", "weren't", "ain't", "'re"};

constexpr std::string_view kIrregular[] = {
    "written",       "rewritten", "done",    "undone",    "known",      "given",    "taken",    "undertaken",
    "overtaken",     "seen",      "made",    "remade",    "built",      "rebuilt",  "found",    "held",
    "upheld",        "withheld",  "kept",    "left",      "lost",       "meant",    "paid",     "put",
    "read",          "run",       "rerun",   "set",       "reset",      "sent",     "shown",    "sold",
    "told",          "thought",   "brought", "bought",    "caught",     "taught",   "chosen",   "drawn",
    "withdrawn",     "driven",    "eaten",   "forgotten", "forgiven",   "frozen",   "gotten",   "hidden",
    "broken",        "spoken",    "stolen",  "sworn",     "torn",       "worn",     "woken",    "beaten",
    "bitten",        "blown",     "grown",   "thrown",    "overthrown", "shaken",   "ridden",   "overridden",
    "begun",         "sung",      "rung",    "spun",      "struck",     "stuck",    "hung",     "dug",
    "won",           "led",       "misled",  "fed",       "bred",       "shot",     "split",    "spread",
    "cut",           "hit",       "hurt",    "let",       "shut",       "bound",    "wound",    "understood",
    "misunderstood", "laid",      "said",    "heard",     "dealt",      "felt",     "spent",    "lent",
    "bent",          "burnt",     "born",    "borne",     "forbidden",  "foreseen", "outgrown", "proven",
};

// Words ending in -ed that are not participles, or participles that work as
// adjectives after "be" ("is interested", "is supposed to").
constexpr std::string_view kNotParticiple[] = {
    "indeed", "need",       "speed",    "seed",    "feed",    "bed",       "red",     "shed",    "breed",
    "greed",  "weed",       "deed",     "creed",   "embed",   "exceed",    "proceed", "succeed", "naked",
    "wicked", "sacred",     "hundred",  "kindred", "rugged",  "ragged",    "crooked", "beloved", "wretched",
    "jagged", "interested", "supposed", "tired",   "excited", "concerned", "bored",   "heed",    "sled",
    "coed",   "aged",       "pleased",  "worried", "scared",  "ashamed",   "married", "learned",
};

// Adverbs that may stand between "be" and the participle.
constexpr std::string_view kInBetween[] = {"not",     "never", "also", "still", "often",   "always",
                                           "already", "just",  "then", "now",   "usually", "all"};

template <std::size_t N>
bool contains(const std::string_view (&list)[N], std::string_view word) {
  for (std::string_view w : list)
    if (w == word) return true;
  return false;
}

bool isParticiple(std::string_view w) {
  if (contains(kIrregular, w)) return true;
  if (w.size() < 4 || w.substr(w.size() - 2) != "ed") return false;
  if (contains(kNotParticiple, w)) return false;
  if (w.substr(0, 2) == "un") return false;  // "is unexpected", "is unrelated": adjectives
  for (char c : w)
    if (c < 'a' || c > 'z') return false;
  return true;
}

class PassiveVoiceRule final : public ParagraphRule {
 public:
  const RuleInfo& info() const override { return kInfo; }

  void check(const RuleContext& ctx, FindingSink& sink) const override {
    const Document& doc = ctx.document;
    const auto& tokens = doc.tokens().tokens;
    std::string buffer;
    for (const Sentence& sentence : doc.tokens().sentences) {
      for (std::uint32_t i = sentence.first_token; i < sentence.end_token; ++i) {
        if (tokens[i].kind != TokenKind::Word) continue;
        if (!contains(kBe, normalizedWord(style::tokenText(doc, tokens[i]), buffer))) continue;
        // Up to two adverbs ("is not yet", "was quickly") before the participle.
        std::uint32_t j = i + 1;
        for (int skipped = 0; j < sentence.end_token && skipped < 2; ++j, ++skipped) {
          if (tokens[j].kind != TokenKind::Word) break;
          const std::string_view w = normalizedWord(style::tokenText(doc, tokens[j]), buffer);
          const bool adverb = contains(kInBetween, w) || (w.size() > 4 && w.substr(w.size() - 2) == "ly");
          if (!adverb) break;
        }
        if (j >= sentence.end_token || tokens[j].kind != TokenKind::Word) continue;
        const std::string_view participle = normalizedWord(style::tokenText(doc, tokens[j]), buffer);
        if (!isParticiple(participle)) continue;
        const ByteSpan span{tokens[i].span.begin, tokens[j].span.end};
        sink.add(
            style::makeFinding(span, fmt::format("'{}' is passive: consider saying who does it", doc.slice(span))));
        i = j;
      }
    }
  }
};

}  // namespace

std::unique_ptr<Rule> makePassiveVoiceRule() { return std::make_unique<PassiveVoiceRule>(); }

}  // namespace copydesk
