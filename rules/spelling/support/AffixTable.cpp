#include "spelling/support/AffixTable.h"

#include <charconv>

namespace copydesk {

namespace {

std::vector<std::string_view> fields(std::string_view line) {
  std::vector<std::string_view> out;
  std::size_t i = 0;
  while (i < line.size()) {
    while (i < line.size() && (line[i] == ' ' || line[i] == '\t' || line[i] == '\r')) ++i;
    const std::size_t start = i;
    while (i < line.size() && line[i] != ' ' && line[i] != '\t' && line[i] != '\r') ++i;
    if (i > start) out.push_back(line.substr(start, i - start));
  }
  return out;
}

bool touchesAsciiWordCharacters(std::string_view pattern) {
  for (char c : pattern)
    if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '\'') return true;
  return false;
}

bool isCount(std::string_view field) {
  unsigned value = 0;
  const auto [end, ec] = std::from_chars(field.data(), field.data() + field.size(), value);
  return ec == std::errc() && end == field.data() + field.size();
}

// Keywords whose effect on which words are accepted the expansion does not model.
constexpr std::string_view kUnsupported[] = {
    "FLAG",         "AF",          "COMPOUNDFLAG", "COMPOUNDBEGIN", "COMPOUNDMIDDLE",
    "COMPOUNDLAST", "COMPOUNDEND", "IGNORE",       "CHECKSHARPS",   "COMPLEXPREFIXES"};

// The length of the character starting at `i`: hunspell compares code points.
// A lead byte and its continuation bytes, so that walking backwards agrees.
std::size_t characterLength(std::string_view text, std::size_t i) {
  std::size_t length = 1;
  while (i + length < text.size() && (static_cast<unsigned char>(text[i + length]) & 0xC0) == 0x80) ++length;
  return length;
}

}  // namespace

std::optional<AffixTable> AffixTable::parse(std::string_view aff_text, std::string& why) {
  AffixTable table;
  AffixClass* open_class = nullptr;
  unsigned entries_left = 0;
  while (!aff_text.empty()) {
    const std::size_t newline = aff_text.find('\n');
    const std::string_view line = aff_text.substr(0, newline);
    aff_text = newline == std::string_view::npos ? std::string_view{} : aff_text.substr(newline + 1);
    const std::vector<std::string_view> f = fields(line);
    if (f.empty() || f[0].front() == '#') continue;
    const std::string_view key = f[0];
    for (std::string_view unsupported : kUnsupported) {
      if (key == unsupported) {
        why = "the .aff uses " + std::string(key);
        return std::nullopt;
      }
    }
    if (key == "SET" && f.size() > 1 && f[1] != "UTF-8") {
      why = "a legacy encoding (SET " + std::string(f[1]) + ")";
      return std::nullopt;
    }
    if (key == "LANG" && f.size() > 1 &&
        (f[1].starts_with("tr") || f[1].starts_with("az") || f[1].starts_with("crh"))) {
      why = "Turkic case rules (LANG " + std::string(f[1]) + ")";
      return std::nullopt;
    }
    if ((key == "ICONV" || key == "BREAK") && f.size() > 1 && !isCount(f[1]) && touchesAsciiWordCharacters(f[1])) {
      why = "the .aff's " + std::string(key) + " rewrites letters";
      return std::nullopt;
    }
    if (key == "COMPOUNDRULE" && f.size() > 1 && !isCount(f[1])) {
      for (char c : f[1])
        if (c != '*' && c != '?' && c != '(' && c != ')') table.compound_flags.push_back(c);
      continue;
    }
    if (key != "PFX" && key != "SFX") continue;
    if (f.size() < 4 || f[1].size() != 1) {
      why = "an affix line with a multi-character flag";
      return std::nullopt;
    }
    if (entries_left == 0) {  // a class header: "SFX D Y 4"
      table.classes.push_back({f[1][0], key == "PFX", f[2] == "Y", {}});
      open_class = &table.classes.back();
      entries_left = isCount(f[3]) ? static_cast<unsigned>(std::stoul(std::string(f[3]))) : 0;
      continue;
    }
    --entries_left;
    if (f[1][0] != open_class->flag || f[2].empty()) continue;
    AffixEntry entry;
    entry.strip = f[2] == "0" ? "" : std::string(f[2]);
    entry.append = f[3] == "0" ? "" : std::string(f[3]);
    if (entry.append.find('/') != std::string::npos) {
      why = "affixes with continuation classes";
      return std::nullopt;
    }
    entry.condition = parseCondition(f.size() > 4 ? f[4] : ".");
    open_class->entries.push_back(std::move(entry));
  }
  return table;
}

std::vector<std::string> parseCondition(std::string_view condition) {
  std::vector<std::string> elements;
  bool any_only = true;
  for (std::size_t i = 0; i < condition.size();) {
    std::size_t length = characterLength(condition, i);
    if (condition[i] == '[') {
      const std::size_t close = condition.find(']', i + 1);
      if (close == std::string_view::npos) return {};
      length = close + 1 - i;
    }
    elements.emplace_back(condition.substr(i, length));
    any_only = any_only && elements.back() == ".";
    i += length;
  }
  if (any_only) elements.clear();
  return elements;
}

namespace {

bool elementMatches(std::string_view element, std::string_view character) {
  if (element == ".") return true;
  if (element.front() != '[') return element == character;
  std::string_view members = element.substr(1, element.size() - 2);
  const bool negated = !members.empty() && members.front() == '^';
  if (negated) members.remove_prefix(1);
  bool found = false;
  for (std::size_t i = 0; i < members.size() && !found;) {
    const std::size_t length = characterLength(members, i);
    found = members.substr(i, length) == character;
    i += length;
  }
  return found != negated;
}

}  // namespace

bool conditionHolds(const std::vector<std::string>& condition, std::string_view root, bool prefix) {
  if (prefix) {
    std::size_t pos = 0;
    for (const std::string& element : condition) {
      if (pos >= root.size()) return true;
      const std::size_t length = characterLength(root, pos);
      if (!elementMatches(element, root.substr(pos, length))) return false;
      pos += length;
    }
    return true;
  }
  std::size_t end = root.size();
  for (auto element = condition.rbegin(); element != condition.rend(); ++element) {
    if (end == 0) return true;
    std::size_t start = end - 1;
    while (start > 0 && (static_cast<unsigned char>(root[start]) & 0xC0) == 0x80) --start;
    if (!elementMatches(*element, root.substr(start, end - start))) return false;
    end = start;
  }
  return true;
}

}  // namespace copydesk
