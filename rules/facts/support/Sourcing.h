#pragma once
// Does a sentence name its source? Shared by facts/unsourced-statistic and
// facts/unattributed-claim.
//
// Sourced: a link, URL or footnote reference in the sentence; a bracket
// citation "[3]"; an author-year citation "(Smith, 2021)"; an attribution that
// names someone ("according to the CNCF", "Microsoft reported", "a 2019
// Microsoft study found", "data from Stack Overflow", "we measured"). A
// citation sources only its own sentence: in the benchmark corpus, the link of
// the next sentence was the source of a figure 4 times in 19 at the end of a
// paragraph and 0 in 19 inside one (tests/data/facts/sourcing-next-sentence.jsonl):
// only a closing sentence that points back at its link ("See the release
// notes.", "The details are on the perf site.") covers the one before it.
// Generic attributions ("according to experts", "studies show") are not sources.
// Thread-safety: pure.
#include <cstdint>

#include "facts/support/FactsText.h"

namespace copydesk::facts {

bool sentenceIsSourced(const SentenceTokens& s);

// True when sentence `sentence_index` is followed by the last sentence of its
// paragraph, which has a citation and refers the reader to it ("See ...", "Check out ...",
// "... for more details", "You can read more ...").
bool citedByClosingSentence(const Document& doc, std::uint32_t sentence_index);

// True when a sentence (by itself) contains a link, URL, footnote reference or
// bracket citation.
bool hasCitation(const SentenceTokens& s);

}  // namespace copydesk::facts
