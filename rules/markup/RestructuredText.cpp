// reStructuredText -> ProseMap: a hand-written scanner of the indentation
// structure (no reST parser is packaged for Debian in C or C++). What is prose and
// what is left out: README.md, Formats; the contract: markup/Prose.h.
#include <string>
#include <utility>

#include "markup/BlockBuilder.h"
#include "markup/Comments.h"
#include "markup/InlineProse.h"
#include "markup/Prose.h"
#include "markup/RunExtractor.h"
#include "markup/ScannerBase.h"

namespace copydesk {

namespace {

using namespace markup::detail;

constexpr std::size_t npos = std::string_view::npos;

bool isAdornment(char c) {
  return c == '=' || c == '-' || c == '~' || c == '^' || c == '"' || c == '\'' || c == '`' || c == '#' || c == '*' ||
         c == '+' || c == '_' || c == ':' || c == '.' || c == '<' || c == '>';
}

// A line of one repeated punctuation character (an underline, overline or transition).
bool isAdornmentLine(std::string_view line) {
  if (line.size() < 2 || !isAdornment(line[0])) return false;
  for (char c : line)
    if (c != line[0]) return false;
  return true;
}

// Directives whose content (and arguments) are prose; every other directive
// (code-block, math, image, raw, include, ...) is markup or code.
bool isProseDirective(std::string_view name) {
  for (std::string_view known :
       {"note",       "warning",    "tip",        "important", "caution",    "danger",       "error",
        "hint",       "attention",  "admonition", "seealso",   "topic",      "sidebar",      "epigraph",
        "highlights", "pull-quote", "rubric",     "figure",    "deprecated", "versionadded", "versionchanged",
        "container",  "compound",   "glossary",   "centered",  "only",       "table"})
    if (name == known) return true;
  return false;
}

bool isProseRole(std::string_view role) {
  for (std::string_view known :
       {"emphasis", "strong", "sub", "sup", "subscript", "superscript", "title-reference", "title", "t", "abbr", "dfn"})
    if (role == known) return true;
  return false;
}

// "* ", "- ", "+ ", "• ", "1. ", "#. ", "a) ", "(i) ": the marker's width with
// the blanks after it; 0 when the line is no list item.
std::size_t listMarkerLength(std::string_view line) {
  std::size_t i = 0;
  if (line.starts_with("• ")) {
    i = 3;
  } else if (!line.empty() && (line[0] == '*' || line[0] == '-' || line[0] == '+')) {
    i = 1;
  } else {
    const bool paren = !line.empty() && line[0] == '(';
    i = paren ? 1 : 0;
    const std::size_t start = i;
    if (i < line.size() && line[i] == '#') {
      ++i;
    } else {
      while (i < line.size() && line[i] >= '0' && line[i] <= '9') ++i;
      if (i == start && i + 1 < line.size() && line[i] >= 'a' && line[i] <= 'z') ++i;
    }
    if (i == start || i >= line.size()) return 0;
    if (paren ? line[i] != ')' : (line[i] != '.' && line[i] != ')')) return 0;
    ++i;
  }
  if (i >= line.size() || !isSpaceOrTab(line[i])) return 0;
  while (i < line.size() && isSpaceOrTab(line[i])) ++i;
  return i;
}

class RstScanner : public ScannerBase {
 public:
  using ScannerBase::ScannerBase;

  void run() {
    lines_ = splitLines(text_);
    std::size_t first = rfc822Header();
    body(first, lines_.size(), 0, false);
    out_.close();
  }

 private:
  std::size_t indentOf(std::size_t i) const {
    return skipBlanks(text_, lines_[i].begin, lines_[i].end) - lines_[i].begin;
  }
  bool blank(std::size_t i) const { return isBlankRange(text_, lines_[i].begin, lines_[i].end); }
  std::string_view contentOf(std::size_t i, std::size_t indent) const {
    const Line& l = lines_[i];
    const std::size_t b = std::min(l.begin + indent, l.end);
    return text_.substr(b, trimBlanksBack(text_, b, l.end) - b);
  }

  // PEP-style "Field: value" lines at the very top: metadata, never prose.
  std::size_t rfc822Header() {
    std::size_t i = 0;
    if (lines_.empty()) return 0;
    const std::string_view first = contentOf(0, 0);
    const std::size_t colon = first.find(": ");
    if (colon == npos || colon == 0 || first[0] < 'A' || first[0] > 'Z' || first.find(' ') < colon) return 0;
    for (; i < lines_.size() && !blank(i); ++i) {
      const std::string_view line = contentOf(i, 0);
      const std::size_t c = line.find(": ");
      if (indentOf(i) > 0 || c == npos) continue;
      const std::string_view key = line.substr(0, c);
      if (key == "Title") setMetadata(map_.front_matter, "title", line.substr(c + 2));
      if (key == "Date" || key == "Created") setMetadata(map_.front_matter, "date", line.substr(c + 2));
    }
    return i;
  }

  // The end of the block indented more than `indent` that starts at line `i`
  // (blank lines inside it included, trailing ones not).
  std::size_t indentedEnd(std::size_t i, std::size_t end, std::size_t indent) const {
    std::size_t last = i;
    for (std::size_t k = i; k < end; ++k) {
      if (blank(k)) continue;
      if (indentOf(k) <= indent) break;
      last = k + 1;
    }
    return last;
  }

  // The blocks of lines [i, end) indented by `indent`.
  void body(std::size_t i, std::size_t end, std::size_t indent, bool quote) {
    while (i < end) {
      if (blank(i)) {
        out_.close();
        ++i;
        continue;
      }
      const std::size_t ind = indentOf(i);
      if (ind > indent) {  // an indented block: a block quote
        out_.close();
        const std::size_t j = indentedEnd(i, end, indent);
        body(i, j, ind, true);
        i = j;
        continue;
      }
      i = block(i, end, ind, quote);
    }
    out_.close();
  }

  // One block starting at line `i`; returns the line after it.
  std::size_t block(std::size_t i, std::size_t end, std::size_t indent, bool quote) {
    const Line& line = lines_[i];
    const std::string_view content = contentOf(i, indent);
    const std::size_t at = line.begin + indent;
    out_.close();
    if (content == ".." || content.starts_with(".. ")) return explicitMarkup(i, end, indent, quote);
    if (i + 1 < end && !blank(i + 1) && isAdornmentLine(contentOf(i + 1, 0)) && !isAdornmentLine(content) &&
        contentOf(i + 1, 0).size() >= std::min<std::size_t>(content.size(), 3)) {
      section(contentOf(i + 1, 0), false, at, line.end);
      return i + 2;
    }
    if (content == "::") return literalBlock(i + 1, end, indent);  // "::" alone: the indented block is code
    if (isAdornmentLine(content)) {
      if (i + 2 < end && !blank(i + 1) && contentOf(i + 2, 0) == content) {  // overline and underline
        const std::size_t title = skipBlanks(text_, lines_[i + 1].begin, lines_[i + 1].end);
        section(content, true, title, lines_[i + 1].end);
        return i + 3;
      }
      if (content[0] == '+' || (content[0] == '=' && content.find(' ') != npos)) return table(i, end);
      return i + 1;  // a transition
    }
    if (content.starts_with("+-") || content.starts_with("+=") ||
        (content[0] == '=' && content.find_first_not_of("= ") == npos))
      return table(i, end);
    if (content.starts_with(">>>")) {  // a doctest block
      std::size_t j = i;
      while (j < end && !blank(j)) ++j;
      map_.code_blocks.push_back({line.begin, lines_[j - 1].end});
      return j;
    }
    if (content.starts_with("| ") || content == "|") {  // a line block
      std::size_t j = i;
      out_.open(BlockKind::Paragraph, 0, quote);
      for (; j < end && !blank(j) && indentOf(j) >= indent; ++j) {
        const std::size_t b = lines_[j].begin + indent;
        const std::size_t from = startsWithAt(text_, b, "| ") ? b + 2 : b;
        inlineText(from, lines_[j].end);
        out_.text(lines_[j].end, lines_[j].next);
      }
      out_.close();
      return j;
    }
    if (content.size() > 2 && content[0] == ':' && content[1] != ':' && content.find(':', 1) != npos) {
      const std::size_t close = content.find(": ", 1);
      const bool field = close != npos && content.find('`') > close;
      if (field || (content.back() == ':' && content.find('`') == npos && content.find(' ') == npos)) {
        return fieldList(i, end, indent, quote, close == npos ? content.size() - 1 : close);
      }
    }
    seen_content_ = true;
    if (const std::size_t marker = listMarkerLength(content); marker > 0) {
      const std::size_t item_indent = indent + marker;
      std::size_t j = i + 1;
      while (j < end && !blank(j) && indentOf(j) >= item_indent) ++j;
      out_.open(BlockKind::ListItem, 0, quote);
      inlineText(at + marker, lines_[j - 1].end);
      out_.close();
      const std::size_t item_end = indentedEnd(j, end, indent);
      body(j, item_end, item_indent, quote);
      return item_end;
    }
    // A paragraph: lines at the same indentation up to a blank line.
    std::size_t j = i + 1;
    while (j < end && !blank(j) && indentOf(j) == indent) ++j;
    if (j < end && !blank(j) && indentOf(j) > indent && j == i + 1) {  // a definition list item
      out_.open(BlockKind::ListItem, 0, quote);
      const std::size_t classifier = findIn(text_, at, line.end, " : ");
      inlineText(at, classifier == npos ? line.end : classifier);
      out_.close();
      const std::size_t def_end = indentedEnd(j, end, indent);
      body(j, def_end, indentOf(j), false);
      return def_end;
    }
    std::size_t para_end = lines_[j - 1].end;
    std::size_t text_end = trimBlanksBack(text_, at, para_end);
    bool literal_next = false;
    if (text_end >= at + 2 && text_.substr(text_end - 2, 2) == "::") {
      literal_next = true;
      text_end -= 2;
      // "Paragraph::" reads "Paragraph:"; "text ::" and "::" alone read nothing.
      if (text_end > at && !isSpaceOrTab(text_[text_end - 1]) && !isLineEnd(text_[text_end - 1])) ++text_end;
    }
    out_.open(BlockKind::Paragraph, 0, quote);
    inlineText(at, text_end);
    out_.close();
    return literal_next ? literalBlock(j, end, indent) : j;
  }

  // After "::": the next block indented more than `indent` is a literal block
  // (code). Returns the line after it, or `i` when none follows.
  std::size_t literalBlock(std::size_t i, std::size_t end, std::size_t indent) {
    std::size_t k = i;
    while (k < end && blank(k)) ++k;
    if (k >= end || indentOf(k) <= indent) return i;
    const std::size_t literal_end = indentedEnd(k, end, indent);
    map_.code_blocks.push_back({lines_[k].begin, lines_[literal_end - 1].end});
    return literal_end;
  }

  void section(std::string_view adornment, bool overline, std::size_t begin, std::size_t end) {
    const std::pair<char, bool> style{adornment[0], overline};
    int level = 0;
    for (std::size_t k = 0; k < styles_.size(); ++k)
      if (styles_[k] == style) level = static_cast<int>(k) + 1;
    if (level == 0) {
      styles_.push_back(style);
      level = static_cast<int>(styles_.size());
    }
    out_.open(BlockKind::Heading, std::min(level, 6));
    inlineText(begin, trimBlanksBack(text_, begin, end));
    out_.close();
    seen_content_ = seen_content_ || styles_.size() > 1 || level > 1;  // docinfo follows the title
  }

  // ":Field: body". At the top of the document (docinfo) fields are metadata;
  // elsewhere a field's body is prose (the name is markup).
  std::size_t fieldList(std::size_t i, std::size_t end, std::size_t indent, bool quote, std::size_t close) {
    const Line& line = lines_[i];
    const std::size_t at = line.begin + indent;
    const std::size_t body_end = indentedEnd(i + 1, end, indent);
    const std::size_t text_begin = skipBlanks(text_, at + close + 1, line.end);
    if (!seen_content_) {
      const std::string_view name = text_.substr(at + 1, close - 1);
      const std::string_view value = text_.substr(text_begin, line.end - text_begin);
      if (name == "Date" || name == "date") setMetadata(map_.front_matter, "date", value);
      if (name == "Title" || name == "title") setMetadata(map_.front_matter, "title", value);
      return std::max(body_end, i + 1);
    }
    out_.open(BlockKind::ListItem, 0, quote);
    inlineText(text_begin, line.end);
    out_.close();
    if (body_end > i + 1) body(i + 1, body_end, indentOf(i + 1), quote);
    return std::max(body_end, i + 1);
  }

  // ".. " comments, footnotes, citations, targets, substitutions and directives.
  std::size_t explicitMarkup(std::size_t i, std::size_t end, std::size_t indent, bool quote) {
    const Line& line = lines_[i];
    const std::size_t at = line.begin + indent;
    const std::size_t j = indentedEnd(i + 1, end, indent);
    const std::size_t block_end = j > i + 1 ? lines_[j - 1].end : line.end;
    const std::size_t after = skipBlanks(text_, std::min(at + 2, line.end), line.end);
    const std::string_view rest = text_.substr(after, line.end - after);
    if (rest.starts_with("[")) {  // ".. [1] text", ".. [#] text", ".. [CIT2002] text"
      const std::size_t close = rest.find(']');
      if (close != npos) {
        const std::size_t text_begin = skipBlanks(text_, after + close + 1, line.end);
        out_.open(BlockKind::Paragraph, 0, quote);
        inlineText(text_begin, block_end);
        out_.close();
        map_.footnotes.push_back({std::string(rest.substr(1, close - 1)), {after, block_end}});
        return std::max(j, i + 1);
      }
    }
    if (rest.starts_with("_") || rest.starts_with("|")) return std::max(j, i + 1);  // targets, substitutions
    const std::size_t colons = rest.find("::");
    bool directive = colons != npos && colons > 0;
    for (std::size_t k = 0; directive && k < colons; ++k) {
      const char c = rest[k];
      directive = isAsciiAlnum(static_cast<unsigned char>(c)) || c == '-' || c == '_' || c == ':' || c == '.';
    }
    if (!directive) {  // a comment
      map_.comments.push_back(makeComment(text_, {at, block_end}, {at + 2, block_end}));
      return std::max(j, i + 1);
    }
    const std::string_view name = rest.substr(0, colons);
    const std::string_view name_tail = name.substr(name.rfind(':') == npos ? 0 : name.rfind(':') + 1);
    if (!isProseDirective(name_tail)) {
      if (name != "highlight") map_.code_blocks.push_back({at, block_end});
      return std::max(j, i + 1);
    }
    // Arguments of an admonition or rubric are prose; a figure's is a file name.
    const std::size_t args = skipBlanks(text_, after + colons + 2, line.end);
    if (args < line.end && name_tail != "figure" && name_tail != "only" && name_tail != "table") {
      out_.open(BlockKind::Paragraph, 0, quote);
      inlineText(args, trimBlanksBack(text_, args, line.end));
      out_.close();
    }
    std::size_t k = i + 1;
    while (k < j && (blank(k) || contentOf(k, indentOf(k)).starts_with(":"))) ++k;  // options
    if (k < j) body(k, j, indentOf(k), quote);
    return std::max(j, i + 1);
  }

  // A grid table ("+---+") or a simple table ("=== ==="): the text between
  // the column separators of each row line is a cell (a cell written over
  // several lines gives one cell per line).
  std::size_t table(std::size_t i, std::size_t end) {
    const std::size_t indent = indentOf(i);
    const std::string_view border = contentOf(i, indent);
    const bool grid = border[0] == '+';
    int borders = 0;
    std::size_t j = i;
    for (; j < end; ++j) {
      if (blank(j)) {
        if (grid || borders >= 2) break;
        continue;
      }
      const Line& l = lines_[j];
      const std::string_view row = contentOf(j, indentOf(j));
      if (!grid && row.find_first_not_of("= ") == npos) {
        if (++borders >= 2 && (j + 1 >= end || blank(j + 1))) {
          ++j;
          break;
        }
        continue;
      }
      if (grid && row.starts_with("+")) continue;
      std::size_t cell = l.begin + indent + (grid ? 1 : 0);
      for (std::size_t k = cell; k <= l.end; ++k) {
        const std::size_t column = k - l.begin - std::min(indent, k - l.begin);
        bool boundary = k == l.end;
        if (grid) {
          boundary = boundary || text_[k] == '|';
        } else if (column > 0 && column < border.size()) {
          boundary = boundary || (border[column] == ' ' && border[column - 1] == '=');
        }
        if (!boundary) continue;
        if (k > cell && !isBlankRange(text_, cell, k)) {
          out_.open(BlockKind::TableCell);
          inlineText(cell, trimBlanksBack(text_, cell, k));
          out_.close();
        }
        cell = k + 1;
      }
    }
    return std::max(j, i + 1);
  }

  // Inline markup of [begin, end).
  void inlineText(std::size_t begin, std::size_t end) {
    // What the step below acts on: escapes, literals, references, emphasis; roles, footnote references
    // and substitutions at a word's start.
    static constexpr MarkupBytes kMarkup("\\`_*", ":[|");
    scanInline(out_, text_, begin, end, kMarkup, [&](InlineProse& prose, std::size_t i, unsigned char prev) {
      const char c = text_[i];
      if (c == '\\' && i + 1 < end) {
        prose.skip(i, i + 1);
        return i + 2;
      }
      if (c == '`' && startsWithAt(text_, i, "``")) {
        const std::size_t close = findIn(text_, i + 2, end, "``");
        if (close != npos) return prose.opaque(i, close + 2, PieceKind::Code);
      }
      if (c == ':' && !isWordByte(prev)) {  // :role:`text`
        std::size_t k = i + 1;
        while (k < end && (isAsciiAlnum(static_cast<unsigned char>(text_[k])) || text_[k] == '-' || text_[k] == '_' ||
                           text_[k] == '.' || (text_[k] == ':' && k + 1 < end && text_[k + 1] != '`')))
          ++k;
        if (k > i + 1 && k + 1 < end && text_[k] == ':' && text_[k + 1] == '`') {
          const std::size_t close = findIn(text_, k + 2, end, "`");
          if (close != npos) {
            const std::string_view role = text_.substr(i + 1, k - i - 1);
            if (!isProseRole(role))
              return prose.opaque(i, close + 1, role == "math" ? PieceKind::Math : PieceKind::Code);
            prose.flush(i);
            inlineText(k + 2, close);
            return prose.resume(close + 1);
          }
        }
      }
      if (c == '`' || (c == '_' && i + 1 < end && text_[i + 1] == '`')) {  // `text <url>`_, `ref`_, `title`
        const std::size_t open = c == '_' ? i + 1 : i;
        const std::size_t close = findIn(text_, open + 1, end, "`");
        if (close != npos && close > open + 1) {
          prose.flush(i);
          std::size_t after = close + 1;
          while (after < end && text_[after] == '_' && after < close + 3) ++after;
          std::size_t text_end = close;
          std::string destination;
          if (text_[close - 1] == '>') {
            const std::size_t lt = text_.substr(0, close).rfind('<');
            if (lt != npos && lt > open) {
              destination = std::string(text_.substr(lt + 1, close - 1 - lt - 1));
              text_end = trimBlanksBack(text_, open + 1, lt);
            }
          }
          if (text_end > open + 1) {
            inlineText(open + 1, text_end);
            if (after > close + 1) out_.link(open + 1, text_end, destination.empty() ? "#" : destination);
          } else if (!destination.empty()) {
            out_.opaque(open, after, PieceKind::Url);
          }
          return prose.resume(after);
        }
      }
      if (c == '[' && !isWordByte(prev)) {  // [1]_ [#]_ [#note]_ [*]_ [CIT2002]_
        const std::size_t close = findIn(text_, i + 1, end, "]_");
        if (close != npos && close > i + 1 && findIn(text_, i + 1, close, " ") == npos)
          return prose.opaque(i, close + 2, PieceKind::FootnoteRef);
      }
      if (c == '|' && !isWordByte(prev) && i + 1 < end && !isSpaceOrTab(text_[i + 1])) {  // |substitution|
        const std::size_t close = findIn(text_, i + 1, end, "|");
        if (close != npos && !isSpaceOrTab(text_[close - 1]) &&
            (close + 1 >= end || !isWordByte(static_cast<unsigned char>(text_[close + 1])))) {
          std::size_t after = close + 1;
          while (after < end && text_[after] == '_' && after < close + 3) ++after;
          return prose.opaque(i, after, PieceKind::Code);
        }
      }
      if (c == '_' && isWordByte(prev) && (i + 1 >= end || !isWordByte(static_cast<unsigned char>(text_[i + 1])))) {
        // "word_" and "word__" are references; the underscores are markup
        return prose.skip(i, i + ((i + 1 < end && text_[i + 1] == '_') ? 2 : 1));
      }
      if (const std::size_t next = prose.openMark(text_, i, end, "*"); next != i) return next;
      return i + 1;
    });
  }

  std::vector<Line> lines_;
  std::vector<std::pair<char, bool>> styles_;  // section adornments in order of first use
  bool seen_content_ = false;                  // a section or paragraph came before (no more docinfo)
};

}  // namespace

ProseMap extractRestructuredText(std::string_view text) { return extractWith<RstScanner>(text); }

}  // namespace copydesk
