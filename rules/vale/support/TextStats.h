#pragma once
// Counts over a document's summary text for readability and metric rules
// (words, sentences, syllables, ...), as Vale's readability formulas use them.
#include <cstddef>
#include <map>
#include <string>
#include <string_view>

#include "vale/support/View.h"

namespace copydesk::vale {

struct TextStats {
  double words = 0;
  double sentences = 0;
  double syllables = 0;
  double characters = 0;          // letters and digits
  double complex_words = 0;       // three syllables or more (Gunning Fog)
  double long_words = 0;          // more than six letters
  double polysyllabic_words = 0;  // three syllables or more (SMOG)
};

TextStats countText(std::string_view text);
// An English syllable estimate for one word.
int syllables(std::string_view word);

// The variables of a metric formula for `view` (words ... heading.h1, list).
std::map<std::string, double, std::less<>> metricVariables(const View& view);

}  // namespace copydesk::vale
