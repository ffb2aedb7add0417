// AsciiDoc -> ProseMap: a hand-written line scanner (no AsciiDoc parser is
// packaged for Debian in C or C++). What is prose and what is left out:
// README.md, Formats; the ProseMap contract: markup/Prose.h.
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

// Delimited blocks whose content is never prose.
enum class Delimited { None, Code, Comment, Table, Prose, Quote };

Delimited delimitedKind(std::string_view line) {
  if (line.starts_with("```")) return Delimited::Code;
  if (line == "--") return Delimited::Prose;
  if (line.size() == 4 && (line[1] == '=' && line[2] == '=' && line[3] == '=') &&
      (line[0] == '|' || line[0] == ',' || line[0] == ':' || line[0] == '!'))
    return Delimited::Table;
  if (line.size() < 4) return Delimited::None;
  for (char c : line)
    if (c != line[0]) return Delimited::None;
  switch (line[0]) {
    case '-':
    case '.':
    case '+': return Delimited::Code;
    case '/': return Delimited::Comment;
    case '_': return Delimited::Quote;
    case '=':
    case '*': return Delimited::Prose;
    default: return Delimited::None;
  }
}

// Block styles ("[source,ruby]") that make the next block code.
bool isCodeStyle(std::string_view attributes) {
  for (std::string_view style : {"source", "listing", "literal", "stem", "latexmath", "asciimath", "pass", "comment",
                                 "plantuml", "graphviz", "ditaa", "mermaid"}) {
    if (attributes.starts_with(style) &&
        (attributes.size() == style.size() || attributes[style.size()] == ',' || attributes[style.size()] == '#' ||
         attributes[style.size()] == '.' || attributes[style.size()] == '%'))
      return true;
  }
  return false;
}

// "*", "**", "-", ".", "1.", "a." followed by a blank: the length of the marker
// and its blank (0 when the line is no list item).
std::size_t listMarkerLength(std::string_view line) {
  std::size_t i = 0;
  if (!line.empty() && (line[0] == '*' || line[0] == '.')) {
    while (i < line.size() && line[i] == line[0]) ++i;
    if (i > 5) return 0;
  } else if (!line.empty() && line[0] == '-') {
    i = 1;
  } else {
    while (i < line.size() && line[i] >= '0' && line[i] <= '9') ++i;
    if (i == 0 && line.size() > 1 && ((line[0] >= 'a' && line[0] <= 'z') || (line[0] >= 'A' && line[0] <= 'Z'))) i = 1;
    if (i == 0 || i >= line.size() || line[i] != '.') return 0;
    ++i;
  }
  if (i >= line.size() || !isSpaceOrTab(line[i])) return 0;
  while (i < line.size() && isSpaceOrTab(line[i])) ++i;
  // A checklist box is markup.
  if (line.substr(i).starts_with("[ ] ") || line.substr(i).starts_with("[x] ") || line.substr(i).starts_with("[*] "))
    i += 4;
  return i;
}

// "term:: definition": the offset of the separator within the line, npos if none.
std::size_t descriptionSeparator(std::string_view line, std::size_t& length) {
  for (std::size_t i = line.find_first_of(":;", 1); i != npos; i = line.find_first_of(":;", i + length)) {
    length = 1;
    while (i + length < line.size() && line[i + length] == line[i]) ++length;
    const bool separator = line[i] == ':' ? length >= 2 && length <= 4 : length == 2;
    if (separator && (i + length == line.size() || isSpaceOrTab(line[i + length]))) return i;
  }
  return npos;
}

bool isUrlScheme(std::string_view text, std::size_t at) {
  const char c = text[at];
  if (c != 'h' && c != 'f' && c != 'i' && c != 'm') return false;
  for (std::string_view scheme : {"https://", "http://", "ftp://", "irc://", "file://", "mailto:"})
    if (startsWithAt(text, at, scheme)) return true;
  return false;
}

class AsciiDocScanner : public ScannerBase {
 public:
  using ScannerBase::ScannerBase;

  void run() {
    const std::vector<Line> lines = splitLines(text_);
    std::size_t i = header(lines);
    bool code_next = false;  // a "[source]" style stands before the next block
    bool quote_next = false;
    while (i < lines.size()) {
      const Line& line = lines[i];
      const std::string_view content = text_.substr(line.begin, line.end - line.begin);
      const std::string_view trimmed = trimmedLine(line);
      if (trimmed.empty()) {
        out_.close();
        code_next = quote_next = false;
        ++i;
        continue;
      }
      if (trimmed.starts_with("//") && !trimmed.starts_with("////")) {
        map_.comments.push_back(makeComment(text_, {line.begin, line.end}, {line.begin + 2, line.end}));
        ++i;
        continue;
      }
      if (const int level = twoLineTitleLevel(lines, i); level >= 0) {  // "Title" over "-----"
        if (level == 0 && i == 0) setMetadata(map_.front_matter, "title", trimmed);
        out_.open(BlockKind::Heading, level + 1, quoted());
        inlineText(line.begin, line.begin + trimmed.size());
        out_.close();
        i += 2;
        continue;
      }
      if (closesDelimited(trimmed)) {
        out_.close();
        ++i;
        continue;
      }
      if (const Delimited kind = delimitedKind(trimmed); kind != Delimited::None) {
        out_.close();
        i = delimited(lines, i, kind, code_next);
        code_next = quote_next = false;
        continue;
      }
      if (code_next) {  // a styled paragraph: code up to the blank line
        const std::size_t j = paragraphEnd(lines, i);
        map_.code_blocks.push_back({line.begin, lines[j - 1].end});
        code_next = false;
        i = j;
        continue;
      }
      if (trimmed.front() == '[' && trimmed.back() == ']') {  // block attributes or anchor
        out_.close();
        const std::string_view attributes = trimmed.substr(1, trimmed.size() - 2);
        code_next = isCodeStyle(attributes);
        quote_next = attributes.starts_with("quote") || attributes.starts_with("verse");
        ++i;
        continue;
      }
      if (isDirectiveLine(trimmed)) {
        ++i;
        continue;
      }
      if (trimmed.front() == ':' && attributeEntry(trimmed)) {
        ++i;
        continue;
      }
      if (trimmed.size() > 1 && trimmed[0] == '.' && trimmed[1] != '.' && !isSpaceOrTab(trimmed[1])) {
        out_.open(BlockKind::Caption, 0, quoted());  // a block title
        inlineText(line.begin + 1, line.end);
        out_.close();
        ++i;
        continue;
      }
      if (int level = headingLevel(trimmed); level > 0) {
        out_.open(BlockKind::Heading, level, quoted());
        std::size_t end = trimBlanksBack(text_, line.begin, line.end);
        const char mark = trimmed[0];
        while (end > line.begin && text_[end - 1] == mark) --end;
        inlineText(line.begin + static_cast<std::size_t>(level) + 1, end);
        out_.close();
        ++i;
        continue;
      }
      if (trimmed == "+") {  // list continuation: what follows is a block of its own
        out_.close();
        ++i;
        continue;
      }
      if (trimmed == "'''" || trimmed == "<<<" || trimmed == "---" || trimmed == "***") {
        out_.close();
        ++i;
        continue;
      }
      const std::size_t indent = skipBlanks(text_, line.begin, line.end) - line.begin;
      const std::string_view body = content.substr(indent);
      if (const std::size_t marker = listMarkerLength(body); marker > 0) {
        i = proseBlock(lines, i, BlockKind::ListItem, quoted(), line.begin + indent + marker);
        continue;
      }
      if (indent > 0 && !out_.isOpen()) {  // a literal paragraph
        const std::size_t j = paragraphEnd(lines, i);
        map_.code_blocks.push_back({line.begin, lines[j - 1].end});
        i = j;
        continue;
      }
      std::size_t sep_length = 0;
      if (const std::size_t sep = descriptionSeparator(body, sep_length); sep != npos && indent == 0) {
        out_.open(BlockKind::ListItem, 0, quoted());
        inlineText(line.begin, line.begin + sep);
        i = proseBlock(lines, i, BlockKind::ListItem, quoted(), line.begin + sep + sep_length);
        continue;
      }
      const bool in_quote = quote_next || quoted();
      quote_next = false;
      i = proseBlock(lines, i, BlockKind::Paragraph, in_quote, line.begin + admonitionLabel(body) + indent);
    }
    out_.close();
  }

 private:
  // The document header: "= Title", the author and revision lines and the
  // attribute entries up to the first blank line. Returns the next line.
  std::size_t header(const std::vector<Line>& lines) {
    std::size_t i = 0;
    while (i < lines.size() && startsWithAt(text_, lines[i].begin, "//") &&
           !startsWithAt(text_, lines[i].begin, "////")) {
      map_.comments.push_back(makeComment(text_, {lines[i].begin, lines[i].end}, {lines[i].begin + 2, lines[i].end}));
      ++i;
    }
    if (i >= lines.size() || !startsWithAt(text_, lines[i].begin, "= ")) return i;
    const Line& title = lines[i];
    setMetadata(map_.front_matter, "title", text_.substr(title.begin + 2, title.end - title.begin - 2));
    out_.open(BlockKind::Heading, 1);
    inlineText(title.begin + 2, trimBlanksBack(text_, title.begin, title.end));
    out_.close();
    int plain = 0;  // the author line, then the revision line
    for (++i; i < lines.size(); ++i) {
      const std::string_view line = text_.substr(lines[i].begin, lines[i].end - lines[i].begin);
      if (isBlankRange(text_, lines[i].begin, lines[i].end)) break;
      if (line.starts_with("//")) {
        map_.comments.push_back(makeComment(text_, {lines[i].begin, lines[i].end}, {lines[i].begin + 2, lines[i].end}));
      } else if (line.starts_with(":")) {
        attributeEntry(line);
      } else if (++plain == 2 || isRevisionLine(line)) {  // the author line is optional
        revisionLine(line);
      }
    }
    return i;
  }

  static bool isRevisionLine(std::string_view line) {
    const std::size_t digit = !line.empty() && (line[0] == 'v' || line[0] == 'V') ? 1 : 0;
    return digit < line.size() && line[digit] >= '0' && line[digit] <= '9';
  }

  // "v1.2, 2024-03-01: remark" or "2024-03-01".
  void revisionLine(std::string_view line) {
    std::size_t comma = line.find(',');
    std::string_view date = comma == npos ? line : line.substr(comma + 1);
    if (comma == npos && !line.empty() && (line[0] == 'v' || line[0] == 'V')) return;
    if (const std::size_t colon = date.find(':'); colon != npos) date = date.substr(0, colon);
    setMetadata(map_.front_matter, "date", date);
  }

  // ":name: value" (and ":name!:"): markup; :revdate: and :doctitle: are read.
  bool attributeEntry(std::string_view line) {
    const std::size_t close = line.find(':', 1);
    if (close == npos || close == 1) return false;
    for (std::size_t k = 1; k < close; ++k)
      if (!(isAsciiAlnum(static_cast<unsigned char>(line[k])) || line[k] == '-' || line[k] == '_' || line[k] == '!'))
        return false;
    const std::string_view name = line.substr(1, close - 1);
    if (name == "revdate") setMetadata(map_.front_matter, "date", line.substr(close + 1));
    if (name == "doctitle") setMetadata(map_.front_matter, "title", line.substr(close + 1));
    return true;
  }

  // Preprocessor directives and block macros: "include::x[]", "image::a.png[]".
  static bool isDirectiveLine(std::string_view line) {
    const std::size_t colons = line.find("::");
    if (colons == npos || colons == 0 || line.back() != ']') return false;
    for (std::size_t k = 0; k < colons; ++k)
      if (!(line[k] >= 'a' && line[k] <= 'z')) return false;
    return line.find('[', colons) != npos;
  }

  // The older two-line section title: a line of text underlined by "=", "-",
  // "~", "^" or "+" as long as the title (give or take two, as Asciidoctor
  // accepts). Checked before delimited blocks: "NAME" over "----" is a title,
  // not a listing block. Returns the section level (0 for "="), -1 if none.
  int twoLineTitleLevel(const std::vector<Line>& lines, std::size_t i) const {
    if (i + 1 >= lines.size() || !open_.empty()) return -1;
    const std::string_view title = trimmedLine(lines[i]);
    const std::string_view underline = trimmedLine(lines[i + 1]);
    if (title.empty() || underline.size() < 2 || !isWordByte(static_cast<unsigned char>(title[0]))) return -1;
    const std::string_view marks = "=-~^+";
    const std::size_t level = marks.find(underline[0]);
    if (level == npos || underline.find_first_not_of(underline[0]) != npos) return -1;
    const std::size_t width = utf8Width(title);
    if (width + 2 < underline.size() || underline.size() + 2 < width) return -1;
    return static_cast<int>(level);
  }

  std::string_view trimmedLine(const Line& line) const {
    return text_.substr(line.begin, trimBlanksBack(text_, line.begin, line.end) - line.begin);
  }

  // Characters, not bytes: an underline is as long as the title looks.
  static std::size_t utf8Width(std::string_view s) {
    std::size_t n = 0;
    for (char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    return n;
  }

  static int headingLevel(std::string_view line) {
    if (line[0] != '=' && line[0] != '#') return 0;
    std::size_t n = 0;
    while (n < line.size() && line[n] == line[0]) ++n;
    if (n > 6 || n >= line.size() || line[n] != ' ') return 0;
    return static_cast<int>(n);
  }

  static std::size_t admonitionLabel(std::string_view body) {
    for (std::string_view label : {"NOTE: ", "TIP: ", "IMPORTANT: ", "WARNING: ", "CAUTION: "})
      if (body.starts_with(label)) return label.size();
    return 0;
  }

  // A block of `kind` whose text starts at `text_begin` on lines[i] and runs
  // to the end of its paragraph; returns the index of the line after it.
  std::size_t proseBlock(const std::vector<Line>& lines, std::size_t i, BlockKind kind, bool in_quote,
                         std::size_t text_begin) {
    out_.open(kind, 0, in_quote);
    const std::size_t j = paragraphEnd(lines, i + 1);
    inlineText(text_begin, lines[j - 1].end);
    out_.close();
    return j;
  }

  // The line after the paragraph that continues from line `i` (lines up to a
  // blank line or a line that starts a block of its own).
  std::size_t paragraphEnd(const std::vector<Line>& lines, std::size_t i) const {
    for (; i < lines.size(); ++i) {
      const Line& line = lines[i];
      const std::string_view t = trimmedLine(line);
      std::size_t sep_length = 0;
      if (t.empty() || t == "+" || t.starts_with("//") || delimitedKind(t) != Delimited::None || isDirectiveLine(t) ||
          (!isSpaceOrTab(text_[line.begin]) && descriptionSeparator(t, sep_length) != npos) ||
          listMarkerLength(t.substr(skipBlanks(t, 0, t.size()))) > 0 || (t.front() == '[' && t.back() == ']'))
        break;
    }
    return i;
  }

  bool closesDelimited(std::string_view line) {
    if (open_.empty() || line != open_.back()) return false;
    open_.pop_back();
    return true;
  }

  bool quoted() const {
    for (std::string_view d : open_)
      if (d.front() == '_') return true;
    return false;
  }

  // A delimited block opening at line `i`; returns the line after what it consumed.
  std::size_t delimited(const std::vector<Line>& lines, std::size_t i, Delimited kind, bool code_style) {
    const Line& opening = lines[i];
    const std::string_view fence = trimmedLine(opening);
    if (code_style && kind != Delimited::Comment && kind != Delimited::Table) kind = Delimited::Code;
    if (kind == Delimited::Prose || kind == Delimited::Quote) {
      open_.push_back(fence);
      return i + 1;
    }
    const std::string_view closing = kind == Delimited::Code && fence.starts_with("```") ? "```" : fence;
    std::size_t j = i + 1;
    while (j < lines.size() && trimmedLine(lines[j]) != closing) ++j;
    const std::size_t end = j < lines.size() ? lines[j].end : text_.size();
    if (kind == Delimited::Code) map_.code_blocks.push_back({opening.begin, end});
    if (kind == Delimited::Comment)
      map_.comments.push_back(
          makeComment(text_, {opening.begin, end}, {opening.next, j < lines.size() ? lines[j].begin : end}));
    if (kind == Delimited::Table) table(opening.next, j < lines.size() ? lines[j].begin : end);
    return j + 1;
  }

  // The cells of a table: each "|" (after an optional cell spec such as "2+"
  // or "a") starts a cell.
  void table(std::size_t begin, std::size_t end) {
    std::size_t cell = npos;
    for (std::size_t at = begin; at < end;) {
      const Line line = lineAt(text_, at);
      const std::size_t line_end = std::min(line.end, end);
      std::size_t run = line.begin;
      for (std::size_t k = line.begin; k <= line_end; ++k) {
        if (k < line_end && (text_[k] != '|' || (k > line.begin && text_[k - 1] == '\\'))) continue;
        std::size_t stop = k;
        if (k < line_end) stop = withoutCellSpec(run, k);
        if (cell != npos || run > line.begin) {
          if (cell != npos || !isBlankRange(text_, run, stop)) {
            out_.ensureOpen(BlockKind::TableCell, quoted());
            inlineText(run, stop);
          }
        }
        if (k < line_end) {
          out_.open(BlockKind::TableCell, 0, quoted());
          cell = k;
          run = k + 1;
        }
      }
      at = line.next;
    }
    out_.close();
  }

  // [run, bar) minus a cell spec ("2+", ".3+^.^a") written just before the bar.
  std::size_t withoutCellSpec(std::size_t run, std::size_t bar) const {
    std::size_t k = bar;
    while (k > run &&
           (isAsciiAlnum(static_cast<unsigned char>(text_[k - 1])) || text_[k - 1] == '+' || text_[k - 1] == '*' ||
            text_[k - 1] == '.' || text_[k - 1] == '<' || text_[k - 1] == '^' || text_[k - 1] == '>'))
      --k;
    if (k == bar || (k > run && !isSpaceOrTab(text_[k - 1]) && !isLineEnd(text_[k - 1]))) return bar;
    const std::string_view spec = text_.substr(k, bar - k);
    // A spec is digits and operators with at most one trailing style letter.
    std::size_t letters = 0;
    for (char c : spec) letters += (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    if (letters > 1 || (letters == 1 && !(spec.back() >= 'a' && spec.back() <= 'z'))) return bar;
    return k;
  }

  // Inline markup of [begin, end).
  void inlineText(std::size_t begin, std::size_t end) {
    scanInline(out_, text_, begin, end, [&](InlineProse& prose, std::size_t i, unsigned char prev) {
      const char c = text_[i];
      if (c == '\\' && i + 1 < end && !isSpaceOrTab(text_[i + 1]) && !isLineEnd(text_[i + 1])) {
        prose.skip(i, i + 1);
        return i + 2;
      }
      if (c == '`' || (c == '+' && !isWordByte(prev) && i + 1 < end && !isSpaceOrTab(text_[i + 1]))) {
        std::size_t close = findIn(text_, i + 1, end, std::string_view(&text_[i], 1));
        if (c == '+' && close != npos && close + 1 < end && isWordByte(static_cast<unsigned char>(text_[close + 1])))
          close = npos;
        if (close != npos) return prose.opaque(i, close + 1, PieceKind::Code);
      }
      if (c == '{' && !isWordByte(prev)) {
        std::size_t k = i + 1;
        while (k < end && (isAsciiAlnum(static_cast<unsigned char>(text_[k])) || text_[k] == '-' || text_[k] == '_'))
          ++k;
        if (k > i + 1 && k < end && text_[k] == '}') {
          // "{url-docs}/path/[text]": the attribute starts a link's target.
          std::size_t target = k + 1;
          while (target < end && !isSpaceOrTab(text_[target]) && !isLineEnd(text_[target]) && text_[target] != '[')
            ++target;
          if (target < end && text_[target] == '[' && closeBracket(target, end) != npos) {
            prose.opaque(i, target, PieceKind::Url);
            return prose.resume(bracketText(target, end, std::string(text_.substr(i, target - i)), true));
          }
          return prose.opaque(i, k + 1, PieceKind::Code);
        }
      }
      if (c == '[' && startsWithAt(text_, i, "[[")) {  // an inline anchor "[[id]]"
        const std::size_t close = findIn(text_, i + 2, end, "]]");
        if (close != npos) return prose.skip(i, close + 2);
      }
      if (c == '[' && !isWordByte(prev)) {  // "[.role]#text#": the role is markup
        const std::size_t close = closeBracket(i, end);
        if (close != npos && close + 1 < end &&
            (text_[close + 1] == '#' || text_[close + 1] == '_' || text_[close + 1] == '*' || text_[close + 1] == '`'))
          return prose.skip(i, close + 1);
      }
      if (c == '<' && startsWithAt(text_, i, "<<")) {
        const std::size_t close = findIn(text_, i + 2, end, ">>");
        if (close != npos) {
          prose.flush(i);
          const std::size_t comma = findIn(text_, i + 2, close, ",");
          if (comma == npos) {
            out_.opaque(i, close + 2, PieceKind::FootnoteRef);  // a cross reference: a source
          } else {
            const std::size_t text_begin = skipBlanks(text_, comma + 1, close);
            inlineText(text_begin, close);
            std::string destination(1, '#');
            destination.append(text_.substr(i + 2, comma - i - 2));
            out_.link(text_begin, close, std::move(destination));
          }
          return prose.resume(close + 2);
        }
      }
      if ((c >= 'a' && c <= 'z') && !isWordByte(prev) && prev != '/' && prev != '-') {
        prose.skip(i, i);  // the macro's pieces come after the text before it
        if (const std::size_t next = macro(i, end); next != i) return prose.resume(next);
      }
      if (const std::size_t next = prose.openMark(text_, i, end, "*_#"); next != i) return next;
      if (c == '+' && i + 1 <= end && (i + 1 == end || isLineEnd(text_[i + 1])) && i > begin &&
          isSpaceOrTab(text_[i - 1]))
        return prose.skip(i, i + 1);  // a hard line break's "+"
      return i + 1;
    });
  }

  // The "]" ending the attribute list that opens at `open` (the first one not
  // escaped with a backslash: AsciiDoc does not nest them); npos when none.
  std::size_t closeBracket(std::size_t open, std::size_t end) const {
    for (std::size_t k = open + 1; k < end; ++k) {
      if (text_[k] == '\\') ++k;
      else if (text_[k] == ']') return k;
    }
    return npos;
  }

  // "[text]" at `open`: the text as prose (a link to `destination` when
  // `is_link`); returns the index after "]" (or `open` when unbalanced).
  std::size_t bracketText(std::size_t open, std::size_t end, std::string destination, bool is_link) {
    const std::size_t close = closeBracket(open, end);
    if (close == npos) return open;
    std::size_t text_end = close;
    // "text^" opens in a new window; attributes after a comma are markup.
    if (const std::size_t comma = findIn(text_, open + 1, close, ","); comma != npos && is_link) text_end = comma;
    if (text_end > open + 1 && text_[text_end - 1] == '^') --text_end;
    inlineText(open + 1, text_end);
    if (is_link) out_.link(open + 1, text_end, std::move(destination));
    return close + 1;
  }

  // A macro at `i` ("name:target[text]", a URL with or without "[text]");
  // returns the index after it, or `i` when none stands there.
  std::size_t macro(std::size_t i, std::size_t end) {
    if (isUrlScheme(text_, i)) {
      std::size_t k = i;
      while (k < end && !isSpaceOrTab(text_[k]) && !isLineEnd(text_[k]) && text_[k] != '[') ++k;
      if (k < end && text_[k] == '[') {
        const std::string destination(text_.substr(i, k - i));
        const std::size_t close = closeBracket(k, end);
        if (close == k + 1 || close == npos) {
          out_.opaque(i, close == npos ? k : close + 1, PieceKind::Url);
          return close == npos ? k : close + 1;
        }
        out_.opaque(i, k, PieceKind::Url);
        return bracketText(k, end, destination, true);
      }
      return i;  // a bare URL: splitOpaque makes it a Url piece
    }
    std::size_t colon = i;
    while (colon < end && ((text_[colon] >= 'a' && text_[colon] <= 'z') || text_[colon] == '-' ||
                           (colon > i && text_[colon] >= '0' && text_[colon] <= '9')))
      ++colon;
    if (colon >= end || text_[colon] != ':' || colon + 1 >= end || text_[colon + 1] == ':') return i;
    std::size_t open = colon + 1;
    while (open < end && !isSpaceOrTab(text_[open]) && !isLineEnd(text_[open]) && text_[open] != '[') ++open;
    if (open >= end || text_[open] != '[') return i;
    const std::size_t close = closeBracket(open, end);
    if (close == npos) return i;
    const std::string_view name = text_.substr(i, colon - i);
    const std::string target(text_.substr(colon + 1, open - colon - 1));
    if (name == "footnote" || name == "footnoteref") {
      out_.beginFootnote({i, open + 1});
      std::size_t text_begin = open + 1;
      if (name == "footnoteref") {
        const std::size_t comma = findIn(text_, open + 1, close, ",");
        text_begin = comma == npos ? close : comma + 1;
      }
      inlineText(text_begin, close);
      out_.endFootnote(target.empty() ? std::to_string(map_.footnotes.size() + 1) : target, {text_begin, close});
      return close + 1;
    }
    if (name == "link" || name == "xref" || name == "mailto") {
      if (close == open + 1) {
        out_.opaque(i, close + 1, PieceKind::Url);
        return close + 1;
      }
      return bracketText(open, end, target, true);
    }
    if (name == "indexterm2") return bracketText(open, end, {}, false);
    const bool math = name == "stem" || name == "latexmath" || name == "asciimath";
    // kbd:, btn:, menu:, image:, pass:, anchor:, icon:, linkgit: and the like
    if (name != "anchor" && name != "indexterm") out_.opaque(i, close + 1, math ? PieceKind::Math : PieceKind::Code);
    return close + 1;
  }

  std::vector<std::string_view> open_;  // delimiters of the open prose blocks (quote, example, sidebar)
};

}  // namespace

ProseMap extractAsciiDoc(std::string_view text) { return extractWith<AsciiDocScanner>(text); }

}  // namespace copydesk
