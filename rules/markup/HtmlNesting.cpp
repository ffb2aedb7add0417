#include "markup/HtmlNesting.h"

#include <algorithm>
#include <array>

#include "text/Ascii.h"

namespace copydesk::markup::detail {

namespace {

constexpr std::size_t npos = std::string_view::npos;

// Elements that never hold others open: void elements, and those whose end
// tag may be left out (the next sibling closes them).
constexpr std::array<std::string_view, 36> kOpensNoLevel = {
    "area",  "base",   "br",       "col", "embed", "hr",  "img", "input",    "link",    "meta", "param", "source",
    "track", "wbr",    "keygen",   "p",   "li",    "dt",  "dd",  "td",       "th",      "tr",   "tbody", "thead",
    "tfoot", "option", "optgroup", "rb",  "rt",    "rtc", "rp",  "colgroup", "caption", "html", "head",  "body"};
bool opensNoLevel(std::string_view name) {
  return std::any_of(kOpensNoLevel.begin(), kOpensNoLevel.end(),
                     [&](std::string_view n) { return equalsNoCase(name, n); });
}

// Elements whose content is text up to their end tag.
constexpr std::array<std::string_view, 9> kRawText = {"script", "style",   "textarea", "title",   "xmp",
                                                      "iframe", "noembed", "noframes", "noscript"};
bool isRawText(std::string_view name) {
  return std::any_of(kRawText.begin(), kRawText.end(), [&](std::string_view n) { return equalsNoCase(name, n); });
}

// The '>' ending the tag whose name ends at `at`, quoted attribute values
// skipped; text.size() when none.
std::size_t tagEnd(std::string_view text, std::size_t at) {
  while (at < text.size() && text[at] != '>') {
    if (text[at] == '=') {
      ++at;
      while (at < text.size() && (text[at] == ' ' || text[at] == '\t' || text[at] == '\n' || text[at] == '\r')) ++at;
      if (at < text.size() && (text[at] == '"' || text[at] == '\'')) {
        const std::size_t close = text.find(text[at], at + 1);
        if (close == npos) return text.size();
        at = close + 1;
      }
      continue;
    }
    ++at;
  }
  return at;
}

}  // namespace

std::vector<std::size_t> htmlPieceStarts(std::string_view text, std::size_t max_depth) {
  constexpr std::size_t kEndTagReach = 64;
  std::vector<std::size_t> starts{0};
  std::vector<std::string_view> open;  // names of the open elements, innermost last
  std::size_t foreign = 0;             // how many of them are svg or math
  for (std::size_t at = text.find('<'); at != npos && at + 1 < text.size(); at = text.find('<', at + 1)) {
    const std::size_t lt = at;
    if (text.substr(at).starts_with("<!--")) {
      const std::size_t close = text.find("-->", at + 4);
      if (close == npos) break;
      at = close + 2;
      continue;
    }
    const bool end_tag = text[at + 1] == '/';
    const std::size_t name_begin = at + (end_tag ? 2 : 1);
    if (name_begin >= text.size() || !isAsciiAlpha(text[name_begin])) {
      if (text[at + 1] == '!' || text[at + 1] == '?' || end_tag) at = std::min(tagEnd(text, at + 1), text.size() - 1);
      continue;
    }
    std::size_t name_end = name_begin;
    while (name_end < text.size() && text[name_end] != '>' && text[name_end] != '/' && text[name_end] != ' ' &&
           text[name_end] != '\t' && text[name_end] != '\n' && text[name_end] != '\r')
      ++name_end;
    const std::string_view name = text.substr(name_begin, name_end - name_begin);
    const std::size_t gt = tagEnd(text, name_end);
    if (gt >= text.size()) break;
    at = gt;
    const auto isForeign = [](std::string_view n) { return equalsNoCase(n, "svg") || equalsNoCase(n, "math"); };
    if (end_tag) {
      const std::size_t reach = std::min(open.size(), kEndTagReach);
      for (std::size_t k = 1; k <= reach; ++k) {
        if (!equalsNoCase(open[open.size() - k], name)) continue;
        for (; k > 0; --k) {
          foreign -= isForeign(open.back()) ? 1 : 0;
          open.pop_back();
        }
        break;
      }
      continue;
    }
    if (isRawText(name)) {
      const std::size_t close = findNoCase(text, std::string("</").append(name), gt + 1);
      if (close == npos) break;
      at = close;
      continue;
    }
    if (equalsNoCase(name, "plaintext")) break;
    if (opensNoLevel(name) || (foreign > 0 && text[gt - 1] == '/')) continue;
    if (open.size() >= max_depth) {
      starts.push_back(lt);
      open.clear();
      foreign = 0;
    }
    open.push_back(name);
    foreign += isForeign(name) ? 1 : 0;
  }
  return starts;
}

}  // namespace copydesk::markup::detail
