#pragma once
// The statistics of a sentence, for facts/unsourced-statistic: percentages,
// proportions, fractions, multipliers, large counts of people and things,
// rankings and chart positions, quantities with units and money, each with its
// hedge ("roughly 70%", "well over $15 million"). Years, versions, dates,
// settings, list numbers and quoted text are not statistics. Whether a figure
// needs a source (who owns it) is the rule's judgement, not this finder's.
#include <cstdint>
#include <string_view>
#include <vector>

#include "facts/support/FactsText.h"

namespace copydesk::facts {

// Tokens [first, end) of one statistic, its hedge included.
struct Statistic {
  std::uint32_t first = 0;
  std::uint32_t end = 0;
  // A count of people under a thousand ("300 inhabitants", "over 60 people were killed"): a claim in
  // impersonal text, the writers' own tally in an article written as "we".
  bool small_count = false;
};

// Appends the statistics of `s` to `out`, in order.
void findStatistics(const SentenceTokens& s, std::vector<Statistic>& out);

// Word classes the rule's judgement shares with the finder.
bool countNoun(std::string_view w);       // "users", "downloads", "residents"
bool physicalUnit(std::string_view w);    // "liters", "metres", "acres"
bool magnitudeWord(std::string_view w);   // "million", "thousand"
bool currencySign(std::string_view raw);  // "$", "€", "£"

}  // namespace copydesk::facts
