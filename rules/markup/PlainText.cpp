// Plain text -> ProseMap. See Prose.h ("Plain text") for the rules; in short:
// blank lines separate chunks; a chunk with a line longer than
// kLongLine bytes is "one paragraph per line" text (the seed articles) and
// each line is its own block; otherwise it is hard-wrapped text and its lines
// form one paragraph (a short title-like first line is split off as a
// heading, bulleted lines start list items). Headings are short, title-like
// lines; see isHeadingLine.
#include <algorithm>
#include <string>
#include <vector>

#include "markup/Footnotes.h"
#include "markup/Prose.h"
#include "markup/ProseScan.h"
#include "markup/RunExtractor.h"
#include "text/Utf.h"

namespace copydesk {
namespace {

using namespace markup::detail;

constexpr std::size_t kLongLine = 100;               // bytes: longer lines are never wrapped text, never headings
constexpr std::size_t kHeadingMaxWords = 12;         // a heading without final punctuation
constexpr std::size_t kSentenceHeadingMaxWords = 8;  // a heading ending with . ! or ?

struct Line {
  std::size_t begin = 0;        // first non-blank byte
  std::size_t end = 0;          // after the last non-blank byte
  std::size_t break_begin = 0;  // the line terminator (== break_end when none)
  std::size_t break_end = 0;
  bool blank = false;
};

bool isNbspAt(std::string_view text, std::size_t i) {
  return i + 1 < text.size() && static_cast<unsigned char>(text[i]) == 0xC2 &&
         static_cast<unsigned char>(text[i + 1]) == 0xA0;
}
bool isBlankByte(char c) { return c == ' ' || c == '\t' || c == '\f' || c == '\v'; }

void splitLines(std::string_view text, std::size_t from, std::vector<Line>& lines) {
  lines.reserve(text.size() / 64 + 4);
  std::size_t p = from;
  while (p < text.size()) {
    std::size_t e = p;
    while (e < text.size() && !isLineEnd(text[e])) ++e;
    Line line;
    line.break_begin = e;
    line.break_end = e + lineEndLength(text, e);
    std::size_t b = p;
    while (b < e) {
      if (isBlankByte(text[b])) {
        ++b;
      } else if (isNbspAt(text, b) && b + 2 <= e) {
        b += 2;
      } else {
        break;
      }
    }
    std::size_t t = e;
    while (t > b) {
      if (isBlankByte(text[t - 1])) {
        --t;
      } else if (t - b >= 2 && static_cast<unsigned char>(text[t - 2]) == 0xC2 &&
                 static_cast<unsigned char>(text[t - 1]) == 0xA0) {
        t -= 2;
      } else {
        break;
      }
    }
    line.begin = b;
    line.end = t;
    line.blank = b >= t;
    lines.push_back(line);
    p = line.break_end;
  }
}

bool isLoneBullet(std::string_view s) { return s == "-" || s == "*" || s == "+" || s == "\xE2\x80\xA2"; }

struct LineShape {
  std::size_t words = 0;
  std::size_t letters = 0;
  std::size_t digits = 0;
  bool has_comma = false;
  bool starts_upper = false;  // first letter or digit is upper case (or a digit)
  char32_t last = 0;          // last code point, closing quotes and brackets skipped
  bool ellipsis = false;
};

bool isClosing(char32_t cp) {
  return cp == U'"' || cp == U'\'' || cp == U')' || cp == U']' || cp == U'\u201D' || cp == U'\u2019' || cp == U'*' ||
         cp == U'_';
}

LineShape shapeOf(std::string_view s) {
  LineShape shape;
  bool in_word = false;
  bool first_seen = false;
  char32_t last = 0, before_last = 0;
  for (std::size_t i = 0; i < s.size();) {
    const utf::Decoded d = utf::decode(s, i);
    const char32_t cp = d.code_point;
    const bool space = cp == U' ' || cp == U'\t' || cp == U'\u00A0';
    if (!space && !in_word) ++shape.words;
    in_word = !space;
    const bool digit = cp >= U'0' && cp <= U'9';
    const bool letter = !digit && d.valid && utf::isLetter(cp);
    shape.digits += digit ? 1 : 0;
    shape.letters += letter ? 1 : 0;
    if (cp == U',') shape.has_comma = true;
    if (!first_seen && (digit || letter)) {
      first_seen = true;
      shape.starts_upper = digit || utf::isUpper(cp);
    }
    if (!space && !isClosing(cp)) {
      before_last = last;
      last = cp;
    }
    i += d.length;
  }
  shape.last = last;
  shape.ellipsis = last == U'\u2026' || (last == U'.' && before_last == U'.');
  return shape;
}

bool endsSentence(char32_t cp) { return cp == U'.' || cp == U'!' || cp == U'?' || cp == U'\u2026'; }
bool endsClause(char32_t cp) { return endsSentence(cp) || cp == U':' || cp == U';' || cp == U','; }

class PlainTextExtractor {
 public:
  PlainTextExtractor(std::string_view text, ProseMap& map) : text_(text), map_(map) {}

  void run(std::size_t from) {
    splitLines(text_, from, lines_);
    map_.blocks.reserve(lines_.size() / 2 + 4);
    std::size_t i = 0;
    while (i < lines_.size()) {
      if (lines_[i].blank) {
        ++i;
        continue;
      }
      std::size_t j = i;
      bool long_line = false;
      while (j < lines_.size() && !lines_[j].blank) {
        long_line = long_line || lines_[j].end - lines_[j].begin > kLongLine;
        ++j;
      }
      if (long_line || j - i == 1) {
        lineByLine(i, j);
      } else {
        wrapped(i, j);
      }
      i = j;
    }
  }

 private:
  std::string_view content(std::size_t li) const {
    return text_.substr(lines_[li].begin, lines_[li].end - lines_[li].begin);
  }

  // The nearest non-blank line before / after `li`, or npos.
  std::size_t neighbour(std::size_t li, int direction) const {
    std::size_t k = li;
    while (true) {
      if (direction < 0) {
        if (k == 0) return std::string_view::npos;
        --k;
      } else {
        if (k + 1 >= lines_.size()) return std::string_view::npos;
        ++k;
      }
      if (!lines_[k].blank && !isLoneBullet(content(k))) return k;
    }
  }

  // A heading is a short line that starts with a capital (or a digit), has
  // more letters than digits, is not a list item, and either
  //  - does not end with punctuation (. ! ? : ; , …) and has at most 12 words, or
  //  - ends with . ! or ? (not an ellipsis), has at most 8 words and no comma,
  //    and is followed by a line at least twice as long while the line before
  //    it (if any) ends a sentence: "Moving past the Experimental phase."
  //    between two long paragraphs.
  bool isHeadingLine(std::size_t li) const {
    std::string_view s = content(li);
    // A trailing footnote reference ("A claim.[^1]") is not part of the shape.
    const std::size_t ref = s.rfind("[^");
    if (ref != std::string_view::npos && ref > 0 &&
        matchFootnoteRefAt(text_, lines_[li].begin + ref, lines_[li].end) == lines_[li].end) {
      s = s.substr(0, ref);
    }
    if (s.empty() || s.size() > kLongLine || bulletLength(s) != 0) return false;
    const LineShape shape = shapeOf(s);
    if (!shape.starts_upper || shape.letters <= shape.digits) return false;
    if (!endsClause(shape.last)) return shape.words <= kHeadingMaxWords;
    if (!endsSentence(shape.last) || shape.ellipsis || shape.has_comma) return false;
    if (shape.words > kSentenceHeadingMaxWords) return false;
    const std::size_t next = neighbour(li, +1);
    if (next == std::string_view::npos || content(next).size() < 2 * s.size()) return false;
    const std::size_t prev = neighbour(li, -1);
    if (prev != std::string_view::npos && !endsClause(shapeOf(content(prev)).last)) return false;
    return true;
  }

  void beginBlock(BlockKind kind) {
    block_ = Block{};
    block_.kind = kind;
    if (kind == BlockKind::Heading) block_.level = map_.blocks.empty() && !had_block_ ? 1 : 2;
  }

  void addLine(std::size_t li, std::size_t skip) {
    if (!block_.pieces.empty()) {
      const Line& prev = lines_[last_line_];
      if (prev.break_end > prev.break_begin) {
        block_.pieces.push_back(Piece{ByteSpan{prev.break_begin, prev.break_end}, PieceKind::LineBreak});
      }
    }
    const std::size_t b = lines_[li].begin + skip;
    if (b < lines_[li].end) block_.pieces.push_back(Piece{ByteSpan{b, lines_[li].end}, PieceKind::Prose});
    last_line_ = li;
  }

  void endBlock() {
    if (block_.pieces.empty()) return;
    had_block_ = true;
    addSplitBlock(text_, block_, map_, split_, scratch_);
  }

  // Every line is its own block.
  void lineByLine(std::size_t from, std::size_t to) {
    bool pending_bullet = false;
    for (std::size_t li = from; li < to; ++li) {
      const std::string_view s = content(li);
      if (isLoneBullet(s)) {
        pending_bullet = true;
        continue;
      }
      const std::size_t bullet = bulletLength(s);
      if (bullet != 0 || pending_bullet) {
        beginBlock(BlockKind::ListItem);
        addLine(li, bullet);
      } else if (isHeadingLine(li)) {
        beginBlock(BlockKind::Heading);
        addLine(li, 0);
      } else {
        beginBlock(BlockKind::Paragraph);
        addLine(li, 0);
      }
      pending_bullet = false;
      endBlock();
    }
  }

  // Hard-wrapped lines: one paragraph, except a title-like first line followed
  // by a line starting with a capital, and bulleted lines, which start blocks.
  void wrapped(std::size_t from, std::size_t to) {
    std::size_t li = from;
    if (to - from >= 2 && isHeadingLine(from) && !endsClause(shapeOf(content(from)).last) &&
        shapeOf(content(from + 1)).starts_upper && content(from).size() * 5 < longest(from, to) * 3) {
      beginBlock(BlockKind::Heading);
      addLine(from, 0);
      endBlock();
      ++li;
    }
    bool open = false;
    for (; li < to; ++li) {
      const std::string_view s = content(li);
      const std::size_t bullet = bulletLength(s);
      if (bullet != 0) {
        if (open) endBlock();
        beginBlock(BlockKind::ListItem);
        addLine(li, bullet);
        open = true;
        continue;
      }
      if (!open) {
        beginBlock(BlockKind::Paragraph);
        open = true;
      }
      addLine(li, 0);
    }
    if (open) endBlock();
  }

  std::size_t longest(std::size_t from, std::size_t to) const {
    std::size_t n = 0;
    for (std::size_t li = from; li < to; ++li) n = std::max(n, content(li).size());
    return n;
  }

  std::string_view text_;
  ProseMap& map_;
  std::vector<Line> lines_;
  Block block_;
  std::vector<Block> split_;
  std::vector<Piece> scratch_;
  std::size_t last_line_ = 0;
  bool had_block_ = false;
};

}  // namespace

ProseMap extractPlainText(std::string_view text) { return extractAfterFrontMatter<PlainTextExtractor>(text); }

}  // namespace copydesk
