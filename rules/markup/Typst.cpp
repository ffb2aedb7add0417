// Typst -> ProseMap: a hand-written scanner of Typst's markup mode (the
// Typst compiler is not packaged for Debian). Code mode ("#let", "#set",
// "#{...}", function arguments) is markup; the content blocks "[...]" of
// function calls are scanned as markup again. What is prose and what is
// left out: README.md, Formats; the contract: markup/Prose.h.
#include <string>

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

bool isIdentByte(char c) { return isAsciiAlnum(static_cast<unsigned char>(c)) || c == '_' || c == '-' || c == '.'; }

bool oneOf(std::string_view name, std::initializer_list<std::string_view> names) {
  for (std::string_view n : names)
    if (name == n) return true;
  return false;
}

// Functions whose content is part of the sentence around them.
bool isInlineFunction(std::string_view name) {
  return oneOf(name, {"emph", "strong", "underline", "overline", "strike", "highlight", "smallcaps", "text", "sub",
                      "super", "box", "link", "quote", "upper", "lower", "h", "cross-link", "github-link"});
}

class TypstScanner : public ScannerBase {
 public:
  using ScannerBase::ScannerBase;

  void run() {
    markup(0, text_.size());
    out_.close();
  }

 private:
  // Blanks only between the last line start and `i`.
  bool atLineStart(std::size_t i, std::size_t floor) const {
    while (i > floor && isSpaceOrTab(text_[i - 1])) --i;
    return i == 0 || isLineEnd(text_[i - 1]) || (i == floor && floor > 0 && text_[floor - 1] == '[');
  }

  // The end of a string literal opening at `i` ("..." with escapes).
  std::size_t stringEnd(std::size_t i, std::size_t end) const {
    for (std::size_t k = i + 1; k < end; ++k) {
      if (text_[k] == '\\') ++k;
      else if (text_[k] == '"') return k + 1;
    }
    return end;
  }

  // The end of the raw text opening at `i` ("`x`", "``" or a fence of three
  // or more backticks closed by as many); npos when it is not closed.
  std::size_t rawEnd(std::size_t i, std::size_t end) const {
    std::size_t n = 0;
    while (i + n < end && text_[i + n] == '`') ++n;
    if (n == 2) return i + 2;
    const std::size_t close = findIn(text_, i + n, end, text_.substr(i, n));
    return close == npos ? npos : close + n;
  }

  // The bracket closing text[open] in code mode (strings and comments skipped).
  std::size_t closeCode(std::size_t open, std::size_t end) const {
    const char opening = text_[open];
    const char closing = opening == '(' ? ')' : opening == '[' ? ']' : '}';
    int depth = 0;
    for (std::size_t k = open; k < end; ++k) {
      const char c = text_[k];
      if (c == '"' && opening != '[') {
        k = stringEnd(k, end) - 1;
      } else if (c == '\\') {
        ++k;
      } else if (c == '/' && k + 1 < end && text_[k + 1] == '/' && opening != '[') {
        while (k < end && !isLineEnd(text_[k])) ++k;
      } else if (c == opening) {
        ++depth;
      } else if (c == closing && --depth == 0) {
        return k;
      } else if (opening == '[' && c == '`') {  // raw text may hold brackets
        const std::size_t close = findIn(text_, k + 1, end, "`");
        if (close != npos) k = close;
      }
    }
    return npos;
  }

  // Markup mode over [begin, end).
  void markup(std::size_t begin, std::size_t end) {
    // What the step below acts on: line ends, comments, escapes, raw text, math, labels, hashes, "~";
    // syntax at a line's start, references, URLs and emphasis at a word's start.
    static constexpr MarkupBytes kMarkup = MarkupBytes::andEveryWordStart("\r\n/\\`$<#~");
    scanInline(out_, text_, begin, end, kMarkup, [&](InlineProse& prose, std::size_t i, unsigned char prev) {
      const char c = text_[i];
      if (isLineEnd(c)) {  // a blank line ends the paragraph
        const Line next = lineAt(text_, i + lineEndLength(text_, i));
        if (next.end < end && isBlankRange(text_, next.begin, next.end)) {
          prose.flush(i);
          out_.close();
          return prose.resume(next.begin);
        }
        return i + 1;
      }
      if (atLineStart(i, begin) && !isSpaceOrTab(c)) {
        prose.skip(i, i);  // the text before belongs to the block before
        if (const std::size_t next = lineStart(i, end); next != i) return prose.resume(next);
      }
      if (c == '/' && i + 1 < end && (text_[i + 1] == '/' || text_[i + 1] == '*')) {
        prose.flush(i);
        return prose.resume(comment(i, end));
      }
      if (c == '\\') {
        prose.skip(i, i + 1);  // an escape, or a line break "\" at the end of a line
        return i + (i + 1 < end && !isLineEnd(text_[i + 1]) ? 2 : 1);
      }
      if (c == '`' || c == '$') {
        const std::size_t stop = c == '`' ? rawEnd(i, end) : findIn(text_, i + 1, end, "$");
        if (stop != npos)
          return prose.opaque(i, c == '`' ? stop : stop + 1, c == '$' ? PieceKind::Math : PieceKind::Code);
      }
      if (c == '<' && i + 1 < end && isIdentByte(text_[i + 1])) {  // a label <name>
        std::size_t k = i + 1;
        while (k < end && (isIdentByte(text_[k]) || text_[k] == ':')) ++k;
        if (k < end && text_[k] == '>') return prose.skip(i, k + 1);
      }
      if (c == '@' && !isWordByte(prev) && i + 1 < end && isIdentByte(text_[i + 1])) {  // a reference or citation
        std::size_t k = i + 1;
        while (k < end && (isIdentByte(text_[k]) || text_[k] == ':')) ++k;
        while (k > i + 1 && text_[k - 1] == '.') --k;
        return prose.opaque(i, k, PieceKind::FootnoteRef);
      }
      if ((c == 'h' || c == 'w') && !isWordByte(prev)) {
        if (const std::size_t url_end = matchUrlAt(text_, begin, i, end); url_end > i)
          return prose.opaque(i, url_end, PieceKind::Url);
      }
      if (c == '#' && i + 1 < end) {
        prose.flush(i);
        return prose.resume(hash(i, end));
      }
      if (c == '~') return prose.skip(i, i + 1);
      if (const std::size_t next = prose.openMark(text_, i, end, "*_", false); next != i) return next;
      return i + 1;
    });
  }

  // "//" to the end of the line or "/* ... */"; returns the index after it.
  std::size_t comment(std::size_t i, std::size_t end) {
    std::size_t stop = i;
    std::size_t body_end = 0;
    if (text_[i + 1] == '/') {
      while (stop < end && !isLineEnd(text_[stop])) ++stop;
      body_end = stop;
    } else {
      const std::size_t close = findIn(text_, i + 2, end, "*/");
      stop = close == npos ? end : close + 2;
      body_end = close == npos ? end : close;
    }
    map_.comments.push_back(makeComment(text_, {i, stop}, {i + 2, body_end}));
    return stop;
  }

  // Headings, list items, term items and raw blocks at a line start; returns
  // the index after their markers (or `i` when none stands there).
  std::size_t lineStart(std::size_t i, std::size_t end) {
    const char c = text_[i];
    if (c == '=') {
      std::size_t k = i;
      while (k < end && text_[k] == '=') ++k;
      if (k < end && text_[k] == ' ' && k - i <= 6) {
        out_.open(BlockKind::Heading, static_cast<int>(k - i));
        const Line line = lineAt(text_, k);
        const std::size_t stop = std::min(line.end, end);
        markup(k + 1, stop);
        out_.close();
        return stop;
      }
    }
    if ((c == '-' || c == '+') && i + 1 < end && text_[i + 1] == ' ') {
      out_.open(BlockKind::ListItem);
      return i + 2;
    }
    if (c >= '0' && c <= '9') {
      std::size_t k = i;
      while (k < end && text_[k] >= '0' && text_[k] <= '9') ++k;
      if (k + 1 < end && text_[k] == '.' && text_[k + 1] == ' ') {
        out_.open(BlockKind::ListItem);
        return k + 2;
      }
    }
    if (c == '/' && i + 1 < end && text_[i + 1] == ' ') {  // "/ Term: description"
      const Line line = lineAt(text_, i);
      const std::size_t colon = findIn(text_, i + 2, std::min(line.end, end), ":");
      if (colon != npos) {
        out_.open(BlockKind::ListItem);
        markup(i + 2, colon);
        out_.open(BlockKind::ListItem);
        return colon + 1;
      }
    }
    if (c == '`' && startsWithAt(text_, i, "```")) {
      const std::size_t raw_end = rawEnd(i, end);
      const std::size_t stop = raw_end == npos ? end : raw_end;
      out_.close();
      map_.code_blocks.push_back({i, stop});
      return stop;
    }
    return i;
  }

  // "#..." at `i`: keywords, code blocks and function calls; returns the index after.
  std::size_t hash(std::size_t i, std::size_t end) {
    std::size_t k = i + 1;
    if (text_[k] == '{' || text_[k] == '(') {  // a code block or expression
      const std::size_t close = closeCode(k, end);
      const std::size_t stop = close == npos ? end : close + 1;
      if (text_[k] == '(') out_.opaque(i, stop, PieceKind::Code);
      return stop;
    }
    while (k < end && isIdentByte(text_[k])) ++k;
    while (k > i + 1 && text_[k - 1] == '.') --k;  // "#x." ends a sentence
    const std::string_view name = text_.substr(i + 1, k - i - 1);
    if (name.empty()) return i + 1;
    if (oneOf(name, {"set", "show", "let", "import", "include", "if", "for", "while", "context", "return"})) {
      const std::size_t stop = statementEnd(k, end);
      if (name == "set" && startsWithAt(text_, skipBlanks(text_, k, end), "document(")) documentMetadata(k, stop);
      return stop;
    }
    const bool line_start = atLineStart(i, 0);
    std::size_t after = k;
    bool had_content = false;
    std::size_t arguments = npos;
    if (after < end && text_[after] == '(') {
      const std::size_t close = closeCode(after, end);
      if (close == npos) return end;
      arguments = after;
      after = close + 1;
    }
    const bool table = name == "table" || name == "grid" || name == "table.cell" || name == "grid.cell";
    // The content of a table is its cells; a figure's content arguments are its caption.
    const BlockKind content_kind = table              ? BlockKind::TableCell
                                   : name == "figure" ? BlockKind::Caption
                                                      : BlockKind::Paragraph;
    const bool inline_call = isInlineFunction(name) || !line_start;
    if (name == "footnote" && after < end && text_[after] == '[') {
      const std::size_t close = closeCode(after, end);
      if (close != npos) {
        out_.beginFootnote({i, after + 1});
        markup(after + 1, close);
        out_.endFootnote(std::to_string(map_.footnotes.size() + 1), {after + 1, close});
        return close + 1;
      }
    }
    if (name == "cite") {
      out_.opaque(i, after, PieceKind::FootnoteRef);
      return after;
    }
    if (name == "link" && arguments != npos) {
      const std::size_t quote = findIn(text_, arguments, after, "\"");
      const std::string destination =
          quote == npos ? std::string() : std::string(text_.substr(quote + 1, stringEnd(quote, after) - quote - 2));
      if (after < end && text_[after] == '[') {
        const std::size_t close = closeCode(after, end);
        if (close != npos) {
          markup(after + 1, close);
          out_.link(after + 1, close, destination);
          return close + 1;
        }
      }
      out_.opaque(i, after, PieceKind::Url);
      return after;
    }
    if (arguments != npos) had_content = contentArguments(arguments, after - 1, content_kind, inline_call);
    while (after < end && text_[after] == '[') {  // trailing content blocks
      const std::size_t close = closeCode(after, end);
      if (close == npos) break;
      if (!inline_call || table) out_.close();
      if (table) out_.open(BlockKind::TableCell);
      markup(after + 1, close);
      if (!inline_call || table) out_.close();
      had_content = true;
      after = close + 1;
    }
    if (!had_content) out_.opaque(i, after, PieceKind::Code);  // "#name" or "#name(args)" prints something
    return after;
  }

  // The content arguments "[...]" inside the parentheses [open, close]: markup,
  // blocks of `kind` of their own (a table's cells, a figure's caption) unless
  // the call stands inside a sentence. Returns whether there was any.
  bool contentArguments(std::size_t open, std::size_t close, BlockKind kind, bool inline_call) {
    const bool own_blocks = !inline_call || kind != BlockKind::Paragraph;
    bool any = false;
    for (std::size_t k = open + 1; k < close; ++k) {
      const char c = text_[k];
      if (c == '"') {
        k = stringEnd(k, close) - 1;
      } else if (c == '(' || c == '{') {
        const std::size_t inner = closeCode(k, close);
        if (inner == npos) return any;
        if (c == '(') any = contentArguments(k, inner, kind, inline_call) || any;
        k = inner;
      } else if (c == '[') {
        const std::size_t inner = closeCode(k, close);
        if (inner == npos) return any;
        if (own_blocks) out_.open(kind);
        markup(k + 1, inner);
        if (own_blocks) out_.close();
        any = true;
        k = inner;
      }
    }
    return any;
  }

  // The end of a "#set ..." / "#let ..." statement: the end of its line, past
  // any brackets it opens.
  std::size_t statementEnd(std::size_t i, std::size_t end) const {
    for (std::size_t k = i; k < end; ++k) {
      const char c = text_[k];
      if (isLineEnd(c) || c == ';') return k;
      if (c == '"') {
        k = stringEnd(k, end) - 1;
      } else if (c == '(' || c == '[' || c == '{') {
        const std::size_t close = closeCode(k, end);
        if (close == npos) return end;
        k = close;
      }
    }
    return end;
  }

  // "#set document(title: [...], date: datetime(year: 2024, month: 5, day: 1))".
  void documentMetadata(std::size_t begin, std::size_t end) {
    const std::string_view args = text_.substr(begin, end - begin);
    if (const std::size_t title = args.find("title:"); title != npos) {
      std::size_t v = title + 6;
      while (v < args.size() && isSpaceOrTab(args[v])) ++v;
      if (v < args.size() && (args[v] == '"' || args[v] == '[')) {
        const std::size_t close = args.find(args[v] == '"' ? '"' : ']', v + 1);
        if (close != npos) setMetadata(map_.front_matter, "title", args.substr(v + 1, close - v - 1));
      }
    }
    const std::size_t date = args.find("date:");
    if (date == npos) return;
    auto number = [&](std::string_view key) {
      const std::size_t at = args.find(key, date);
      if (at == npos) return std::string();
      std::size_t v = at + key.size();
      while (v < args.size() && isSpaceOrTab(args[v])) ++v;
      std::string digits;
      while (v < args.size() && args[v] >= '0' && args[v] <= '9') digits += args[v++];
      return digits.size() == 1 ? "0" + digits : digits;
    };
    const std::string year = number("year:");
    const std::string month = number("month:");
    const std::string day = number("day:");
    if (year.size() == 4 && month.size() == 2 && day.size() == 2)
      setMetadata(map_.front_matter, "date", year + "-" + month + "-" + day);
  }
};

}  // namespace

ProseMap extractTypst(std::string_view text) { return extractWith<TypstScanner>(text); }

}  // namespace copydesk
