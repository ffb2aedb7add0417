// style/cliche: worn-out figures of speech ("low-hanging fruit"). The list is
// data: rules/style/data/cliche.txt.
#include <fmt/format.h>

#include "text/EmbeddedData.h"
#include "style/StyleRules.h"
#include "style/support/PhraseList.h"

COPYDESK_EMBEDDED(style_cliche_txt)

namespace copydesk {

namespace {

constexpr RuleInfo kInfo{
    "style/cliche",
    Severity::Warning,
    "Worn-out figures of speech",
    "A cliché such as *low-hanging fruit*, *move the needle* or *at the end of the day* "
    "was vivid once; now readers skim over it, and readers whose first language is not "
    "English may not know the idiom at all.\n\n"
    "**Fix:** say the plain thing the phrase stands for (\"the easy fixes\", \"change the "
    "result\", \"in the end\"), or cut it when it adds nothing.",
};

const style::PhraseList& clicheList() {
  static const style::PhraseList list = style::PhraseList::parse(data::style_cliche_txt);
  return list;
}

std::string clicheMessage(std::string_view matched, const style::PhraseEntry&) {
  return fmt::format("'{}' is a cliché: say the plain thing instead", matched);
}

}  // namespace

std::unique_ptr<Rule> makeClicheRule() {
  return style::makePhraseListRule(kInfo, clicheList(), &clicheMessage);
}

}  // namespace copydesk
