#include "markup/FrontMatter.h"

#include <algorithm>
#include <string>
#include <vector>

#include "markup/ProseScan.h"

namespace copydesk::markup {
namespace {

using detail::isLineEnd;
using detail::isSpaceOrTab;
using detail::lineEndLength;

std::string_view trim(std::string_view s) {
  while (!s.empty() && (isSpaceOrTab(s.front()) || isLineEnd(s.front()))) s.remove_prefix(1);
  while (!s.empty() && (isSpaceOrTab(s.back()) || isLineEnd(s.back()))) s.remove_suffix(1);
  return s;
}

struct LineRef {
  std::size_t begin = 0;  // first byte
  std::size_t end = 0;    // before the terminator
  std::size_t next = 0;   // after the terminator
};

LineRef lineAt(std::string_view text, std::size_t begin) {
  std::size_t end = begin;
  while (end < text.size() && !isLineEnd(text[end])) ++end;
  return LineRef{begin, end, end + lineEndLength(text, end)};
}

// A fence line: exactly `fence` followed by optional spaces/tabs.
bool isFenceLine(std::string_view line, std::string_view fence) {
  if (line.substr(0, fence.size()) != fence) return false;
  for (std::size_t k = fence.size(); k < line.size(); ++k) {
    if (!isSpaceOrTab(line[k])) return false;
  }
  return true;
}

// Appends the escape sequence starting after a backslash at s[k]; returns the
// index after it.
std::size_t appendEscape(std::string& out, std::string_view s, std::size_t k) {
  if (k >= s.size()) return k;
  switch (s[k]) {
    case 'n': out.push_back('\n'); break;
    case 't': out.push_back('\t'); break;
    case 'r': out.push_back('\r'); break;
    case '"': out.push_back('"'); break;
    case '\\': out.push_back('\\'); break;
    case '/': out.push_back('/'); break;
    default:
      out.push_back('\\');
      out.push_back(s[k]);
      break;
  }
  return k + 1;
}

// Parses a quoted string starting at s[0] (' or "). Sets `consumed` to the
// bytes used (the whole input when unterminated). YAML single quotes double
// '' as an escape; TOML literal strings do not (`yaml_single`).
std::string parseQuoted(std::string_view s, std::size_t& consumed, bool yaml_single) {
  std::string out;
  const char quote = s[0];
  std::size_t k = 1;
  while (k < s.size()) {
    const char c = s[k];
    if (quote == '"' && c == '\\') {
      k = appendEscape(out, s, k + 1);
      continue;
    }
    if (c == quote) {
      if (quote == '\'' && yaml_single && k + 1 < s.size() && s[k + 1] == '\'') {
        out.push_back('\'');
        k += 2;
        continue;
      }
      consumed = k + 1;
      return out;
    }
    out.push_back(c);
    ++k;
  }
  consumed = s.size();
  return out;
}

// A scalar: quoted, or plain with a trailing " #comment" removed.
std::string scalarValue(std::string_view s, bool yaml) {
  s = trim(s);
  if (s.empty()) return {};
  if (s[0] == '"' || s[0] == '\'') {
    std::size_t used = 0;
    return parseQuoted(s, used, yaml);
  }
  for (std::size_t k = 0; k < s.size(); ++k) {
    if (s[k] == '#' && (k == 0 || isSpaceOrTab(s[k - 1]))) {
      s = s.substr(0, k);
      break;
    }
  }
  return std::string(trim(s));
}

// Parses "[a, 'b', c]" starting at s[0] == '['; nested lists and inline maps are
// kept raw. Items are joined with ','. `consumed` gets the bytes used.
std::string parseList(std::string_view s, std::size_t& consumed, bool yaml) {
  std::string out;
  std::size_t k = 1;
  bool first = true;
  const auto addItem = [&](std::string_view item, bool quoted_value, const std::string& value) {
    if (!quoted_value) item = trim(item);
    if (!quoted_value && item.empty()) return;
    if (!first) out.push_back(',');
    first = false;
    if (quoted_value) {
      out += value;
    } else {
      out.append(item);
    }
  };
  while (k < s.size()) {
    // Skip whitespace, newlines and comments between items.
    while (k < s.size()) {
      if (isSpaceOrTab(s[k]) || isLineEnd(s[k]) || s[k] == ',') {
        ++k;
      } else if (s[k] == '#') {
        while (k < s.size() && !isLineEnd(s[k])) ++k;
      } else {
        break;
      }
    }
    if (k >= s.size()) break;
    if (s[k] == ']') {
      consumed = k + 1;
      return out;
    }
    if (s[k] == '"' || s[k] == '\'') {
      std::size_t used = 0;
      const std::string value = parseQuoted(s.substr(k), used, yaml);
      addItem({}, true, value);
      k += used;
      continue;
    }
    // A bare item, or a nested [..] / {..} kept raw (depth counted, no recursion).
    const std::size_t start = k;
    int depth = 0;
    while (k < s.size()) {
      const char c = s[k];
      if (c == '[' || c == '{') {
        ++depth;
      } else if (c == ']' || c == '}') {
        if (depth == 0 && c == ']') break;  // the end of this list
        if (depth > 0) --depth;             // a stray '}' is part of the item
      } else if ((c == ',' || isLineEnd(c)) && depth == 0) {
        break;
      } else if (c == '"' || c == '\'') {
        std::size_t used = 0;
        parseQuoted(s.substr(k), used, yaml);
        k += used;
        continue;
      }
      ++k;
    }
    addItem(s.substr(start, k - start), false, {});
  }
  consumed = s.size();
  return out;
}

void appendListItem(std::string& field, const std::string& item) {
  if (!field.empty()) field.push_back(',');
  field += item;
}

// ---------------------------------------------------------------- YAML

void parseYaml(std::string_view text, std::size_t begin, std::size_t end, FrontMatter& fm) {
  std::vector<LineRef> lines;
  for (std::size_t p = begin; p < end;) {
    LineRef line = lineAt(text, p);
    if (line.end > end) line.end = end;
    lines.push_back(line);
    if (line.next <= p) break;
    p = line.next;
  }
  struct Pending {
    std::size_t indent;
    std::string key;
  };
  std::vector<Pending> stack;
  const auto lineText = [&](std::size_t li) {
    std::string_view s = text.substr(lines[li].begin, lines[li].end - lines[li].begin);
    while (!s.empty() && (isSpaceOrTab(s.back()) || isLineEnd(s.back()))) s.remove_suffix(1);
    return s;
  };
  const auto indentOf = [](std::string_view s) {
    std::size_t n = 0;
    while (n < s.size() && isSpaceOrTab(s[n])) ++n;
    return n;
  };

  for (std::size_t li = 0; li < lines.size(); ++li) {
    const std::string_view line = lineText(li);
    const std::size_t indent = indentOf(line);
    const std::string_view content = line.substr(indent);
    if (content.empty() || content[0] == '#') continue;

    if (content == "-" || content.substr(0, 2) == "- ") {
      while (!stack.empty() && stack.back().indent > indent) stack.pop_back();
      if (stack.empty()) continue;  // a top-level sequence: no key to store it under
      const std::string_view item = trim(content.substr(1));
      if (item.empty()) continue;
      std::string value;
      if (item[0] == '[') {
        std::size_t used = 0;
        value = parseList(item, used, true);
      } else {
        value = scalarValue(item, true);
      }
      appendListItem(fm.fields[stack.back().key], value);
      continue;
    }

    while (!stack.empty() && stack.back().indent >= indent) stack.pop_back();

    // The key: quoted, or everything up to ": " / a final ':'.
    std::string key;
    std::size_t colon = std::string_view::npos;
    if (content[0] == '"' || content[0] == '\'') {
      std::size_t used = 0;
      key = parseQuoted(content, used, true);
      std::size_t k = used;
      while (k < content.size() && isSpaceOrTab(content[k])) ++k;
      if (k < content.size() && content[k] == ':') colon = k;
    } else {
      for (std::size_t k = 0; k < content.size(); ++k) {
        if (content[k] == ':' && (k + 1 == content.size() || isSpaceOrTab(content[k + 1]))) {
          colon = k;
          break;
        }
        if (content[k] == '#' && k > 0 && isSpaceOrTab(content[k - 1])) break;
      }
      if (colon != std::string_view::npos) key = std::string(trim(content.substr(0, colon)));
    }
    if (colon == std::string_view::npos || key.empty()) continue;
    std::string full = stack.empty() ? key : stack.back().key + "." + key;
    const std::string_view value = trim(content.substr(colon + 1));

    if (value.empty() || value[0] == '#') {
      stack.push_back(Pending{indent, std::move(full)});
      continue;
    }
    if (value[0] == '|' || value[0] == '>') {
      // Block scalar: the following lines indented deeper (or blank).
      const bool literal = value[0] == '|';
      std::string joined;
      std::size_t pending_blank = 0;
      while (li + 1 < lines.size()) {
        const std::string_view next = lineText(li + 1);
        const std::size_t next_indent = indentOf(next);
        if (next_indent == next.size()) {  // blank
          ++pending_blank;
          ++li;
          continue;
        }
        if (next_indent <= indent) break;
        if (!joined.empty()) {
          if (literal || pending_blank > 0) {
            joined.append(pending_blank + (literal ? 1 : 0), '\n');
          } else {
            joined.push_back(' ');
          }
        }
        pending_blank = 0;
        joined.append(next.substr(next_indent));
        ++li;
      }
      fm.fields[std::move(full)] = std::move(joined);
      continue;
    }
    if (value[0] == '[') {
      // An inline list, possibly continued on the following lines.
      std::size_t used = 0;
      std::string list = parseList(value, used, true);
      if (used == value.size() && (value.empty() || value.back() != ']')) {
        const auto start = static_cast<std::size_t>(value.data() - text.data());
        std::size_t stop = start;
        while (li + 1 < lines.size()) {
          ++li;
          stop = lines[li].end;
          if (lineText(li).find(']') != std::string_view::npos) break;
        }
        stop = std::max(stop, lines[li].end);
        const std::string_view whole = text.substr(start, stop - start);
        list = parseList(whole, used, true);
      }
      fm.fields[std::move(full)] = std::move(list);
      continue;
    }
    fm.fields[std::move(full)] = scalarValue(value, true);
  }
}

// ---------------------------------------------------------------- TOML

// "a . 'b c'.d" -> "a.b c.d"
std::string normalizeTomlKey(std::string_view s) {
  std::string out;
  std::size_t k = 0;
  bool first = true;
  while (k < s.size()) {
    while (k < s.size() && isSpaceOrTab(s[k])) ++k;
    if (k >= s.size()) break;
    std::string part;
    if (s[k] == '"' || s[k] == '\'') {
      std::size_t used = 0;
      part = parseQuoted(s.substr(k), used, false);
      k += used;
    } else {
      const std::size_t start = k;
      while (k < s.size() && s[k] != '.') ++k;
      part = std::string(trim(s.substr(start, k - start)));
    }
    while (k < s.size() && isSpaceOrTab(s[k])) ++k;
    if (k < s.size() && s[k] == '.') ++k;
    if (!first) out.push_back('.');
    first = false;
    out += part;
  }
  return out;
}

// Parses the TOML value starting at text[p] (before `end`); returns it and
// moves `p` past it.
std::string parseTomlValue(std::string_view text, std::size_t& p, std::size_t end) {
  const std::string_view rest = text.substr(p, end - p);
  if (rest.empty()) return {};
  if (rest.substr(0, 3) == "\"\"\"" || rest.substr(0, 3) == "'''") {
    const std::string_view delim = rest.substr(0, 3);
    std::size_t k = 3;
    if (k < rest.size() && rest[k] == '\n') {
      ++k;
    } else if (rest.substr(k, 2) == "\r\n") {
      k += 2;
    }
    const std::size_t close = rest.find(delim, k);
    const std::size_t stop = close == std::string_view::npos ? rest.size() : close;
    std::string out;
    if (delim[0] == '"') {
      for (std::size_t i = k; i < stop;) {
        if (rest[i] == '\\') {
          i = appendEscape(out, rest.substr(0, stop), i + 1);
        } else {
          out.push_back(rest[i++]);
        }
      }
    } else {
      out.assign(rest.substr(k, stop - k));
    }
    p += close == std::string_view::npos ? rest.size() : close + 3;
    return out;
  }
  if (rest[0] == '"' || rest[0] == '\'') {
    const LineRef line = lineAt(text, p);
    std::size_t used = 0;
    std::string out = parseQuoted(text.substr(p, std::min(line.end, end) - p), used, false);
    p += used;
    return out;
  }
  if (rest[0] == '[') {
    std::size_t used = 0;
    std::string out = parseList(rest, used, false);
    p += used;
    return out;
  }
  if (rest[0] == '{') {
    // Inline table: kept raw up to the matching brace (strings respected).
    std::size_t k = 1;
    int depth = 1;
    while (k < rest.size() && depth > 0) {
      const char c = rest[k];
      if (c == '"' || c == '\'') {
        std::size_t used = 0;
        parseQuoted(rest.substr(k), used, false);
        k += used;
        continue;
      }
      if (c == '{') ++depth;
      if (c == '}') --depth;
      ++k;
    }
    p += k;
    return std::string(rest.substr(0, k));
  }
  const LineRef line = lineAt(text, p);
  const std::size_t stop = std::min(line.end, end);
  std::string out = scalarValue(text.substr(p, stop - p), false);
  p = stop;
  return out;
}

void parseToml(std::string_view text, std::size_t begin, std::size_t end, FrontMatter& fm) {
  std::string prefix;
  std::size_t p = begin;
  while (p < end) {
    while (p < end && isSpaceOrTab(text[p])) ++p;
    if (p >= end) break;
    if (isLineEnd(text[p])) {
      p += lineEndLength(text, p);
      continue;
    }
    LineRef line = lineAt(text, p);
    line.end = std::min(line.end, end);
    const std::string_view content = text.substr(p, line.end - p);
    if (content[0] == '#') {
      p = line.next;
      continue;
    }
    if (content[0] == '[') {
      const bool array = content.size() > 1 && content[1] == '[';
      const std::size_t open = array ? 2 : 1;
      const std::size_t close = content.find(']', open);
      if (close != std::string_view::npos) prefix = normalizeTomlKey(content.substr(open, close - open));
      p = line.next;
      continue;
    }
    // key = value, with '=' outside quotes.
    std::size_t eq = std::string_view::npos;
    for (std::size_t k = 0; k < content.size(); ++k) {
      const char c = content[k];
      if (c == '"' || c == '\'') {
        std::size_t used = 0;
        parseQuoted(content.substr(k), used, false);
        k += used - 1;
        continue;
      }
      if (c == '=') {
        eq = k;
        break;
      }
    }
    if (eq == std::string_view::npos) {
      p = line.next;
      continue;
    }
    const std::string key = normalizeTomlKey(content.substr(0, eq));
    std::size_t v = p + eq + 1;
    while (v < line.end && isSpaceOrTab(text[v])) ++v;
    std::string value = parseTomlValue(text, v, end);
    if (!key.empty()) fm.fields[prefix.empty() ? key : prefix + "." + key] = std::move(value);
    // Continue after the line on which the value ended.
    p = lineAt(text, std::min(v, end)).next;
  }
}

}  // namespace

FrontMatterResult parseFrontMatter(std::string_view text) {
  FrontMatterResult result;
  std::size_t start = 0;
  if (text.substr(0, 3) == "\xEF\xBB\xBF") start = 3;
  result.body_begin = start;

  const LineRef open = lineAt(text, start);
  const std::string_view open_line = text.substr(open.begin, open.end - open.begin);
  FrontMatterFormat format = FrontMatterFormat::None;
  if (isFenceLine(open_line, "---")) {
    format = FrontMatterFormat::Yaml;
  } else if (isFenceLine(open_line, "+++")) {
    format = FrontMatterFormat::Toml;
  } else {
    return result;
  }
  if (open.next == open.end) return result;  // "---" and nothing after it

  for (std::size_t p = open.next; p < text.size();) {
    const LineRef line = lineAt(text, p);
    const std::string_view s = text.substr(line.begin, line.end - line.begin);
    const bool closes =
        format == FrontMatterFormat::Yaml ? (isFenceLine(s, "---") || isFenceLine(s, "...")) : isFenceLine(s, "+++");
    if (closes) {
      FrontMatter& fm = result.front_matter;
      fm.format = format;
      fm.span = ByteSpan{start, line.end};
      if (format == FrontMatterFormat::Yaml) {
        parseYaml(text, open.next, line.begin, fm);
      } else {
        parseToml(text, open.next, line.begin, fm);
      }
      result.body_begin = line.next;
      return result;
    }
    if (line.next <= p) break;
    p = line.next;
  }
  return result;  // unterminated: not front matter
}

}  // namespace copydesk::markup
