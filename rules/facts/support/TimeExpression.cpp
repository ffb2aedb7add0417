#include "facts/support/TimeExpression.h"

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

}  // namespace copydesk::facts
