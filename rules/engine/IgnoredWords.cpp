#include "engine/IgnoredWords.h"

#include <algorithm>

#include "markup/Formats.h"
#include "text/Ascii.h"
#include "text/CommaList.h"
#include "text/Utf.h"

namespace copydesk {

namespace {

constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";

std::size_t indentOf(std::string_view line) { return std::min(line.find_first_not_of(' '), line.size()); }

// A word as a double-quoted string, as TOML and YAML both read it.
std::string tomlItem(std::string_view word) {
  std::string quoted = "\"";
  for (char c : word) {
    if (c == '"' || c == '\\') quoted += '\\';
    quoted += c;
  }
  return quoted + "\"";
}

// A word as a YAML list item: plain when nothing in it means something to YAML.
std::string yamlItem(std::string_view word) {
  const bool plain = std::all_of(word.begin(), word.end(), [](char c) {
    return static_cast<unsigned char>(c) >= 0x80 || std::isalnum(static_cast<unsigned char>(c)) || c == '-' ||
           c == '\'' || c == '_' || c == '.';
  });
  if (plain && !word.empty() && word.front() != '\'' && word.front() != '-') return std::string(word);
  return tomlItem(word);
}

// The lines of the front matter between its fences.
struct FrontMatterLines {
  std::size_t first = 0;  // the line after the opening fence
  std::size_t fence = 0;  // the closing fence's line
};

FrontMatterLines linesOf(const Document& document) {
  const LineIndex& lines = document.lines();
  const ByteSpan span = document.prose().front_matter.span;
  FrontMatterLines out;
  out.first = lines.lineOf(span.begin) + 1;
  // The span ends after the closing fence's line end (or at the end of the text).
  std::size_t last = lines.lineOf(span.end == 0 ? 0 : span.end - 1);
  if (last > 0 && lines.lineStart(last) == span.end) --last;
  out.fence = last;
  return out;
}

// Adds `item` to the inline list "[...]" that ends line `line`.
std::optional<TextEdit> appendToInlineList(const Document& document, std::size_t line, const std::string& item) {
  const LineIndex& lines = document.lines();
  const std::string_view text = document.slice({lines.lineStart(line), lines.lineEnd(line)});
  const std::size_t close = text.find_last_of(']');
  const std::size_t open = text.find('[');
  if (close == std::string_view::npos || open == std::string_view::npos || open > close) return std::nullopt;
  const bool empty = trimBlanks(text.substr(open + 1, close - open - 1)).empty();
  const std::size_t at = lines.lineStart(line) + close;
  return TextEdit{{at, at}, empty ? item : ", " + item};
}

std::optional<TextEdit> yamlEdit(const Document& document, std::string_view word) {
  const LineIndex& lines = document.lines();
  const FrontMatterLines fm = linesOf(document);
  const std::string item = yamlItem(word);
  std::optional<std::size_t> copydesk_line;
  for (std::size_t line = fm.first; line < fm.fence; ++line) {
    const std::string_view text = document.slice({lines.lineStart(line), lines.lineEnd(line)});
    const std::string_view trimmed = trimBlanks(text);
    if (indentOf(text) == 0 && trimmed.starts_with("copydesk:")) {
      if (!trimBlanks(trimmed.substr(9)).empty()) return std::nullopt;  // a flow map: not edited
      copydesk_line = line;
      continue;
    }
    if (!copydesk_line || indentOf(text) == 0 || !trimmed.starts_with("ignore_words:")) continue;
    const std::string_view value = trimBlanks(trimmed.substr(13));
    if (!value.empty()) return appendToInlineList(document, line, item);
    // A block list: a new item after the key, indented like the next item (or by two more).
    std::size_t indent = indentOf(text) + 2;
    if (line + 1 < fm.fence) {
      const std::string_view next = document.slice({lines.lineStart(line + 1), lines.lineEnd(line + 1)});
      if (trimBlanks(next).starts_with("- ")) indent = indentOf(next);
    }
    const std::size_t at = lines.lineEnd(line);
    return TextEdit{{at, at}, "\n" + std::string(indent, ' ') + "- " + item};
  }
  if (copydesk_line) {
    const std::size_t at = lines.lineEnd(*copydesk_line);
    return TextEdit{{at, at}, "\n  ignore_words: [" + item + "]"};
  }
  const std::size_t at = lines.lineStart(fm.fence);
  return TextEdit{{at, at}, "copydesk:\n  ignore_words: [" + item + "]\n"};
}

std::optional<TextEdit> tomlEdit(const Document& document, std::string_view word) {
  const LineIndex& lines = document.lines();
  const FrontMatterLines fm = linesOf(document);
  const std::string item = tomlItem(word);
  std::optional<std::size_t> table_line;
  for (std::size_t line = fm.first; line < fm.fence; ++line) {
    const std::string_view trimmed = trimBlanks(document.slice({lines.lineStart(line), lines.lineEnd(line)}));
    if (trimmed.starts_with("[")) {
      if (table_line) break;  // the next table: the list is not in [copydesk]
      if (trimmed == "[copydesk]") table_line = line;
      continue;
    }
    if (table_line && trimmed.starts_with("ignore_words")) return appendToInlineList(document, line, item);
  }
  if (table_line) {
    const std::size_t at = lines.lineEnd(*table_line);
    return TextEdit{{at, at}, "\nignore_words = [" + item + "]"};
  }
  const std::size_t at = lines.lineStart(fm.fence);
  return TextEdit{{at, at}, "[copydesk]\nignore_words = [" + item + "]\n"};
}

}  // namespace

std::vector<std::string> ignoredWords(const Document& document) {
  return commaList(document.prose().front_matter.get(kIgnoreWordsKey));
}

void dropIgnoredWords(const Document& document, std::vector<Finding>& findings) {
  const std::vector<std::string> words = ignoredWords(document);
  if (words.empty()) return;
  std::erase_if(findings, [&](const Finding& finding) {
    if (finding.rule_id != "spelling") return false;
    const std::string_view text = document.slice(finding.span);
    const std::string lower = utf::toLower(text);
    return std::any_of(words.begin(), words.end(),
                       [&](const std::string& word) { return word == text || word == lower; });
  });
}

std::optional<TextEdit> ignoreWordEdit(const Document& document, std::string_view word) {
  if (word.empty() || word.find_first_of("\r\n") != std::string_view::npos) return std::nullopt;
  switch (document.prose().front_matter.format) {
    case FrontMatterFormat::Yaml: return yamlEdit(document, word);
    case FrontMatterFormat::Toml: return tomlEdit(document, word);
    case FrontMatterFormat::Markup: return std::nullopt;  // metadata in the format's own markup: no list to add to
    case FrontMatterFormat::None: break;
  }
  if (document.format() != DocumentFormat::Markdown && document.format() != DocumentFormat::Mdx) return std::nullopt;
  const std::size_t at = document.text().starts_with(kUtf8Bom) ? kUtf8Bom.size() : 0;
  return TextEdit{{at, at}, "---\ncopydesk:\n  ignore_words: [" + yamlItem(word) + "]\n---\n\n"};
}

}  // namespace copydesk
