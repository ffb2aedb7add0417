#include "markup/HtmlComments.h"

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

void collectHtmlComments(std::string_view text, const std::vector<ByteSpan>& html_ranges,
                         std::vector<HtmlComment>& out) {
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
      HtmlComment comment;
      comment.span = ByteSpan{open, close + 3};
      comment.body = trimBody(text.substr(open + 4, close - (open + 4)));
      comment.own_line = aloneOnLine(text, open, close + 3);
      out.push_back(comment);
      done = i = close + 3;
    }
  }
}

}  // namespace copydesk::markup::detail
