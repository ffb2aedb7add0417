#pragma once
// The word classes and phrases of facts/unattributed-claim's attribution
// grammar, read once from rules/facts/data/attribution.txt (compiled in), so
// that the grammar's vocabulary is data and the rule holds only its frames.
// Thread-safety: immutable once built.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "facts/support/FactsText.h"

namespace copydesk::facts {

// The classes of the lexicon (bits: a word may be in several).
namespace attribution {
inline constexpr std::uint32_t kQuantifier = 1u << 0;     // Q
inline constexpr std::uint32_t kGroup = 1u << 1;          // G
inline constexpr std::uint32_t kGroupModifier = 1u << 2;  // M
inline constexpr std::uint32_t kReportingVerb = 1u << 3;  // V
inline constexpr std::uint32_t kOpinionVerb = 1u << 4;    // O
inline constexpr std::uint32_t kPassive = 1u << 5;        // P
inline constexpr std::uint32_t kEvidenceNoun = 1u << 6;   // E
inline constexpr std::uint32_t kEvidenceVerb = 1u << 7;   // W
inline constexpr std::uint32_t kCrowdAdverb = 1u << 8;    // A
inline constexpr std::uint32_t kJudgementNoun = 1u << 9;  // J
}  // namespace attribution

class AttributionLexicon {
 public:
  static const AttributionLexicon& instance();

  // Whether the lower-case word `w` is in any of `classes` (attribution::k* bits).
  bool in(std::string_view w, std::uint32_t classes) const {
    const std::uint32_t found = words_.find(w);
    return found != WordIndex::kNone && (found & classes) != 0;
  }
  // The phrases matched as they are: the fixed phrases (F), then every subject (S) with every verb (Y).
  std::vector<std::string> phrases() const;

 private:
  AttributionLexicon();
  WordIndex words_;  // word -> its classes
  std::vector<std::string_view> fixed_, subjects_, verbs_;
};

}  // namespace copydesk::facts
