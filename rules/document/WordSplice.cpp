// The word splice of ProseSplice.h: a word typed or erased inside a line of
// prose of a document in any format but Markdown (whose splices re-parse) and
// plain text (whose headings are read from how a line looks), without
// extracting the whole text again (for HTML, Gumbo's parse of the whole text
// was four fifths of a keystroke in a 60 KB page; for Org, half of one).
#include <algorithm>
#include <cstdint>
#include <optional>

#include "document/ProseSplice.h"
#include "document/SpliceSupport.h"
#include "text/Ascii.h"

namespace copydesk {

namespace {

bool isBlank(char c) { return c == ' ' || c == '\t'; }

bool allAlnum(std::string_view s) { return std::all_of(s.begin(), s.end(), isAsciiAlnum); }

bool wordSpliceable(DocumentFormat format) {
  return format != DocumentFormat::Markdown && format != DocumentFormat::PlainText;
}

// Whether the line after the one holding `at` may underline it as an
// AsciiDoc two-line section title ("Title" over "=====", two bytes or more of
// one of "=-~^+"): whether the line is one depends on their lengths.
bool beforeAsciiDocUnderline(std::string_view text, std::size_t at) {
  const std::size_t end = text.find('\n', at);
  if (end == std::string_view::npos) return false;
  std::size_t k = end + 1;
  std::size_t stop = text.find('\n', k);
  if (stop == std::string_view::npos) stop = text.size();
  while (stop > k && (text[stop - 1] == '\r' || isBlank(text[stop - 1]))) --stop;
  if (stop - k < 2 || std::string_view("=-~^+").find(text[k]) == std::string_view::npos) return false;
  return std::all_of(text.begin() + static_cast<std::ptrdiff_t>(k), text.begin() + static_cast<std::ptrdiff_t>(stop),
                     [&](char c) { return c == text[k]; });
}

// Where a word may end in a Prose piece: a blank, a line end or the end of
// the text; in HTML also a tag (its '<' opens the tag whatever stands before).
bool wordEndAllowed(std::string_view text, std::size_t at, bool html) {
  if (at >= text.size()) return true;
  const char c = text[at];
  return isBlank(c) || c == '\n' || c == '\r' || (html && c == '<');
}

// A span of the old text in the new one, when the edit lies in the word
// [word.begin, word.end): before the word it stays, after it it moves; one
// holding the word grows or shrinks with it. nullopt for any other.
std::optional<ByteSpan> moved(ByteSpan span, ByteSpan word, std::int64_t delta) {
  if (span.end <= word.begin) return span;
  if (span.begin >= word.end) return span.shifted(delta);
  if (span.begin >= word.begin || span.end < word.end) return std::nullopt;
  return ByteSpan{span.begin, static_cast<std::size_t>(static_cast<std::int64_t>(span.end) + delta)};
}

// Every span of `map` moved as above (comment bodies pointed into `new_text`);
// false when one cannot be.
bool moveAll(ProseMap& map, std::string_view old_text, std::string_view new_text, ByteSpan word, std::int64_t delta) {
  bool ok = true;
  const auto move = [&](ByteSpan& span) {
    const std::optional<ByteSpan> to = moved(span, word, delta);
    if (to) span = *to;
    ok = ok && to.has_value();
  };
  move(map.front_matter.span);
  for (Block& block : map.blocks) {
    if (block.span.end <= word.begin) continue;  // before the word: as it was
    move(block.span);
    for (Piece& piece : block.pieces) move(piece.span);
    for (Link& link : block.links) move(link.text);
  }
  for (Comment& comment : map.comments) {
    move(comment.span);
    if (comment.body.empty()) continue;
    const auto at = static_cast<std::size_t>(comment.body.data() - old_text.data());
    ByteSpan body{at, at + comment.body.size()};
    move(body);
    comment.body = new_text.substr(body.begin, body.size());
  }
  for (FootnoteDefinition& footnote : map.footnotes) move(footnote.span);
  for (ByteSpan& code : map.code_blocks) move(code);
  return ok;
}

// The '>' ending the HTML tag whose '<' is at `open`, read as Gumbo reads
// it (a quoted attribute value may hold '>'); npos when there is none.
std::size_t htmlTagEnd(std::string_view text, std::size_t open) {
  for (std::size_t at = open + 1; at < text.size(); ++at) {
    if (text[at] == '>') return at;
    if (text[at] != '=') continue;
    std::size_t value = at + 1;
    while (value < text.size() && (isBlank(text[value]) || text[value] == '\n' || text[value] == '\r')) ++value;
    if (value < text.size() && (text[value] == '"' || text[value] == '\'')) {
      at = text.find(text[value], value + 1);
      if (at == std::string_view::npos) return at;
    }
  }
  return std::string_view::npos;
}

// The word lies in the text of an HTML element, not in a tag, an entity or
// a tag's name: the nearest '<' or '>' before it is the end of a tag that
// starts at the '<' before that.
bool inHtmlText(std::string_view text, ByteSpan word) {
  const char before = text[word.begin - 1];
  if (before == '&' || before == '#' || before == '<' || before == '/') return false;
  const std::size_t close = text.find_last_of("<>", word.begin - 1);
  if (close == std::string_view::npos || text[close] != '>') return false;
  const std::size_t open = text.rfind('<', close);
  if (open == std::string_view::npos || open + 1 >= close) return false;
  return (isAsciiAlpha(text[open + 1]) || text[open + 1] == '/') && htmlTagEnd(text, open) == close;
}

// An HTML edit inside a code block and nothing else of the map (no block,
// comment or footnote: a <pre> left open by a broken end tag may run far)
// that types or erases no '<', '>' or '&', in an element's text: only the
// spans move, no block changes. The span checked is the edit with the
// letters and digits around it, so that no entity's name can change.
std::optional<ProseSplice> spliceHtmlCodeEdit(const ProseMap& previous, std::string_view old_text,
                                              std::string_view new_text, const TextChange& edit) {
  constexpr std::string_view kMarkup = "<>&";
  if (old_text.substr(edit.begin, edit.old_end - edit.begin).find_first_of(kMarkup) != std::string_view::npos ||
      new_text.substr(edit.begin, edit.new_end - edit.begin).find_first_of(kMarkup) != std::string_view::npos)
    return std::nullopt;
  ByteSpan word{edit.begin, edit.old_end};
  while (word.begin > 0 && isAsciiAlnum(old_text[word.begin - 1])) --word.begin;
  while (word.end < old_text.size() && isAsciiAlnum(old_text[word.end])) ++word.end;
  const auto holds = [&](ByteSpan span) { return span.begin < word.begin && word.end < span.end; };
  if (std::none_of(previous.code_blocks.begin(), previous.code_blocks.end(), holds) ||
      std::any_of(previous.comments.begin(), previous.comments.end(),
                  [&](const Comment& c) { return c.span.overlaps(word); }) ||
      std::any_of(previous.footnotes.begin(), previous.footnotes.end(),
                  [&](const FootnoteDefinition& f) { return f.span.overlaps(word); }) ||
      previous.front_matter.span.overlaps(word) || !inHtmlText(old_text, word))
    return std::nullopt;
  const auto& blocks = previous.blocks;
  const auto after =
      std::partition_point(blocks.begin(), blocks.end(), [&](const Block& b) { return b.span.end <= word.begin; });
  if (after != blocks.end() && after->span.overlaps(word)) return std::nullopt;
  ProseSplice splice;
  splice.prose = previous;
  if (!moveAll(splice.prose, old_text, new_text, word, edit.delta())) return std::nullopt;
  splice.first_block = static_cast<std::size_t>(after - blocks.begin());
  splice.old_blocks = splice.new_blocks = 0;
  return splice;
}

}  // namespace

std::optional<ProseSplice> spliceWordEdit(const ProseMap& previous, std::string_view old_text,
                                          std::string_view new_text, const TextChange& edit, DocumentFormat format) {
  const bool html = format == DocumentFormat::Html;
  if (!wordSpliceable(format)) return std::nullopt;
  if (html)
    if (std::optional<ProseSplice> code = spliceHtmlCodeEdit(previous, old_text, new_text, edit)) return code;
  if (!allAlnum(old_text.substr(edit.begin, edit.old_end - edit.begin)) ||
      !allAlnum(new_text.substr(edit.begin, edit.new_end - edit.begin)))
    return std::nullopt;
  // The word holding the edit, [word_begin, word_end) in the old text; it is
  // a word before and after the edit.
  std::size_t word_begin = edit.begin;
  while (word_begin > 0 && isAsciiAlnum(old_text[word_begin - 1])) --word_begin;
  std::size_t word_end = edit.old_end;
  while (word_end < old_text.size() && isAsciiAlnum(old_text[word_end])) ++word_end;
  if (word_end == word_begin || static_cast<std::int64_t>(word_end - word_begin) + edit.delta() <= 0)
    return std::nullopt;
  // Not the first word of its line: a blank and something else stand before
  // it (reST reads the first word and the length of a short line: list
  // markers, a section title over an underline of at least its length).
  if (word_begin < 2 || !isBlank(old_text[word_begin - 1])) return std::nullopt;
  const std::size_t line = splice::lineStart(old_text, word_begin);
  if (std::all_of(old_text.begin() + static_cast<std::ptrdiff_t>(line),
                  old_text.begin() + static_cast<std::ptrdiff_t>(word_begin), isBlank))
    return std::nullopt;
  if (!wordEndAllowed(old_text, word_end, html)) return std::nullopt;
  if (format == DocumentFormat::AsciiDoc && beforeAsciiDocUnderline(old_text, word_end)) return std::nullopt;

  // The word lies inside one Prose piece, after its first byte.
  const auto& blocks = previous.blocks;
  const auto block =
      std::partition_point(blocks.begin(), blocks.end(), [&](const Block& b) { return b.span.end < word_end; });
  if (block == blocks.end() || block->span.begin >= word_begin) return std::nullopt;
  // Table cells are read by column (reST), titles by their length (reST, AsciiDoc) or words (Org's task
  // keywords and tags).
  if (!html && (block->kind == BlockKind::TableCell || block->kind == BlockKind::Heading)) return std::nullopt;
  const auto piece = std::partition_point(block->pieces.begin(), block->pieces.end(),
                                          [&](const Piece& p) { return p.span.end < word_end; });
  if (piece == block->pieces.end() || piece->kind != PieceKind::Prose || piece->span.begin >= word_begin ||
      (word_end < piece->span.end && !isBlank(old_text[word_end])))
    return std::nullopt;

  ProseSplice splice;
  splice.prose = previous;
  if (!moveAll(splice.prose, old_text, new_text, {word_begin, word_end}, edit.delta())) return std::nullopt;
  splice.first_block = static_cast<std::size_t>(block - blocks.begin());
  splice.old_blocks = splice.new_blocks = 1;
  return splice;
}

}  // namespace copydesk
