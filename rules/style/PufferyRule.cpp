// style/puffery: peacock and hype words stated as fact ("game-changing",
// "world-class"). The list is data: rules/style/data/puffery.txt.
#include <fmt/format.h>

#include "text/EmbeddedData.h"
#include "style/StyleRules.h"
#include "style/support/PhraseList.h"

COPYDESK_EMBEDDED(style_puffery_txt)

namespace copydesk {

namespace {

constexpr RuleInfo kInfo{
    "style/puffery",
    Severity::Warning,
    "Hype words that praise instead of inform",
    "Words such as *game-changing*, *revolutionary*, *world-class* or *blazing fast* tell "
    "the reader what to think without telling them anything they can check. Technical "
    "readers discount them, and they age badly: today's *next-generation* is next year's "
    "legacy.\n\n"
    "**Fix:** replace the adjective with the fact behind it: a measurement, a comparison, "
    "or what the reader can now do that they could not before (\"builds 40% faster on a "
    "cold cache\" rather than \"blazing fast builds\").",
};

const style::PhraseList& pufferyList() {
  static const style::PhraseList list = style::PhraseList::parse(data::style_puffery_txt);
  return list;
}

std::string pufferyMessage(std::string_view matched, const style::PhraseEntry&) {
  return fmt::format("'{}' is hype: state concretely what is better, and by how much", matched);
}

}  // namespace

std::unique_ptr<Rule> makePufferyRule() {
  return style::makePhraseListRule(kInfo, pufferyList(), &pufferyMessage);
}

}  // namespace copydesk
