// Document -> Vale's blocks and scopes.
#include "vale/support/View.h"

#include <algorithm>
#include <numeric>

#include "text/Ascii.h"

namespace copydesk::vale {

namespace {

std::uint32_t partOf(std::string_view name) {
  static const std::pair<std::string_view, std::uint32_t> kParts[] = {{"text", kText},
                                                                      {"heading", kHeading},
                                                                      {"h1", kH1},
                                                                      {"h2", kH1 << 1},
                                                                      {"h3", kH1 << 2},
                                                                      {"h4", kH1 << 3},
                                                                      {"h5", kH1 << 4},
                                                                      {"h6", kH1 << 5},
                                                                      {"paragraph", kParagraph},
                                                                      {"sentence", kSentence},
                                                                      {"list", kList},
                                                                      {"table", kTable},
                                                                      {"header", kHeader},
                                                                      {"cell", kCell},
                                                                      {"blockquote", kBlockquote},
                                                                      {"summary", kSummary},
                                                                      {"raw", kRaw},
                                                                      {"alt", kAlt},
                                                                      {"attr", kAlt},
                                                                      {"md", kMarkdown},
                                                                      {"txt", kPlainText},
                                                                      {"frontmatter", kFrontMatter}};
  for (const auto& [part, bit] : kParts)
    if (part == name) return bit;
  return kUnknownPart;
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\n' || s.front() == '\r'))
    s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\n' || s.back() == '\r'))
    s.remove_suffix(1);
  return s;
}

// The next line after `offset`'s line is a table delimiter row ("|---|:--:|").
bool nextLineIsDelimiterRow(std::string_view text, std::size_t offset) {
  std::size_t start = text.find('\n', offset);
  if (start == std::string_view::npos) return false;
  ++start;
  std::size_t end = text.find('\n', start);
  if (end == std::string_view::npos) end = text.size();
  const std::string_view line = trim(text.substr(start, end - start));
  if (line.find('-') == std::string_view::npos) return false;
  return std::all_of(line.begin(), line.end(), [](char c) { return c == '|' || c == '-' || c == ':' || c == ' '; });
}

struct Ranges {
  std::vector<ByteSpan> spans;  // sorted, may overlap
  bool contains(std::size_t offset) const {
    for (const ByteSpan& span : spans) {
      if (span.begin > offset) break;
      if (span.contains(offset)) return true;
    }
    return false;
  }
};

void sortRanges(Ranges& ranges) {
  std::sort(ranges.spans.begin(), ranges.spans.end(),
            [](const ByteSpan& a, const ByteSpan& b) { return a.begin < b.begin; });
}

// Reads the "vale ..." controls of the HTML comments.
void readControls(const ProseMap& prose, std::size_t text_size, Ranges& all_off, std::vector<RuleOff>& rules_off) {
  std::size_t off_since = std::string_view::npos;
  std::vector<RuleOff> open;
  for (const Comment& comment : prose.comments) {
    std::string_view body = trim(comment.body);
    if (!body.starts_with("vale ")) continue;
    body = trim(body.substr(5));
    if (body == "off") {
      if (off_since == std::string_view::npos) off_since = comment.span.begin;
      continue;
    }
    if (body == "on") {
      if (off_since != std::string_view::npos) all_off.spans.push_back({off_since, comment.span.end});
      off_since = std::string_view::npos;
      continue;
    }
    const std::size_t equals = body.find('=');
    if (equals == std::string_view::npos) continue;
    const std::string target(trim(body.substr(0, equals)));
    const std::string_view value = trim(body.substr(equals + 1));
    const bool off = value == "NO" || value == "off" || value == "no";
    const bool on = value == "YES" || value == "on" || value == "yes";
    if (target.find('[') != std::string::npos) continue;  // per-match controls are not supported
    auto it = std::find_if(open.begin(), open.end(), [&](const RuleOff& r) { return r.target == target; });
    if (off && it == open.end()) open.push_back({target, comment.span.begin, text_size});
    if (on && it != open.end()) {
      it->end = comment.span.end;
      rules_off.push_back(*it);
      open.erase(it);
    }
  }
  if (off_since != std::string_view::npos) all_off.spans.push_back({off_since, text_size});
  rules_off.insert(rules_off.end(), open.begin(), open.end());
  sortRanges(all_off);
}

void appendSource(ViewBlock& block, std::string_view text, ByteSpan span, const Ranges& dropped, const Ranges& masked,
                  bool mask) {
  if (span.empty()) return;
  if (dropped.spans.empty() && masked.spans.empty()) {  // the usual case: the bytes as they are, in one go
    const std::size_t size = block.text.size();
    if (mask) block.text.append(span.size(), '*');
    else block.text.append(text.substr(span.begin, span.size()));
    block.source.resize(size + span.size());
    std::iota(block.source.begin() + static_cast<std::ptrdiff_t>(size), block.source.end(),
              static_cast<std::uint32_t>(span.begin));
    return;
  }
  for (std::size_t i = span.begin; i < span.end; ++i) {
    if (dropped.contains(i)) continue;
    block.text += (mask || masked.contains(i)) ? '*' : text[i];
    block.source.push_back(static_cast<std::uint32_t>(i));
  }
}

std::uint32_t blockParts(const Block& block, std::string_view text, DocumentFormat format) {
  if (format == DocumentFormat::PlainText) return kText | kParagraph | kPlainText;
  std::uint32_t parts = kText | kMarkdown;
  switch (block.kind) {
    case BlockKind::Heading: parts |= kHeading | (kH1 << (std::clamp(block.level, 1, 6) - 1)); break;
    case BlockKind::Paragraph: parts |= kParagraph; break;
    case BlockKind::ListItem: parts |= kList; break;
    case BlockKind::TableCell:
      parts |= kTable | (nextLineIsDelimiterRow(text, block.span.begin) ? kHeader : kCell);
      break;
    case BlockKind::BlockQuote: parts |= kBlockquote; break;
    case BlockKind::Caption: break;  // Vale has no caption scope: text only
  }
  if (block.in_blockquote) parts |= kBlockquote;
  return parts;
}

// A byte that \b reads as a word character in RE2 (ASCII only), which runs the prefilter.
bool asciiWordByte(char c) { return isAsciiAlnum(c) || c == '_'; }

// The part of blocks[index] whose source lies in `span`.
ViewBlock slice(const std::vector<ViewBlock>& blocks, std::size_t index, ByteSpan span, std::uint32_t parts) {
  const ViewBlock& block = blocks[index];
  const auto first = std::lower_bound(block.source.begin(), block.source.end(), span.begin);
  const auto last = std::lower_bound(first, block.source.end(), span.end);
  ViewBlock out;
  out.parts = parts;
  const std::size_t b = static_cast<std::size_t>(first - block.source.begin());
  const std::size_t e = static_cast<std::size_t>(last - block.source.begin());
  out.text = block.text.substr(b, e - b);
  out.source.assign(first, last);
  if ((b == 0 || !asciiWordByte(block.text[b - 1])) && (e == block.text.size() || !asciiWordByte(block.text[e])))
    out.owner = static_cast<std::uint32_t>(index);
  return out;
}

// Whether `offset` lies inside one of `blocks` (in document order).
bool insideABlock(const std::vector<Block>& blocks, std::size_t offset) {
  const auto after = std::upper_bound(blocks.begin(), blocks.end(), offset,
                                      [](std::size_t at, const Block& block) { return at < block.span.begin; });
  return after != blocks.begin() && after[-1].span.contains(offset);
}

// Whether text at `offset` that is no prose (alt text, front matter) is
// checked with `document`: always with a whole document; with a part
// (Document::part), when it lies in one of the part's blocks, or outside every
// block and the part holds the document's first block (whose findings it
// then joins, never to be reused: engine/RelativeFindings.h).
bool checkedWith(const Document& document, std::size_t offset) {
  const std::vector<Block>& all = document.whole().prose().blocks;
  const std::vector<Block>& mine = document.prose().blocks;
  if (&document.whole() == &document || insideABlock(mine, offset)) return true;
  return !mine.empty() && mine.front().span.begin == all.front().span.begin && !insideABlock(all, offset);
}

bool insideAny(const std::vector<ByteSpan>& spans, std::size_t offset) {
  for (const ByteSpan& span : spans)
    if (span.contains(offset)) return true;
  return false;
}

// Image alt text ("![alt](...)"), which Vale lints as text.attr.alt.
void addAltBlocks(const Document& document, const Ranges& dropped, const Ranges& masked, View& view) {
  const std::string_view text = document.text();
  const ProseMap& prose = document.prose();
  std::vector<ByteSpan> code = prose.code_blocks;
  for (const Block& block : prose.blocks)
    for (const Piece& piece : block.pieces)
      if (piece.kind == PieceKind::Code) code.push_back(piece.span);
  if (prose.front_matter.format != FrontMatterFormat::None) code.push_back(prose.front_matter.span);
  for (std::size_t at = text.find("!["); at != std::string_view::npos; at = text.find("![", at + 2)) {
    const std::size_t close = text.find(']', at + 2);
    const std::size_t line_end = text.find('\n', at);
    if (close == std::string_view::npos || close > line_end || close + 1 >= text.size() ||
        (text[close + 1] != '(' && text[close + 1] != '[') || insideAny(code, at) || !checkedWith(document, at))
      continue;
    ViewBlock alt;
    alt.parts = kText | kAlt | kMarkdown;
    appendSource(alt, text, {at + 2, close}, dropped, masked, false);
    if (!alt.text.empty()) view.blocks.push_back(std::move(alt));
  }
}

// Each string value of the front matter ("title: My document"), linted on its own.
void addFrontMatterBlocks(const Document& document, const Ranges& dropped, View& view) {
  const FrontMatter& front = document.prose().front_matter;
  if (front.format == FrontMatterFormat::None || !checkedWith(document, front.span.begin)) return;
  const std::string_view text = document.text();
  std::size_t line = text.find('\n', front.span.begin);
  while (line != std::string_view::npos && line + 1 < front.span.end) {
    const std::size_t begin = line + 1;
    const std::size_t end = std::min(text.find('\n', begin), front.span.end);
    line = end;
    const std::string_view row = text.substr(begin, end - begin);
    const std::size_t colon = row.find(front.format == FrontMatterFormat::Yaml ? ':' : '=');
    if (colon == std::string_view::npos || row.empty() || row[0] == ' ' || row[0] == '\t' || row[0] == '-') continue;
    std::size_t value = colon + 1;
    while (value < row.size() && row[value] == ' ') ++value;
    std::size_t value_end = row.size();
    while (value_end > value && (row[value_end - 1] == ' ' || row[value_end - 1] == '\r')) --value_end;
    if (value >= value_end || row[value] == '[' || row[value] == '{' || row[value] == '|' || row[value] == '>')
      continue;
    if (row[value] == '"' || row[value] == '\'') {
      if (value_end - value < 2 || row[value_end - 1] != row[value]) continue;
      ++value;
      --value_end;
    } else if (row.substr(value, value_end - value).find_first_not_of("0123456789.-") == std::string_view::npos ||
               row.substr(value, value_end - value) == "true" || row.substr(value, value_end - value) == "false") {
      continue;
    }
    ViewBlock block;
    block.parts = kText | kFrontMatter | kMarkdown;
    block.key = std::string(trim(row.substr(0, colon)));
    appendSource(block, text, {begin + value, begin + value_end}, dropped, Ranges{}, false);
    if (!block.text.empty()) view.blocks.push_back(std::move(block));
  }
}

}  // namespace

std::vector<ScopeSelector> parseScopes(const std::vector<std::string>& scopes) {
  std::vector<ScopeSelector> selectors;
  for (const std::string& scope : scopes) {
    ScopeSelector selector;
    std::string_view rest = scope;
    while (!rest.empty()) {
      const std::size_t amp = rest.find('&');
      std::string_view term = trim(rest.substr(0, amp));
      rest = amp == std::string_view::npos ? std::string_view() : rest.substr(amp + 1);
      const bool negated = term.starts_with('~');
      if (negated) term.remove_prefix(1);
      std::uint32_t bits = 0;
      bool after_frontmatter = false;
      while (!term.empty()) {
        const std::size_t dot = term.find('.');
        const std::string_view part = term.substr(0, dot);
        if (after_frontmatter && !negated && partOf(part) == kUnknownPart) selector.key = std::string(part);
        else bits |= partOf(part);
        after_frontmatter = part == "frontmatter";
        term = dot == std::string_view::npos ? std::string_view() : term.substr(dot + 1);
      }
      (negated ? selector.none : selector.all) |= bits;
    }
    // "~heading" alone means any text block that is not a heading.
    if (selector.all == 0) selector.all = kText;
    selectors.push_back(selector);
  }
  if (selectors.empty()) selectors.push_back({kText, 0, {}});
  return selectors;
}

bool scopeMatches(const std::vector<ScopeSelector>& selectors, const ViewBlock& block) {
  for (const ScopeSelector& selector : selectors)
    if ((block.parts & selector.all) == selector.all && (block.parts & selector.none & ~kUnknownPart) == 0 &&
        (selector.key.empty() || selector.key == block.key))
      return true;
  return false;
}

bool View::offFor(std::string_view rule, std::size_t source_offset) const {
  for (const RuleOff& off : rules_off) {
    if (source_offset < off.begin || source_offset >= off.end) continue;
    if (off.target == rule) return true;
    if (rule.size() > off.target.size() && rule.starts_with(off.target) && rule[off.target.size()] == '.') return true;
  }
  return false;
}

const std::vector<const ViewBlock*>& View::inScope(const std::vector<ScopeSelector>& scopes) const {
  for (const auto& [selectors, selected] : in_scope_)
    if (selectors == scopes) return selected;
  std::vector<const ViewBlock*> selected;
  for (const ViewBlock& block : blocks)
    if (scopeMatches(scopes, block)) selected.push_back(&block);
  return in_scope_.emplace_back(scopes, std::move(selected)).second;
}

const std::vector<int>* View::prefilterHits(const Prefilter& prefilter, const ViewBlock& block) const {
  const std::size_t index = static_cast<std::size_t>(&block - blocks.data());
  if (prefiltered_by_ != &prefilter) {
    prefiltered_by_ = &prefilter;
    prefilter_hits_.assign(blocks.size(), {});
    prefilter_state_.assign(blocks.size(), 0);
  }
  if (prefilter_state_[index] == 0)
    prefilter_state_[index] = prefilter.matching(blocks[index].text, prefilter_hits_[index]) ? 1 : 2;
  return prefilter_state_[index] == 1 ? &prefilter_hits_[index] : nullptr;
}

const std::vector<int>* View::knownPrefilterHits(const Prefilter& prefilter, const ViewBlock& block) const {
  const std::size_t index = static_cast<std::size_t>(&block - blocks.data());
  if (prefiltered_by_ != &prefilter || prefilter_state_[index] != 1) return nullptr;
  return &prefilter_hits_[index];
}

std::uint64_t outsideBlocksKey(const Document& document, bool ignore_patterns) {
  const Document& whole = document.whole();
  const std::string_view text = whole.text();
  const std::hash<std::string_view> hash;
  if (ignore_patterns) return hash(text);
  const ProseMap& prose = whole.prose();
  std::uint64_t key = 0;
  const auto mix = [&key](std::uint64_t value) { key ^= value + 0x9E3779B97F4A7C15ull + (key << 12) + (key >> 4); };
  if (prose.front_matter.format != FrontMatterFormat::None)
    mix(hash(text.substr(prose.front_matter.span.begin, prose.front_matter.span.size())));
  for (const Comment& comment : prose.comments) {
    if (!trim(comment.body).starts_with("vale ")) continue;
    mix(hash(comment.body));
    const auto before = std::lower_bound(prose.blocks.begin(), prose.blocks.end(), comment.span.begin,
                                         [](const Block& block, std::size_t at) { return block.span.begin < at; });
    mix(static_cast<std::uint64_t>(before - prose.blocks.begin()));
  }
  for (std::size_t at = text.find("!["); at != std::string_view::npos; at = text.find("![", at + 2))
    if (!insideABlock(prose.blocks, at)) mix(hash(text.substr(at, text.find('\n', at) - at)));
  return key;
}

View buildView(const Document& document, const ViewSettings& settings) {
  View view;
  view.source = document.text();
  view.code_blocks = document.prose().code_blocks.size();
  const std::string_view text = document.text();
  const ProseMap& prose = document.prose();
  Ranges dropped;
  Ranges masked;
  readControls(document.whole().prose(), text.size(), dropped, view.rules_off);
  for (const auto& pattern : settings.block_ignores)
    for (const PatternMatch& m : pattern->findAll(text, nullptr, Captures::WholeMatch))
      dropped.spans.push_back({m.begin(), m.end()});
  for (const auto& pattern : settings.token_ignores)
    for (const PatternMatch& m : pattern->findAll(text, nullptr, Captures::WholeMatch))
      masked.spans.push_back({m.begin(), m.end()});
  sortRanges(dropped);
  sortRanges(masked);

  ViewBlock summary;
  summary.parts = kSummary;
  std::vector<std::size_t> block_index(prose.blocks.size());
  for (std::size_t b = 0; b < prose.blocks.size(); ++b) {
    const Block& block = prose.blocks[b];
    ViewBlock out;
    out.parts = blockParts(block, text, document.format());
    for (const Piece& piece : block.pieces) {
      const bool mask = piece.kind == PieceKind::Math || piece.kind == PieceKind::Url ||
                        piece.kind == PieceKind::FootnoteRef || (piece.kind == PieceKind::Code && !settings.lint_code);
      appendSource(out, text, piece.span, dropped, masked, mask);
    }
    block_index[b] = view.blocks.size();
    if (out.text.empty()) continue;
    if (!(out.parts & (kHeading | kTable))) {
      if (!summary.text.empty()) {
        summary.text += "\n\n";
        summary.source.insert(summary.source.end(), 2, summary.source.back());
      }
      summary.text += out.text;
      summary.source.insert(summary.source.end(), out.source.begin(), out.source.end());
    }
    view.blocks.push_back(std::move(out));
  }
  // Sentences of paragraphs, list items and quotes (Vale's "sentence" scope).
  const std::size_t prose_blocks = view.blocks.size();
  for (const Sentence& sentence : settings.needs.sentences ? document.tokens().sentences : std::vector<Sentence>{}) {
    if (sentence.block >= prose.blocks.size()) continue;
    const std::size_t index = block_index[sentence.block];
    if (index >= prose_blocks || view.blocks[index].source.empty()) continue;
    const ViewBlock& owner = view.blocks[index];
    if (owner.parts & (kHeading | kTable)) continue;
    ViewBlock part = slice(view.blocks, index, sentence.span, kSentence | (owner.parts & (kMarkdown | kPlainText)));
    if (!part.text.empty()) view.blocks.push_back(std::move(part));
  }
  if (document.format() == DocumentFormat::Markdown) {
    addAltBlocks(document, dropped, masked, view);
    addFrontMatterBlocks(document, dropped, view);
  }
  if (!summary.text.empty() && settings.needs.summary) view.blocks.push_back(std::move(summary));
  if (!settings.needs.raw) return view;
  ViewBlock raw;
  raw.parts = kRaw;
  appendSource(raw, text, {0, text.size()}, dropped, Ranges{}, false);
  if (!raw.text.empty()) view.blocks.push_back(std::move(raw));
  return view;
}

}  // namespace copydesk::vale
