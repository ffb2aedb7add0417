#pragma once
// Time expressions in prose, for the facts/ rules.
//
// Calendar periods: "2025", "Q3 2025", "March 2025", "March 7, 2025",
// "2025-03-07", "early 2025", "mid-2025", "the end of 2025", "the first half
// of 2025", "summer 2025" (periodAt).
//
// Expressions relative to the moment of writing, at a calendar distance from
// it (relativeTimeAt), in the spirit of HeidelTime/SUTime: "four and a half
// years ago", "a year ago", "over the next year", "within the past 5 years",
// "the past couple of months", "for the next few months", "earlier this
// year", "later this year", "a few weeks from now", "in the coming months",
// "in a few weeks", "this morning", "next decade", "last quarter", "by the end
// of the year", "in Q3", "this November", "last March", "over the summer",
// "next spring" (seasons of the northern hemisphere). resolve() turns one into the interval it names for a
// document date; anchorText() writes that interval as prose ("in late 2021",
// "until March 2027"). resolveTimeExpression() does both for a phrase.
// Thread-safety: pure.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

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

enum class TimeUnit { Day, Morning, Week, Month, Quarter, Year, Decade };

enum class TimeShape {
  Ago,          // a moment `amount` units before: "four and a half years ago"
  PastSpan,     // from `amount` units before until writing: "over the past 5 years"
  NextSpan,     // from writing until `amount` units after: "over the next year"
  FromNow,      // a moment `amount` units after: "a few weeks from now", "in a few weeks"
  This,         // the unit that contains the writing date: "this morning", "this decade"
  Last,         // the unit before it: "last quarter"
  Next,         // the unit after it: "next decade"
  EarlierThis,  // from the unit's start until writing: "earlier this year"
  LaterThis,    // from writing until the unit's end: "later this year", "in the coming months"
  EndOfThis,    // the end of the unit: "by the end of the year"
  Quarter,      // the quarter `amount` of the writing year, or of the next one if past: "in Q3"
  // A named month or season (`amount`: its first month; `unit`: Month, or Quarter for a season):
  CalendarThis,  // the one of the writing year: "this November", "over the summer"
  CalendarLast,  // the last one ended before writing: "last March", "this past summer"
  CalendarNext,  // the first one starting after writing: "next spring"
  CalendarRecent,  // the one holding the date, else the last one: "over the summer" told in the past
};

struct RelativeTime {
  std::uint32_t first = 0;  // first token (a leading preposition is part of it: "over the next year")
  std::uint32_t end = 0;
  TimeShape shape = TimeShape::This;
  TimeUnit unit = TimeUnit::Year;
  double amount = 1;             // in units; for Quarter, the quarter number
  bool has_preposition = false;  // the expression includes its preposition ("over", "in", "by")
};

// The relative expression starting at token i, if any (the longest).
// Callers scanning every token ask mayHaveRelativeTime() once per sentence first.
bool relativeTimeAt(const SentenceTokens& s, std::uint32_t i, RelativeTime& out);

// False when relativeTimeAt() is false at every token of the sentence: each expression has a unit
// word ("years", "morning") or a quarter ("Q3"), and most sentences have neither.
bool mayHaveRelativeTime(const SentenceTokens& s);

struct Interval {
  CivilDate start;
  CivilDate last;  // inclusive
};

// The interval `t` names when written on `date`.
Interval resolve(const RelativeTime& t, const CivilDate& date);

// The interval as prose for a replacement of `t` written on `date`: "in late
// 2021", "until March 2027", "since March 2021", "in 2027", "on March 7,
// 2026". Without a preposition of its own, `t` after one ("during next year")
// gets the bare form ("2027").
std::string anchorText(const RelativeTime& t, const CivilDate& date, bool after_preposition);

struct ResolvedTime {
  RelativeTime expression;
  Interval interval;
  std::string anchor;  // anchorText()
};

// The first relative time expression in `text` (a phrase or a sentence),
// resolved for a document written on `date`.
std::optional<ResolvedTime> resolveTimeExpression(std::string_view text, const CivilDate& date);

}  // namespace copydesk::facts
