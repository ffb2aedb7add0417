// The reStructuredText region splice of ProseSplice.h: re-extract the
// paragraphs around an edit, between two lines where reST starts afresh,
// instead of the whole text.
#include <algorithm>
#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "document/ProseSplice.h"
#include "document/SpliceSupport.h"

namespace copydesk {

namespace {

using splice::blankLine;
using splice::lineEnd;
using splice::lineStart;

constexpr std::size_t kMaxRstRegion = 16 * 1024;

// A section title's style: its adornment character and whether it has an
// overline. The extractor numbers levels by the order styles first appear.
using Style = std::pair<char, bool>;

// The line at `at` without its line end and trailing blanks.
std::string_view lineAt(std::string_view text, std::size_t at) {
  std::string_view line = text.substr(at, lineEnd(text, at) - at);
  while (!line.empty() && (line.back() == ' ' || line.back() == '\t' || line.back() == '\r')) line.remove_suffix(1);
  return line;
}

// The styles of the titles of `map` before `before`, in order of first use;
// nullopt when they cannot be told (six levels or more: the extractor stops
// numbering there).
std::optional<std::vector<Style>> stylesBefore(const ProseMap& map, std::string_view text, std::size_t before) {
  std::vector<Style> styles;
  for (const Block& block : map.blocks) {
    if (block.span.begin >= before) break;
    if (block.kind != BlockKind::Heading || static_cast<std::size_t>(block.level) <= styles.size()) continue;
    const std::size_t line = lineStart(text, block.span.begin);
    const std::size_t next = lineEnd(text, block.span.begin) + 1;
    if (block.level >= 6 || static_cast<std::size_t>(block.level) != styles.size() + 1 || next >= text.size())
      return std::nullopt;
    const std::string_view under = lineAt(text, next);
    if (under.empty()) return std::nullopt;
    styles.emplace_back(under.front(), line > 0 && lineAt(text, lineStart(text, line - 1)) == under);
  }
  return styles;
}

// Parsed before a region: a paragraph, so that the region's first lines are
// read as the body's (not as a PEP header or docinfo, which only the top of
// a document has), then a title in each style used before the region, so
// that its titles get the levels they have in the whole text.
std::string leadFor(const std::vector<Style>& styles) {
  std::string lead = "x\n\n";
  for (const auto& [c, overline] : styles) {
    const std::string adornment(3, c);
    if (overline) lead.append(adornment).append("\n");
    lead.append("x\n").append(adornment).append("\n\n");
  }
  return lead;
}

// A line where a region may start or end: at the margin, after a blank line,
// inside nothing of the map.
bool freshLine(const ProseMap& map, std::string_view text, std::size_t at) {
  if (at == 0 || at >= text.size() || text[at] == ' ' || text[at] == '\t' || text[at] == '\n' || text[at] == '\r')
    return false;
  const std::size_t before = lineStart(text, at - 1);
  return blankLine(text.substr(before, at - 1 - before)) && !splice::insideAnything(map, at);
}

// text[begin, end) extracted after `lead` (for `styles`), its offsets relative
// to begin - lead.size() and its comments pointing into `text`; nullopt when
// the lead does not read as meant, or a title of the region takes a style
// of its own (the levels of every title after it would follow), or it reads
// metadata.
std::optional<ProseMap> extractRegion(std::string_view text, std::size_t begin, std::size_t end,
                                      const std::string& lead, std::size_t styles) {
  std::string local(lead);
  local.append(text.substr(begin, end - begin));
  ProseMap map = extractRestructuredText(local);
  if (map.blocks.size() < styles + 1 || map.blocks.front().span != ByteSpan{0, 1} ||
      map.blocks[styles].span.end > lead.size() || map.front_matter.format != FrontMatterFormat::None)
    return std::nullopt;
  for (std::size_t k = 1; k <= styles; ++k)
    if (map.blocks[k].kind != BlockKind::Heading || map.blocks[k].level != static_cast<int>(k)) return std::nullopt;
  map.blocks.erase(map.blocks.begin(), map.blocks.begin() + static_cast<std::ptrdiff_t>(styles + 1));
  if (std::any_of(map.blocks.begin(), map.blocks.end(), [&](const Block& b) {
        return b.span.begin < lead.size() || (b.kind == BlockKind::Heading && b.level > static_cast<int>(styles));
      }))
    return std::nullopt;
  const std::size_t shift = begin - lead.size();
  for (Comment& comment : map.comments)
    if (!comment.body.empty())
      comment.body = text.substr(shift + static_cast<std::size_t>(comment.body.data() - local.data()), comment.body.size());
  return map;
}

// The last paragraph of `text` ends with "::": the next block at the margin
// may be a quoted literal block.
bool endsWithLiteralMarker(std::string_view text) {
  const std::size_t last = text.find_last_not_of(" \t\r\n");
  return last != std::string_view::npos && last >= 1 && text.substr(last - 1, 2) == "::";
}

// A region whose reading may run on past the blank line and the line at the
// margin after it: one ending with "::", or with a line at the margin that
// starts with '=' (a simple table's border: its rows may follow blank lines);
// or one with a CR that ends a line alone (lines the splice does not see).
bool mayRunOn(std::string_view region) {
  for (std::size_t at = region.find('\r'); at != std::string_view::npos; at = region.find('\r', at + 1))
    if (at + 1 == region.size() || region[at + 1] != '\n') return true;
  for (std::size_t at = 0; at < region.size(); at = lineEnd(region, at) + 1)
    if (region[at] == '=') return true;
  return endsWithLiteralMarker(region);
}

}  // namespace

std::optional<ProseSplice> spliceRstRegionEdit(const ProseMap& previous, std::string_view old_text,
                                               std::string_view new_text, const TextChange& edit) {
  std::size_t begin = lineStart(old_text, edit.begin);
  while (!freshLine(previous, old_text, begin)) {
    if (begin == 0 || edit.begin - begin > kMaxRstRegion) return std::nullopt;
    begin = lineStart(old_text, begin - 1);
  }
  // The region's first line stays at the margin (an indented one would join
  // the block before it).
  if (!freshLine(previous, new_text, begin)) return std::nullopt;
  std::size_t end = lineEnd(old_text, edit.old_end);
  while (end < old_text.size()) {
    ++end;  // the next line
    if (end - begin > kMaxRstRegion) return std::nullopt;
    // The blank line before it lies after the edit, in both texts.
    if (lineStart(old_text, end - 1) > edit.old_end && freshLine(previous, old_text, end)) break;
    end = lineEnd(old_text, end);
  }
  // Neither the region nor what stands before it may run on past it.
  const auto new_end = static_cast<std::size_t>(static_cast<std::int64_t>(end) + edit.delta());
  if (endsWithLiteralMarker(old_text.substr(0, begin)) || mayRunOn(old_text.substr(begin, end - begin)) ||
      mayRunOn(new_text.substr(begin, new_end - begin)))
    return std::nullopt;
  const std::optional<std::vector<Style>> styles = stylesBefore(previous, old_text, begin);
  if (!styles) return std::nullopt;
  const std::string lead = leadFor(*styles);
  if (begin < lead.size()) return std::nullopt;
  const std::size_t parse_begin = begin - lead.size();
  const std::optional<ProseMap> old_local = extractRegion(old_text, begin, end, lead, styles->size());
  // At least one block shows that the region reads alone as in the whole text
  // (not as rows of a table opened before it, say).
  if (!old_local || old_local->blocks.empty() || !splice::sameAsWhole(*old_local, previous, parse_begin, begin, end))
    return std::nullopt;
  std::optional<ProseMap> local = extractRegion(new_text, begin, new_end, lead, styles->size());
  if (!local) return std::nullopt;
  return splice::assembleSplice(previous, old_text, new_text, begin, end, std::move(*local), parse_begin, edit);
}

}  // namespace copydesk
