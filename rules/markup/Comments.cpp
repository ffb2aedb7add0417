#include "markup/Comments.h"

#include "markup/ProseScan.h"

namespace copydesk::markup::detail {
namespace {

// Only blanks (and block-quote markers) between the line start and `begin`,
// and only blanks between `end` and the line end.
bool aloneOnLine(std::string_view text, std::size_t begin, std::size_t end) {
  for (std::size_t i = begin; i > 0; --i) {
    const char c = text[i - 1];
    if (isLineEnd(c)) break;
    if (!isSpaceOrTab(c) && c != '>') return false;
  }
  for (std::size_t i = end; i < text.size(); ++i) {
    const char c = text[i];
    if (isLineEnd(c)) break;
    if (!isSpaceOrTab(c)) return false;
  }
  return true;
}

std::string_view trimBody(std::string_view s) {
  while (!s.empty() && (isSpaceOrTab(s.front()) || isLineEnd(s.front()))) s.remove_prefix(1);
  while (!s.empty() && (isSpaceOrTab(s.back()) || isLineEnd(s.back()))) s.remove_suffix(1);
  return s;
}

}  // namespace

void collectHtmlComments(std::string_view text, const std::vector<ByteSpan>& html_ranges, std::vector<Comment>& out) {
  std::size_t done = 0;  // everything before this offset has been scanned
  for (const ByteSpan& range : html_ranges) {
    std::size_t i = range.begin > done ? range.begin : done;
    while (i < range.end) {
      const std::size_t open = text.substr(0, range.end).find("<!--", i);
      if (open == std::string_view::npos) break;
      const std::size_t close = text.find("-->", open + 4);
      if (close == std::string_view::npos) {
        done = text.size();
        return;
      }
      out.push_back(makeComment(text, ByteSpan{open, close + 3}, ByteSpan{open + 4, close}));
      done = i = close + 3;
    }
  }
}

Comment makeComment(std::string_view text, ByteSpan span, ByteSpan inner) {
  Comment comment;
  comment.span = span;
  comment.body = trimBody(text.substr(inner.begin, inner.end - inner.begin));
  comment.own_line = aloneOnLine(text, span.begin, span.end);
  return comment;
}

void setMetadata(FrontMatter& front_matter, std::string_view key, std::string_view value) {
  while (!value.empty() && (isSpaceOrTab(value.front()) || isLineEnd(value.front()))) value.remove_prefix(1);
  while (!value.empty() && (isSpaceOrTab(value.back()) || isLineEnd(value.back()))) value.remove_suffix(1);
  if (value.empty() || !front_matter.get(key).empty()) return;
  if (front_matter.format == FrontMatterFormat::None) front_matter.format = FrontMatterFormat::Markup;
  front_matter.fields.emplace(std::string(key), std::string(value));
}

}  // namespace copydesk::markup::detail
