#pragma once
// A calendar date (no time, no zone): what articles, claims and review markers
// speak in.
#include <compare>
#include <optional>
#include <string>
#include <string_view>

namespace copydesk {

struct CivilDate {
  int year = 0;
  int month = 0;  // 1..12
  int day = 0;    // 1..31

  auto operator<=>(const CivilDate&) const = default;
  bool valid() const;
  // Days since 1970-01-01 (for differences such as grace periods).
  long daysSinceEpoch() const;
  static CivilDate fromDaysSinceEpoch(long days);
  std::string iso() const;        // 2026-03-07
  std::string monthYear() const;  // March 2026
};

// Parses "2026-03-07", "2026-03-07T10:00:00Z" / "2026-03-07 10:00" (time ignored),
// "2026-03" (day 1), "March 7, 2026", "7 March 2026", "Mar 7, 2026". Returns
// nullopt for anything else.
std::optional<CivilDate> parseDate(std::string_view text);

// Today in UTC.
CivilDate today();

std::string_view monthName(int month);  // 1 -> "January"

}  // namespace copydesk
