#include "config/Glob.h"

#include <vector>

namespace copydesk {

namespace {

std::vector<std::string_view> splitSegments(std::string_view s) {
  std::vector<std::string_view> parts;
  std::size_t start = 0;
  while (start <= s.size()) {
    std::size_t slash = s.find('/', start);
    if (slash == std::string_view::npos) slash = s.size();
    parts.push_back(s.substr(start, slash - start));
    start = slash + 1;
  }
  return parts;
}

// Matches one character class starting at pattern[p] == '['; advances p past it.
bool matchClass(std::string_view pattern, std::size_t& p, char c) {
  std::size_t i = p + 1;
  bool negate = false;
  if (i < pattern.size() && (pattern[i] == '!' || pattern[i] == '^')) negate = true, ++i;
  bool matched = false;
  bool first = true;
  for (; i < pattern.size() && (pattern[i] != ']' || first); ++i, first = false) {
    if (i + 2 < pattern.size() && pattern[i + 1] == '-' && pattern[i + 2] != ']') {
      matched = matched || (c >= pattern[i] && c <= pattern[i + 2]);
      i += 2;
    } else {
      matched = matched || c == pattern[i];
    }
  }
  if (i >= pattern.size()) {  // unterminated: '[' is a literal
    p += 1;
    return c == '[';
  }
  p = i + 1;
  return matched != negate;
}

// One segment, no '/': classic wildcard matching with one backtrack point.
bool matchSegment(std::string_view pattern, std::string_view text) {
  std::size_t p = 0, t = 0;
  std::size_t star_p = std::string_view::npos, star_t = 0;
  while (t < text.size()) {
    if (p < pattern.size() && pattern[p] == '*') {
      star_p = ++p;
      star_t = t;
      continue;
    }
    if (p < pattern.size()) {
      std::size_t next = p;
      bool ok = false;
      if (pattern[p] == '?') {
        ok = true, next = p + 1;
      } else if (pattern[p] == '[') {
        ok = matchClass(pattern, next, text[t]);
      } else if (pattern[p] == '\\' && p + 1 < pattern.size()) {
        ok = pattern[p + 1] == text[t], next = p + 2;
      } else {
        ok = pattern[p] == text[t], next = p + 1;
      }
      if (ok) {
        p = next, ++t;
        continue;
      }
    }
    if (star_p == std::string_view::npos) return false;
    p = star_p;
    t = ++star_t;
  }
  while (p < pattern.size() && pattern[p] == '*') ++p;
  return p == pattern.size();
}

}  // namespace

bool globMatch(std::string_view pattern, std::string_view path) {
  const auto pat = splitSegments(pattern);
  const auto segs = splitSegments(path);
  // reachable[j]: pattern prefix matched so far can stand before path segment j.
  std::vector<char> reachable(segs.size() + 1, 0), next(segs.size() + 1, 0);
  reachable[0] = 1;
  for (std::string_view p : pat) {
    std::fill(next.begin(), next.end(), 0);
    if (p == "**") {
      bool any = false;
      for (std::size_t j = 0; j <= segs.size(); ++j) {
        any = any || reachable[j];
        next[j] = any;
      }
    } else {
      for (std::size_t j = 0; j < segs.size(); ++j)
        if (reachable[j] && matchSegment(p, segs[j])) next[j + 1] = 1;
    }
    reachable.swap(next);
  }
  return reachable[segs.size()] != 0;
}

}  // namespace copydesk
