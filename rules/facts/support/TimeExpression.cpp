#include "facts/support/TimeExpression.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <vector>

#include "document/Document.h"
#include "facts/support/DocumentDate.h"
#include "text/Ascii.h"
#include "text/DataLines.h"
#include "text/EmbeddedData.h"

COPYDESK_EMBEDDED(facts_time_expressions_txt)

namespace copydesk::facts {

namespace {

CivilDate lastDayOfMonth(int year, int month) {
  const CivilDate next = month == 12 ? CivilDate{year + 1, 1, 1} : CivilDate{year, month + 1, 1};
  return CivilDate::fromDaysSinceEpoch(next.daysSinceEpoch() - 1);
}

Period months(std::uint32_t first, std::uint32_t end, int year, int from, int to) {
  return {first, end, {year, from, 1}, lastDayOfMonth(year, to)};
}

bool yearAt(const SentenceTokens& s, std::uint32_t i, int& year) { return isYear(s, i, year); }

}  // namespace

bool periodAt(const SentenceTokens& s, std::uint32_t i, Period& out) {
  if (i >= s.end()) return false;
  const std::string_view w = s.lower(i);
  int year = 0;
  if (yearAt(s, i, year)) {
    // Not "2025 users" or "2024 edition": a year followed by a noun it counts or names is still a
    // year, so only numbers with letters glued on are excluded by the tokenizer.
    out = months(i, i + 1, year, 1, 12);
    return true;
  }
  if (s.token(i).kind == TokenKind::Number && w.size() == 10 && w[4] == '-' && w[7] == '-') {
    if (const auto d = parseDate(w)) {
      out = {i, i + 1, *d, *d};
      return true;
    }
  }
  // "Q3 2025", "H2 2025"
  if (w.size() == 2 && (w[0] == 'q' || w[0] == 'h') && w[1] >= '1' && w[1] <= '4' && yearAt(s, i + 1, year)) {
    const int n = w[1] - '0';
    if (w[0] == 'q') out = months(i, i + 2, year, 3 * n - 2, 3 * n);
    else if (n <= 2) out = months(i, i + 2, year, 6 * n - 5, 6 * n);
    else return false;
    return true;
  }
  // "mid-2025"
  if ((w.starts_with("mid-") || w.starts_with("early-") || w.starts_with("late-")) && w.size() >= 8) {
    const std::string_view y = std::string_view(w).substr(w.find('-') + 1);
    if (y.size() == 4 && y.find_first_not_of("0123456789") == std::string_view::npos) {
      year = (y[0] - '0') * 1000 + (y[1] - '0') * 100 + (y[2] - '0') * 10 + (y[3] - '0');
      if (w[0] == 'm') out = months(i, i + 1, year, 5, 8);
      else if (w[0] == 'e') out = months(i, i + 1, year, 1, 4);
      else out = months(i, i + 1, year, 9, 12);
      return true;
    }
  }
  if ((w == "early" || w == "mid" || w == "late") && yearAt(s, i + 1, year)) {
    out = w == "early" ? months(i, i + 2, year, 1, 4)
          : w == "mid" ? months(i, i + 2, year, 5, 8)
                       : months(i, i + 2, year, 9, 12);
    return true;
  }
  if ((w == "spring" || w == "summer" || w == "fall" || w == "autumn" || w == "winter") && yearAt(s, i + 1, year)) {
    if (w == "spring") out = months(i, i + 2, year, 3, 5);
    else if (w == "summer") out = months(i, i + 2, year, 6, 8);
    else if (w == "winter") out = months(i, i + 2, year, 1, 12);
    else out = months(i, i + 2, year, 9, 11);
    return true;
  }
  // "the end of 2025", "the first half of 2025", "the end of March 2025"
  if (w == "the" || w == "end") {
    std::uint32_t j = w == "the" ? i + 1 : i;
    if (s.is(j, "end") && s.is(j + 1, "of")) {
      Period inner;
      if (periodAt(s, j + 2, inner)) {
        out = {i, inner.end, inner.start, inner.last};
        return true;
      }
    }
    if ((s.is(j, "first") || s.is(j, "second")) && s.is(j + 1, "half") && s.is(j + 2, "of") && yearAt(s, j + 3, year)) {
      out = s.is(j, "first") ? months(i, j + 4, year, 1, 6) : months(i, j + 4, year, 7, 12);
      return true;
    }
    return false;
  }
  // "March 2025", "March 7, 2025", "Mar. 2025"
  if (const int month = monthNumber(w); month != 0 && s.isWord(i) && (s.token(i).has(token_flag::kCapitalized))) {
    std::uint32_t j = i + 1;
    if (s.isPunct(j, ".")) ++j;
    if (yearAt(s, j, year)) {
      out = months(i, j + 1, year, month, month);
      return true;
    }
    if (j < s.end() && s.token(j).kind == TokenKind::Number && s.raw(j).size() <= 2) {
      const int day = std::atoi(std::string(s.raw(j)).c_str());
      std::uint32_t k = j + 1;
      if (s.isPunct(k, ",")) ++k;
      if (yearAt(s, k, year)) {
        const CivilDate d{year, month, day};
        if (!d.valid()) return false;
        out = {i, k + 1, d, d};
        return true;
      }
    }
  }
  return false;
}

// ---- Relative expressions -------------------------------------------------
//
// The frames below, over the lexicon of rules/facts/data/time-expressions.txt
// (unit words, amounts, directions, span prepositions):
//   [prep] the (past|last|next|coming|previous) [amount] UNITS
//   AMOUNT UNITS (ago|from now)          in AMOUNT UNITS (future)
//   (this|last|next|past|coming) UNIT    (earlier|later) this UNIT
//   in the coming UNITS                  [by] the end of (the|this) UNIT
//   in Q1..Q4
// where AMOUNT is a number, a number word, "a"/"an", "a few", "a couple
// (of)", "several", optionally followed by "and a half".

namespace {

struct UnitWord {
  std::string_view word;
  TimeUnit unit = TimeUnit::Year;
  bool plural = false;
};

// Words that start an expression without being in the lexicon ("by the end of the year", "the next
// year", "earlier this month", "this morning").
bool isStarter(std::string_view w) {
  static const WordIndex kStarters{"by", "the", "earlier", "later", "this"};
  return kStarters.contains(w);
}

// What a word of rules/facts/data/time-expressions.txt is (one word may be several things).
struct LexiconEntry {
  const UnitWord* unit = nullptr;
  int number = 0;     // 0: not an amount
  int direction = 0;  // -1 past, +1 future, 0 none
  bool span_preposition = false;
  int calendar_month = 0;  // a month's name: its number; a season's: its first month
  bool season = false;
};

// The lexicon, by word.
struct Lexicon {
  std::vector<UnitWord> units;  // reserved before use: entries point into it
  std::vector<LexiconEntry> entries;
  WordIndex words;  // word -> index into entries
  // Bit n of unit_lengths[c - 'a']: a unit word starts with c and has n letters (a sentence without
  // one cannot hold a relative expression; most sentences are rejected without a lookup per word).
  std::array<std::uint16_t, 26> unit_lengths{};

  bool mayBeUnit(std::string_view w) const {
    return !w.empty() && w.size() < 16 && w[0] >= 'a' && w[0] <= 'z' && ((unit_lengths[w[0] - 'a'] >> w.size()) & 1);
  }

  const LexiconEntry* find(std::string_view w) const {
    const std::uint32_t at = words.find(w);
    return at == WordIndex::kNone ? nullptr : &entries[at];
  }
};

std::vector<std::string_view> fields(std::string_view line) {
  std::vector<std::string_view> out;
  while (true) {
    const std::size_t tab = line.find('\t');
    out.push_back(line.substr(0, tab));
    if (tab == std::string_view::npos) return out;
    line = line.substr(tab + 1);
  }
}

TimeUnit unitNamed(std::string_view name) {
  if (name == "day") return TimeUnit::Day;
  if (name == "part-of-day") return TimeUnit::Morning;
  if (name == "week") return TimeUnit::Week;
  if (name == "month") return TimeUnit::Month;
  if (name == "quarter") return TimeUnit::Quarter;
  if (name == "decade") return TimeUnit::Decade;
  return TimeUnit::Year;
}

const Lexicon& lexicon() {
  static const Lexicon lex = [] {
    Lexicon out;
    const std::string_view text = data::facts_time_expressions_txt;
    const auto lines = static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n'));
    out.units.reserve(lines);
    for (const std::string_view line : DataLines(text)) {
      const auto f = fields(line);
      if (f.size() < 2) continue;
      std::uint32_t at = out.words.find(f[1]);
      if (at == WordIndex::kNone) {
        at = static_cast<std::uint32_t>(out.entries.size());
        out.entries.emplace_back();
        out.words.add(f[1], at);
      }
      LexiconEntry& e = out.entries[at];
      const bool unit_word = (f[0] == "U" && f.size() == 4) || (f[0] == "C" && f.size() == 3);
      if (unit_word && f[1].size() < 16 && f[1][0] >= 'a' && f[1][0] <= 'z')
        out.unit_lengths[f[1][0] - 'a'] |= static_cast<std::uint16_t>(1u << f[1].size());
      if (f[0] == "U" && f.size() == 4) {
        out.units.push_back({f[1], unitNamed(f[2]), f[3] == "s"});
        e.unit = &out.units.back();
      } else if (f[0] == "C" && f.size() == 3) {
        e.calendar_month = std::atoi(std::string(f[2]).c_str());
        e.season = oneOf(f[1], {"spring", "summer", "autumn", "fall", "winter"});
      } else if (f[0] == "N" && f.size() == 3) {
        e.number = std::atoi(std::string(f[2]).c_str());
      } else if (f[0] == "D" && f.size() == 3) {
        e.direction = f[2] == "future" ? 1 : -1;
      } else if (f[0] == "P") {
        e.span_preposition = true;
      }
    }
    return out;
  }();
  return lex;
}

const LexiconEntry* entryAt(const SentenceTokens& s, std::uint32_t i) {
  return s.isWord(i) ? lexicon().find(s.lower(i)) : nullptr;
}

// 0: not a direction word; -1 past ("the last 5 years"); +1 future ("the next year").
int directionOf(std::string_view w) {
  const LexiconEntry* e = lexicon().find(w);
  return e ? e->direction : 0;
}

bool unitAt(const SentenceTokens& s, std::uint32_t i, const UnitWord*& out) {
  const LexiconEntry* e = entryAt(s, i);
  if (e == nullptr || e->unit == nullptr) return false;
  out = e->unit;
  return true;
}

// A month's or a season's name at token i that stands for one occurrence: "November", "summer"; not
// "March 7", "May 2020", "the summer of 2016", nor the verbs "may", "march", "fall" in lower case.
const LexiconEntry* calendarAt(const SentenceTokens& s, std::uint32_t i) {
  const LexiconEntry* e = entryAt(s, i);
  if (e == nullptr || e->calendar_month == 0) return nullptr;
  if (!e->season && !s.token(i).has(token_flag::kCapitalized)) return nullptr;
  if (i + 1 < s.end() && (s.token(i + 1).kind == TokenKind::Number || s.is(i + 1, "of"))) return nullptr;
  return e;
}

// An amount at token i: "5", "four", "a", "a few", "a couple of", "four and a half". Returns one past it.
std::uint32_t amountAt(const SentenceTokens& s, std::uint32_t i, double& amount) {
  if (i >= s.end()) return i;
  std::uint32_t j = i;
  if (s.token(i).kind == TokenKind::Number) {
    const std::string_view t = s.raw(i);
    if (t.empty() || t.size() > 3 || t.find_first_not_of("0123456789") != std::string_view::npos) return i;
    amount = std::atoi(std::string(t).c_str());
    j = i + 1;
  } else {
    const std::string_view w = s.lower(i);
    if ((w == "a" || w == "an") && (s.is(i + 1, "few") || s.is(i + 1, "couple"))) ++j;
    const LexiconEntry* e = entryAt(s, j);
    if (e == nullptr || e->number == 0) return i;
    amount = e->number;
    const std::string_view n = s.lower(j);
    if (n == "couple" && s.is(j + 1, "of")) ++j;
    ++j;
  }
  if (s.is(j, "and") && s.is(j + 1, "a") && s.is(j + 2, "half")) {
    amount += 0.5;
    j += 3;
  }
  return j;
}

long unitDays(TimeUnit unit) {
  switch (unit) {
    case TimeUnit::Day:
    case TimeUnit::Morning: return 1;
    case TimeUnit::Week: return 7;
    case TimeUnit::Month: return 30;
    case TimeUnit::Quarter: return 91;
    case TimeUnit::Year: return 365;
    case TimeUnit::Decade: return 3652;
  }
  return 1;
}

CivilDate plusDays(const CivilDate& d, double days) {
  return CivilDate::fromDaysSinceEpoch(d.daysSinceEpoch() + std::lround(days));
}

// The calendar unit containing `d`, moved by `offset` units.
Interval unitAround(const CivilDate& d, TimeUnit unit, int offset) {
  switch (unit) {
    case TimeUnit::Day:
    case TimeUnit::Morning: {
      const CivilDate x = plusDays(d, offset);
      return {x, x};
    }
    case TimeUnit::Week: {
      const CivilDate x = plusDays(d, 7.0 * offset);
      return {x, plusDays(x, 6)};
    }
    case TimeUnit::Month: {
      int m = d.month - 1 + offset;
      const int y = d.year + (m < 0 ? (m - 11) / 12 : m / 12);
      m = ((m % 12) + 12) % 12 + 1;
      return {{y, m, 1}, lastDayOfMonth(y, m)};
    }
    case TimeUnit::Quarter: {
      int q = (d.month - 1) / 3 + offset;
      const int y = d.year + (q < 0 ? (q - 3) / 4 : q / 4);
      q = ((q % 4) + 4) % 4;
      return {{y, 3 * q + 1, 1}, lastDayOfMonth(y, 3 * q + 3)};
    }
    case TimeUnit::Year: return {{d.year + offset, 1, 1}, {d.year + offset, 12, 31}};
    case TimeUnit::Decade: {
      const int start = d.year / 10 * 10 + 10 * offset;
      return {{start, 1, 1}, {start + 9, 12, 31}};
    }
  }
  return {d, d};
}

// "early 2021", "mid-2021", "late 2021" for a moment known to about a season.
std::string partOfYear(const CivilDate& d) {
  const char* part = d.month <= 4 ? "early " : d.month <= 8 ? "mid-" : "late ";
  return part + std::to_string(d.year);
}

// A moment `amount` units from `date`, as precise as the unit: "late 2021", "March 2026", "March 7, 2026".
std::string momentText(const CivilDate& d, TimeUnit unit, double amount, bool& on_day) {
  on_day = false;
  if (unit == TimeUnit::Decade || (unit == TimeUnit::Year && amount >= 2)) return partOfYear(d);
  if (unit == TimeUnit::Day || unit == TimeUnit::Morning) {
    on_day = true;
    return longDate(d);
  }
  if (unit == TimeUnit::Week && amount < 2) return "the week of " + longDate(d);
  return d.monthYear();
}

}  // namespace

bool mayHaveRelativeTime(const SentenceTokens& s) {
  const Lexicon& lex = lexicon();
  for (std::uint32_t i = s.begin(); i < s.end(); ++i) {
    const Token& t = s.token(i);
    if (t.kind == TokenKind::Number) continue;
    // "in Q3" (any token but a number; its text as written, so that code is not lower-cased for it).
    if (t.span.size() == 2) {
      const std::string_view q = s.raw(i);
      if ((q[0] == 'q' || q[0] == 'Q') && q[1] >= '1' && q[1] <= '4') return true;
    }
    if (t.kind != TokenKind::Word) continue;
    const std::string_view w = s.lower(i);
    if (!lex.mayBeUnit(w)) continue;
    if (const LexiconEntry* e = lex.find(w); e != nullptr && (e->unit != nullptr || e->calendar_month != 0))
      return true;
  }
  return false;
}

bool relativeTimeAt(const SentenceTokens& s, std::uint32_t i, RelativeTime& out) {
  if (!s.isWord(i)) {
    // Only a number can start an expression without a word: "5 years ago".
    if (i >= s.end() || s.token(i).kind != TokenKind::Number) return false;
    const UnitWord* unit = nullptr;
    if (!unitAt(s, i + 1, unit) && !s.is(i + 1, "and")) return false;
  } else if (const std::string_view w = s.lower(i); lexicon().find(w) == nullptr && !isStarter(w)) {
    return false;  // most words: a table read
  }
  RelativeTime t;
  t.first = i;
  std::uint32_t j = i;
  const std::string_view w0 = s.lower(i);
  const LexiconEntry* e0 = s.isWord(i) ? lexicon().find(w0) : nullptr;
  if ((e0 != nullptr && e0->span_preposition) || w0 == "by") {
    t.has_preposition = true;
    ++j;
  }
  const UnitWord* unit = nullptr;
  // "in Q3"
  if (w0 == "in" && j < s.end() && s.token(j).kind != TokenKind::Number) {
    const std::string_view q = s.lower(j);
    if (q.size() == 2 && q[0] == 'q' && q[1] >= '1' && q[1] <= '4' &&
        !(j + 1 < s.end() && s.token(j + 1).has(token_flag::kHasDigit))) {
      int year = 0;
      if (!isYear(s, j + 1, year)) {
        t.shape = TimeShape::Quarter;
        t.unit = TimeUnit::Quarter;
        t.amount = q[1] - '0';
        t.end = j + 1;
        out = t;
        return true;
      }
    }
  }
  // "[by] the end of the year", "the end of this month"
  if (s.is(j, "the") && s.is(j + 1, "end") && s.is(j + 2, "of") && (s.is(j + 3, "the") || s.is(j + 3, "this")) &&
      unitAt(s, j + 4, unit) && !unit->plural) {
    if (s.is(j + 5, "of") || s.is(j + 5, "'s")) return false;  // "the end of the year of ..."
    t.shape = TimeShape::EndOfThis;
    t.unit = unit->unit;
    t.end = j + 5;
    out = t;
    return true;
  }
  // "[prep] the past/last/next/coming [amount] units"
  if (s.is(j, "the") && j + 1 < s.end() && directionOf(s.lower(j + 1)) != 0) {
    const std::string_view dir = s.lower(j + 1);
    double amount = 1;
    const std::uint32_t after = amountAt(s, j + 2, amount);
    if (unitAt(s, after, unit) && (unit->plural || after == j + 2) && unit->unit != TimeUnit::Morning) {
      if (after == j + 2 && unit->plural) amount = 3;                    // "the coming months", "the past years"
      if (s.is(after + 1, "of") || s.is(after + 1, "'s")) return false;  // "the next year of the project"
      const bool future = directionOf(dir) > 0;
      // "the next/last year" without a preposition is a noun phrase about the unit itself.
      if (!t.has_preposition && !unit->plural && after == j + 2) return false;
      t.shape =
          future ? (dir == "coming" && !unit->plural ? TimeShape::Next : TimeShape::NextSpan) : TimeShape::PastSpan;
      if (w0 == "in" && dir == "coming" && unit->plural && after == j + 2) t.shape = TimeShape::LaterThis;
      t.unit = unit->unit;
      t.amount = amount;
      t.end = after + 1;
      if (t.shape == TimeShape::LaterThis) t.amount = 3;
      out = t;
      return true;
    }
    return false;
  }
  // "over the summer", "during the winter": the one just gone, or the next one in a sentence about plans.
  if (t.has_preposition && w0 != "in" && w0 != "for" && s.is(j, "the")) {
    if (const LexiconEntry* c = calendarAt(s, j + 1); c != nullptr && c->season) {
      bool plan = false;
      for (std::uint32_t k = s.begin(); k < s.end() && !plan; ++k)
        plan = oneOf(s.lower(k), {"will", "we'll", "i'll", "going", "plan", "plans", "planned", "hope", "expect"});
      t.shape = plan ? TimeShape::CalendarNext : TimeShape::CalendarRecent;
      t.unit = TimeUnit::Quarter;
      t.amount = c->calendar_month;
      t.end = j + 2;
      out = t;
      return true;
    }
  }
  if (s.is(j, "the") || (t.has_preposition && w0 != "in")) return false;  // nothing else starts so
  // "in a few weeks", "in 3 months": a moment ahead.
  if (w0 == "in") {
    double amount = 1;
    const std::uint32_t after = amountAt(s, j, amount);
    if (after > j && unitAt(s, after, unit) && unit->unit != TimeUnit::Morning && !s.is(after + 1, "of") &&
        !s.is(after + 1, "ago") && (!(s.is(j, "a") || s.is(j, "an")) || s.is(j + 1, "few") || s.is(j + 1, "couple"))) {
      t.shape = TimeShape::FromNow;
      t.unit = unit->unit;
      t.amount = amount;
      t.end = after + 1;
      out = t;
      return true;
    }
    return false;
  }
  // "four and a half years ago", "a few weeks from now"
  if ((e0 != nullptr && e0->number != 0) || s.token(i).kind == TokenKind::Number) {
    double amount = 1;
    const std::uint32_t after = amountAt(s, i, amount);
    if (after > i && unitAt(s, after, unit) && unit->unit != TimeUnit::Morning) {
      if (s.is(after + 1, "ago")) {
        t.shape = TimeShape::Ago;
        t.end = after + 2;
      } else if (s.is(after + 1, "from") && s.is(after + 2, "now")) {
        t.shape = TimeShape::FromNow;
        t.end = after + 3;
      } else {
        return false;
      }
      t.unit = unit->unit;
      t.amount = amount;
      out = t;
      return true;
    }
  }
  // "earlier this year", "later this month"
  if ((w0 == "earlier" || w0 == "later") && s.is(i + 1, "this") && unitAt(s, i + 2, unit) && !unit->plural) {
    t.shape = w0 == "earlier" ? TimeShape::EarlierThis : TimeShape::LaterThis;
    t.unit = unit->unit;
    t.end = i + 3;
    out = t;
    return true;
  }
  // "this November", "last March", "next spring", "this past summer"
  if (oneOf(w0, {"this", "last", "next"})) {
    const bool past = w0 == "this" && s.is(i + 1, "past");
    if (const LexiconEntry* c = calendarAt(s, past ? i + 2 : i + 1)) {
      t.shape = past || w0 == "last" ? TimeShape::CalendarLast
                : w0 == "next"       ? TimeShape::CalendarNext
                                     : TimeShape::CalendarThis;
      t.unit = c->season ? TimeUnit::Quarter : TimeUnit::Month;
      t.amount = c->calendar_month;
      t.end = past ? i + 3 : i + 2;
      out = t;
      return true;
    }
  }
  // "this morning", "last quarter", "next decade", "the coming year"
  if (oneOf(w0, {"this", "last", "next", "past", "coming"}) && unitAt(s, i + 1, unit) && !unit->plural) {
    if (w0 == "past" || w0 == "coming") return false;  // "past year" needs "the"
    if (unit->unit == TimeUnit::Morning && w0 != "this") return false;
    t.shape = w0 == "this" ? TimeShape::This : w0 == "last" ? TimeShape::Last : TimeShape::Next;
    t.unit = unit->unit;
    t.end = i + 2;
    out = t;
    return true;
  }
  return false;
}

Interval resolve(const RelativeTime& t, const CivilDate& date) {
  const double days = t.amount * static_cast<double>(unitDays(t.unit));
  switch (t.shape) {
    case TimeShape::Ago: {
      const CivilDate x = plusDays(date, -days);
      return {x, x};
    }
    case TimeShape::PastSpan: return {plusDays(date, -days), date};
    case TimeShape::NextSpan: return {date, plusDays(date, days)};
    case TimeShape::FromNow: {
      const CivilDate x = plusDays(date, days);
      return {x, x};
    }
    case TimeShape::This: return unitAround(date, t.unit, 0);
    case TimeShape::Last: return unitAround(date, t.unit, -1);
    case TimeShape::Next: return unitAround(date, t.unit, 1);
    case TimeShape::EarlierThis: return {unitAround(date, t.unit, 0).start, date};
    case TimeShape::LaterThis:
      if (t.amount > 1) return {date, plusDays(date, days)};  // "in the coming months"
      return {date, unitAround(date, t.unit, 0).last};
    case TimeShape::EndOfThis: {
      const CivilDate last = unitAround(date, t.unit, 0).last;
      return {last, last};
    }
    case TimeShape::Quarter: {
      const int q = static_cast<int>(t.amount);
      int year = date.year;
      if (q < (date.month - 1) / 3 + 1) ++year;  // "in Q1" written in May: next year's
      return {{year, 3 * q - 2, 1}, lastDayOfMonth(year, 3 * q)};
    }
    case TimeShape::CalendarThis:
    case TimeShape::CalendarLast:
    case TimeShape::CalendarNext:
    case TimeShape::CalendarRecent: {
      const auto occurrence = [&t](int year) {
        const int first = static_cast<int>(t.amount);
        const int months = t.unit == TimeUnit::Quarter ? 3 : 1;
        const int last_month = (first - 1 + months - 1) % 12 + 1;  // winter ends in February
        const int last_year = last_month < first ? year + 1 : year;
        return Interval{{year, first, 1}, lastDayOfMonth(last_year, last_month)};
      };
      // This: the one that holds the date (a winter begun last December), else the writing year's.
      Interval iv = occurrence(date.year);
      if (const Interval before = occurrence(date.year - 1); before.start <= date && date <= before.last) iv = before;
      if (t.shape == TimeShape::CalendarLast || t.shape == TimeShape::CalendarRecent)
        while (!(iv.last < date) && !(t.shape == TimeShape::CalendarRecent && iv.start <= date))
          iv = occurrence(iv.start.year - 1);
      if (t.shape == TimeShape::CalendarNext)
        while (!(date < iv.start)) iv = occurrence(iv.start.year + 1);
      return iv;
    }
  }
  return {date, date};
}

std::string anchorText(const RelativeTime& t, const CivilDate& date, bool after_preposition) {
  const Interval iv = resolve(t, date);
  const bool bare = after_preposition && !t.has_preposition;
  const auto in = [bare](std::string text) { return bare ? text : "in " + text; };
  bool on_day = false;
  switch (t.shape) {
    case TimeShape::Ago:
    case TimeShape::FromNow: {
      const std::string m = momentText(iv.start, t.unit, t.amount, on_day);
      return bare ? m : (on_day ? "on " : "in ") + m;
    }
    case TimeShape::PastSpan: return "since " + iv.start.monthYear();
    case TimeShape::NextSpan: return "until " + iv.last.monthYear();
    case TimeShape::This:
    case TimeShape::Last:
    case TimeShape::Next:
      switch (t.unit) {
        case TimeUnit::Day:
        case TimeUnit::Morning: return bare ? longDate(iv.start) : "on " + longDate(iv.start);
        case TimeUnit::Week: return in("the week of " + longDate(iv.start));
        case TimeUnit::Month: return in(iv.start.monthYear());
        case TimeUnit::Quarter:
          return in("Q" + std::to_string((iv.start.month - 1) / 3 + 1) + " " + std::to_string(iv.start.year));
        case TimeUnit::Year: return in(std::to_string(iv.start.year));
        case TimeUnit::Decade: return in("the " + std::to_string(iv.start.year) + "s");
      }
      return {};
    case TimeShape::EarlierThis:
      return "earlier in " + (t.unit == TimeUnit::Year ? std::to_string(date.year) : date.monthYear());
    case TimeShape::LaterThis:
      if (t.amount > 1) return "by " + iv.last.monthYear();
      return "later in " + (t.unit == TimeUnit::Year ? std::to_string(date.year) : date.monthYear());
    case TimeShape::EndOfThis: {
      const std::string what = t.unit == TimeUnit::Year ? std::to_string(date.year) : iv.last.monthYear();
      return (t.has_preposition ? "by the end of " : "the end of ") + what;
    }
    case TimeShape::Quarter:
      return "in Q" + std::to_string(static_cast<int>(t.amount)) + " " + std::to_string(iv.start.year);
    case TimeShape::CalendarThis:
    case TimeShape::CalendarLast:
    case TimeShape::CalendarNext:
    case TimeShape::CalendarRecent: {
      if (t.unit == TimeUnit::Month) return in(iv.start.monthYear());
      if (iv.last.year != iv.start.year)
        return in("the winter of " + std::to_string(iv.start.year) + "-" + std::to_string(iv.last.year % 100));
      static constexpr std::string_view kSeasons[] = {"spring", "summer", "autumn"};
      return in(std::string(kSeasons[(iv.start.month - 3) / 3]) + " " + std::to_string(iv.start.year));
    }
  }
  return {};
}

std::optional<ResolvedTime> resolveTimeExpression(std::string_view text, const CivilDate& date) {
  const auto doc = Document::create("expression.txt", std::string(text) + "\n", DocumentFormat::PlainText);
  for (const Sentence& sentence : doc->tokens().sentences) {
    const SentenceTokens s(*doc, sentence);
    for (std::uint32_t i = s.begin(); i < s.end(); ++i) {
      RelativeTime t;
      if (!relativeTimeAt(s, i, t)) continue;
      const bool after_preposition =
          i > s.begin() && oneOf(s.lower(i - 1), {"in", "by", "during", "until", "for", "of"});
      return ResolvedTime{t, resolve(t, date), anchorText(t, date, after_preposition)};
    }
  }
  return std::nullopt;
}

}  // namespace copydesk::facts
