// Finding the statistics of a sentence (facts/unsourced-statistic decides which need a source).
#include "facts/support/StatisticFinder.h"

#include <algorithm>

#include "text/Ascii.h"

namespace copydesk::facts {

bool countNoun(std::string_view w) {
  return oneOf(w, {"users",           "developers", "contributors", "commits",      "downloads",     "crates",
                   "packages",        "modules",    "projects",     "companies",    "organizations", "organisations",
                   "customers",       "people",     "members",      "stars",        "servers",       "devices",
                   "requests",        "websites",   "sites",        "repositories", "repos",         "installs",
                   "installations",   "apps",       "applications", "employees",    "engineers",     "programmers",
                   "subscribers",     "visitors",   "readers",      "machines",     "instances",     "libraries",
                   "dependencies",    "accounts",   "students",     "maintainers",  "businesses",    "enterprises",
                   "vulnerabilities", "bugs",       "cves",         "attacks",      "breaches",      "jobs",
                   "developer",       "user",       "phones",       "computers",    "containers",    "clusters",
                   "deployments",     "teams",      "dollars",      "euros",        "individuals",   "votes",
                   "views",           "pageviews",  "signups",      "listeners",    "viewers",       "participants",
                   "respondents",     "scientists", "researchers",  "images",       "records",       "copies",
                   "units",           "tickets",    "residents",    "inhabitants",  "deaths",        "patients",
                   "children",        "followers",  "fans",         "players",      "soldiers",      "troops",
                   "refugees",        "workers",    "tourists",     "passengers",   "speakers",      "vehicles",
                   "homes",           "households", "spectators",   "seats",        "citizens",      "voters",
                   "victims",         "casualties", "prisoners",    "immigrants",   "pilgrims",      "species"});
}

// Units of physical measurements: a figure in them is a claim by itself ("150 liters").
bool physicalUnit(std::string_view w) {
  return oneOf(w, {"metres",    "meters", "kilometres", "kilometers", "km",     "miles",      "feet",      "foot",
                   "inches",    "liters", "litres",     "gallons",    "tonnes", "tons",       "kilograms", "kg",
                   "pounds",    "acres",  "hectares",   "square",     "cubic",  "degrees",    "watts",     "megawatts",
                   "gigawatts", "kwh",    "mph",        "ounces",     "km2",    "km\xC2\xB2", "mi2",       "sq"});
}

bool magnitudeWord(std::string_view w) { return oneOf(w, {"million", "billion", "trillion", "thousand"}); }

bool currencySign(std::string_view raw) { return oneOf(raw, {"$", "\xE2\x82\xAC", "\xC2\xA3"}); }

namespace {

bool numberToken(const SentenceTokens& s, std::uint32_t i) {
  return i >= s.begin() && i < s.end() && s.token(i).kind == TokenKind::Number && !s.token(i).has(token_flag::kVersion);
}

// Extends a statistic back over a hedge ("roughly", "more than") and a currency sign.
std::uint32_t withHedge(const SentenceTokens& s, std::uint32_t first) {
  if (first > s.begin() && s.token(first - 1).kind == TokenKind::Symbol) {
    const std::string_view sym = s.raw(first - 1);
    if (currencySign(sym) || sym == "~") --first;
  }
  if (first >= s.begin() + 2) {
    const std::string_view a = s.lower(first - 2);
    const std::string_view b = s.lower(first - 1);
    if ((oneOf(a, {"more", "less", "fewer"}) && b == "than") || (a == "up" && b == "to") ||
        (a == "at" && b == "least") || (a == "close" && b == "to") || (a == "an" && b == "estimated") ||
        (oneOf(a, {"well", "just"}) && oneOf(b, {"over", "under"})) || (a == "upwards" && b == "of") ||
        (a == "excess" && b == "of"))
      return first - 2;
  }
  if (first > s.begin() && oneOf(s.lower(first - 1), {"roughly", "about", "around", "approximately", "nearly", "almost",
                                                      "over", "under", "some", "circa", "approx"}))
    return first - 1;
  return first;
}

bool measurableNoun(const SentenceTokens& s, std::uint32_t i) {
  std::string_view w = s.lower(i);
  if (w == "rdbms") return true;  // the singular ends in 's'
  if (w.size() > 1 && w.back() == 's') w.remove_suffix(1);
  return oneOf(w, {"language",  "framework",    "database", "editor",     "ide",      "tool",         "library",
                   "librarie",  "crate",        "package",  "browser",    "platform", "runtime",      "o",
                   "operating", "choice",       "stack",    "service",    "app",      "technology",   "technologie",
                   "engine",    "distribution", "distro",   "server",     "cloud",    "provider",     "compiler",
                   "website",   "site",         "project",  "repository", "repo",     "format",       "system",
                   "feature",   "target",       "solution", "forum",      "rdbms",    "certification"});
}

bool numberWord(std::string_view w) {
  return oneOf(w, {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twenty", "hundred",
                   "thousand"});
}

bool comparative(std::string_view w) {
  return oneOf(w, {"faster",   "slower",    "more",        "less",       "larger", "smaller",  "better",
                   "worse",    "higher",    "lower",       "fewer",      "bigger", "quicker",  "cheaper",
                   "greater",  "longer",    "shorter",     "as",         "the",    "speedup",  "improvement",
                   "increase", "reduction", "performance", "throughput", "likely", "efficient"});
}

// Units that technical prose also uses for settings and limits ("a 30 seconds timeout", "64 GB of
// RAM"): a figure in them is a claim only with a hedge or as a rate ("up to 150 GB", "1,000 requests per second").
bool hedgedUnit(std::string_view w) {
  return oneOf(w, {"hours",        "days",     "weeks",  "months",     "years",     "minutes",   "seconds",  "gb",
                   "tb",           "pb",       "mb",     "gigabytes",  "terabytes", "petabytes", "requests", "queries",
                   "transactions", "messages", "events", "operations", "ops",       "rps",       "qps"});
}

// Parses a plain count ("12,000", "25000", "100+"): value, or -1.
long countValue(std::string_view t, bool& plus) {
  long v = 0;
  plus = false;
  bool digit = false;
  for (char c : t) {
    if (c >= '0' && c <= '9') {
      v = v * 10 + (c - '0');
      digit = true;
      if (v > 1'000'000'000'000L) return -1;
    } else if (c == ',') {
      continue;
    } else if (c == '+') {
      plus = true;
    } else {
      return -1;
    }
  }
  return digit ? v : -1;
}

bool skippable(const SentenceTokens& s, std::uint32_t i) { return insideQuotes(s, i); }

// People counted by a census, a school, an employer or a casualty list: a small count of them is a figure
// an encyclopedia cites ("300 inhabitants", "about 850 students"); from 10, as encyclopedias spell out smaller
// numbers and notes say "3-4 people".
bool populationNoun(std::string_view w) {
  return oneOf(w, {"inhabitants", "residents",  "people",    "persons",  "students",   "pupils",   "employees",
                   "deaths",      "casualties", "victims",   "soldiers", "troops",     "refugees", "citizens",
                   "voters",      "patients",   "prisoners", "workers",  "households", "families"});
}

// "st", "nd", "rd" or "th", the endings of every ordinal: most words are ruled out by their last letters.
bool ordinalEnding(std::string_view w) {
  if (w.size() < 3) return false;
  const char a = w[w.size() - 2], b = w[w.size() - 1];
  return (b == 'd' && (a == 'n' || a == 'r')) || (a == 's' && b == 't') || (a == 't' && b == 'h');
}

bool ordinalWord(std::string_view w) {
  return ordinalEnding(w) &&
         oneOf(w, {"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
                   "1st",   "2nd",    "3rd",   "4th",    "5th",   "6th",   "7th",     "8th",    "9th",   "10th"});
}

// "The limit is 1000 requests per minute", "a default timeout of 30 seconds": a setting, not a claim.
bool settingSentence(const SentenceTokens& s) {
  for (std::uint32_t k = s.begin(); k < s.end(); ++k)
    if (oneOf(s.lower(k), {"limit", "limits", "limited", "maximum", "max", "minimum", "default", "defaults", "timeout",
                           "quota", "configure", "configured", "set", "setting", "interval"}))
      return true;
  return false;
}

std::uint32_t quantityEnd(const SentenceTokens& s, std::uint32_t i) {
  if (!s.isWord(i + 1)) return i;
  const std::string_view unit = s.lower(i + 1);
  // "324 m tall", "a 40 ft deep well": short units only with a dimension, as "m" and "mm" also abbreviate
  // other things.
  if (oneOf(unit, {"m", "cm", "mm", "ft", "mi"}) && s.isWord(i + 2) &&
      oneOf(s.lower(i + 2), {"tall", "high", "long", "deep", "wide", "thick", "above"}))
    return i + 3;
  // "800 mm of rain", "30 cm of snow"
  if (oneOf(unit, {"mm", "cm"}) && s.is(i + 2, "of") && s.isWord(i + 3)) return i + 4;
  // "an elevation of 2,100 m": the dimension before the figure.
  if (oneOf(unit, {"m", "ft"}) && i >= s.begin() + 2 && s.is(i - 1, "of") &&
      oneOf(s.lower(i - 2), {"elevation", "altitude", "height", "depth", "length", "width"}))
    return i + 2;
  std::uint32_t end = i + 2;
  if (s.is(end, "per") || s.is(end, "a") || s.is(end, "each")) end += 2;  // "per day", "a second"
  if (physicalUnit(unit)) return unit == "square" || unit == "cubic" ? std::min(end + 1, s.end()) : end;
  // Durations only as rates ("two hours a day"): "for over 30 years" tells a story, not a statistic.
  const bool duration = oneOf(unit, {"hours", "days", "weeks", "months", "years", "minutes", "seconds"});
  // "24 hours a day" is a schedule; "5 hours per week" a measured rate.
  const bool rate = end > i + 2 && (s.is(i + 2, "per") || !duration);
  if (hedgedUnit(unit) && (rate || (!duration && withHedge(s, i) < i)) && !settingSentence(s)) return end;
  return i;
}

// "reached number 17 in the Swedish charts", "peaked at No. 3 on the Billboard Hot 100".
bool chartContext(const SentenceTokens& s, std::uint32_t i) {
  if (i >= s.begin() + 2 && oneOf(s.lower(i - 2), {"reached", "peaked", "at", "debuted", "climbed", "to", "hit"}))
    return true;
  for (std::uint32_t k = i + 1; k < s.end() && k < i + 8; ++k)
    if (oneOf(s.lower(k), {"chart", "charts", "billboard"})) return true;
  return false;
}

std::uint32_t comparativeEnd(const SentenceTokens& s, std::uint32_t next) {
  // "3x faster", "3x the throughput", "3x" alone.
  if (next < s.end() && s.lower(next) == "times") ++next;
  if (next < s.end() && s.isWord(next) && comparative(s.lower(next))) {
    if (s.lower(next) == "as" || s.lower(next) == "the") return next + 2 <= s.end() ? next + 2 : next + 1;
    return next + 1;
  }
  return next;
}

std::uint32_t countNounEnd(const SentenceTokens& s, std::uint32_t next) {
  if (next < s.end() && s.raw(next) == "+") ++next;
  if (next < s.end() && countNoun(s.lower(next))) return next + 1;
  return next;
}

// Whether a population follows from token `from` (over determiners and modifiers): "the residents", "all
// websites", "Americans", "dentists", "the population", and after "of" any plural without a determiner
// ("two-thirds of crashes"). A share of anything else is a measurement: "half of the final adds", "one third
// of the compilation time", "3 out of 14 challenges".
bool populationAfter(const SentenceTokens& s, std::uint32_t from, bool after_of) {
  if (after_of && from < s.end() && s.isWord(from) && looksPlural(s.lower(from))) return true;
  for (std::uint32_t k = from; k < s.end() && k < from + 5 && s.isWord(k); ++k) {
    const std::string_view w = s.lower(k);
    if (countNoun(w) ||
        oneOf(w, {"population", "populations", "world", "world's", "country", "country's", "nation", "nation's",
                  "public", "all", "everyone", "adults", "men", "women"}) ||
        ((w.ends_with("ists") || w.ends_with("ians") || w.ends_with("ans")) && w.size() > 5))
      return true;
    if (oneOf(w, {"is", "are", "was", "were", "of", "in", "on", "that", "which", "have", "has", "had"})) return false;
  }
  return false;
}

std::uint32_t proportionEnd(const SentenceTokens& s, std::uint32_t i) {
  const bool out_of = !s.is(i + 1, "in");
  std::uint32_t j = out_of ? i + 3 : i + 2;
  if (j >= s.end()) return i;
  const bool number = s.token(j).kind == TokenKind::Number && s.raw(j).size() <= 3;
  if (number || numberWord(s.lower(j))) {
    // "one in a million" style numbers only; "1 in 2026" is not a proportion.
    if (s.token(i).kind == TokenKind::Number && s.raw(i).size() > 3) return i;
    // "4 out of 5 dentists"; not the writer's tally ("3 out of 14 challenges have been solved").
    if (out_of && !populationAfter(s, j + 1, false)) return i;
    return j + 1;
  }
  return i;
}

std::uint32_t fractionEnd(const SentenceTokens& s, std::uint32_t i) {
  const std::string_view w = s.lower(i);
  // "three quarters of", "two thirds of the residents", "one fifth of"
  if (s.is(i + 2, "of") && s.isWord(i + 1) &&
      oneOf(s.lower(i + 1), {"thirds", "quarters", "fifths", "tenths", "third", "quarter", "fifth", "tenth"}) &&
      numberWord(w) && !s.is(i + 3, "an") && !s.is(i + 3, "a"))
    return populationAfter(s, i + 3, true) ? i + 3 : i;
  const bool fraction = oneOf(w, {"half", "two-thirds", "one-third", "one-quarter", "three-quarters", "one-fifth",
                                  "two-fifths", "one-tenth", "nine-tenths", "third", "quarter", "fifth", "tenth"});
  if (!fraction || !s.is(i + 1, "of")) return i;
  const bool bare = oneOf(w, {"third", "quarter", "fifth", "tenth"});
  const std::string_view prev = i > s.begin() ? s.lower(i - 1) : std::string_view();
  if (bare && prev != "a" && prev != "one") return i;
  if (w == "half" && (oneOf(prev, {"first", "second", "latter", "other", "back", "front", "bottom", "top", "last",
                                   "better", "next", "earlier", "later"})))
    return i;
  if (i + 2 >= s.end()) return i;
  const std::string_view after = s.lower(i + 2);
  int year = 0;
  if (isYear(s, i + 2, year) || monthNumber(after) != 0 ||
      oneOf(after, {"a",    "an",   "century", "hour", "day",   "week",  "month", "year", "mile", "inch", "it",  "this",
                    "that", "them", "which",   "what", "those", "these", "its",   "his",  "her",  "my",   "your"}))
    return i;
  if (after == "the" && i + 3 < s.end() &&
      oneOf(s.lower(i + 3), {"year", "month", "week", "day", "time", "century", "decade", "page", "post", "article",
                             "talk", "session", "book", "chapter", "game", "way", "story", "work"}))
    return i;
  return populationAfter(s, i + 2, true) ? i + 2 : i;
}

// "the largest consumer genomics network in the world"
bool worldAfter(const SentenceTokens& s, std::uint32_t i) {
  for (std::uint32_t k = i + 1; k + 2 < s.end() && k < i + 8; ++k)
    if (s.is(k, "in") && s.is(k + 1, "the") && s.is(k + 2, "world")) return true;
  return false;
}

// "the largest mosque in the country", "the oldest bridge in Europe", "the tallest building in the United
// States": a superlative of size or age over a place.
bool placeAfter(const SentenceTokens& s, std::uint32_t i) {
  for (std::uint32_t k = i + 1; k + 1 < s.end() && k < i + 8; ++k) {
    if (!s.is(k, "in")) continue;
    const std::uint32_t place = s.is(k + 1, "the") ? k + 2 : k + 1;
    if (place >= s.end() || !s.isWord(place)) return false;
    if (oneOf(s.lower(place), {"world", "country", "nation", "region", "state", "city", "continent", "area", "province",
                               "county", "kingdom"}))
      return true;
    // A place's name ends the clause: "in Europe.", "in New York City,"; not "in Rust 1.9 is", "in Cargo is".
    std::uint32_t end = place;
    while (end < s.end() && end < place + 3 && s.token(end).has(token_flag::kCapitalized) &&
           !s.token(end).has(token_flag::kAllCaps))
      ++end;
    return end > place && (end >= s.end() || s.isPunct(end, ".") || s.isPunct(end, ",") || s.isPunct(end, ";"));
  }
  return false;
}

// "the third-largest city", "the second-most populous state", "one of the best-selling games": a rank in one
// hyphenated word.
bool hyphenatedRank(const SentenceTokens& s, std::uint32_t i) {
  if (!s.token(i).has(token_flag::kHyphenated) || i == s.begin() ||
      !(s.is(i - 1, "the") || s.lower(i - 1).ends_with("'s")))
    return false;
  const std::string_view w = s.lower(i);
  const std::size_t dash = w.find('-');
  if (dash == std::string_view::npos) return false;
  const std::string_view head = w.substr(0, dash), tail = w.substr(dash + 1);
  // Over a place, as plain superlatives: "the third-largest city in the state", not "the second-largest change".
  if (ordinalWord(head))
    return (tail == "most" || oneOf(tail, {"largest", "biggest", "busiest", "tallest", "oldest", "highest", "longest",
                                           "richest", "smallest", "most-populous", "most-visited", "most-popular"})) &&
           (placeAfter(s, i) || worldAfter(s, i));
  return oneOf(w, {"best-selling", "highest-grossing", "top-selling", "most-watched", "most-viewed", "most-visited",
                   "most-streamed", "most-played", "highest-rated", "top-rated"});
}

std::uint32_t rankingEnd(const SentenceTokens& s, std::uint32_t i) {
  const std::string_view w = s.lower(i);
  if (w == "number" && s.is(i + 1, "one") && i + 2 < s.end() && measurableNoun(s, i + 2)) return i + 2;
  std::uint32_t end = i;
  if (w == "largest" && (s.is(i - 1, "world's") || worldAfter(s, i))) return i + 1;
  if ((w.ends_with("est") || w == "populous") &&
      oneOf(w, {"largest", "biggest", "tallest", "oldest", "longest", "highest", "busiest", "deepest", "populous"}) &&
      oneOf(s.lower(i - 1), {"the", "most", "second", "third"}) && placeAfter(s, i))
    return i + 1;
  if (w == "fastest-growing") end = i + 1;
  else if (w == "fastest" && s.is(i + 1, "growing")) end = i + 2;
  else if (w == "most" && (s.is(i - 1, "the") || s.is(i - 1, "second") || s.is(i - 1, "third"))) {
    const std::string_view adj = i + 1 < s.end() ? s.lower(i + 1) : std::string_view();
    if (oneOf(adj, {"popular", "used", "loved", "admired", "downloaded", "starred", "deployed", "adopted"}))
      end = i + 2;
    else if ((adj == "widely" && (s.is(i + 2, "used") || s.is(i + 2, "deployed") || s.is(i + 2, "adopted"))) ||
             (adj == "commonly" && s.is(i + 2, "used")))
      end = i + 3;
  }
  if (end == i) return i;
  // A ranking of something measurable: "the most popular language", "the most popular Linux, Windows, and
  // Apple targets".
  for (std::uint32_t j = end; j < s.end() && j < end + 3; ++j)
    if (measurableNoun(s, j)) return end;
  for (std::uint32_t j = end; j < s.end() && j < end + 8; ++j) {
    if (measurableNoun(s, j)) return end;
    if (!(s.token(j).has(token_flag::kCapitalized) || s.isPunct(j, ",") || s.is(j, "and") || s.is(j, "or"))) break;
  }
  return i;
}

// "the #1 driver of adoption", "is #1 in the charts": a rank after a determiner or a verb of ranking; not a
// label ("Use-case #1", "post #1 in a series", "issues #1 and #3", "TUGboat 39#1").
bool rankedFirst(const SentenceTokens& s, std::uint32_t hash) {
  if (hash == s.begin() || !s.isWord(hash - 1)) return false;
  const std::string_view before = s.lower(hash - 1);
  return before.ends_with("'s") ||
         oneOf(before, {"the", "a",    "its", "our", "their",   "his", "her",    "my",      "your",   "is",   "was",
                        "are", "were", "at",  "to",  "reached", "hit", "became", "remains", "ranked", "ranks"});
}

// "120% sure", "100% committed": certainty as a figure of speech, not a measured share.
bool certaintyAfter(const SentenceTokens& s, std::uint32_t i) {
  return s.isWord(i) &&
         oneOf(s.lower(i), {"sure", "certain", "confident", "convinced", "positive", "committed", "behind"});
}

// "25% transparent", "at 50% opacity", "150% zoom": a value given to a picture or a page, not a share.
bool visualPropertyAfter(const SentenceTokens& s, std::uint32_t i) {
  return s.isWord(i) && oneOf(s.lower(i), {"transparent", "transparency", "opaque", "opacity", "alpha", "zoom",
                                           "brightness", "saturation", "contrast", "gray", "grey", "scale"});
}

// Returns one past the statistic starting at token i, or i when none starts there.
std::uint32_t matchAt(const SentenceTokens& s, std::uint32_t i) {
  const Token& t = s.token(i);
  const std::string_view w = s.lower(i);
  if (numberToken(s, i)) {
    // Percentages.
    if (t.has(token_flag::kPercent)) {
      if (((w == "100%" || w == "0%") && !s.is(i + 1, "of")) || certaintyAfter(s, i + 1) ||
          visualPropertyAfter(s, i + 1))
        return i;
      return i + 1;
    }
    if (s.is(i + 1, "percent") && certaintyAfter(s, i + 2)) return i;
    if (s.is(i + 1, "percent") || s.is(i + 1, "percentage")) return s.is(i + 2, "points") ? i + 3 : i + 2;
    if (s.is(i + 1, "per") && s.is(i + 2, "cent")) return i + 3;
    if (i + 1 < s.end() && s.raw(i + 1) == "%") return i + 2;
    // Multipliers.
    if (t.has(token_flag::kMultiplier)) {
      if (i + 1 < s.end() && s.token(i + 1).kind == TokenKind::Number) return i;
      // "3x faster", "reduced 7x", "a 2x speedup"; not a model name ("Ryzen 1700X").
      const std::uint32_t end = comparativeEnd(s, i + 1);
      const std::string_view prev = i > s.begin() ? s.lower(i - 1) : std::string_view();
      if (end > i + 1 || oneOf(prev, {"reduced", "improved", "increased", "grew", "up", "by", "about", "roughly",
                                      "around", "nearly", "almost", "a", "an", "over", "than", "some", "cut"}))
        return end;
      return i;
    }
    if (s.is(i + 1, "times") && i + 2 < s.end() && comparative(s.lower(i + 2)) && s.lower(i + 2) != "the")
      return comparativeEnd(s, i + 1);
    // Magnitudes.
    if (t.has(token_flag::kMagnitude)) {
      // "1.8M+ users", "$4.5B"; a bare "3.3k" in a list of figures is a count, not a claim.
      const std::uint32_t end = countNounEnd(s, i + 1);
      const bool currency = i > s.begin() && s.token(i - 1).kind == TokenKind::Symbol;
      return end > i + 1 && (countNoun(s.lower(end - 1)) || currency) ? end : (currency ? i + 1 : i);
    }
    if (i + 1 < s.end() && magnitudeWord(s.lower(i + 1))) return countNounEnd(s, i + 2);
    // Money: "$15 million" (above), "$2,500,000"; a price below $1,000 is not a statistic.
    if (i > s.begin() && s.token(i - 1).kind == TokenKind::Symbol && currencySign(s.raw(i - 1))) {
      bool plus = false;
      if (countValue(s.raw(i), plus) >= 1000) return i + 1;
    }
    // Proportions: "1 in 4".
    if ((s.is(i + 1, "in") || (s.is(i + 1, "out") && s.is(i + 2, "of"))) && proportionEnd(s, i) > i)
      return proportionEnd(s, i);
    // Quantities with units: "150 liters per day", "up to 150 GB", "1,000 requests per second".
    if (const std::uint32_t end = quantityEnd(s, i); end > i) return end;
    // "a population of about 4,500": a census figure at any size.
    if (const std::uint32_t hedged = withHedge(s, i);
        hedged > s.begin() + 1 && s.is(hedged - 1, "of") && s.is(hedged - 2, "population"))
      return i + 1;
    // A measured average: "an average of 800 mm" (not a total, which blogs use to tally their own: "a total
    // of 3 new packages"); a streak: "12 consecutive matches".
    if (i >= s.begin() + 2 && s.is(i - 1, "of") && s.is(i - 2, "average") && s.isWord(i + 1)) return i + 2;
    if (s.is(i + 1, "consecutive") && s.isWord(i + 2) && looksPlural(s.lower(i + 2))) return i + 3;
    // Chart positions: "reached number 17 in the Swedish charts".
    if (i > s.begin() && oneOf(s.lower(i - 1), {"number", "no.", "no"}) && chartContext(s, i)) return i + 1;
    // Large counts of people and things.
    bool plus = false;
    const long value = countValue(s.raw(i), plus);
    int year = 0;
    if (value >= 0 && !isYear(s, i, year) && (value >= 1000 || (plus && value >= 100))) {
      std::uint32_t n = i + 1;
      if (n < s.end() && s.raw(n) == "+") ++n;
      if (s.is(n + 1, "per") || s.is(n + 2, "per")) return i;  // a rate or a limit: "1000 requests per minute"
      if (n < s.end() && countNoun(s.lower(n))) return n + 1;
      // Not a selection named by its rank: "within the 10,000 most-downloaded crates".
      const bool selection = i > s.begin() && s.is(i - 1, "the") && n < s.end() &&
                             (s.lower(n).starts_with("most") || s.lower(n).ends_with("est"));
      if (n + 1 < s.end() && s.isWord(n) && countNoun(s.lower(n + 1)) && !selection) return n + 2;
    }
    if (value >= 10 && value < 1000 && !plus && i + 1 < s.end() && populationNoun(s.lower(i + 1))) return i + 2;
    return i;
  }
  if (t.kind == TokenKind::Symbol && s.raw(i) == "#" && i + 1 < s.end() && s.raw(i + 1) == "1")
    return rankedFirst(s, i) ? i + 2 : i;
  if (t.kind != TokenKind::Word || t.has(token_flag::kHasDigit)) return i;
  if (numberWord(w) && (s.is(i + 1, "in") || (s.is(i + 1, "out") && s.is(i + 2, "of")))) return proportionEnd(s, i);
  if (oneOf(w, {"twice", "thrice"}) && s.is(i + 1, "as") && i + 2 < s.end() && s.isWord(i + 2)) return i + 3;
  if (oneOf(w, {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "hundred", "several"}) &&
      w != "several" && s.is(i + 1, "times") && i + 2 < s.end() && comparative(s.lower(i + 2)) &&
      s.lower(i + 2) != "the")
    return comparativeEnd(s, i + 1);
  if (oneOf(w, {"millions", "billions", "trillions"}) && s.is(i + 1, "of") && s.isWord(i + 2)) return i + 3;
  // "an audience of millions"
  if (oneOf(w, {"audience", "audiences", "crowd", "crowds"}) && s.is(i + 1, "of") &&
      (s.is(i + 2, "millions") || s.is(i + 2, "billions") || s.is(i + 2, "thousands")))
    return i + 3;
  // "one million users", "half a million users"
  if ((numberWord(w) || w == "half") && i + 1 < s.end()) {
    const std::uint32_t magnitude = w == "half" && s.is(i + 1, "a") ? i + 2 : i + 1;
    if (magnitude < s.end() && magnitudeWord(s.lower(magnitude))) {
      const std::uint32_t end = countNounEnd(s, magnitude + 1);
      if (end > magnitude + 1) return end;
    }
  }
  if (oneOf(w, {"thousands", "hundreds"}) && s.is(i + 1, "of") && i + 2 < s.end() && countNoun(s.lower(i + 2)) &&
      s.lower(i + 2) != "lines")
    return i + 3;
  // "tens of thousands of application instances", "hundreds of thousands of publicly available images"
  if (oneOf(w, {"thousands", "hundreds"}) && s.is(i + 1, "of") && s.isWord(i + 2) && !countNoun(s.lower(i + 2)))
    for (std::uint32_t k = i + 3; k < s.end() && k < i + 5 && s.isWord(k); ++k)
      if (countNoun(s.lower(k))) return k + 1;
  if (auto end = fractionEnd(s, i); end > i) return end;
  // By how much: "attendance dropped by a third", "cut by half".
  if ((w == "half" || w == "two-thirds" || w == "one-third") && i > s.begin() && s.is(i - 1, "by") && !s.isWord(i + 1))
    return i + 1;
  if (w == "a" && i > s.begin() && s.is(i - 1, "by") && s.isWord(i + 1) &&
      oneOf(s.lower(i + 1), {"third", "quarter", "fifth"}) && !s.is(i + 2, "of"))
    return i + 2;
  if (auto end = rankingEnd(s, i); end > i) return end;
  if (hyphenatedRank(s, i)) return i + 1;
  // A placing: "finished second in the league", "ranked 5th".
  if (ordinalEnding(w) && i > s.begin() && oneOf(s.lower(i - 1), {"ranked", "ranks", "finished", "placed", "came"}) &&
      ordinalWord(w))
    return i + 1;
  return i;
}

}  // namespace

void findStatistics(const SentenceTokens& s, std::vector<Statistic>& out) {
  for (std::uint32_t i = s.begin(); i < s.end(); ++i) {
    const std::uint32_t end = matchAt(s, i);
    if (end > i && !skippable(s, i)) {
      bool plus = false;
      const long value = s.token(i).kind == TokenKind::Number ? countValue(s.raw(i), plus) : -1;
      out.push_back({withHedge(s, i), end, value >= 0 && value < 1000 && populationNoun(s.lower(end - 1))});
      i = end - 1;
    }
  }
}

}  // namespace copydesk::facts
