#include "document/SpliceSupport.h"
#include "text/Ascii.h"

#include <algorithm>
#include <cstdint>
#include <string>
#include <vector>

namespace copydesk::splice {

std::size_t lineStart(std::string_view text, std::size_t at) {
  const std::size_t newline = at == 0 ? std::string_view::npos : text.rfind('\n', at - 1);
  return newline == std::string_view::npos ? 0 : newline + 1;
}

std::size_t lineEnd(std::string_view text, std::size_t at) {
  const std::size_t newline = text.find('\n', at);
  return newline == std::string_view::npos ? text.size() : newline;
}

bool blankLine(std::string_view line) { return line.find_first_not_of(" \t\r") == std::string_view::npos; }

namespace {

// Lower case, each run of whitespace one space: how labels compare (ASCII).
std::string foldLabel(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (const char c : text) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      if (out.empty() || out.back() != ' ') out += ' ';
    } else {
      out += asciiLower(c);
    }
  }
  return out;
}

// `folded` (a folded label) stands in brackets somewhere in `text` (folded),
// a space allowed on either side: how a reference to it is written.
bool bracketed(std::string_view text, std::string_view folded) {
  for (std::size_t at = text.find(folded); at != std::string_view::npos; at = text.find(folded, at + 1)) {
    std::size_t before = at, after = at + folded.size();
    if (before > 0 && text[before - 1] == ' ') --before;
    if (after < text.size() && text[after] == ' ') ++after;
    if (before > 0 && text[before - 1] == '[' && after < text.size() && text[after] == ']') return true;
  }
  return false;
}

void moveBlock(Block& block, std::int64_t delta) {
  block.span = block.span.shifted(delta);
  for (Piece& piece : block.pieces) piece.span = piece.span.shifted(delta);
  for (Link& link : block.links) link.text = link.text.shifted(delta);
}

bool inside(ByteSpan span, std::size_t at) { return span.begin < at && at < span.end; }

// The first of `items` (sorted, disjoint spans) that ends after `at` holds it.
template <typename Items, typename SpanOf>
bool insideOne(const Items& items, std::size_t at, SpanOf span_of) {
  const auto it = std::partition_point(items.begin(), items.end(), [&](const auto& x) { return span_of(x).end <= at; });
  return it != items.end() && inside(span_of(*it), at);
}

bool samePieces(const Block& a, const Block& b, std::int64_t shift) {
  if (a.pieces.size() != b.pieces.size() || a.links.size() != b.links.size()) return false;
  for (std::size_t i = 0; i < a.pieces.size(); ++i)
    if (a.pieces[i].kind != b.pieces[i].kind || a.pieces[i].span.shifted(shift) != b.pieces[i].span) return false;
  for (std::size_t i = 0; i < a.links.size(); ++i)
    if (a.links[i].text.shifted(shift) != b.links[i].text || a.links[i].destination != b.links[i].destination)
      return false;
  return true;
}

}  // namespace

// Some block, code block, comment or footnote of `map` holds `at` (not at its start).
bool insideAnything(const ProseMap& map, std::size_t at) {
  return insideOne(map.blocks, at, [](const Block& b) { return b.span; }) ||
         insideOne(map.code_blocks, at, [](ByteSpan c) { return c; }) ||
         insideOne(map.comments, at, [](const Comment& c) { return c.span; }) ||
         insideOne(map.footnotes, at, [](const FootnoteDefinition& f) { return f.span; });
}

bool sameAsWhole(const ProseMap& local, const ProseMap& whole, std::size_t parse_begin, std::size_t begin,
                 std::size_t end) {
  const auto shift = static_cast<std::int64_t>(parse_begin);
  const auto within = [&](ByteSpan span) { return span.begin >= begin && span.end <= end; };
  const auto first = std::partition_point(whole.blocks.begin(), whole.blocks.end(),
                                          [&](const Block& b) { return b.span.begin < begin; });
  const auto last = std::partition_point(first, whole.blocks.end(), [&](const Block& b) { return b.span.begin < end; });
  if (static_cast<std::size_t>(last - first) != local.blocks.size()) return false;
  for (std::size_t i = 0; i < local.blocks.size(); ++i) {
    const Block& a = local.blocks[i];
    const Block& b = first[static_cast<std::ptrdiff_t>(i)];
    if (a.kind != b.kind || a.level != b.level || a.in_blockquote != b.in_blockquote ||
        a.span.shifted(shift) != b.span || !samePieces(a, b, shift))
      return false;
  }
  std::vector<ByteSpan> code;
  for (const ByteSpan& c : whole.code_blocks)
    if (within(c)) code.push_back(c.shifted(-shift));
  if (code != local.code_blocks) return false;
  std::size_t comments = 0;
  for (const Comment& c : whole.comments) {
    if (!within(c.span)) continue;
    if (comments >= local.comments.size()) return false;
    const Comment& l = local.comments[comments++];
    if (l.span.shifted(shift) != c.span || l.own_line != c.own_line || l.body != c.body) return false;
  }
  if (comments != local.comments.size()) return false;
  return local.footnotes.empty() && local.front_matter.format == FrontMatterFormat::None;
}

// A non-ASCII label (whose case folding is Unicode's) or one that cannot be
// delimited always may be referred to.
bool mayUseDefinitions(std::string_view chunk, std::string_view text) {
  if (chunk.find_first_of("[]") == std::string_view::npos) return false;
  std::string folded_chunk;
  constexpr std::size_t kMaxLabel = 999;  // CommonMark's longest link label
  for (std::size_t at = text.find("]:"); at != std::string_view::npos; at = text.find("]:", at + 2)) {
    const std::size_t floor = at > kMaxLabel + 1 ? at - kMaxLabel - 1 : 0;
    const std::size_t open = text.rfind('[', at);
    if (open == std::string_view::npos || open < floor) return true;
    const std::string_view label = text.substr(open + 1, at - open - 1);
    if (std::any_of(label.begin(), label.end(), [](char c) { return static_cast<unsigned char>(c) >= 0x80; }))
      return true;
    if (folded_chunk.empty()) folded_chunk = foldLabel(chunk);
    std::string folded = foldLabel(label);
    while (!folded.empty() && folded.back() == ' ') folded.pop_back();
    while (!folded.empty() && folded.front() == ' ') folded.erase(0, 1);
    if (bracketed(folded_chunk, folded)) return true;
  }
  return false;
}

ProseSplice assembleSplice(const ProseMap& previous, std::string_view old_text, std::string_view new_text,
                           std::size_t region_begin, std::size_t region_end, ProseMap local, std::size_t local_begin,
                           const TextChange& edit) {
  const std::int64_t delta = edit.delta();
  const auto before = [&](ByteSpan span) { return span.end <= region_begin; };
  const auto after = [&](ByteSpan span) { return span.begin >= region_end; };
  const auto shift = [&](ByteSpan span) { return after(span) ? span.shifted(delta) : span; };
  const auto local_shift = static_cast<std::int64_t>(local_begin);
  const auto& blocks = previous.blocks;

  ProseSplice splice;
  ProseMap& out = splice.prose;
  out.front_matter = previous.front_matter;
  const auto first = std::partition_point(blocks.begin(), blocks.end(), [&](const Block& b) { return before(b.span); });
  const auto last = std::partition_point(first, blocks.end(), [&](const Block& b) { return !after(b.span); });
  splice.first_block = static_cast<std::size_t>(first - blocks.begin());
  splice.old_blocks = static_cast<std::size_t>(last - first);
  splice.new_blocks = local.blocks.size();
  out.blocks.reserve(blocks.size() - splice.old_blocks + splice.new_blocks);
  out.blocks.insert(out.blocks.end(), blocks.begin(), first);
  for (Block& block : local.blocks) {
    moveBlock(block, local_shift);
    out.blocks.push_back(std::move(block));
  }
  for (auto it = last; it != blocks.end(); ++it) moveBlock(out.blocks.emplace_back(*it), delta);

  // Comments, footnotes and code blocks: those before the region stay, those
  // in it come from `local`, those after it move.
  for (const Comment& comment : previous.comments) {
    if (!before(comment.span) && !after(comment.span)) continue;
    Comment& copy = out.comments.emplace_back(comment);
    const std::int64_t moved = after(comment.span) ? delta : 0;
    copy.span = comment.span.shifted(moved);
    if (!comment.body.empty()) {  // a view: into the new text now
      const auto body_at = static_cast<std::int64_t>(comment.body.data() - old_text.data()) + moved;
      copy.body = new_text.substr(static_cast<std::size_t>(body_at), comment.body.size());
    }
  }
  const auto local_comments = std::partition_point(out.comments.begin(), out.comments.end(),
                                                   [&](const Comment& c) { return c.span.begin < region_begin; });
  for (Comment& comment : local.comments) comment.span = comment.span.shifted(local_shift);
  out.comments.insert(local_comments, local.comments.begin(), local.comments.end());

  for (const FootnoteDefinition& footnote : previous.footnotes)
    if (before(footnote.span) || after(footnote.span)) out.footnotes.emplace_back(footnote).span = shift(footnote.span);
  const auto local_footnotes =
      std::partition_point(out.footnotes.begin(), out.footnotes.end(),
                           [&](const FootnoteDefinition& f) { return f.span.begin < region_begin; });
  for (FootnoteDefinition& footnote : local.footnotes) footnote.span = footnote.span.shifted(local_shift);
  out.footnotes.insert(local_footnotes, local.footnotes.begin(), local.footnotes.end());

  for (const ByteSpan& code : previous.code_blocks)
    if (before(code) || after(code)) out.code_blocks.push_back(shift(code));
  const auto local_code = std::partition_point(out.code_blocks.begin(), out.code_blocks.end(),
                                               [&](ByteSpan c) { return c.begin < region_begin; });
  for (ByteSpan& code : local.code_blocks) code = code.shifted(local_shift);
  out.code_blocks.insert(local_code, local.code_blocks.begin(), local.code_blocks.end());
  return splice;
}

}  // namespace copydesk::splice
