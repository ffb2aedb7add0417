#pragma once
// Does a sentence name its source? Shared by facts/unsourced-statistic and
// facts/unattributed-claim.
//
// Sourced: a link, URL or footnote reference in the sentence; a bracket
// citation "[3]"; an author-year citation "(Smith, 2021)"; an attribution that
// names someone ("according to the CNCF", "Microsoft reported", "a 2019
// Microsoft study found", "data from Stack Overflow", "we measured"); or a link
// in the next sentence of the same paragraph. Generic attributions ("according
// to experts", "studies show") are not sources.
// Thread-safety: pure.
#include <cstdint>

#include "facts/support/FactsText.h"

namespace copydesk::facts {

bool sentenceIsSourced(const SentenceTokens& s, std::uint32_t sentence_index);

// True when a sentence (by itself) contains a link, URL, footnote reference or
// bracket citation.
bool hasCitation(const SentenceTokens& s);

}  // namespace copydesk::facts
