// Org mode -> ProseMap: a hand-written line scanner (no Org parser is
// packaged for Debian in C or C++). What is prose and what is left out:
// README.md, Formats; the ProseMap contract: markup/Prose.h.
#include <string>

#include "markup/BlockBuilder.h"
#include "markup/Comments.h"
#include "markup/InlineProse.h"
#include "markup/Prose.h"
#include "markup/RunExtractor.h"
#include "markup/ScannerBase.h"
#include "text/Ascii.h"

namespace copydesk {

namespace {

using namespace markup::detail;

constexpr std::size_t npos = std::string_view::npos;

// "- ", "+ ", "* " (indented), "1. ", "1) ", "a. ": the marker's width with
// the blanks and checkbox after it; 0 when the line is no list item.
std::size_t listMarkerLength(std::string_view line, bool indented) {
  std::size_t i = 0;
  if (!line.empty() && (line[0] == '-' || line[0] == '+' || (line[0] == '*' && indented))) {
    i = 1;
  } else {
    while (i < line.size() && line[i] >= '0' && line[i] <= '9') ++i;
    if (i == 0 && line.size() > 1 && line[0] >= 'a' && line[0] <= 'z') i = 1;
    if (i == 0 || i >= line.size() || (line[i] != '.' && line[i] != ')')) return 0;
    ++i;
  }
  if (i < line.size() && !isSpaceOrTab(line[i])) return 0;
  while (i < line.size() && isSpaceOrTab(line[i])) ++i;
  for (std::string_view box : {"[ ] ", "[X] ", "[x] ", "[-] "})
    if (line.substr(i).starts_with(box)) i += box.size();
  return i;
}

class OrgScanner : public ScannerBase {
 public:
  using ScannerBase::ScannerBase;

  void run() {
    const std::vector<Line> lines = splitLines(text_);
    for (std::size_t i = 0; i < lines.size();) i = line(lines, i);
    out_.close();
  }

 private:
  std::string_view trimmedLine(const Line& l) const {
    const std::size_t b = skipBlanks(text_, l.begin, l.end);
    return text_.substr(b, trimBlanksBack(text_, b, l.end) - b);
  }

  // One line (or the block it opens) at index `i`; returns the next index.
  std::size_t line(const std::vector<Line>& lines, std::size_t i) {
    const Line& l = lines[i];
    const std::string_view t = trimmedLine(l);
    const std::size_t indent = skipBlanks(text_, l.begin, l.end) - l.begin;
    if (t.empty()) {
      out_.close();
      return i + 1;
    }
    if (indent == 0 && t[0] == '*') {
      std::size_t stars = 0;
      while (stars < t.size() && t[stars] == '*') ++stars;
      if (stars < t.size() && t[stars] == ' ') return headline(l, stars, lines, i);
    }
    if (t == "#" || t.starts_with("# ")) {
      map_.comments.push_back(makeComment(text_, {l.begin, l.end}, {l.begin + indent + 1, l.end}));
      return i + 1;
    }
    if (t.starts_with("#+")) return keyword(lines, i, t, l.begin + indent);
    if (t == ":" || t.starts_with(": ")) {  // fixed-width lines: code
      out_.close();
      std::size_t j = i;
      while (j < lines.size() && (trimmedLine(lines[j]) == ":" || trimmedLine(lines[j]).starts_with(": "))) ++j;
      map_.code_blocks.push_back({l.begin, lines[j - 1].end});
      return j;
    }
    if (t.size() > 2 && t[0] == ':' && t.back() == ':' && t.find(' ') == npos) {  // a drawer
      out_.close();
      std::size_t j = i + 1;
      while (j < lines.size() && !startsWithNoCase(trimmedLine(lines[j]), ":end:")) ++j;
      return j < lines.size() ? j + 1 : i + 1;
    }
    if (t.starts_with("SCHEDULED:") || t.starts_with("DEADLINE:") || t.starts_with("CLOSED:")) return i + 1;
    if (t[0] == '|') {
      out_.close();
      if (!t.starts_with("|-")) tableRow(l.begin + indent, l.end);
      return i + 1;
    }
    if (indent == 0 && t.starts_with("[fn:")) {  // a footnote definition
      const std::size_t close = findIn(text_, l.begin, l.end, "]");
      if (close != npos) {
        const std::size_t j = paragraphEnd(lines, i + 1);
        out_.open(BlockKind::Paragraph);
        inlineText(close + 1, lines[j - 1].end);
        out_.close();
        map_.footnotes.push_back(
            {std::string(text_.substr(l.begin + 4, close - l.begin - 4)), {l.begin, lines[j - 1].end}});
        return j;
      }
    }
    if (t == "-----" || (t.size() >= 5 && t.find_first_not_of('-') == npos)) {
      out_.close();
      return i + 1;
    }
    if (const std::size_t marker = listMarkerLength(t, indent > 0); marker > 0) {
      const std::size_t j = paragraphEnd(lines, i + 1);
      std::size_t begin = l.begin + indent + marker;
      // "- term :: description": the term is an item of its own.
      const std::size_t sep = findIn(text_, begin, l.end, " ::");
      if (sep != npos && (sep + 3 == l.end || isSpaceOrTab(text_[sep + 3]))) {
        out_.open(BlockKind::ListItem, 0, quote_depth_ > 0);
        inlineText(begin, sep);
        begin = sep + 3;
      }
      out_.open(BlockKind::ListItem, 0, quote_depth_ > 0);
      inlineText(begin, lines[j - 1].end);
      out_.close();
      return j;
    }
    const std::size_t j = paragraphEnd(lines, i + 1);
    out_.open(BlockKind::Paragraph, 0, quote_depth_ > 0);
    inlineText(l.begin + indent, lines[j - 1].end);
    out_.close();
    return j;
  }

  // The line after the text that continues from line `i`.
  std::size_t paragraphEnd(const std::vector<Line>& lines, std::size_t i) const {
    for (; i < lines.size(); ++i) {
      const std::string_view t = trimmedLine(lines[i]);
      const bool indented = lines[i].begin < text_.size() && isSpaceOrTab(text_[lines[i].begin]);
      if (t.empty() || t == "#" || t.starts_with("# ") || t.starts_with("#+") || t[0] == '|' || t.starts_with(": ") ||
          (t[0] == '*' && !indented) || listMarkerLength(t, indented) > 0 ||
          (t[0] == ':' && t.back() == ':' && t.size() > 2) || (!indented && t.starts_with("[fn:")))
        break;
    }
    return i;
  }

  std::size_t headline(const Line& l, std::size_t stars, const std::vector<Line>& lines, std::size_t i) {
    std::size_t begin = skipBlanks(text_, l.begin + stars, l.end);
    std::size_t end = trimBlanksBack(text_, begin, l.end);
    // TODO keyword, priority cookie, COMMENT and trailing tags are markup.
    for (std::string_view keyword : {"TODO ", "DONE ", "NEXT ", "WAIT ", "HOLD ", "STRT ", "PROJ ", "KILL "})
      if (startsWithAt(text_, begin, keyword)) begin = skipBlanks(text_, begin + keyword.size(), end);
    if (startsWithAt(text_, begin, "[#") && begin + 3 < end && text_[begin + 3] == ']')
      begin = skipBlanks(text_, begin + 4, end);
    if (startsWithAt(text_, begin, "COMMENT")) {  // a commented subtree: left out
      out_.close();
      std::size_t j = i + 1;
      for (; j < lines.size(); ++j) {
        std::size_t s = 0;
        while (lines[j].begin + s < lines[j].end && text_[lines[j].begin + s] == '*') ++s;
        if (s > 0 && s <= stars && lines[j].begin + s < lines[j].end && text_[lines[j].begin + s] == ' ') break;
      }
      map_.comments.push_back(makeComment(text_, {l.begin, lines[j - 1].end}, {begin + 7, lines[j - 1].end}));
      return j;
    }
    if (end > begin && text_[end - 1] == ':') {
      std::size_t k = end - 1;
      while (k > begin && !isSpaceOrTab(text_[k - 1])) --k;
      if (k > begin && text_[k] == ':') end = trimBlanksBack(text_, begin, k);
    }
    out_.open(BlockKind::Heading, static_cast<int>(std::min<std::size_t>(stars, 6)));
    inlineText(begin, end);
    out_.close();
    return i + 1;
  }

  // "#+KEY: value" lines and "#+begin_..." / "#+end_..." blocks.
  std::size_t keyword(const std::vector<Line>& lines, std::size_t i, std::string_view t, std::size_t at) {
    const Line& l = lines[i];
    if (startsWithNoCase(t, "#+begin_")) {
      out_.close();
      std::size_t name_end = 8;
      while (name_end < t.size() && !isSpaceOrTab(t[name_end])) ++name_end;
      std::string name(t.substr(8, name_end - 8));
      for (char& c : name)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
      if (name == "quote" || name == "verse" || name == "center" || name == "note" || name == "tip" ||
          name == "warning" || name == "important") {
        if (name == "quote" || name == "verse") ++quote_depth_;
        prose_blocks_.push_back(name);
        return i + 1;
      }
      const std::string closing = "#+end_" + name;
      std::size_t j = i + 1;
      while (j < lines.size() && !startsWithNoCase(trimmedLine(lines[j]), closing)) ++j;
      const std::size_t end = j < lines.size() ? lines[j].end : text_.size();
      if (name == "comment")
        map_.comments.push_back(makeComment(text_, {l.begin, end}, {l.next, j < lines.size() ? lines[j].begin : end}));
      else map_.code_blocks.push_back({l.begin, end});
      return j + 1;
    }
    if (startsWithNoCase(t, "#+end_")) {
      out_.close();
      if (!prose_blocks_.empty()) {
        if (prose_blocks_.back() == "quote" || prose_blocks_.back() == "verse") --quote_depth_;
        prose_blocks_.pop_back();
      }
      return i + 1;
    }
    const std::size_t colon = t.find(':');
    if (colon == npos) return i + 1;
    const std::size_t value = skipBlanks(text_, at + colon + 1, l.end);
    if (startsWithNoCase(t, "#+caption:")) {  // a caption is prose
      out_.open(BlockKind::Caption, 0, quote_depth_ > 0);
      inlineText(value, l.end);
      out_.close();
    } else if (startsWithNoCase(t, "#+title:")) {
      setMetadata(map_.front_matter, "title", text_.substr(value, l.end - value));
    } else if (startsWithNoCase(t, "#+date:")) {
      setMetadata(map_.front_matter, "date", text_.substr(value, l.end - value));
    }
    return i + 1;
  }

  void tableRow(std::size_t begin, std::size_t end) {
    std::size_t cell = begin + 1;
    for (std::size_t k = cell; k <= end; ++k) {
      if (k < end && (text_[k] != '|' || text_[k - 1] == '\\')) continue;
      if (!isBlankRange(text_, cell, k)) {
        out_.open(BlockKind::TableCell, 0, quote_depth_ > 0);
        inlineText(cell, trimBlanksBack(text_, cell, k));
        out_.close();
      }
      cell = k + 1;
    }
  }

  // Inline markup of [begin, end).
  void inlineText(std::size_t begin, std::size_t end) {
    // What the step below acts on: code, math, links, footnotes, macros, targets, emphasis, line breaks;
    // inline source blocks and bare URLs at a word's start.
    static constexpr MarkupBytes kMarkup("~=$\\[{<*/_+", "shw");
    scanInline(out_, text_, begin, end, kMarkup, [&](InlineProse& prose, std::size_t i, unsigned char prev) {
      const char c = text_[i];
      if ((c == '~' || c == '=') && !isWordByte(prev) && i + 1 < end && !isSpaceOrTab(text_[i + 1])) {
        const std::size_t close = findClosingMark(text_, i + 1, end, c, false);
        if (close != npos) return prose.opaque(i, close + 1, PieceKind::Code);
      }
      if (c == '$' && !isWordByte(prev) && i + 1 < end && !isSpaceOrTab(text_[i + 1])) {
        const std::size_t close = findIn(text_, i + 1, end, "$");
        if (close != npos && !isSpaceOrTab(text_[close - 1])) return prose.opaque(i, close + 1, PieceKind::Math);
      }
      if (c == '\\' && i + 1 < end && (text_[i + 1] == '(' || text_[i + 1] == '[')) {
        const std::size_t close = findIn(text_, i + 2, end, text_[i + 1] == '(' ? "\\)" : "\\]");
        if (close != npos) return prose.opaque(i, close + 2, PieceKind::Math);
      }
      if (c == '[' && startsWithAt(text_, i, "[[")) {
        const std::size_t close = findIn(text_, i + 2, end, "]]");
        if (close != npos) {
          const std::size_t middle = findIn(text_, i + 2, close, "][");
          if (middle == npos) return prose.opaque(i, close + 2, PieceKind::Url);
          prose.flush(i);
          inlineText(middle + 2, close);
          out_.link(middle + 2, close, std::string(text_.substr(i + 2, middle - i - 2)));
          return prose.resume(close + 2);
        }
      }
      if (c == '[' && startsWithAt(text_, i, "[fn:")) {
        const std::size_t close = findClosing(text_, i, end, '[', ']');
        if (close != npos) {
          const std::size_t second = findIn(text_, i + 4, close, ":");
          if (second == npos) return prose.opaque(i, close + 1, PieceKind::FootnoteRef);
          // an inline footnote "[fn::text]" or "[fn:name:text]"
          prose.flush(i);
          out_.beginFootnote({i, second + 1});
          inlineText(second + 1, close);
          out_.endFootnote(std::string(text_.substr(i + 4, second - i - 4)), {second + 1, close});
          return prose.resume(close + 1);
        }
      }
      if (c == '{' && startsWithAt(text_, i, "{{{")) {  // a macro
        const std::size_t close = findIn(text_, i + 3, end, "}}}");
        if (close != npos) return prose.opaque(i, close + 3, PieceKind::Code);
      }
      if ((c == 's' && startsWithAt(text_, i, "src_")) && !isWordByte(prev)) {  // src_lang{code}
        const std::size_t brace = findIn(text_, i, end, "{");
        const std::size_t close = brace == npos ? npos : findClosing(text_, brace, end, '{', '}');
        if (close != npos && findIn(text_, i, brace, " ") == npos) return prose.opaque(i, close + 1, PieceKind::Code);
      }
      if (c == '<' && startsWithAt(text_, i, "<<")) {  // a target
        const std::size_t close = findIn(text_, i + 2, end, ">>");
        if (close != npos) return prose.skip(i, close + 2);
      }
      if ((c == 'h' || c == 'w') && !isWordByte(prev)) {  // a bare URL: no emphasis inside
        if (const std::size_t url_end = matchUrlAt(text_, begin, i, end); url_end > i)
          return prose.opaque(i, url_end, PieceKind::Url);
      }
      if (const std::size_t next = prose.openMark(text_, i, end, "*/_+", false); next != i) return next;
      if (c == '\\' && i + 2 < end && text_[i + 1] == '\\' && isLineEnd(text_[i + 2]))
        return prose.skip(i, i + 2);  // a line break "\\"
      return i + 1;
    });
  }

  int quote_depth_ = 0;
  std::vector<std::string> prose_blocks_;  // open #+begin_quote / verse / center blocks
};

}  // namespace

ProseMap extractOrg(std::string_view text) { return extractWith<OrgScanner>(text); }

}  // namespace copydesk
