#include "facts/support/AttributionLexicon.h"

#include <map>

#include "text/DataLines.h"
#include "text/EmbeddedData.h"

COPYDESK_EMBEDDED(facts_attribution_txt)

namespace copydesk::facts {

namespace {
std::uint32_t classBit(std::string_view name) {
  using namespace attribution;
  if (name == "Q") return kQuantifier;
  if (name == "G") return kGroup;
  if (name == "M") return kGroupModifier;
  if (name == "V") return kReportingVerb;
  if (name == "O") return kOpinionVerb;
  if (name == "P") return kPassive;
  if (name == "E") return kEvidenceNoun;
  if (name == "W") return kEvidenceVerb;
  if (name == "A") return kCrowdAdverb;
  if (name == "J") return kJudgementNoun;
  return 0;
}
}  // namespace

const AttributionLexicon& AttributionLexicon::instance() {
  static const AttributionLexicon lexicon;
  return lexicon;
}

AttributionLexicon::AttributionLexicon() {
  std::map<std::string_view, std::uint32_t> classes;
  for (const std::string_view line : DataLines(data::facts_attribution_txt)) {
    const std::size_t tab = line.find('\t');
    if (tab == std::string_view::npos) continue;
    const std::string_view kind = line.substr(0, tab);
    const std::string_view entry = line.substr(tab + 1);
    if (kind == "F") fixed_.push_back(entry);
    else if (kind == "S") subjects_.push_back(entry);
    else if (kind == "Y") verbs_.push_back(entry);
    else classes[entry] |= classBit(kind);
  }
  for (const auto& [word, bits] : classes) words_.add(word, bits);
}

std::vector<std::string> AttributionLexicon::phrases() const {
  std::vector<std::string> out(fixed_.begin(), fixed_.end());
  for (std::string_view subject : subjects_)
    for (std::string_view verb : verbs_) out.push_back(std::string(subject) + " " + std::string(verb));
  return out;
}

}  // namespace copydesk::facts
