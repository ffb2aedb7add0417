// style/wordiness: wordy phrases with a shorter form ("in order to" -> "to").
// The pairs are data: rules/style/data/wordiness.txt.
#include <fmt/format.h>

#include "text/EmbeddedData.h"
#include "style/StyleRules.h"
#include "style/support/PhraseList.h"

COPYDESK_EMBEDDED(style_wordiness_txt)

namespace copydesk {

namespace {

constexpr RuleInfo kInfo{
    "style/wordiness",
    Severity::Warning,
    "Wordy phrases that have a shorter form",
    "Phrases such as *in order to*, *due to the fact that* or *at this point in time* "
    "make the reader work through several words for the meaning of one. The shorter form "
    "(*to*, *because*, *now*) says the same thing and keeps the sentence moving.\n\n"
    "**Fix:** use the suggested replacement. Where the replacement fits every sentence the "
    "fix is marked safe and `copydesk check --fix` applies it; other suggestions (*a number "
    "of* -> *several*) need a human to pick the right word.",
};

const style::PhraseList& wordinessList() {
  static const style::PhraseList list = style::PhraseList::parse(data::style_wordiness_txt);
  return list;
}

std::string wordinessMessage(std::string_view matched, const style::PhraseEntry& entry) {
  if (entry.remove) return fmt::format("'{}' is wordy: it can usually be left out", matched);
  return fmt::format("'{}' is wordy: use '{}'", matched, entry.replacement);
}

}  // namespace

std::unique_ptr<Rule> makeWordinessRule() {
  return style::makePhraseListRule(kInfo, wordinessList(), &wordinessMessage);
}

}  // namespace copydesk
