// The checks of HtmlRegion.h on Gumbo's parse of a region alone.
#include <vector>

#include "markup/HtmlNesting.h"
#include "markup/HtmlOutline.h"
#include "markup/HtmlRegion.h"
#include "text/Ascii.h"

namespace copydesk {

namespace {

// The formatting elements: one left open is reopened after what closed it.
bool isFormatting(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_A:
    case GUMBO_TAG_B:
    case GUMBO_TAG_BIG:
    case GUMBO_TAG_CODE:
    case GUMBO_TAG_EM:
    case GUMBO_TAG_FONT:
    case GUMBO_TAG_I:
    case GUMBO_TAG_NOBR:
    case GUMBO_TAG_S:
    case GUMBO_TAG_SMALL:
    case GUMBO_TAG_STRIKE:
    case GUMBO_TAG_STRONG:
    case GUMBO_TAG_TT:
    case GUMBO_TAG_U: return true;
    default: return false;
  }
}

bool isVoid(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_AREA:
    case GUMBO_TAG_BASE:
    case GUMBO_TAG_BR:
    case GUMBO_TAG_COL:
    case GUMBO_TAG_EMBED:
    case GUMBO_TAG_HR:
    case GUMBO_TAG_IMG:
    case GUMBO_TAG_INPUT:
    case GUMBO_TAG_KEYGEN:
    case GUMBO_TAG_LINK:
    case GUMBO_TAG_META:
    case GUMBO_TAG_PARAM:
    case GUMBO_TAG_SOURCE:
    case GUMBO_TAG_TRACK:
    case GUMBO_TAG_WBR: return true;
    default: return false;
  }
}

// End tags that the body's rules read in ways of their own (HTML's "in body"
// insertion mode): one that matches nothing open in the region may still
// close or open something in the whole text. Any other end tag is dropped
// at the special element around it.
bool mayCloseOutside(GumboTag tag) {
  if (isFormatting(tag) || markup::detail::mayStandAtRegionTop(tag)) return true;
  switch (tag) {
    case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_BODY:
    case GUMBO_TAG_HTML:
    case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_FORM:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_APPLET:
    case GUMBO_TAG_MARQUEE:
    case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_BR: return true;
    default: return false;
  }
}

bool isElement(const GumboNode* node) { return node->type == GUMBO_NODE_ELEMENT || node->type == GUMBO_NODE_TEMPLATE; }

const GumboNode* child(const GumboVector& children, unsigned i) { return static_cast<const GumboNode*>(children.data[i]); }

// Walks the body's tree in source order, checking that its tokens follow one
// another from `begin` to `end` with no byte left out, that no element was
// made up, moved or reopened, and that every formatting element and comment
// was closed.
class Tiling {
 public:
  Tiling(std::string_view text, std::size_t begin) : text_(text), at_(begin) {}

  bool walk(const GumboNode* body) {
    struct Frame {
      const GumboNode* node;
      unsigned next;
    };
    std::vector<Frame> stack{{body, 0}};
    while (!stack.empty()) {
      Frame& frame = stack.back();
      const GumboVector& children = frame.node->v.element.children;
      if (frame.next == children.length) {
        if (frame.node != body && !followsEndTag(frame.node->v.element)) return false;
        stack.pop_back();
        continue;
      }
      const GumboNode* node = child(children, frame.next++);
      if (!isElement(node)) {
        if (!follows(node->v.text.original_text) || hidesToken(frame.node, node->v.text.original_text)) return false;
        if (node->type == GUMBO_NODE_COMMENT && !text_.substr(0, at_).ends_with(">")) return false;
        continue;
      }
      const GumboElement& e = node->v.element;
      const unsigned flags = node->parse_flags & ~GUMBO_INSERTION_IMPLICIT_END_TAG;
      const bool left_open = (node->parse_flags & GUMBO_INSERTION_IMPLICIT_END_TAG) != 0;
      // A <form> inside a form opened before the region is dropped.
      if (flags != GUMBO_INSERTION_NORMAL || (left_open && isFormatting(e.tag)) || e.tag == GUMBO_TAG_FORM ||
          e.original_tag.length == 0 ||
          !follows(e.original_tag))
        return false;
      // A line end right after <pre>, <listing> or <textarea> is dropped.
      if ((e.tag == GUMBO_TAG_PRE || e.tag == GUMBO_TAG_LISTING || e.tag == GUMBO_TAG_TEXTAREA) &&
          at_ < text_.size() && (text_[at_] == '\n' || text_[at_] == '\r'))
        at_ += text_.substr(at_).starts_with("\r\n") ? 2 : 1;
      stack.push_back(Frame{node, 0});
    }
    return true;
  }

  std::size_t at() const { return at_; }

 private:
  // The token `piece` (empty: none) starts where the last one ended, or
  // after end tags that Gumbo dropped.
  bool follows(const GumboStringPiece& piece) {
    if (piece.length == 0) return true;
    const char* here = text_.data() + at_;
    if (piece.data < here) return false;
    std::string_view gap(here, static_cast<std::size_t>(piece.data - here));
    // Gumbo reads CR LF as one line end, which starts at the LF.
    if (gap.ends_with('\r') && *piece.data == '\n') gap.remove_suffix(1);
    if (!gap.empty() && !droppedEndTags(gap)) return false;
    at_ = static_cast<std::size_t>(piece.data - text_.data()) + piece.length;
    return true;
  }

  // `gap` is end tags alone ("</pree>" typed for "</pre>"), each of which
  // matched nothing open up to the special element around it and was
  // dropped; the top of the region is special, so the whole text drops
  // them too, unless the end tag has rules of its own.
  static bool droppedEndTags(std::string_view gap) {
    while (!gap.empty()) {
      if (!gap.starts_with("</")) return false;
      std::size_t name_end = 2;
      while (name_end < gap.size() && isAsciiAlnum(gap[name_end])) ++name_end;
      const std::size_t close = gap.find('>', name_end);
      if (name_end == 2 || !isAsciiAlpha(gap[2]) || close == std::string_view::npos) return false;
      // Nothing but blanks between the name and the '>': no attribute to read.
      if (gap.substr(name_end, close - name_end).find_first_not_of(" \t\r\n") != std::string_view::npos) return false;
      if (mayCloseOutside(gumbo_tagn_enum(gap.data() + 2, static_cast<unsigned>(name_end - 2)))) return false;
      gap.remove_prefix(close + 1);
    }
    return true;
  }

  // A text node of `parent` holds a tag that Gumbo dropped (its span runs on
  // over it) and that the whole text may read otherwise: "</a>" with no <a>
  // open here may close one opened before the region. Raw text may hold anything.
  static bool hidesToken(const GumboNode* parent, const GumboStringPiece& piece) {
    switch (parent->v.element.tag) {
      case GUMBO_TAG_SCRIPT:
      case GUMBO_TAG_STYLE:
      case GUMBO_TAG_TEXTAREA:
      case GUMBO_TAG_TITLE:
      case GUMBO_TAG_XMP:
      case GUMBO_TAG_IFRAME:
      case GUMBO_TAG_NOEMBED:
      case GUMBO_TAG_NOFRAMES:
      case GUMBO_TAG_NOSCRIPT:
      case GUMBO_TAG_PLAINTEXT: return false;
      default: break;
    }
    const std::string_view text(piece.data, piece.length);
    for (std::size_t at = text.find('<'); at != std::string_view::npos; at = text.find('<', at + 1)) {
      const bool end_tag = at + 1 < text.size() && text[at + 1] == '/';
      const std::size_t name = at + (end_tag ? 2 : 1);
      std::size_t name_end = name;
      while (name_end < text.size() && isAsciiAlnum(text[name_end])) ++name_end;
      if (name_end == name || !isAsciiAlpha(text[name])) continue;  // not a tag
      const GumboTag tag = gumbo_tagn_enum(text.data() + name, static_cast<unsigned>(name_end - name));
      if (end_tag ? mayCloseOutside(tag) : tag == GUMBO_TAG_FRAMESET) return true;
    }
    return false;
  }

  // The same for an element's end tag, which may be the one that closed an
  // element inside it too (Gumbo gives "</ul>" to the <li> it closed as well).
  bool followsEndTag(const GumboElement& e) {
    const GumboStringPiece& piece = e.original_end_tag;
    return (piece.length > 0 && piece.data + piece.length == text_.data() + at_) || follows(piece);
  }

  std::string_view text_;
  std::size_t at_;
};

// The top-level elements, then '|' and the elements left open at the end.
std::optional<std::string> outlineOf(const GumboNode* body) {
  std::string outline;
  const GumboNode* last = nullptr;
  const GumboVector& roots = body->v.element.children;
  for (unsigned i = 0; i < roots.length; ++i) {
    const GumboNode* node = child(roots, i);
    if (node->type == GUMBO_NODE_WHITESPACE || node->type == GUMBO_NODE_COMMENT) continue;
    if (!isElement(node) || !markup::detail::mayStandAtRegionTop(node->v.element.tag)) return std::nullopt;
    outline += gumbo_normalized_tagname(node->v.element.tag);
    outline += ' ';
    last = node;
  }
  outline += '|';
  while (last != nullptr && !isVoid(last->v.element.tag) && last->v.element.original_end_tag.length == 0) {
    outline += gumbo_normalized_tagname(last->v.element.tag);
    outline += ' ';
    const GumboVector& children = last->v.element.children;
    last = children.length > 0 && isElement(child(children, children.length - 1))
               ? child(children, children.length - 1)
               : nullptr;
  }
  return outline;
}

}  // namespace

namespace markup::detail {

std::optional<std::string> regionOutline(const GumboOutput& output, std::string_view text, std::size_t begin,
                                         std::size_t end) {
  const GumboVector& top = output.document->v.document.children;
  if (output.document->v.document.has_doctype || top.length != 1 || output.root != child(top, 0)) return std::nullopt;
  const GumboVector& parts = output.root->v.element.children;
  if (parts.length != 2) return std::nullopt;
  const GumboNode* head = child(parts, 0);
  const GumboNode* body = child(parts, 1);
  if (!isElement(head) || head->v.element.tag != GUMBO_TAG_HEAD || head->v.element.children.length != 0 ||
      !isElement(body) || body->v.element.tag != GUMBO_TAG_BODY || body->v.element.original_tag.length != 0)
    return std::nullopt;
  Tiling tiling(text, begin);
  // Gumbo's last text node may stop short of blanks at the end of its input.
  if (!tiling.walk(body) || tiling.at() > end ||
      text.substr(tiling.at(), end - tiling.at()).find_first_not_of(" \t\r\n") != std::string_view::npos)
    return std::nullopt;
  return outlineOf(body);
}

}  // namespace markup::detail

bool htmlRegionBoundary(std::string_view text, std::size_t at) {
  if (at >= text.size() || text[at] != '<') return false;
  std::size_t name_end = at + 1;
  while (name_end < text.size() && isAsciiAlnum(text[name_end])) ++name_end;
  if (name_end == at + 1 || !isAsciiAlpha(text[at + 1])) return false;
  return markup::detail::mayStandAtRegionTop(gumbo_tagn_enum(text.data() + at + 1, static_cast<unsigned>(name_end - at - 1)));
}

bool htmlParsedInOnePiece(std::string_view text) { return markup::detail::htmlPieceStarts(text).size() == 1; }

}  // namespace copydesk
