#pragma once
// Calendar periods written in prose: "2025", "Q3 2025", "March 2025",
// "March 7, 2025", "2025-03-07", "early 2025", "mid-2025", "the end of 2025",
// "the first half of 2025", "summer 2025". Shared by facts/past-prediction and
// facts/stale-as-of. Thread-safety: pure.
#include <cstdint>

#include "facts/support/FactsText.h"
#include "text/Date.h"

namespace copydesk::facts {

struct Period {
  std::uint32_t first = 0;  // first token of the expression
  std::uint32_t end = 0;    // one past its last token
  CivilDate start;
  CivilDate last;  // last day of the period
};

// The period whose expression starts at token i, if any.
bool periodAt(const SentenceTokens& s, std::uint32_t i, Period& out);

}  // namespace copydesk::facts
