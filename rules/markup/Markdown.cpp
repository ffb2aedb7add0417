// Markdown -> ProseMap with md4c. md4c hands us text through callbacks whose
// pointers (for normal text, code, math and raw HTML) point into the buffer we
// gave it, so every piece's offset is plain pointer arithmetic. Strings md4c
// makes up itself (line breaks, the space inside a multi-line code span,
// U+FFFD for NUL) are recognised as lying outside the buffer and never used
// as offsets. Nothing here recurses with the nesting depth of the document:
// md4c's own block and span nesting is mirrored in flat vectors.
#include <md4c.h>

#include <algorithm>
#include <cstdint>
#include <string>
#include <vector>

#include "markup/Comments.h"
#include "markup/Footnotes.h"
#include "markup/Prose.h"
#include "markup/ProseScan.h"
#include "markup/RunExtractor.h"

namespace copydesk {
namespace {

using namespace markup::detail;

constexpr unsigned kMarkdownFlags = MD_FLAG_TABLES | MD_FLAG_STRIKETHROUGH | MD_FLAG_PERMISSIVEURLAUTOLINKS |
                                    MD_FLAG_PERMISSIVEEMAILAUTOLINKS | MD_FLAG_PERMISSIVEWWWAUTOLINKS |
                                    MD_FLAG_LATEXMATHSPANS;

constexpr std::size_t kNone = static_cast<std::size_t>(-1);

enum class Frame : std::uint8_t { Document, Quote, List, Item, Paragraph, Heading, Cell, Code, Html, Other };

enum class SpanKind : std::uint8_t { Link, Image, Code, Math };

struct OpenSpan {
  SpanKind kind = SpanKind::Link;
  std::size_t first_piece = 0;  // Link: index of the first piece of its text
  std::size_t open_begin = 0;   // Code/Math: the opening delimiter
  std::size_t content_end = 0;  // Code/Math: end of the delimiter or content seen so far
  char delimiter = 0;           // Code/Math: '`' or '$'
  std::string destination;      // Link
  ByteSpan written_target;      // Link/Image: where its destination (and title) stand in the source, if there
};

void decodeAttribute(const MD_ATTRIBUTE& attribute, std::string& out) {
  out.clear();
  if (attribute.text == nullptr || attribute.size == 0) return;
  out.reserve(attribute.size);
  for (std::size_t i = 0; attribute.substr_offsets[i] < attribute.size; ++i) {
    const MD_OFFSET begin = attribute.substr_offsets[i];
    const MD_OFFSET end = attribute.substr_offsets[i + 1];
    const std::string_view part(attribute.text + begin, end - begin);
    switch (attribute.substr_types[i]) {
      case MD_TEXT_ENTITY: appendEntity(out, part); break;
      case MD_TEXT_NULLCHAR: out += "\xEF\xBF\xBD"; break;
      default: out.append(part); break;
    }
  }
}

// md4c would take "[^1]: word" (a footnote definition whose text is a single
// word or URL) for a link reference definition and drop it. When the text has
// a "[^label]:" at the start of a line, md4c gets a copy in which that '['
// is a letter, so the line stays paragraph text; offsets are unchanged and all
// slicing is done on the original. Returns an empty string when not needed.
std::string hideFootnoteDefinitions(std::string_view text, std::size_t from) {
  std::string copy;
  for (std::size_t i = text.find("[^", from); i != std::string_view::npos; i = text.find("[^", i + 2)) {
    bool line_start = true;
    for (std::size_t k = i; k > from; --k) {
      const char c = text[k - 1];
      if (isLineEnd(c)) break;
      if (!isSpaceOrTab(c) && c != '>') {
        line_start = false;
        break;
      }
    }
    if (!line_start) continue;
    const std::size_t end = matchFootnoteRefAt(text, i, text.size());
    if (end == i || end >= text.size() || text[end] != ':') continue;
    if (copy.empty()) copy.assign(text);
    copy[i] = 'F';
  }
  return copy;
}

class MarkdownExtractor {
 public:
  MarkdownExtractor(std::string_view text, ProseMap& map) : text_(text), map_(map) {}

  void run(std::size_t body_begin) {
    if (body_begin >= text_.size()) return;
    const std::string hidden = hideFootnoteDefinitions(text_, body_begin);
    const std::string_view parse = hidden.empty() ? text_ : std::string_view(hidden);
    lo_ = reinterpret_cast<std::uintptr_t>(parse.data());
    hi_ = lo_ + parse.size();
    cursor_ = body_begin;
    frames_.reserve(16);
    map_.blocks.reserve(text_.size() / 256 + 4);

    MD_PARSER parser{};
    parser.abi_version = 0;
    parser.flags = kMarkdownFlags;
    parser.enter_block = &MarkdownExtractor::enterBlockThunk;
    parser.leave_block = &MarkdownExtractor::leaveBlockThunk;
    parser.enter_span = &MarkdownExtractor::enterSpanThunk;
    parser.leave_span = &MarkdownExtractor::leaveSpanThunk;
    parser.text = &MarkdownExtractor::textThunk;
    md_parse(parse.data() + body_begin, static_cast<MD_SIZE>(parse.size() - body_begin), &parser, this);
    flush();  // in case md4c stopped early

    collectHtmlComments(text_, html_ranges_, map_.comments);
  }

 private:
  static int enterBlockThunk(MD_BLOCKTYPE type, void* detail, void* self) {
    return static_cast<MarkdownExtractor*>(self)->enterBlock(type, detail);
  }
  static int leaveBlockThunk(MD_BLOCKTYPE type, void*, void* self) {
    return static_cast<MarkdownExtractor*>(self)->leaveBlock(type);
  }
  static int enterSpanThunk(MD_SPANTYPE type, void* detail, void* self) {
    return static_cast<MarkdownExtractor*>(self)->enterSpan(type, detail);
  }
  static int leaveSpanThunk(MD_SPANTYPE type, void*, void* self) {
    return static_cast<MarkdownExtractor*>(self)->leaveSpan(type);
  }
  static int textThunk(MD_TEXTTYPE type, const MD_CHAR* text, MD_SIZE size, void* self) {
    return static_cast<MarkdownExtractor*>(self)->onText(type, text, size);
  }

  // ------------------------------------------------------------ positions

  // The offset of md4c's text in the buffer it parses (the text or its copy);
  // false for strings md4c made up.
  bool locate(const MD_CHAR* p, MD_SIZE size, std::size_t& offset) const {
    const auto address = reinterpret_cast<std::uintptr_t>(p);
    if (address < lo_ || address > hi_ || size > hi_ - address) return false;
    offset = address - lo_;
    return true;
  }

  void advanceCursor(std::size_t to) { cursor_ = std::max(cursor_, to); }

  // ------------------------------------------------------------ blocks

  Frame top() const { return frames_.empty() ? Frame::Document : frames_.back(); }

  bool inProseBlock() const {
    switch (top()) {
      case Frame::Paragraph:
      case Frame::Heading:
      case Frame::Cell:
      case Frame::Item:
      case Frame::Quote: return true;
      default: return false;
    }
  }

  // Appends a piece, keeping pieces in source order and disjoint even when
  // md4c reports something odd (a piece never starts before the end of the
  // previous one, in this block or an earlier one). A pending line break is
  // placed on the last line terminator before the new piece.
  void addPiece(ByteSpan span, PieceKind kind) {
    if (image_depth_ > 0 || !inProseBlock()) return;
    span.begin = std::max(span.begin, pieces_end_);
    if (span.empty()) return;
    if (block_.pieces.empty()) {
      pending_break_ = false;
      startBlock();
    } else if (pending_break_) {
      pending_break_ = false;
      const std::size_t floor = block_.pieces.back().span.end;
      for (std::size_t i = span.begin; i > floor; --i) {
        const char c = text_[i - 1];
        if (!isLineEnd(c)) continue;
        std::size_t b = i - 1;
        if (c == '\n' && b > floor && text_[b - 1] == '\r') --b;
        block_.pieces.push_back(Piece{ByteSpan{b, i}, PieceKind::LineBreak});
        break;
      }
    }
    block_.pieces.push_back(Piece{span, kind});
    pieces_end_ = span.end;
  }

  void startBlock() {
    block_.level = 0;
    block_.in_blockquote = quote_depth_ > 0;
    switch (top()) {
      case Frame::Heading:
        block_.kind = BlockKind::Heading;
        block_.level = heading_level_;
        break;
      case Frame::Cell: block_.kind = BlockKind::TableCell; break;
      case Frame::Item: block_.kind = BlockKind::ListItem; break;
      case Frame::Quote: block_.kind = BlockKind::BlockQuote; break;
      default: {
        const bool in_item = frames_.size() >= 2 && frames_[frames_.size() - 2] == Frame::Item;
        block_.kind = in_item ? BlockKind::ListItem : BlockKind::Paragraph;
        break;
      }
    }
  }

  void flush() {
    if (block_.pieces.empty()) {
      block_.links.clear();
      return;
    }
    mergeTouchingProse(block_.pieces);
    addSplitBlock(text_, block_, map_, split_, scratch_);
    pending_break_ = false;
  }

  // The frame a block of `type` opens (HR, TABLE, THEAD, TBODY, TR: Other).
  static Frame frameOf(MD_BLOCKTYPE type) {
    switch (type) {
      case MD_BLOCK_DOC: return Frame::Document;
      case MD_BLOCK_QUOTE: return Frame::Quote;
      case MD_BLOCK_UL:
      case MD_BLOCK_OL: return Frame::List;
      case MD_BLOCK_LI: return Frame::Item;
      case MD_BLOCK_H: return Frame::Heading;
      case MD_BLOCK_CODE: return Frame::Code;
      case MD_BLOCK_HTML: return Frame::Html;
      case MD_BLOCK_P: return Frame::Paragraph;
      case MD_BLOCK_TH:
      case MD_BLOCK_TD: return Frame::Cell;
      default: return Frame::Other;
    }
  }

  int enterBlock(MD_BLOCKTYPE type, void* detail) {
    const Frame frame = frameOf(type);
    if (frame != Frame::Document) flush();  // every other block ends the text before it
    if (frame == Frame::Quote) ++quote_depth_;
    if (frame == Frame::Heading)
      heading_level_ = detail != nullptr ? static_cast<int>(static_cast<MD_BLOCK_H_DETAIL*>(detail)->level) : 1;
    frames_.push_back(frame);
    if (frame == Frame::Code) startCode(static_cast<MD_BLOCK_CODE_DETAIL*>(detail));
    return 0;
  }

  int leaveBlock(MD_BLOCKTYPE type) {
    flush();
    if (type == MD_BLOCK_QUOTE && quote_depth_ > 0) --quote_depth_;
    if (type == MD_BLOCK_CODE) finishCode();
    if (!frames_.empty()) frames_.pop_back();
    return 0;
  }

  // ------------------------------------------------------------ code blocks

  void startCode(const MD_BLOCK_CODE_DETAIL* detail) {
    code_fence_char_ = detail != nullptr ? detail->fence_char : 0;
    code_begin_ = kNone;
    code_fence_len_ = 0;
    code_trailing_newlines_ = 1;
    if (code_fence_char_ == 0) return;
    // The opening fence is the first run of 3+ fence characters after the cursor.
    std::size_t i = cursor_;
    while (i < text_.size()) {
      i = text_.find(code_fence_char_, i);
      if (i == std::string_view::npos) return;
      std::size_t run = i;
      while (run < text_.size() && text_[run] == code_fence_char_) ++run;
      if (run - i >= 3) {
        code_begin_ = i;
        code_fence_len_ = run - i;
        code_content_end_ = run;
        return;
      }
      i = run;
    }
  }

  void codeText(bool in_source, std::size_t offset, const MD_CHAR* p, MD_SIZE size) {
    if (in_source) {
      if (code_begin_ == kNone) code_begin_ = offset;
      code_content_end_ = offset + size;
      code_trailing_newlines_ = 0;
    } else if (size == 1 && p[0] == '\n') {
      ++code_trailing_newlines_;
    }
  }

  void finishCode() {
    if (code_begin_ == kNone) return;
    std::size_t end = code_content_end_;
    if (code_fence_char_ != 0) {
      // The closing fence, if any, is on the line right after the content.
      std::size_t p = code_content_end_;
      for (std::size_t k = 0; k < code_trailing_newlines_ && p < text_.size(); ++k) {
        while (p < text_.size() && !isLineEnd(text_[p])) ++p;
        p += lineEndLength(text_, p);
      }
      while (p < text_.size() && (isSpaceOrTab(text_[p]) || text_[p] == '>')) ++p;
      std::size_t run = p;
      while (run < text_.size() && text_[run] == code_fence_char_) ++run;
      if (run - p >= code_fence_len_ && run > p) {
        std::size_t rest = run;
        while (rest < text_.size() && isSpaceOrTab(text_[rest])) ++rest;
        if (rest >= text_.size() || isLineEnd(text_[rest])) end = run;
      }
    }
    if (end > code_begin_) map_.code_blocks.push_back(ByteSpan{code_begin_, end});
    advanceCursor(end);
    code_begin_ = kNone;
  }

  // ------------------------------------------------------------ spans

  void openDelimited(SpanKind kind, char delimiter) {
    OpenSpan span;
    span.kind = kind;
    span.delimiter = delimiter;
    std::size_t i = text_.find(delimiter, cursor_);
    if (i == std::string_view::npos) i = cursor_;
    std::size_t run = i;
    while (run < text_.size() && text_[run] == delimiter) ++run;
    span.open_begin = i;
    span.content_end = run;
    advanceCursor(run);
    spans_.push_back(std::move(span));
  }

  void closeDelimited(const OpenSpan& span) {
    // Between the content and the closing delimiter there are only blanks,
    // a line end or block-quote markers.
    std::size_t i = std::max(cursor_, span.content_end);
    std::size_t j = i;
    while (j < text_.size() && (isSpaceOrTab(text_[j]) || isLineEnd(text_[j]) || text_[j] == '>')) ++j;
    std::size_t end = i;
    if (j < text_.size() && text_[j] == span.delimiter) {
      end = j;
      while (end < text_.size() && text_[end] == span.delimiter) ++end;
    }
    advanceCursor(end);
    addPiece(ByteSpan{span.open_begin, end}, span.kind == SpanKind::Code ? PieceKind::Code : PieceKind::Math);
  }

  void closeLink(OpenSpan& span) {
    auto& pieces = block_.pieces;
    if (span.first_piece >= pieces.size()) return;  // no text (or image only)
    std::size_t b = kNone, e = 0, prose_count = 0, other_count = 0;
    for (std::size_t k = span.first_piece; k < pieces.size(); ++k) {
      if (pieces[k].kind == PieceKind::LineBreak) continue;
      b = std::min(b, pieces[k].span.begin);
      e = std::max(e, pieces[k].span.end);
      (pieces[k].kind == PieceKind::Prose ? prose_count : other_count) += 1;
    }
    if (b == kNone) return;

    // Autolinks (<http://x>, bare URLs, e-mails, www.) show their destination
    // as their text: one opaque Url piece.
    const std::string_view shown = text_.substr(b, e - b);
    const std::string_view dest = span.destination;
    const auto endsWithShown = [&](std::string_view prefix) {
      return dest.size() == prefix.size() + shown.size() && dest.substr(0, prefix.size()) == prefix &&
             dest.substr(prefix.size()) == shown;
    };
    const bool one_piece = prose_count == 1 && other_count == 0;
    if (one_piece && (dest == shown || endsWithShown("mailto:") || endsWithShown("http://"))) {
      std::size_t ub = b, ue = e;
      const std::size_t floor = span.first_piece > 0 ? pieces[span.first_piece - 1].span.end : 0;
      if (ub > floor && text_[ub - 1] == '<' && ue < text_.size() && text_[ue] == '>') --ub, ++ue;
      pieces.resize(span.first_piece);
      pieces.push_back(Piece{ByteSpan{ub, ue}, PieceKind::Url});
      pieces_end_ = std::max(pieces_end_, ue);
    } else if (one_piece && !shown.empty() && shown[0] == '^' && b > 0 && text_[b - 1] == '[' &&
               (span.first_piece == 0 || pieces[span.first_piece - 1].span.end < b) && e < text_.size() &&
               text_[e] == ']') {
      // "[^1]" resolved as a link because a definition looked like a link
      // reference definition: still a footnote reference.
      pieces.resize(span.first_piece);
      pieces.push_back(Piece{ByteSpan{b - 1, e + 1}, PieceKind::FootnoteRef});
      pieces_end_ = std::max(pieces_end_, e + 1);
      return;
    }
    block_.links.push_back(Link{ByteSpan{b, e}, std::move(span.destination)});
  }

  // Where a link's or image's destination and title stand in the source
  // (empty when md4c's strings are not in it: a reference link's are its
  // definition's, or a decoded copy).
  ByteSpan writtenTarget(const MD_ATTRIBUTE& destination, const MD_ATTRIBUTE& title) const {
    std::size_t begin = 0, title_begin = 0;
    if (destination.text == nullptr || !locate(destination.text, destination.size, begin)) return {};
    ByteSpan target{begin, begin + destination.size};
    if (title.text != nullptr && title.size > 0 && locate(title.text, title.size, title_begin) &&
        title_begin >= target.end)
      target.end = title_begin + title.size;
    return target;
  }

  // After an inline link's or image's text come "](", its destination and
  // title, which md4c shows no text of: the cursor moves past them, or a code
  // span or math opening later would be looked for in the destination (a "`"
  // or "$" in a URL). Only when nothing but "](", spaces, line ends and "<"
  // stand between the cursor and the destination (a reference link's is
  // elsewhere).
  void skipWrittenTarget(ByteSpan target) {
    if (target.empty() || target.begin < cursor_) return;
    const std::string_view between = text_.substr(cursor_, target.begin - cursor_);
    if (between.find_first_not_of("]( \t\r\n<") == std::string_view::npos) advanceCursor(target.end);
  }

  int enterSpan(MD_SPANTYPE type, void* detail) {
    switch (type) {
      case MD_SPAN_A: {
        OpenSpan span;
        span.kind = SpanKind::Link;
        span.first_piece = block_.pieces.size();
        if (detail != nullptr) {
          const auto* link = static_cast<MD_SPAN_A_DETAIL*>(detail);
          decodeAttribute(link->href, span.destination);
          span.written_target = writtenTarget(link->href, link->title);
        }
        spans_.push_back(std::move(span));
        break;
      }
      case MD_SPAN_IMG: {
        ++image_depth_;
        OpenSpan span;
        span.kind = SpanKind::Image;
        if (detail != nullptr) {
          const auto* image = static_cast<MD_SPAN_IMG_DETAIL*>(detail);
          span.written_target = writtenTarget(image->src, image->title);
        }
        spans_.push_back(std::move(span));
        break;
      }
      case MD_SPAN_CODE: openDelimited(SpanKind::Code, '`'); break;
      case MD_SPAN_LATEXMATH:
      case MD_SPAN_LATEXMATH_DISPLAY: openDelimited(SpanKind::Math, '$'); break;
      default: break;  // emphasis, strong, strikethrough: their text is prose
    }
    return 0;
  }

  int leaveSpan(MD_SPANTYPE type) {
    switch (type) {
      case MD_SPAN_A:
      case MD_SPAN_IMG:
      case MD_SPAN_CODE:
      case MD_SPAN_LATEXMATH:
      case MD_SPAN_LATEXMATH_DISPLAY: break;
      default: return 0;
    }
    if (spans_.empty()) return 0;
    OpenSpan span = std::move(spans_.back());
    spans_.pop_back();
    skipWrittenTarget(span.written_target);
    switch (span.kind) {
      case SpanKind::Link: closeLink(span); break;
      case SpanKind::Image:
        if (image_depth_ > 0) --image_depth_;
        break;
      case SpanKind::Code:
      case SpanKind::Math: closeDelimited(span); break;
    }
    return 0;
  }

  // ------------------------------------------------------------ text

  void addHtmlRange(std::size_t begin, std::size_t end) {
    if (!html_ranges_.empty() && html_ranges_.back().end >= begin && html_ranges_.back().begin <= begin) {
      html_ranges_.back().end = std::max(html_ranges_.back().end, end);
    } else {
      html_ranges_.push_back(ByteSpan{begin, end});
    }
  }

  // md4c's line breaks are strings of its own; the break's bytes are found
  // when the next piece arrives (see addPiece).
  void lineBreak() {
    if (!block_.pieces.empty()) pending_break_ = true;
  }

  int onText(MD_TEXTTYPE type, const MD_CHAR* p, MD_SIZE size) {
    std::size_t offset = 0;
    const bool in_source = locate(p, size, offset);
    const Frame frame = top();
    if (frame == Frame::Code) {
      codeText(in_source, offset, p, size);
      if (in_source) advanceCursor(offset + size);
      return 0;
    }
    if (frame == Frame::Html || type == MD_TEXT_HTML) {
      if (in_source) {
        addHtmlRange(offset, offset + size);
        advanceCursor(offset + size);
      }
      return 0;
    }
    switch (type) {
      case MD_TEXT_NORMAL:
        if (in_source) {
          advanceCursor(offset + size);
          addPiece(ByteSpan{offset, offset + size}, PieceKind::Prose);
        }
        break;
      case MD_TEXT_BR:
      case MD_TEXT_SOFTBR: lineBreak(); break;
      case MD_TEXT_CODE:
      case MD_TEXT_LATEXMATH:
        if (in_source) {
          advanceCursor(offset + size);
          if (!spans_.empty()) spans_.back().content_end = std::max(spans_.back().content_end, offset + size);
        }
        break;
      default:  // MD_TEXT_ENTITY, MD_TEXT_NULLCHAR: not pieces (see Prose.h)
        if (in_source) advanceCursor(offset + size);
        break;
    }
    return 0;
  }

  std::string_view text_;
  ProseMap& map_;
  std::uintptr_t lo_ = 0, hi_ = 0;
  std::size_t cursor_ = 0;      // end of the last source bytes md4c showed us
  std::size_t pieces_end_ = 0;  // end of the last piece of any block
  bool pending_break_ = false;  // md4c reported a line break not placed yet

  std::vector<Frame> frames_;
  int quote_depth_ = 0;
  int heading_level_ = 0;
  Block block_;
  std::vector<Block> split_;
  std::vector<Piece> scratch_;

  std::vector<OpenSpan> spans_;
  int image_depth_ = 0;

  char code_fence_char_ = 0;
  std::size_t code_fence_len_ = 0;
  std::size_t code_begin_ = kNone;
  std::size_t code_content_end_ = 0;
  std::size_t code_trailing_newlines_ = 0;

  std::vector<ByteSpan> html_ranges_;
};

}  // namespace

ProseMap extractMarkdown(std::string_view text) { return extractAfterFrontMatter<MarkdownExtractor>(text); }

}  // namespace copydesk
