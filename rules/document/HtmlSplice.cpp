// The HTML region splice of ProseSplice.h: re-parse the top-level elements
// around an edit (markup/HtmlRegion.h) instead of the whole page.
#include <algorithm>
#include <cstdint>
#include <optional>

#include "document/ProseSplice.h"
#include "document/SpliceSupport.h"
#include "markup/HtmlRegion.h"

namespace copydesk {

namespace {

using splice::lineEnd;
using splice::lineStart;

// Longest region parsed again (twice: its old and its new text).
constexpr std::size_t kMaxHtmlRegion = 16 * 1024;

// A line where a region may start or end: it begins with a block's start tag
// that nothing of the map holds.
bool regionEdge(const ProseMap& map, std::string_view text, std::size_t at) {
  return htmlRegionBoundary(text, at) && !splice::insideAnything(map, at);
}

// The nearest region edge at or before the line holding `at`, not further
// than `floor`; nullopt when there is none (or only the text's start: the
// head and its metadata are read from the whole text only).
std::optional<std::size_t> edgeBefore(const ProseMap& map, std::string_view text, std::size_t at, std::size_t floor) {
  std::size_t begin = lineStart(text, at);
  while (!regionEdge(map, text, begin)) {
    if (begin == 0 || begin <= floor) return std::nullopt;
    begin = lineStart(text, begin - 1);
  }
  return begin == 0 ? std::nullopt : std::optional<std::size_t>(begin);
}

// The region lies inside a <blockquote> opened before it (one whose end tag
// the typing broke, say): every block the whole text read in [begin, end) is
// quoted, and the region read alone matches it once all its blocks are
// quoted too.
bool quotedFromBefore(const ProseMap& local, const ProseMap& whole, std::size_t begin, std::size_t end) {
  const auto first = std::partition_point(whole.blocks.begin(), whole.blocks.end(),
                                          [&](const Block& b) { return b.span.begin < begin; });
  const auto last = std::partition_point(first, whole.blocks.end(), [&](const Block& b) { return b.span.begin < end; });
  if (first == last || !std::all_of(first, last, [](const Block& b) { return b.in_blockquote; })) return false;
  ProseMap quoted = local;
  for (Block& block : quoted.blocks) block.in_blockquote = true;
  return splice::sameAsWhole(quoted, whole, 0, begin, end);
}

}  // namespace

std::optional<ProseSplice> spliceHtmlRegionEdit(const ProseMap& previous, std::string_view old_text,
                                                std::string_view new_text, const TextChange& edit) {
  const std::size_t floor = edit.begin > kMaxHtmlRegion ? edit.begin - kMaxHtmlRegion : 0;
  std::optional<std::size_t> begin = edgeBefore(previous, old_text, edit.begin, floor);
  if (!begin) return std::nullopt;
  std::size_t end = lineEnd(old_text, edit.old_end);
  while (end < old_text.size()) {
    ++end;  // the next line
    if (end - *begin > kMaxHtmlRegion) return std::nullopt;
    if (regionEdge(previous, old_text, end)) break;
    end = lineEnd(old_text, end);
  }
  // The old region alone must give what the whole text gave there, and show
  // its context: a block (quoted or not), code or a comment, none of which a
  // region inside <noscript>, <template> or <svg> would have given. A region
  // that starts inside an element (a list item: its list's end tag is then
  // out of place) starts again twice as far back, a few times.
  std::optional<HtmlRegion> old_local;
  for (int tries = 0; tries < 4 && !(old_local = extractHtmlRegion(old_text, *begin, end)); ++tries) {
    const std::size_t back = 2 * (end - *begin);
    begin = edgeBefore(previous, old_text, *begin > back ? *begin - back : 0, floor);
    if (!begin) return std::nullopt;
  }
  if (!old_local) return std::nullopt;
  const bool quoted = !splice::sameAsWhole(old_local->prose, previous, 0, *begin, end);
  if (quoted && !quotedFromBefore(old_local->prose, previous, *begin, end)) return std::nullopt;
  const ProseMap& old_prose = old_local->prose;
  if (old_prose.blocks.empty() && old_prose.code_blocks.empty() && old_prose.comments.empty()) return std::nullopt;
  // The new region must leave the same elements open for the text after it,
  // and gain no block where the old one showed none.
  const auto new_end = static_cast<std::size_t>(static_cast<std::int64_t>(end) + edit.delta());
  std::optional<HtmlRegion> local = extractHtmlRegion(new_text, *begin, new_end);
  if (!local || local->outline != old_local->outline || (old_prose.blocks.empty() && !local->prose.blocks.empty()))
    return std::nullopt;
  // Absurdly deep nesting makes extractHtml parse in pieces: not here.
  if (!htmlParsedInOnePiece(old_text) || !htmlParsedInOnePiece(new_text)) return std::nullopt;
  // No end tag of the region closed the <blockquote> open before it (it
  // would have been dropped, which HtmlRegion.h refuses).
  if (quoted)
    for (Block& block : local->prose.blocks) block.in_blockquote = true;
  return splice::assembleSplice(previous, old_text, new_text, *begin, end, std::move(local->prose), 0, edit);
}

}  // namespace copydesk
