// MDX -> ProseMap: Markdown with JSX and ECMAScript. md4c reads a copy of the
// text in which every MDX construct is replaced by bytes of the same length
// that Markdown does not read as prose, so all offsets stay those of the
// original:
//  - import/export blocks (a line starting with "import " or "export " after
//    a blank line, up to the next blank line) and every JSX tag or {expression}
//    that stands alone on its lines become blanks (newlines kept), so the
//    lines read as blank lines;
//  - a tag or expression sharing its line with text becomes an inline HTML
//    tag of the same length ("<Note>" stays, "<Tip title={x}>" -> "<Tip       >",
//    "{year}" -> "<a    >"), which md4c leaves out of the prose; "{}" and
//    "<>" become blanks.
// "{/* ... */}" is a comment (kept for suppression, like "<!-- ... -->").
// Fenced code and inline code spans are left alone.
#include <algorithm>
#include <string>
#include <vector>

#include "markup/Comments.h"
#include "markup/FrontMatter.h"
#include "markup/Prose.h"
#include "markup/ProseScan.h"

namespace copydesk {
namespace {

using namespace markup::detail;

struct Construct {
  ByteSpan span;
  bool tag = false;  // a JSX tag (else an expression or ESM block)
  bool esm = false;
};

bool isNameStart(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool isNameChar(char c) {
  return isNameStart(c) || (c >= '0' && c <= '9') || c == '.' || c == '-' || c == '_' || c == ':';
}

std::size_t lineStart(std::string_view text, std::size_t i) {
  while (i > 0 && !isLineEnd(text[i - 1])) --i;
  return i;
}
std::size_t lineEnd(std::string_view text, std::size_t i) {
  while (i < text.size() && !isLineEnd(text[i])) ++i;
  return i;
}
std::size_t nextLine(std::string_view text, std::size_t i) {
  const std::size_t e = lineEnd(text, i);
  return e + lineEndLength(text, e);
}
bool blankLine(std::string_view text, std::size_t begin) {
  for (std::size_t i = begin; i < text.size() && !isLineEnd(text[i]); ++i)
    if (!isSpaceOrTab(text[i])) return false;
  return true;
}

// The end of a JavaScript string or template starting at `i` (its quote).
std::size_t skipString(std::string_view text, std::size_t i) {
  const char quote = text[i];
  for (++i; i < text.size(); ++i) {
    if (text[i] == '\\') {
      ++i;
    } else if (text[i] == quote) {
      return i + 1;
    }
  }
  return text.size();
}

// The end of the balanced {...} starting at `i`; npos when unbalanced.
std::size_t skipExpression(std::string_view text, std::size_t i) {
  int depth = 0;
  while (i < text.size()) {
    const char c = text[i];
    if (c == '"' || c == '\'' || c == '`') {
      i = skipString(text, i);
      continue;
    }
    if (c == '/' && i + 1 < text.size() && text[i + 1] == '*') {
      const std::size_t close = text.find("*/", i + 2);
      if (close == std::string_view::npos) return std::string_view::npos;
      i = close + 2;
      continue;
    }
    if (c == '{') ++depth;
    if (c == '}' && --depth == 0) return i + 1;
    ++i;
  }
  return std::string_view::npos;
}

// The end of the JSX tag starting at `i` ('<'); npos when it is not one
// (a comparison "a < b", an autolink "<https://...>", an HTML comment).
std::size_t skipTag(std::string_view text, std::size_t i) {
  std::size_t k = i + 1;
  if (k < text.size() && text[k] == '/') ++k;
  if (k < text.size() && text[k] == '>') return k + 1;  // fragment <> or </>
  if (k >= text.size() || !isNameStart(text[k])) return std::string_view::npos;
  while (k < text.size() && isNameChar(text[k])) ++k;
  if (text.substr(i, k - i).find(':') != std::string_view::npos && text.substr(k, 2) == "//")
    return std::string_view::npos;  // <https://...>
  while (k < text.size()) {
    const char c = text[k];
    if (c == '>') return k + 1;
    if (c == '{') {
      k = skipExpression(text, k);
      if (k == std::string_view::npos) return k;
      continue;
    }
    if (c == '"' || c == '\'') {
      k = skipString(text, k);
      continue;
    }
    if (c == '@' || c == '<') return std::string_view::npos;  // <a@b.c>, "a <b <c"
    ++k;
  }
  return std::string_view::npos;
}

// The end of the fence line's code block (after the closing fence line) or
// of the text.
std::size_t skipFence(std::string_view text, std::size_t line, char fence, std::size_t length) {
  for (std::size_t l = nextLine(text, line); l < text.size(); l = nextLine(text, l)) {
    std::size_t k = l;
    while (k < text.size() && isSpaceOrTab(text[k])) ++k;
    std::size_t run = k;
    while (run < text.size() && text[run] == fence) ++run;
    if (run - k >= length && blankLine(text, run)) return nextLine(text, l);
  }
  return text.size();
}

// A fence opening at `k` (after indentation): its character and length.
std::size_t fenceAt(std::string_view text, std::size_t k, char& fence) {
  if (k >= text.size() || (text[k] != '`' && text[k] != '~')) return 0;
  fence = text[k];
  std::size_t run = k;
  while (run < text.size() && text[run] == fence) ++run;
  return run - k >= 3 ? run - k : 0;
}

bool startsEsm(std::string_view text, std::size_t line) {
  const std::string_view rest = text.substr(line, 7);
  return rest.starts_with("import ") || rest.starts_with("export ") || rest.starts_with("import{") ||
         rest.starts_with("export{");
}

class MdxScanner {
 public:
  explicit MdxScanner(std::string_view text) : text_(text) {}

  void scan(std::size_t from, std::vector<Construct>& out, std::vector<Comment>& comments) {
    bool after_blank = true;
    std::size_t line = from;
    while (line < text_.size()) {
      std::size_t k = line;
      while (k < text_.size() && isSpaceOrTab(text_[k])) ++k;
      char fence = 0;
      if (const std::size_t length = fenceAt(text_, k, fence)) {
        line = skipFence(text_, line, fence, length);
        after_blank = false;
        continue;
      }
      if (after_blank && k == line && startsEsm(text_, line)) {
        std::size_t end = line;
        while (end < text_.size() && !blankLine(text_, end)) end = nextLine(text_, end);
        out.push_back(Construct{{line, end}, false, true});
        line = end;
        continue;
      }
      after_blank = blankLine(text_, line);
      line = scanLine(line, out, comments);
    }
  }

 private:
  // Scans from `line` to the end of its line (or further, when a construct
  // spans lines); returns where the next line starts.
  std::size_t scanLine(std::size_t line, std::vector<Construct>& out, std::vector<Comment>& comments) {
    std::size_t i = line;
    while (i < text_.size() && !isLineEnd(text_[i])) {
      const char c = text_[i];
      if (c == '\\' && i + 1 < text_.size()) {
        i += 2;
      } else if (c == '`') {
        std::size_t run = i;
        while (run < text_.size() && text_[run] == '`') ++run;
        const std::size_t close = text_.find(std::string_view(text_.data() + i, run - i), run);
        i = close == std::string_view::npos ? run : close + (run - i);
      } else if (c == '{') {
        const std::size_t end = skipExpression(text_, i);
        if (end == std::string_view::npos) {
          ++i;
          continue;
        }
        recordComment(i, end, comments);
        out.push_back(Construct{{i, end}, false, false});
        i = end;
      } else if (c == '<' && text_.substr(i, 4) != "<!--") {
        const std::size_t end = skipTag(text_, i);
        if (end == std::string_view::npos) {
          ++i;
          continue;
        }
        out.push_back(Construct{{i, end}, true, false});
        i = end;
      } else {
        ++i;
      }
    }
    return i + lineEndLength(text_, i);
  }

  // "{/* body */}" (blanks allowed around the comment).
  void recordComment(std::size_t begin, std::size_t end, std::vector<Comment>& comments) const {
    std::size_t b = begin + 1, e = end - 1;
    while (b < e && (isSpaceOrTab(text_[b]) || isLineEnd(text_[b]))) ++b;
    while (e > b && (isSpaceOrTab(text_[e - 1]) || isLineEnd(text_[e - 1]))) --e;
    if (e - b < 4 || text_.substr(b, 2) != "/*" || text_.substr(e - 2, 2) != "*/") return;
    if (text_.substr(b + 2, e - 2 - (b + 2)).find("*/") != std::string_view::npos) return;
    comments.push_back(makeComment(text_, {begin, end}, {b + 2, e - 2}));
  }

  std::string_view text_;
};

// True when the lines of `span` hold nothing but constructs and blanks.
bool aloneOnLines(std::string_view text, const std::vector<Construct>& constructs, std::size_t index) {
  const ByteSpan span = constructs[index].span;
  const std::size_t begin = lineStart(text, span.begin);
  const std::size_t end = lineEnd(text, span.end > span.begin ? span.end - 1 : span.end);
  std::size_t covered = index;
  while (covered > 0 && constructs[covered - 1].span.end > begin) --covered;
  std::size_t i = begin;
  for (std::size_t c = covered; c < constructs.size() && constructs[c].span.begin < end; ++c) {
    for (; i < constructs[c].span.begin; ++i)
      if (!isSpaceOrTab(text[i]) && !isLineEnd(text[i])) return false;
    i = std::max(i, constructs[c].span.end);
  }
  for (; i < end; ++i)
    if (!isSpaceOrTab(text[i]) && !isLineEnd(text[i])) return false;
  return true;
}

void blank(std::string& copy, ByteSpan span) {
  for (std::size_t i = span.begin; i < span.end; ++i)
    if (!isLineEnd(copy[i])) copy[i] = ' ';
}

// An inline HTML tag of the same length: "<Name   >" for a tag (name kept),
// "<a   >" for an expression; blanks when too short.
void inlineTag(std::string& copy, std::string_view text, const Construct& c) {
  const std::size_t size = c.span.end - c.span.begin;
  if (text.substr(c.span.begin, c.span.end - c.span.begin).find_first_of("\r\n") != std::string_view::npos ||
      size < 3) {
    blank(copy, c.span);
    return;
  }
  std::size_t keep = c.span.begin + 1;  // after '<'
  if (c.tag) {
    if (text[keep] == '/') ++keep;
    while (keep < c.span.end && isNameChar(text[keep])) ++keep;
    if (keep == c.span.begin + 1 || (keep == c.span.begin + 2 && text[c.span.begin + 1] == '/')) {
      blank(copy, c.span);  // <> or </>
      return;
    }
    const bool self_closing = size >= 2 && text[c.span.end - 2] == '/';
    for (std::size_t i = keep; i < c.span.end - 1; ++i) copy[i] = ' ';
    if (self_closing && keep < c.span.end - 2) copy[c.span.end - 2] = '/';
    copy[c.span.end - 1] = '>';
    return;
  }
  copy[c.span.begin] = '<';
  copy[c.span.begin + 1] = 'a';
  for (std::size_t i = c.span.begin + 2; i < c.span.end - 1; ++i) copy[i] = ' ';
  copy[c.span.end - 1] = '>';
}

}  // namespace

ProseMap extractMdx(std::string_view text) {
  std::vector<Construct> constructs;
  std::vector<Comment> jsx_comments;
  MdxScanner(text).scan(markup::parseFrontMatter(text).body_begin, constructs, jsx_comments);
  std::string copy(text);
  for (std::size_t i = 0; i < constructs.size(); ++i) {
    if (constructs[i].esm || aloneOnLines(text, constructs, i)) {
      blank(copy, constructs[i].span);
    } else {
      inlineTag(copy, text, constructs[i]);
    }
  }
  ProseMap map = extractMarkdown(copy);
  // Comment bodies point into the copy: the same offsets in the original.
  for (Comment& comment : map.comments)
    comment.body = text.substr(static_cast<std::size_t>(comment.body.data() - copy.data()), comment.body.size());
  if (!jsx_comments.empty()) {
    map.comments.insert(map.comments.end(), jsx_comments.begin(), jsx_comments.end());
    std::sort(map.comments.begin(), map.comments.end(),
              [](const Comment& a, const Comment& b) { return a.span.begin < b.span.begin; });
  }
  return map;
}

}  // namespace copydesk
