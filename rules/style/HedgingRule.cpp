// style/hedging: fillers ("very", "basically") and hedges ("arguably",
// "virtually") that weaken a statement. The list is data:
// rules/style/data/hedging.txt.
#include <fmt/format.h>

#include "text/EmbeddedData.h"
#include "style/StyleRules.h"
#include "style/support/PhraseList.h"

COPYDESK_EMBEDDED(style_hedging_txt)

namespace copydesk {

namespace {

constexpr RuleInfo kInfo{
    "style/hedging",
    Severity::Information,
    "Filler words and hedges that weaken a statement",
    "Intensifiers such as *very*, *really* or *basically* rarely add meaning: \"very "
    "fast\" says less than \"under a millisecond\". Hedges such as *arguably*, *virtually* "
    "or *I think* make a claim sound unsure; used everywhere, they make the whole article "
    "sound unsure.\n\n"
    "**Fix:** for a filler, delete it (the fix does, but read the sentence again) or "
    "replace the pair with a precise word or figure. For a hedge, either commit to the "
    "claim or say what the doubt is.",
};

const style::PhraseList& hedgingList() {
  static const style::PhraseList list = style::PhraseList::parse(data::style_hedging_txt);
  return list;
}

std::string hedgingMessage(std::string_view matched, const style::PhraseEntry& entry) {
  if (entry.remove) return fmt::format("'{}' is a filler: remove it or be precise", matched);
  return fmt::format("'{}' hedges the statement: commit to it or say what the doubt is", matched);
}

}  // namespace

std::unique_ptr<Rule> makeHedgingRule() {
  return style::makePhraseListRule(kInfo, hedgingList(), &hedgingMessage);
}

}  // namespace copydesk
