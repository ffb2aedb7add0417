// The phrase-list style rules: style/cliche, style/hedging, style/puffery and
// style/wordiness. Each is one instance of the phrase-list rule kind
// (support/PhraseList.h): its RuleInfo, its list (rules/style/data/<name>.txt)
// and how its findings are worded; matching and fixes are the kind's.
//   cliche     worn-out figures of speech ("low-hanging fruit")
//   hedging    fillers ("very", "basically") and hedges ("arguably", "virtually")
//   puffery    peacock and hype words stated as fact ("game-changing", "world-class")
//   wordiness  wordy phrases with a shorter form ("in order to" -> "to")
#include "style/StyleRules.h"
#include "style/support/PhraseList.h"
#include "text/EmbeddedData.h"

COPYDESK_EMBEDDED(style_cliche_txt)
COPYDESK_EMBEDDED(style_hedging_txt)
COPYDESK_EMBEDDED(style_puffery_txt)
COPYDESK_EMBEDDED(style_wordiness_txt)

namespace copydesk {

namespace {

// One phrase-list rule: what `copydesk rules` and `copydesk explain` show, the
// list, and the message formats ({} is the matched text, then the replacement).
struct PhraseRule {
  RuleInfo info;
  const std::string_view* data;
  style::PhraseMessages messages;
};

constexpr PhraseRule kCliche{
    {"style/cliche", Severity::Warning, "Worn-out figures of speech",
     "A cliché such as *low-hanging fruit*, *move the needle* or *at the end of the day* "
     "was vivid once; now readers skim over it, and readers whose first language is not "
     "English may not know the idiom at all.\n\n"
     "**Fix:** say the plain thing the phrase stands for (\"the easy fixes\", \"change the "
     "result\", \"in the end\"), or cut it when it adds nothing."},
    &data::style_cliche_txt,
    {"'{}' is a cliché: say the plain thing instead"},
};

constexpr PhraseRule kHedging{
    {"style/hedging", Severity::Information, "Filler words and hedges that weaken a statement",
     "Intensifiers such as *very*, *really* or *basically* rarely add meaning: \"very "
     "fast\" says less than \"under a millisecond\". Hedges such as *arguably*, *virtually* "
     "or *I think* make a claim sound unsure; used everywhere, they make the whole article "
     "sound unsure.\n\n"
     "**Fix:** for a filler, delete it (the fix does, but read the sentence again) or "
     "replace the pair with a precise word or figure. For a hedge, either commit to the "
     "claim or say what the doubt is."},
    &data::style_hedging_txt,
    {"'{}' hedges the statement: commit to it or say what the doubt is", "'{}' is a filler: remove it or be precise"},
};

constexpr PhraseRule kPuffery{
    {"style/puffery", Severity::Warning, "Hype words that praise instead of inform",
     "Words such as *game-changing*, *revolutionary*, *world-class* or *blazing fast* tell "
     "the reader what to think without telling them anything they can check. Technical "
     "readers discount them, and they age badly: today's *next-generation* is next year's "
     "legacy.\n\n"
     "**Fix:** replace the adjective with the fact behind it: a measurement, a comparison, "
     "or what the reader can now do that they could not before (\"builds 40% faster on a "
     "cold cache\" rather than \"blazing fast builds\")."},
    &data::style_puffery_txt,
    {"'{}' is hype: state concretely what is better, and by how much"},
};

constexpr PhraseRule kWordiness{
    {"style/wordiness", Severity::Warning, "Wordy phrases that have a shorter form",
     "Phrases such as *in order to*, *due to the fact that* or *at this point in time* "
     "make the reader work through several words for the meaning of one. The shorter form "
     "(*to*, *because*, *now*) says the same thing and keeps the sentence moving.\n\n"
     "**Fix:** use the suggested replacement. Where the replacement fits every sentence the "
     "fix is marked safe and `copydesk check --fix` applies it; other suggestions (*a number "
     "of* -> *several*) need a human to pick the right word."},
    &data::style_wordiness_txt,
    {"'{}' is wordy: use '{}'", "'{}' is wordy: it can usually be left out"},
};

// The list is parsed once per process, on first use.
template <const PhraseRule& kRule>
std::unique_ptr<Rule> makePhraseRule() {
  static const style::PhraseList list = style::PhraseList::parse(*kRule.data);
  return style::makePhraseListRule(kRule.info, list, kRule.messages);
}

}  // namespace

std::unique_ptr<Rule> makeClicheRule() { return makePhraseRule<kCliche>(); }
std::unique_ptr<Rule> makeHedgingRule() { return makePhraseRule<kHedging>(); }
std::unique_ptr<Rule> makePufferyRule() { return makePhraseRule<kPuffery>(); }
std::unique_ptr<Rule> makeWordinessRule() { return makePhraseRule<kWordiness>(); }

}  // namespace copydesk
