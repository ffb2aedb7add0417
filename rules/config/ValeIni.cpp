// An INI reader for Vale's configuration (no std::regex; line by line).
#include "config/ValeIni.h"

#include <filesystem>
#include <fstream>
#include <sstream>

#include "text/Ascii.h"
#include "text/CommaList.h"

namespace copydesk {

namespace {

namespace fs = std::filesystem;

// "*.{md,txt}" -> "*.md", "*.txt" (copydesk's globs have no braces).
std::vector<std::string> expandBraces(std::string_view glob) {
  const std::size_t open = glob.find('{');
  const std::size_t close = glob.find('}', open);
  if (open == std::string_view::npos || close == std::string_view::npos) return {std::string(glob)};
  std::vector<std::string> out;
  for (const std::string& choice : commaList(glob.substr(open + 1, close - open - 1)))
    for (std::string& rest : expandBraces(glob.substr(close + 1)))
      out.push_back(std::string(glob.substr(0, open)) + choice + rest);
  return out;
}

// A value may be quoted and may hold a pattern with commas: TokenIgnores are
// comma-separated only outside parentheses and brackets.
std::vector<std::string> patternList(std::string_view value) {
  std::vector<std::string> out;
  int depth = 0;
  std::string current;
  for (std::size_t i = 0; i < value.size(); ++i) {
    const char c = value[i];
    if (c == '\\' && i + 1 < value.size()) {
      current += c;
      current += value[++i];
      continue;
    }
    if (c == '(' || c == '[') ++depth;
    if ((c == ')' || c == ']') && depth > 0) --depth;
    if (c == ',' && depth == 0) {
      if (!trimBlanks(current).empty()) out.emplace_back(trimBlanks(current));
      current.clear();
      continue;
    }
    current += c;
  }
  if (!trimBlanks(current).empty()) out.emplace_back(trimBlanks(current));
  return out;
}

}  // namespace

std::string findValeIni(std::string_view folder) {
  std::error_code ec;
  fs::path dir = fs::absolute(fs::path(folder), ec).lexically_normal();
  while (true) {
    for (const char* name : {".vale.ini", "_vale.ini", ".vale", "_vale"}) {
      const fs::path candidate = dir / name;
      if (fs::is_regular_file(candidate, ec)) return candidate.string();
    }
    if (!dir.has_parent_path() || dir.parent_path() == dir) return {};
    dir = dir.parent_path();
  }
}

ValeIni parseValeIni(std::string_view text, const std::string& path) {
  ValeIni ini;
  ini.path = path;
  ValeIniSection* section = &ini.global;
  std::string styles_path;
  int number = 0;
  while (!text.empty()) {
    const std::size_t newline = text.find('\n');
    std::string_view line = trimBlanks(text.substr(0, newline));
    text = newline == std::string_view::npos ? std::string_view() : text.substr(newline + 1);
    ++number;
    if (line.empty() || line[0] == '#' || line[0] == ';') continue;
    const std::string at = path + ":" + std::to_string(number) + ": ";
    if (line[0] == '[') {
      if (line.back() != ']') {
        ini.errors.push_back(at + "a section header must end with ']'");
        continue;
      }
      ValeIniSection next;
      next.globs = expandBraces(trimBlanks(line.substr(1, line.size() - 2)));
      next.line = number;
      ini.sections.push_back(std::move(next));
      section = &ini.sections.back();
      continue;
    }
    const std::size_t equals = line.find('=');
    if (equals == std::string_view::npos) {
      ini.errors.push_back(at + "expected 'Key = value', got '" + std::string(line) + "'");
      continue;
    }
    const std::string key(trimBlanks(line.substr(0, equals)));
    std::string_view value = trimBlanks(line.substr(equals + 1));
    if (value.size() >= 2 && (value.front() == '"' || value.front() == '\'') && value.back() == value.front())
      value = value.substr(1, value.size() - 2);
    if (key == "StylesPath") styles_path = std::string(value);
    else if (key == "MinAlertLevel") {
      if (value != "suggestion" && value != "warning" && value != "error")
        ini.errors.push_back(at + "MinAlertLevel must be suggestion, warning or error");
      else ini.min_alert_level = std::string(value);
    } else if (key == "Vocab") ini.vocab = commaList(value);
    else if (key == "BasedOnStyles") section->based_on_styles = commaList(value);
    else if (key == "TokenIgnores") section->token_ignores = patternList(value);
    else if (key == "BlockIgnores") section->block_ignores = patternList(value);
    else if (key == "IgnoredScopes") section->ignored_scopes = commaList(value);
    else if (key == "SkippedScopes") section->skipped_scopes = commaList(value);
    else if (key.find('.') != std::string::npos && key.find(' ') == std::string::npos) {
      const bool known =
          value == "YES" || value == "NO" || value == "suggestion" || value == "warning" || value == "error";
      if (!known) ini.errors.push_back(at + key + " must be YES, NO, suggestion, warning or error");
      else section->rules.emplace_back(key, std::string(value));
    }
    // Other Vale keys (Packages, IgnoredClasses, WordTemplate, ...) have no effect here.
  }
  const fs::path base = fs::path(path).parent_path();
  ini.styles_path = styles_path.empty()                   ? (base / "styles").string()
                    : fs::path(styles_path).is_absolute() ? styles_path
                                                          : (base / styles_path).lexically_normal().string();
  while (ini.styles_path.size() > 1 && ini.styles_path.back() == '/') ini.styles_path.pop_back();
  return ini;
}

ValeIni loadValeIni(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    ValeIni ini;
    ini.path = path;
    ini.errors.push_back(path + ": cannot read the Vale configuration");
    return ini;
  }
  std::ostringstream text;
  text << in.rdbuf();
  return parseValeIni(text.str(), path);
}

}  // namespace copydesk
