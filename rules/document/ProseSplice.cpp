#include "document/ProseSplice.h"

#include <algorithm>
#include <cstdint>

#include "document/SpliceSupport.h"

namespace copydesk {

namespace {

using splice::blankLine;
using splice::lineEnd;
using splice::lineStart;

// The line holds only `marker` characters (at least `least`), spaces and tabs.
bool onlyMarkers(std::string_view line, char marker, int least) {
  int count = 0;
  for (const char c : line) {
    if (c == marker) ++count;
    else if (c != ' ' && c != '\t') return false;
  }
  return count >= least;
}

// `line` followed `mark` chars in: the end, a space or a tab.
bool endsMarker(std::string_view line, std::size_t mark) {
  return line.size() == mark || line[mark] == ' ' || line[mark] == '\t';
}

// A line that may begin a block (or turn the paragraph above into a heading):
// ATX headings, fences, thematic breaks, setext underlines, list items, quotes,
// HTML, tables, indentation, front matter fences ("+++", "..."; "---" is a
// thematic break), and link reference definitions when `definitions`.
bool mayBeginBlock(std::string_view line, bool definitions) {
  const char first = line.front();
  switch (first) {
    case ' ':
    case '\t':
    case '>':
    case '<':
    case '|':
    case ':': return true;
    case '[': return definitions;
    case '#': {
      const std::size_t hashes = line.find_first_not_of('#');
      return hashes == std::string_view::npos || (hashes <= 6 && endsMarker(line, hashes));
    }
    case '`':
    case '~': return line.size() >= 3 && line[1] == first && line[2] == first;
    case '=': return onlyMarkers(line, '=', 1);
    case '_': return onlyMarkers(line, '_', 3);
    case '-':
    case '*':
    case '+':
      return endsMarker(line, 1) || (first != '+' && onlyMarkers(line, first, first == '-' ? 1 : 3)) ||
             line.starts_with("+++");          // may close front matter opened at the top
    case '.': return line.starts_with("...");  // closes YAML front matter too
    default: break;
  }
  if (first >= '0' && first <= '9') {  // "1." or "1)" then a space: an ordered list
    const std::size_t digits = line.find_first_not_of("0123456789");
    return digits == std::string_view::npos ||
           (digits <= 9 && (line[digits] == '.' || line[digits] == ')') && endsMarker(line, digits + 1));
  }
  return false;
}

// Lines that form one paragraph which reads the same alone as in any
// document where blank lines surround it: no line may begin a block or be
// blank, and nothing may open HTML (or a comment) that could run past them.
bool plainParagraphLines(std::string_view chunk) {
  if (chunk.empty() || chunk.find("<!--") != std::string_view::npos || chunk.find("-->") != std::string_view::npos)
    return false;
  if (chunk.starts_with("\xEF\xBB\xBF")) return false;  // a BOM at a text's start is dropped
  // Without "]:" no line defines a link reference (a label may span lines, the
  // "]:" that ends it may not), so a line may start with a link.
  const bool definitions = chunk.find("]:") != std::string_view::npos;
  for (std::size_t at = 0;;) {
    const std::size_t end = lineEnd(chunk, at);
    std::string_view line = chunk.substr(at, end - at);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.find('\r') != std::string_view::npos) return false;  // a lone CR ends a line too
    if (blankLine(line) || mayBeginBlock(line, definitions)) return false;
    if (end == chunk.size()) return true;
    at = end + 1;
  }
}

// The lines before `begin` and from `end` on are blank (not the first line:
// front matter and BOM live there).
bool blankLinesAround(std::string_view text, std::size_t begin, std::size_t end) {
  if (begin == 0) return false;
  const std::size_t line_before = lineStart(text, begin - 1);
  if (!blankLine(text.substr(line_before, begin - 1 - line_before))) return false;
  return end >= text.size() || blankLine(text.substr(end + 1, lineEnd(text, end + 1) - (end + 1)));
}

// Where the text of a list item's line starts: after up to three spaces, a
// bullet ("-", "*", "+") or an ordered marker ("1.", "2)") and one to four
// spaces; npos for any other line (tabs, wider gaps: left to the full parse).
std::size_t itemTextStart(std::string_view line) {
  std::size_t i = 0;
  while (i < line.size() && i < 3 && line[i] == ' ') ++i;
  if (i < line.size() && (line[i] == '-' || line[i] == '*' || line[i] == '+')) {
    ++i;
  } else {
    const std::size_t digits_end = line.find_first_not_of("0123456789", i);
    if (digits_end == std::string_view::npos || digits_end == i || digits_end - i > 9) return std::string_view::npos;
    if (line[digits_end] != '.' && line[digits_end] != ')') return std::string_view::npos;
    i = digits_end + 1;
  }
  const std::size_t text = line.find_first_not_of(' ', i);
  if (text == std::string_view::npos || text == i || text - i > 4 || line[text] == '\t') return std::string_view::npos;
  return text;
}

// A list item's text, on one line, that stays a paragraph inside the item:
// no block start, task box ("[ ]", "[x]"), comment marker, BOM or line break.
bool plainItemText(std::string_view text) {
  if (text.empty() || blankLine(text) || text.find_first_of("\r\n") != std::string_view::npos) return false;
  if (text.find("<!--") != std::string_view::npos || text.find("-->") != std::string_view::npos) return false;
  // Code spans in list items: a stress run found md4c pairing backticks of
  // an item differently in the list than alone; left to the full parse.
  if (text.find('`') != std::string_view::npos) return false;
  if (text.starts_with("\xEF\xBB\xBF") || text.starts_with("[ ]") || text.starts_with("[x]") || text.starts_with("[X]"))
    return false;
  return !mayBeginBlock(text, text.find("]:") != std::string_view::npos);
}

}  // namespace

std::optional<ProseSplice> spliceParagraphEdit(const ProseMap& previous, std::string_view old_text,
                                               std::string_view new_text, const TextChange& edit) {
  // The edit: old_text[prefix, old_end) became new_text[prefix, new_end).
  const std::size_t prefix = edit.begin;
  const std::size_t old_end = edit.old_end;
  const std::int64_t delta = edit.delta();

  // The one block on the edited lines, and the lines of it and of the edit.
  std::size_t chunk_begin = lineStart(old_text, prefix);
  std::size_t chunk_end = lineEnd(old_text, old_end);
  const auto& blocks = previous.blocks;
  const auto first_after = std::lower_bound(blocks.begin(), blocks.end(), chunk_begin,
                                            [](const Block& b, std::size_t at) { return b.span.end < at; });
  if (first_after == blocks.end() || first_after->span.begin > chunk_end) return std::nullopt;
  const Block& edited = *first_after;
  if (edited.in_blockquote) return std::nullopt;
  const std::size_t index = static_cast<std::size_t>(first_after - blocks.begin());
  // What is parsed alone: the paragraph's lines, or a one-line list item's text.
  std::size_t parse_begin = 0;
  std::string_view parsed;
  if (edited.kind == BlockKind::Paragraph) {
    chunk_begin = std::min(chunk_begin, lineStart(old_text, edited.span.begin));
    chunk_end = std::max(chunk_end, lineEnd(old_text, edited.span.end == 0 ? 0 : edited.span.end - 1));
    if (!blankLinesAround(old_text, chunk_begin, chunk_end)) return std::nullopt;
    const std::string_view old_chunk = old_text.substr(chunk_begin, chunk_end - chunk_begin);
    const std::size_t new_chunk_end = static_cast<std::size_t>(static_cast<std::int64_t>(chunk_end) + delta);
    parsed = new_text.substr(chunk_begin, new_chunk_end - chunk_begin);
    if (!plainParagraphLines(old_chunk) || !plainParagraphLines(parsed)) return std::nullopt;
    parse_begin = chunk_begin;
  } else if (edited.kind == BlockKind::ListItem) {
    // The edit within the item's text, on its one line: the marker and the
    // lines around keep the list as it was; only the text is parsed again.
    chunk_begin = lineStart(old_text, edited.span.begin);
    chunk_end = lineEnd(old_text, edited.span.begin);
    const std::size_t text_start = itemTextStart(old_text.substr(chunk_begin, chunk_end - chunk_begin));
    if (chunk_begin == 0 || text_start == std::string_view::npos) return std::nullopt;
    parse_begin = chunk_begin + text_start;
    if (parse_begin > edited.span.begin || edited.span.end > chunk_end || prefix < parse_begin || old_end > chunk_end)
      return std::nullopt;
    // The item's paragraph ends with its line: the next line is blank or the
    // start of the next block (not a lazy continuation, which a link
    // destination, say, may fill without a piece).
    if (chunk_end < old_text.size()) {
      const std::size_t next_begin = chunk_end + 1;
      const std::size_t next_end = lineEnd(old_text, next_begin);
      const bool next_block_there = index + 1 < blocks.size() && blocks[index + 1].span.begin >= next_begin &&
                                    blocks[index + 1].span.begin <= next_end;
      if (!blankLine(old_text.substr(next_begin, next_end - next_begin)) && !next_block_there) return std::nullopt;
      // A footnote definition there is, for md4c, the item's paragraph going
      // on: an emphasis or strikethrough delimiter of the item may pair with one in it.
      if (std::any_of(previous.footnotes.begin(), previous.footnotes.end(), [&](const FootnoteDefinition& f) {
            return f.span.begin <= next_end && f.span.end >= next_begin;
          }))
        return std::nullopt;
    }
    const std::size_t new_line_end = static_cast<std::size_t>(static_cast<std::int64_t>(chunk_end) + delta);
    parsed = new_text.substr(parse_begin, new_line_end - parse_begin);
    if (!plainItemText(parsed) ||
        old_text.substr(chunk_begin, chunk_end - chunk_begin).find('\r') != std::string_view::npos)
      return std::nullopt;
  } else {
    return std::nullopt;
  }
  if (index > 0 && blocks[index - 1].span.end > chunk_begin) return std::nullopt;
  if (index + 1 < blocks.size() && blocks[index + 1].span.begin < chunk_end) return std::nullopt;
  if (splice::mayUseDefinitions(parsed, new_text)) return std::nullopt;

  // Nothing else of the map may reach into the paragraph's lines (a comment
  // that md4c saw open across blank lines, say): only later ones move.
  const auto overlaps = [&](ByteSpan span) { return span.begin < chunk_end && span.end > chunk_begin; };
  if (std::any_of(previous.comments.begin(), previous.comments.end(),
                  [&](const Comment& c) { return overlaps(c.span); }) ||
      std::any_of(previous.footnotes.begin(), previous.footnotes.end(),
                  [&](const FootnoteDefinition& f) { return overlaps(f.span); }) ||
      std::any_of(previous.code_blocks.begin(), previous.code_blocks.end(), overlaps))
    return std::nullopt;

  ProseMap local = extractMarkdown(parsed);
  if (local.blocks.size() != 1 || local.blocks[0].kind != BlockKind::Paragraph || local.blocks[0].in_blockquote ||
      !local.comments.empty() || !local.footnotes.empty() || !local.code_blocks.empty() ||
      local.front_matter.format != FrontMatterFormat::None)
    return std::nullopt;
  local.blocks[0].kind = edited.kind;
  local.blocks[0].level = edited.level;

  return splice::assembleSplice(previous, old_text, new_text, chunk_begin, chunk_end, std::move(local), parse_begin,
                                edit);
}

std::optional<ProseSplice> spliceEdit(const ProseMap& previous, std::string_view old_text, std::string_view new_text,
                                      const TextChange& edit) {
  if (auto spliced = spliceParagraphEdit(previous, old_text, new_text, edit)) return spliced;
  return spliceRegionEdit(previous, old_text, new_text, edit);
}

}  // namespace copydesk
