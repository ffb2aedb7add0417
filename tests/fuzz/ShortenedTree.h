#pragma once
// The claim of markup/HtmlShorten.h, checked on any text: Gumbo's tree of the
// shortened copy, every position mapped back, is Gumbo's tree of the text
// node for node. Used by the unit tests and the HTML fuzz target.
#include <gumbo.h>

#include <string>
#include <string_view>

#include "markup/HtmlShorten.h"

namespace copydesk::fuzz {

class ShortenedTreeComparison {
 public:
  ShortenedTreeComparison(std::string_view text, const markup::detail::ShortenedHtml& shortened)
      : text_(text), shortened_(shortened) {}

  // The first difference between `a` (of the text) and `b` (of the shortened
  // copy), or "" when there is none.
  std::string difference(const GumboNode* a, const GumboNode* b) const {
    if (a->type != b->type) return "node type";
    if (a->parse_flags != b->parse_flags) return "parse flags";
    if (a->type == GUMBO_NODE_DOCUMENT) return childrenDifference(a->v.document.children, b->v.document.children);
    if (a->type != GUMBO_NODE_ELEMENT && a->type != GUMBO_NODE_TEMPLATE)
      return pieceDifference(a->v.text.original_text, b->v.text.original_text, "text");
    const GumboElement& x = a->v.element;
    const GumboElement& y = b->v.element;
    if (x.tag != y.tag || x.tag_namespace != y.tag_namespace) return "tag";
    if (x.end_pos.offset != shortened_.sourceOffset(y.end_pos.offset)) return "element end";
    std::string d = pieceDifference(x.original_tag, y.original_tag, "start tag");
    if (d.empty()) d = pieceDifference(x.original_end_tag, y.original_end_tag, "end tag");
    return d.empty() ? childrenDifference(x.children, y.children) : d;
  }

 private:
  std::string childrenDifference(const GumboVector& a, const GumboVector& b) const {
    if (a.length != b.length) return "child count";
    for (unsigned i = 0; i < a.length; ++i) {
      std::string d = difference(static_cast<const GumboNode*>(a.data[i]), static_cast<const GumboNode*>(b.data[i]));
      if (!d.empty()) return d;
    }
    return "";
  }

  std::string pieceDifference(const GumboStringPiece& a, const GumboStringPiece& b, const char* what) const {
    if ((a.length == 0) != (b.length == 0)) return std::string(what) + " present in one tree only";
    if (a.length == 0) return "";
    const auto at = [](const char* p, const char* base) { return static_cast<std::size_t>(p - base); };
    const std::size_t begin = at(b.data, shortened_.text.data());
    if (at(a.data, text_.data()) != shortened_.sourceOffset(begin) ||
        at(a.data, text_.data()) + a.length != shortened_.sourceOffset(begin + b.length))
      return std::string(what) + " at " + std::to_string(at(a.data, text_.data()));
    return "";
  }

  std::string_view text_;
  const markup::detail::ShortenedHtml& shortened_;
};

// "" when Gumbo's trees of `text` and of its shortened copy are the same.
inline std::string shortenedTreeDifference(std::string_view text) {
  const markup::detail::ShortenedHtml shortened = markup::detail::shortenHtml(text, 0);
  GumboOutput* a = gumbo_parse_with_options(&kGumboDefaultOptions, text.data(), text.size());
  GumboOutput* b = gumbo_parse_with_options(&kGumboDefaultOptions, shortened.text.data(), shortened.text.size());
  std::string d = ShortenedTreeComparison(text, shortened).difference(a->document, b->document);
  gumbo_destroy_output(&kGumboDefaultOptions, a);
  gumbo_destroy_output(&kGumboDefaultOptions, b);
  return d;
}

}  // namespace copydesk::fuzz
