#pragma once
// British and American spellings of the same word (grey/gray, centres/centers,
// organised/organized): a word list (nlp/data/variants-en-gb-us.txt, derived
// from the hunspell en_GB and en_US dictionaries; scripts/refresh-spelling-data
// regenerates it) that the spelling rule (both are accepted) and
// style/spelling-variant (mixing them is flagged) share. Built once on first
// use; safe from any thread.
#include <string_view>

namespace copydesk {

// The other variant in lower case (lower case in), empty when the word has no
// listed variant.
std::string_view americanSpelling(std::string_view british_lower);
std::string_view britishSpelling(std::string_view american_lower);
// A cheap pre-test (a bit table of hashes, no allocation): false for nearly
// every word that has neither, and true for every word that has one.
bool mayHaveVariant(std::string_view lower);

}  // namespace copydesk
