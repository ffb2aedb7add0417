// HTML -> ProseMap with Gumbo (an HTML5 parser that keeps source positions).
// Gumbo's text nodes point into the buffer we give it (original_text): a
// copy of the text with most of its text cut out (HtmlShorten.h), whose
// positions map back to the text's; entities ("&amp;") are left out
// of the pieces as the Markdown extractor does, and a word with an entity
// inside ("doesn&#8217;t") is one opaque Code piece. The tree is walked with an
// explicit stack: nesting depth costs memory, never the call stack; absurd
// nesting is parsed in pieces (HtmlNesting.h), as Gumbo is quadratic in it.
#include <gumbo.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "markup/Comments.h"
#include "markup/GumboArena.h"
#include "markup/HtmlNesting.h"
#include "markup/HtmlOutline.h"
#include "markup/HtmlRegion.h"
#include "markup/HtmlShorten.h"
#include "markup/Prose.h"
#include "markup/ProseScan.h"

namespace copydesk {
namespace {

using namespace markup::detail;

// What an element means for the prose.
enum class Role : std::uint8_t {
  Inline,     // its text belongs to the surrounding block (a, b, em, span, ...)
  Container,  // breaks blocks; text directly inside is a paragraph (div, section, ...)
  Block,      // a prose block of its own kind (p, h1, li, td, figcaption, ...)
  Skip,       // never prose, nothing inside either (script, style, svg, ...)
  Code,       // inline code: one opaque Code piece (code, kbd, samp)
  Math,       // one opaque Math piece
  CodeBlock,  // pre: recorded in code_blocks
  Break,      // br: a LineBreak piece
};

Role roleOf(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_P:
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_TD:
    case GUMBO_TAG_TH:
    case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_CAPTION:
    case GUMBO_TAG_BLOCKQUOTE: return Role::Block;
    case GUMBO_TAG_HTML:
    case GUMBO_TAG_BODY:
    case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_CENTER:
    case GUMBO_TAG_DETAILS:
    case GUMBO_TAG_DIR:
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_FIELDSET:
    case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_FORM:
    case GUMBO_TAG_HEADER:
    case GUMBO_TAG_HGROUP:
    case GUMBO_TAG_HR:
    case GUMBO_TAG_LEGEND:
    case GUMBO_TAG_MAIN:
    case GUMBO_TAG_MENU:
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_SUMMARY:
    case GUMBO_TAG_TABLE:
    case GUMBO_TAG_TBODY:
    case GUMBO_TAG_TFOOT:
    case GUMBO_TAG_THEAD:
    case GUMBO_TAG_TR:
    case GUMBO_TAG_UL: return Role::Container;
    case GUMBO_TAG_HEAD:
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_SVG:
    case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_NOEMBED:
    case GUMBO_TAG_NOFRAMES:
    case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_CANVAS:
    case GUMBO_TAG_AUDIO:
    case GUMBO_TAG_VIDEO:
    case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_SELECT:
    case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_XMP:
    case GUMBO_TAG_PLAINTEXT: return Role::Skip;
    case GUMBO_TAG_CODE:
    case GUMBO_TAG_KBD:
    case GUMBO_TAG_SAMP:
    case GUMBO_TAG_TT: return Role::Code;
    case GUMBO_TAG_MATH: return Role::Math;
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_LISTING: return Role::CodeBlock;
    case GUMBO_TAG_BR: return Role::Break;
    default: return Role::Inline;
  }
}

const GumboAttribute* attribute(const GumboElement& element, const char* name) {
  return gumbo_get_attribute(&element.attributes, name);
}

std::string_view attributeValue(const GumboElement& element, const char* name) {
  const GumboAttribute* a = attribute(element, name);
  return a != nullptr && a->value != nullptr ? std::string_view(a->value) : std::string_view{};
}

bool equalsIgnoringCase(std::string_view a, std::string_view lower) {
  if (a.size() != lower.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    const char c = a[i] >= 'A' && a[i] <= 'Z' ? static_cast<char>(a[i] - 'A' + 'a') : a[i];
    if (c != lower[i]) return false;
  }
  return true;
}

// A byte of a word: an ASCII letter or digit, or any byte of a non-ASCII character.
bool isWordByte(char c) { return isAsciiAlnum(static_cast<unsigned char>(c)) || static_cast<unsigned char>(c) >= 0x80; }

// "&amp;", "&#233;", "&#x1F600;": the length of the entity at `i`, 0 if none.
std::size_t entityLength(std::string_view text, std::size_t i, std::size_t end) {
  constexpr std::size_t kLongestEntity = 33;
  for (std::size_t k = i + 1; k < end && k - i <= kLongestEntity; ++k) {
    const char c = text[k];
    if (c == ';') return k > i + 1 ? k + 1 - i : 0;
    if (!isAsciiAlnum(static_cast<unsigned char>(c)) && !(c == '#' && k == i + 1)) return 0;
  }
  return 0;
}

// The buffer Gumbo parsed, whose positions its nodes hold: a shortened copy
// of a stretch of the text (HtmlShorten.h).
class ParsedBuffer {
 public:
  explicit ParsedBuffer(const ShortenedHtml& shortened) : shortened_(shortened) {}

  bool holds(const char* p, std::size_t size) const {
    const std::string_view parsed = shortened_.text;
    return p != nullptr && p >= parsed.data() && size <= parsed.size() &&
           p - parsed.data() <= static_cast<std::ptrdiff_t>(parsed.size() - size);
  }

  // The text's offset of a position Gumbo gives, as a pointer or as an offset.
  std::size_t offset(const char* p) const { return offsetAt(static_cast<std::size_t>(p - shortened_.text.data())); }
  std::size_t offsetAt(std::size_t at) const { return shortened_.sourceOffset(std::min(at, shortened_.text.size())); }

 private:
  const ShortenedHtml& shortened_;
};

struct Frame {
  const GumboNode* node = nullptr;
  std::size_t next_child = 0;
  std::size_t first_piece = 0;  // links, cites and sups: the block's piece count on entry
  std::size_t blocks_on_entry = 0;
};

class HtmlExtractor {
 public:
  HtmlExtractor(std::string_view text, ProseMap& map) : text_(text), map_(map) {}

  void run(const GumboNode* root, const ParsedBuffer& parsed) {
    parsed_ = &parsed;
    map_.blocks.reserve(text_.size() / 256 + 4);
    stack_.push_back(Frame{root, 0, 0, 0});
    while (!stack_.empty()) {
      Frame& frame = stack_.back();
      const GumboNode* node = frame.node;
      const GumboVector* children = node->type == GUMBO_NODE_DOCUMENT ? &node->v.document.children
                                    : isElement(node)                 ? &node->v.element.children
                                                                      : nullptr;
      if (children == nullptr || frame.next_child >= children->length) {
        leave(frame);
        stack_.pop_back();
        continue;
      }
      const auto* child = static_cast<const GumboNode*>(children->data[frame.next_child++]);
      if (enter(child)) stack_.push_back(Frame{child, 0, block_.pieces.size(), map_.blocks.size()});
    }
    flush();
  }

  void readHead(const GumboNode* root) {
    // <head> is never prose; its metadata is read here. Elements elsewhere
    // (a <time> in the body) are read during the walk.
    std::vector<const GumboNode*> todo{root};
    while (!todo.empty()) {
      const GumboNode* node = todo.back();
      todo.pop_back();
      if (!isElement(node)) continue;
      const GumboElement& e = node->v.element;
      if (e.tag == GUMBO_TAG_BODY) continue;
      if (e.tag == GUMBO_TAG_TITLE) readTitle(e);
      if (e.tag == GUMBO_TAG_META) readMeta(e);
      for (unsigned i = e.children.length; i > 0; --i)
        todo.push_back(static_cast<const GumboNode*>(e.children.data[i - 1]));
    }
  }

 private:
  static bool isElement(const GumboNode* node) {
    return node->type == GUMBO_NODE_ELEMENT || node->type == GUMBO_NODE_TEMPLATE;
  }

  // ------------------------------------------------------------ positions

  bool inText(const char* p, std::size_t size) const { return parsed_->holds(p, size); }

  // The element's source span, from its start tag to the end of its end tag
  // (or as far as Gumbo saw it). Empty when Gumbo made the element up.
  ByteSpan elementSpan(const GumboElement& e) const {
    if (e.original_tag.length == 0 || !inText(e.original_tag.data, e.original_tag.length)) return {};
    const std::size_t begin = parsed_->offset(e.original_tag.data);
    std::size_t end = parsed_->offset(e.original_tag.data + e.original_tag.length);
    if (e.original_end_tag.length > 0 && inText(e.original_end_tag.data, e.original_end_tag.length))
      end = std::max(end, parsed_->offset(e.original_end_tag.data + e.original_end_tag.length));
    else end = std::max(end, std::min<std::size_t>(parsed_->offsetAt(e.end_pos.offset), text_.size()));
    return {begin, end};
  }

  // ------------------------------------------------------------ metadata

  void readTitle(const GumboElement& e) {
    if (e.children.length == 0) return;
    const auto* child = static_cast<const GumboNode*>(e.children.data[0]);
    if (child->type == GUMBO_NODE_TEXT || child->type == GUMBO_NODE_WHITESPACE)
      setMetadata(map_.front_matter, "title", child->v.text.text);
  }

  void readMeta(const GumboElement& e) {
    std::string_view key = attributeValue(e, "name");
    if (key.empty()) key = attributeValue(e, "property");
    const std::string_view content = attributeValue(e, "content");
    if (content.empty()) return;
    if (equalsIgnoringCase(key, "og:title")) setMetadata(map_.front_matter, "title", content);
    for (std::string_view date_key : {"date", "article:published_time", "dc.date", "dcterms.date", "pubdate"})
      if (equalsIgnoringCase(key, date_key)) setMetadata(map_.front_matter, "date", content);
    if (equalsIgnoringCase(key, "article:modified_time")) setMetadata(map_.front_matter, "updated", content);
  }

  // ------------------------------------------------------------ walk

  // Returns true to descend into the node.
  bool enter(const GumboNode* node) {
    switch (node->type) {
      case GUMBO_NODE_TEXT:
      case GUMBO_NODE_WHITESPACE:
      case GUMBO_NODE_CDATA: addText(node->v.text); return false;
      case GUMBO_NODE_COMMENT: addComment(node->v.text); return false;
      case GUMBO_NODE_DOCUMENT: return true;
      case GUMBO_NODE_ELEMENT:
      case GUMBO_NODE_TEMPLATE: break;
    }
    const GumboElement& e = node->v.element;
    if (e.tag_namespace != GUMBO_NAMESPACE_HTML && e.tag != GUMBO_TAG_MATH) return false;  // svg, MathML inside
    if (e.tag == GUMBO_TAG_TIME) {
      const std::string_view when = attributeValue(e, "datetime");
      if (!when.empty()) setMetadata(map_.front_matter, "date", when);
    }
    const Role role = roleOf(e.tag);
    switch (role) {
      case Role::Skip: return false;
      case Role::Code:
      case Role::Math: {
        const ByteSpan span = elementSpan(e);
        if (!span.empty()) addPiece(span, role == Role::Code ? PieceKind::Code : PieceKind::Math);
        return false;
      }
      case Role::CodeBlock: {
        flush();
        const ByteSpan span = elementSpan(e);
        if (!span.empty()) map_.code_blocks.push_back(span);
        pieces_end_ = std::max(pieces_end_, span.end);
        return false;
      }
      case Role::Break: {
        const ByteSpan span = elementSpan(e);
        if (!span.empty()) addLineBreak(span);
        return false;
      }
      case Role::Block:
      case Role::Container: flush(); break;
      case Role::Inline: break;
    }
    if (e.tag == GUMBO_TAG_BLOCKQUOTE) ++quote_depth_;
    if (role == Role::Block) {
      kinds_.push_back(kindOf(e.tag));
    } else if (role == Role::Container) {
      kinds_.push_back(Context{BlockKind::Paragraph, 0});
    }
    return true;
  }

  void leave(const Frame& frame) {
    const GumboNode* node = frame.node;
    if (!isElement(node)) return;
    const GumboElement& e = node->v.element;
    const Role role = roleOf(e.tag);
    if (role == Role::Block || role == Role::Container) {
      flush();
      if (!kinds_.empty()) kinds_.pop_back();
      if (e.tag == GUMBO_TAG_BLOCKQUOTE && quote_depth_ > 0) --quote_depth_;
      return;
    }
    if (map_.blocks.size() != frame.blocks_on_entry) return;  // a block ended inside: not an inline span
    if (e.tag == GUMBO_TAG_A) {
      const std::string_view href = attributeValue(e, "href");
      if (!href.empty()) addLink(frame.first_piece, std::string(href));
    } else if (e.tag == GUMBO_TAG_CITE) {
      addLink(frame.first_piece, std::string());
    } else if (e.tag == GUMBO_TAG_SUP) {
      markReference(frame.first_piece, elementSpan(e));
    }
  }

  struct Context {
    BlockKind kind = BlockKind::Paragraph;
    int level = 0;
  };

  static Context kindOf(GumboTag tag) {
    switch (tag) {
      case GUMBO_TAG_H1: return {BlockKind::Heading, 1};
      case GUMBO_TAG_H2: return {BlockKind::Heading, 2};
      case GUMBO_TAG_H3: return {BlockKind::Heading, 3};
      case GUMBO_TAG_H4: return {BlockKind::Heading, 4};
      case GUMBO_TAG_H5: return {BlockKind::Heading, 5};
      case GUMBO_TAG_H6: return {BlockKind::Heading, 6};
      case GUMBO_TAG_LI:
      case GUMBO_TAG_DT:
      case GUMBO_TAG_DD: return {BlockKind::ListItem, 0};
      case GUMBO_TAG_TD:
      case GUMBO_TAG_TH: return {BlockKind::TableCell, 0};
      case GUMBO_TAG_FIGCAPTION:
      case GUMBO_TAG_CAPTION: return {BlockKind::Caption, 0};
      case GUMBO_TAG_BLOCKQUOTE: return {BlockKind::BlockQuote, 0};
      default: return {BlockKind::Paragraph, 0};
    }
  }

  // ------------------------------------------------------------ pieces

  void addPiece(ByteSpan span, PieceKind kind) {
    span.begin = std::max(span.begin, pieces_end_);
    if (span.empty()) return;
    if (block_.pieces.empty()) startBlock();
    block_.pieces.push_back(Piece{span, kind});
    pieces_end_ = span.end;
  }

  void addLineBreak(ByteSpan span) {
    if (block_.pieces.empty() || block_.pieces.back().kind == PieceKind::LineBreak) return;
    addPiece(span, PieceKind::LineBreak);
  }

  // A text node: prose runs between entities and line ends; each line end a
  // LineBreak, blanks at the start and end of lines left out.
  void addText(const GumboText& t) {
    if (!inText(t.original_text.data, t.original_text.length)) return;
    const std::size_t begin = parsed_->offset(t.original_text.data);
    const std::size_t end = parsed_->offset(t.original_text.data + t.original_text.length);
    std::size_t run = begin;  // start of the current prose run
    const auto closeRun = [&](std::size_t at) {
      std::size_t b = run, e = at;
      while (b < e && isSpaceOrTab(text_[b])) ++b;
      while (e > b && isSpaceOrTab(text_[e - 1])) --e;
      if (b < e) addPiece({b, e}, PieceKind::Prose);
    };
    for (std::size_t i = begin; i < end;) {
      const char c = text_[i];
      if (isLineEnd(c)) {
        closeRun(i);
        const std::size_t len = lineEndLength(text_, i);
        addLineBreak({i, i + len});
        i += len;
        while (i < end && isSpaceOrTab(text_[i])) ++i;
        run = i;
      } else if (c == '&') {
        const std::size_t len = entityLength(text_, i, end);
        if (len == 0) {
          ++i;
          continue;
        }
        if (i > run && isWordByte(text_[i - 1]) && i + len < end && isWordByte(text_[i + len])) {
          // Inside a word ("doesn&#8217;t", "caf&eacute;"): the word is one
          // opaque piece; its halves checked alone would be misspellings.
          std::size_t word = i;
          while (word > run && isWordByte(text_[word - 1])) --word;
          std::size_t after = i;
          while (after < end) {
            const std::size_t entity = text_[after] == '&' ? entityLength(text_, after, end) : 0;
            if (entity == 0 && !isWordByte(text_[after])) break;
            after += entity == 0 ? 1 : entity;
          }
          closeRun(word);
          addPiece({word, after}, PieceKind::Code);
          i = run = after;
          continue;
        }
        closeRun(i);
        i += len;
        run = i;
      } else {
        ++i;
      }
    }
    closeRun(end);
  }

  void addComment(const GumboText& t) {
    if (!inText(t.original_text.data, t.original_text.length)) return;
    const std::size_t begin = parsed_->offset(t.original_text.data);
    const std::size_t end = parsed_->offset(t.original_text.data + t.original_text.length);
    const std::string_view raw = text_.substr(begin, end - begin);
    if (!raw.starts_with("<!--")) return;  // a bogus comment ("<?xml ...>", "<!DOCTYPE" inside)
    const std::size_t inner_end = raw.ends_with("-->") && raw.size() >= 7 ? end - 3 : end;
    map_.comments.push_back(makeComment(text_, {begin, end}, {begin + 4, std::max(begin + 4, inner_end)}));
  }

  void addLink(std::size_t first_piece, std::string destination) {
    std::size_t b = 0, e = 0;
    bool any = false;
    for (std::size_t k = first_piece; k < block_.pieces.size(); ++k) {
      const Piece& p = block_.pieces[k];
      if (p.kind == PieceKind::LineBreak) continue;
      if (!any) b = p.span.begin;
      e = p.span.end;
      any = true;
    }
    if (any) block_.links.push_back(Link{{b, e}, std::move(destination)});
  }

  // "<sup><a href="#fn1">1</a></sup>", "<sup>[2]</sup>": a footnote reference,
  // one opaque piece. Other superscripts (10<sup>6</sup>) stay prose.
  void markReference(std::size_t first_piece, ByteSpan span) {
    if (span.empty() || first_piece >= block_.pieces.size()) return;
    const bool linked =
        !block_.links.empty() && block_.links.back().text.begin >= block_.pieces[first_piece].span.begin;
    const std::string_view shown = text_.substr(block_.pieces[first_piece].span.begin,
                                                block_.pieces.back().span.end - block_.pieces[first_piece].span.begin);
    const bool bracketed = shown.size() >= 3 && shown.front() == '[' && shown.back() == ']';
    if (!linked && !bracketed) return;
    if (linked) block_.links.pop_back();
    block_.pieces.resize(first_piece);
    block_.pieces.push_back(Piece{span, PieceKind::FootnoteRef});
    pieces_end_ = std::max(pieces_end_, span.end);
  }

  void startBlock() {
    const Context context = kinds_.empty() ? Context{} : kinds_.back();
    block_.kind = context.kind;
    block_.level = context.level;
    block_.in_blockquote = quote_depth_ > 0;
  }

  void flush() {
    if (block_.pieces.empty()) {
      block_ = Block{};
      return;
    }
    refinePieces(text_, block_.pieces, scratch_);
    if (finishBlock(block_)) map_.blocks.push_back(std::move(block_));
    block_ = Block{};
  }

  std::string_view text_;
  ProseMap& map_;
  const ParsedBuffer* parsed_ = nullptr;
  std::vector<Frame> stack_;
  std::vector<Context> kinds_;
  Block block_;
  std::vector<Piece> scratch_;
  std::size_t pieces_end_ = 0;
  int quote_depth_ = 0;
};

GumboOptions parseOptions() {
  GumboOptions options = kGumboDefaultOptions;
  options.max_errors = 0;  // positions and tree only: no error list to build
  return options;
}

}  // namespace

ProseMap extractHtml(std::string_view text) {
  ProseMap map;
  GumboOptions options = parseOptions();
  HtmlExtractor extractor(text, map);
  // One piece unless the nesting is absurd (HtmlNesting.h). Gumbo's nodes
  // point into `text` whichever piece it parsed.
  const std::vector<std::size_t> starts = htmlPieceStarts(text);
  for (std::size_t k = 0; k < starts.size(); ++k) {
    const std::size_t end = k + 1 < starts.size() ? starts[k + 1] : text.size();
    const ShortenedHtml shortened = shortenHtml(text.substr(starts[k], end - starts[k]), starts[k]);
    GumboArena arena;  // holds the output: dropped, not destroyed
    arena.install(options);
    const GumboOutput* output = gumbo_parse_with_options(&options, shortened.text.data(), shortened.text.size());
    if (output == nullptr) continue;
    if (k == 0) extractor.readHead(output->root);  // a later piece's <head> is made up
    extractor.run(output->document, ParsedBuffer(shortened));
  }
  return map;
}

std::optional<HtmlRegion> extractHtmlRegion(std::string_view text, std::size_t begin, std::size_t end) {
  GumboOptions options = parseOptions();
  // The region's checks read the tokens of the shortened copy: the same ones
  // as the region's, but for the text cut out inside text nodes.
  const ShortenedHtml shortened = shortenHtml(text.substr(begin, end - begin), begin);
  GumboArena arena;
  arena.install(options);
  const GumboOutput* output = gumbo_parse_with_options(&options, shortened.text.data(), shortened.text.size());
  if (output == nullptr) return std::nullopt;
  std::optional<std::string> outline = regionOutline(*output, shortened.text, 0, shortened.text.size());
  if (!outline) return std::nullopt;
  HtmlRegion region{ProseMap{}, std::move(*outline)};
  HtmlExtractor(text, region.prose).run(output->document, ParsedBuffer(shortened));
  if (region.prose.front_matter.format != FrontMatterFormat::None) return std::nullopt;  // a <time datetime>
  return region;
}

namespace markup::detail {

// Elements whose start tag closes an open <p> and that the extractor reads
// as blocks or code: at the top of a region, each starts afresh in any
// context of the body (a <form> may not: a form open before is not nested;
// nor a list item, whose list's end tag would then stand alone). All are
// "special" elements: an end tag inside one that matches nothing open in
// the region is dropped whatever was open before it, unless the end tag has
// rules of its own (HtmlRegion.cpp).
bool mayStandAtRegionTop(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_LI:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_TD:
    case GUMBO_TAG_TH:
    case GUMBO_TAG_CAPTION:
    case GUMBO_TAG_HTML:
    case GUMBO_TAG_BODY:
    case GUMBO_TAG_FORM:
    case GUMBO_TAG_LEGEND:
    case GUMBO_TAG_TBODY:
    case GUMBO_TAG_TFOOT:
    case GUMBO_TAG_THEAD:
    case GUMBO_TAG_TR: return false;
    default: {
      const Role role = roleOf(tag);
      return role == Role::Block || role == Role::Container || role == Role::CodeBlock;
    }
  }
}

}  // namespace markup::detail

}  // namespace copydesk
