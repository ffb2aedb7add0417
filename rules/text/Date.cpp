#include "text/Date.h"

#include <array>
#include <chrono>
#include <cstdio>

namespace copydesk {

namespace {

constexpr std::array<std::string_view, 12> kMonths = {"January",   "February", "March",    "April",
                                                      "May",       "June",     "July",     "August",
                                                      "September", "October",  "November", "December"};

bool isLeap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int daysInMonth(int y, int m) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return m == 2 && isLeap(y) ? 29 : kDays[m - 1];
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '"' || s.front() == '\'')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '"' || s.back() == '\'' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

bool readNumber(std::string_view s, std::size_t& i, std::size_t digits_min, std::size_t digits_max, int& out) {
  std::size_t start = i;
  out = 0;
  while (i < s.size() && s[i] >= '0' && s[i] <= '9' && i - start < digits_max) out = out * 10 + (s[i++] - '0');
  return i - start >= digits_min;
}

int monthFromName(std::string_view word) {
  if (word.size() < 3) return 0;
  for (std::size_t m = 0; m < kMonths.size(); ++m) {
    const std::string_view name = kMonths[m];
    if (word.size() > name.size()) continue;
    bool same = true;
    for (std::size_t i = 0; i < word.size() && same; ++i) {
      const char a = static_cast<char>(word[i] | 0x20);
      const char b = static_cast<char>(name[i] | 0x20);
      same = a == b;
    }
    // Full name or a three-letter (or longer) abbreviation, optionally with a period.
    if (same) return static_cast<int>(m) + 1;
  }
  return 0;
}

std::optional<CivilDate> parseIso(std::string_view s) {
  std::size_t i = 0;
  CivilDate d;
  if (!readNumber(s, i, 4, 4, d.year)) return std::nullopt;
  if (i >= s.size() || s[i] != '-') return std::nullopt;
  ++i;
  if (!readNumber(s, i, 1, 2, d.month)) return std::nullopt;
  d.day = 1;
  if (i < s.size() && s[i] == '-') {
    ++i;
    if (!readNumber(s, i, 1, 2, d.day)) return std::nullopt;
  }
  if (i < s.size() && s[i] != 'T' && s[i] != ' ' && s[i] != 't') return std::nullopt;
  if (!d.valid()) return std::nullopt;
  return d;
}

std::optional<CivilDate> parseWords(std::string_view s) {
  // "March 7, 2026", "Mar. 7 2026", "7 March 2026".
  std::string_view words[3];
  int count = 0;
  std::size_t i = 0;
  while (i < s.size() && count < 4) {
    while (i < s.size() && (s[i] == ' ' || s[i] == ',' || s[i] == '.')) ++i;
    const std::size_t start = i;
    while (i < s.size() && s[i] != ' ' && s[i] != ',' && s[i] != '.') ++i;
    if (i == start) break;
    if (count == 3) return std::nullopt;
    words[count++] = s.substr(start, i - start);
  }
  if (count != 3) return std::nullopt;
  CivilDate d;
  std::size_t pos = 0;
  const auto number = [&](std::string_view w, int& out, std::size_t lo, std::size_t hi) {
    pos = 0;
    return readNumber(w, pos, lo, hi, out) && pos == w.size();
  };
  if ((d.month = monthFromName(words[0])) != 0) {
    if (!number(words[1], d.day, 1, 2) || !number(words[2], d.year, 4, 4)) return std::nullopt;
  } else if ((d.month = monthFromName(words[1])) != 0) {
    if (!number(words[0], d.day, 1, 2) || !number(words[2], d.year, 4, 4)) return std::nullopt;
  } else {
    return std::nullopt;
  }
  if (!d.valid()) return std::nullopt;
  return d;
}

}  // namespace

bool CivilDate::valid() const {
  return year >= 1 && year <= 9999 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

long CivilDate::daysSinceEpoch() const {
  // Howard Hinnant's days_from_civil.
  const int y = year - (month <= 2 ? 1 : 0);
  const long era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned mp = static_cast<unsigned>(month > 2 ? month - 3 : month + 9);
  const unsigned doy = (153 * mp + 2) / 5 + static_cast<unsigned>(day) - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<long>(doe) - 719468;
}

CivilDate CivilDate::fromDaysSinceEpoch(long z) {
  z += 719468;
  const long era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  const int d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  const int m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  const int y = static_cast<int>(yoe) + static_cast<int>(era * 400) + (m <= 2 ? 1 : 0);
  return {y, m, d};
}

std::string CivilDate::iso() const {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", year, month, day);
  return buffer;
}

std::string CivilDate::monthYear() const { return std::string(monthName(month)) + " " + std::to_string(year); }

std::string_view monthName(int month) { return month >= 1 && month <= 12 ? kMonths[month - 1] : ""; }

std::optional<CivilDate> parseDate(std::string_view text) {
  text = trim(text);
  if (text.empty()) return std::nullopt;
  if (text[0] >= '0' && text[0] <= '9') {
    if (auto d = parseIso(text)) return d;
  }
  return parseWords(text);
}

CivilDate today() {
  const auto now = std::chrono::system_clock::now();
  const long days =
      static_cast<long>(std::chrono::duration_cast<std::chrono::hours>(now.time_since_epoch()).count() / 24);
  return CivilDate::fromDaysSinceEpoch(days);
}

}  // namespace copydesk
