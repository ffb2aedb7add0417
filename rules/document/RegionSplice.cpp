// The region splice of ProseSplice.h: re-parse the whole top-level blocks
// around an edit, between two lines where Markdown starts afresh.
#include <algorithm>
#include <cstdint>
#include <optional>
#include <string>

#include "document/ProseSplice.h"
#include "document/SpliceSupport.h"
#include "text/Ascii.h"

namespace copydesk {

namespace {

using splice::blankLine;
using splice::insideAnything;
using splice::sameAsWhole;
using splice::lineEnd;
using splice::lineStart;

// Longest region parsed again, and how far back a region may look for HTML
// that could still be open: past that the whole text is parsed.
constexpr std::size_t kMaxRegion = 64 * 1024;

// The line at `at` begins at the margin (no indentation, no quote marker) with
// something: after a blank line, nothing before it can continue through it.
bool marginLine(std::string_view text, std::size_t at) {
  if (at >= text.size()) return false;
  const char first = text[at];
  return first != ' ' && first != '\t' && first != '>' && first != '\n' && first != '\r';
}

// The line before the one at `at` (at > 0, a line start) is blank.
bool blankBefore(std::string_view text, std::size_t at) {
  if (at == 0) return false;
  const std::size_t start = lineStart(text, at - 1);
  return blankLine(text.substr(start, at - 1 - start));
}

// A line where a region may start or end: at the margin, after a blank line,
// inside nothing of the map.
bool freshStart(const ProseMap& map, std::string_view text, std::size_t at) {
  return marginLine(text, at) && blankBefore(text, at) && !insideAnything(map, at);
}

// What ends the HTML that may run on past blank lines (CommonMark's HTML
// blocks 1 to 5) starting at `tag` (just after a '<'); empty if `tag` starts
// none of them.
std::string_view htmlBlockEnd(std::string_view tag) {
  static constexpr std::pair<std::string_view, std::string_view> kBlocks[] = {
      {"pre", "</pre>"},     {"script", "</script>"},
      {"style", "</style>"}, {"textarea", "</textarea>"},
      {"!--", "-->"},        {"?", "?>"},
      {"![cdata[", "]]>"},   {"!", ">"}};
  for (const auto& [start, end] : kBlocks)
    if (startsWithNoCase(tag, start)) return end;
  return {};
}

// HTML that may run on past blank lines and is not closed in `text`, or a CR
// that is not part of a CRLF (a line end the splice's line arithmetic would
// not see).
bool mayRunPastBlankLines(std::string_view text) {
  for (std::size_t at = text.find('\r'); at != std::string_view::npos; at = text.find('\r', at + 1))
    if (at + 1 == text.size() || text[at + 1] != '\n') return true;
  for (std::size_t at = text.find('<'); at != std::string_view::npos; at = text.find('<', at + 1)) {
    const std::string_view end = htmlBlockEnd(text.substr(at + 1));
    if (end.empty()) continue;
    const std::size_t closed = findNoCase(text, end, at + 1);
    if (closed == std::string_view::npos) return true;
    at = closed;
  }
  return false;
}

// HTML that may run past blank lines could still be open at `at` (a line
// start of `text`, outside every block of `map`): such HTML would stand after
// the block before it (or after `floor`). Too far back to look counts too.
bool mayBeInsideHtml(const ProseMap& map, std::string_view text, std::size_t at, std::size_t floor) {
  const auto block =
      std::partition_point(map.blocks.begin(), map.blocks.end(), [&](const Block& b) { return b.span.end <= at; });
  const std::size_t gap_begin = block == map.blocks.begin() ? floor : std::max(floor, std::prev(block)->span.end);
  return at - gap_begin > kMaxRegion || mayRunPastBlankLines(text.substr(gap_begin, at - gap_begin));
}

// Every fenced code block of `map` (extracted from `text`) ends with its
// closing fence (the extractor ends a block's span there when md4c closed it
// with one): one left open would run on past the region in the whole text.
bool fencesClosed(const ProseMap& map, std::string_view text) {
  for (const ByteSpan& code : map.code_blocks) {
    const std::string_view body = text.substr(code.begin, code.size());
    const char fence = body.empty() ? '\0' : body.front();
    if (fence != '`' && fence != '~') continue;  // indented code ends at the margin line after the region
    const std::size_t opening = std::min(body.find_first_not_of(fence), body.size());
    const std::size_t last_line = body.rfind('\n');
    if (last_line == std::string_view::npos) return false;
    std::string_view closing = body.substr(last_line + 1);
    const std::size_t margin = std::min(closing.find_first_not_of(" >"), closing.size());
    // Quote markers before the closing fence are those of the opening line's
    // quote; "> ```" inside a block that is not quoted is a line of code.
    const std::size_t newline = code.begin == 0 ? std::string_view::npos : text.rfind('\n', code.begin - 1);
    const std::size_t line_begin = newline == std::string_view::npos ? 0 : newline + 1;
    const auto quotes = [](std::string_view s) { return std::count(s.begin(), s.end(), '>'); };
    if (quotes(closing.substr(0, margin)) != quotes(text.substr(line_begin, code.begin - line_begin))) return false;
    closing.remove_prefix(margin);
    if (closing.size() < opening || closing.find_first_not_of(fence) != std::string_view::npos) return false;
  }
  return true;
}

bool mayOpenFrontMatter(std::string_view text) {
  if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);
  return text.starts_with("---") || text.starts_with("+++");
}

// Every link reference definition of `old_text`, as text to parse after a
// region that refers to some: each with the lines around it up to blank lines
// (md4c reads a run of definitions together: one that does not parse makes
// the next ones paragraph text), and all of them (md4c's lookup of a label
// with inner spaces differs with the set of definitions). A "]:" inside a
// block, code block, comment or footnote of `map` (the old text's) defines
// nothing. nullopt when some other one may not be a definition in the whole
// text: its lines must lie outside every block, hold no HTML or CR, and
// follow no HTML able to run on from after the block before them. The new
// text's definitions are the same: no region holds a "]:", so every one lies
// where the two texts are alike.
std::optional<std::string> allDefinitions(const ProseMap& map, std::string_view old_text) {
  std::string groups;
  std::size_t last_group_end = 0;
  for (std::size_t at = old_text.find("]:"); at != std::string_view::npos; at = old_text.find("]:", at + 2)) {
    if (at < last_group_end || insideAnything(map, at)) continue;
    std::size_t start = lineStart(old_text, at);
    while (start > 0) {  // up to the blank line above
      const std::size_t above = lineStart(old_text, start - 1);
      if (blankLine(old_text.substr(above, start - 1 - above))) break;
      start = above;
    }
    std::size_t end = lineEnd(old_text, at);
    while (end < old_text.size()) {  // down to the blank line below
      const std::size_t below = lineEnd(old_text, end + 1);
      if (blankLine(old_text.substr(end + 1, below - end - 1))) break;
      end = below;
    }
    const auto block =
        std::partition_point(map.blocks.begin(), map.blocks.end(), [&](const Block& b) { return b.span.end <= start; });
    if (block != map.blocks.end() && block->span.begin < end) {
      if (block->span.begin <= at && at < block->span.end) continue;  // paragraph text
      return std::nullopt;                                            // definitions and paragraph text in one run
    }
    const std::string_view group = old_text.substr(start, end - start);
    if (group.find_first_of("<\r") != std::string_view::npos || insideAnything(map, start) ||
        mayBeInsideHtml(map, old_text, start, 0))
      return std::nullopt;
    groups.append(group).append("\n\n");
    last_group_end = end;
  }
  return groups;
}

// The map of `parsed` (which starts `begin` bytes into its text) with the
// definitions it uses after it; nullopt when anything of the map reaches past
// `parsed` (a definition that did not read as one, a code block left open).
// Comment bodies are views into `parsed`'s text.
std::optional<ProseMap> extractWithDefinitions(std::string_view parsed, const std::string& definitions) {
  if (definitions.empty()) return extractMarkdown(parsed);
  std::string text;
  text.reserve(parsed.size() + 2 + definitions.size());
  text.append(parsed).append("\n\n").append(definitions);
  ProseMap map = extractMarkdown(text);
  const auto past = [&](ByteSpan span) { return span.end > parsed.size(); };
  if (std::any_of(map.blocks.begin(), map.blocks.end(), [&](const Block& b) { return past(b.span); }) ||
      std::any_of(map.code_blocks.begin(), map.code_blocks.end(), past) ||
      std::any_of(map.comments.begin(), map.comments.end(), [&](const Comment& c) { return past(c.span); }) ||
      !map.footnotes.empty())
    return std::nullopt;
  for (Comment& comment : map.comments)
    if (!comment.body.empty())
      comment.body = parsed.substr(static_cast<std::size_t>(comment.body.data() - text.data()), comment.body.size());
  return map;
}

// The region of the old text around `edit`: from the nearest fresh start at
// or before the edit's line to the nearest fresh start after it whose blank
// line (and the line break before it) the edit left alone, or the end of the
// text; nullopt past front matter or kMaxRegion.
std::optional<ByteSpan> regionAround(const ProseMap& previous, std::string_view old_text, const TextChange& edit,
                                     std::size_t body_begin) {
  std::size_t begin = lineStart(old_text, edit.begin);
  while (!freshStart(previous, old_text, begin)) {
    if (begin <= body_begin || edit.begin - begin > kMaxRegion) return std::nullopt;
    begin = lineStart(old_text, begin - 1);
  }
  if (begin <= body_begin) return std::nullopt;
  std::size_t end = lineEnd(old_text, edit.old_end);
  while (end < old_text.size()) {
    ++end;  // the next line
    if (end - begin > kMaxRegion) return std::nullopt;
    if (lineStart(old_text, end - 1) > edit.old_end && freshStart(previous, old_text, end)) return ByteSpan{begin, end};
    end = lineEnd(old_text, end);
  }
  return ByteSpan{begin, old_text.size()};
}

}  // namespace

std::optional<ProseSplice> spliceRegionEdit(const ProseMap& previous, std::string_view old_text,
                                            std::string_view new_text, const TextChange& edit) {
  const std::size_t body_begin =
      previous.front_matter.format == FrontMatterFormat::None ? 0 : previous.front_matter.span.end;
  // Front matter opened but never closed: a line further down may close it.
  if (body_begin == 0 && mayOpenFrontMatter(old_text)) return std::nullopt;
  const std::optional<ByteSpan> bounds = regionAround(previous, old_text, edit, body_begin);
  if (!bounds || !marginLine(new_text, bounds->begin)) return std::nullopt;
  const std::size_t begin = bounds->begin;
  const std::size_t end = bounds->end;
  const std::size_t new_end = static_cast<std::size_t>(static_cast<std::int64_t>(end) + edit.delta());
  const std::string_view old_region = old_text.substr(begin, end - begin);
  const std::string_view new_region = new_text.substr(begin, new_end - begin);
  // Parsed from the line break before the region: a first line "---" or
  // "+++" is front matter only on a text's first line.
  const std::size_t parse_begin = begin - 1;
  if (new_region.size() > kMaxRegion || old_region.find("]:") != std::string_view::npos ||
      new_region.find("]:") != std::string_view::npos || mayRunPastBlankLines(old_region) ||
      mayRunPastBlankLines(new_region))
    return std::nullopt;
  if (mayBeInsideHtml(previous, old_text, begin, body_begin)) return std::nullopt;
  // Link references in a region are read with the document's definitions
  // (gathered once: the old and the new text have the same).
  const bool old_uses = splice::mayUseDefinitions(old_region, old_text);
  const bool new_uses = splice::mayUseDefinitions(new_region, new_text);
  std::optional<std::string> definitions = std::string();
  if (old_uses || new_uses) definitions = allDefinitions(previous, old_text);
  if (!definitions) return std::nullopt;
  const std::string none;
  const std::string& old_definitions = old_uses ? *definitions : none;
  const std::string& new_definitions = new_uses ? *definitions : none;

  const std::string_view old_parsed = old_text.substr(parse_begin, end - parse_begin);
  const std::optional<ProseMap> old_local = extractWithDefinitions(old_parsed, old_definitions);
  if (!old_local || !sameAsWhole(*old_local, previous, parse_begin, begin, end)) return std::nullopt;
  const std::string_view new_parsed = new_text.substr(parse_begin, new_end - parse_begin);
  std::optional<ProseMap> local = extractWithDefinitions(new_parsed, new_definitions);
  if (!local || local->front_matter.format != FrontMatterFormat::None || !local->footnotes.empty() ||
      (end < old_text.size() && !fencesClosed(*local, new_parsed)))
    return std::nullopt;
  return splice::assembleSplice(previous, old_text, new_text, begin, end, std::move(*local), parse_begin, edit);
}

}  // namespace copydesk
