#include "document/Document.h"

#include <optional>
#include <unordered_map>

#include "document/BlockKeys.h"
#include "document/ProseSplice.h"
#include "document/TokenSplice.h"
#include "nlp/PhraseMatcher.h"
#include "nlp/Tokenizer.h"

namespace copydesk {

namespace {

TokenizedProse tokenizeAndFold(std::string_view text, const ProseMap& prose) {
  TokenizedProse tokens = tokenize(text, prose);
  foldTokens(text, tokens);  // once, for every phrase list
  return tokens;
}

constexpr std::uint32_t kNewBlock = UINT32_MAX;

// For each block of a new version, the index of the same block (same key) in
// `previous`, or kNewBlock.
std::vector<std::uint32_t> blocksByKey(const std::vector<std::uint64_t>& keys, const Document& previous) {
  std::unordered_map<std::uint64_t, std::uint32_t> previous_blocks;
  previous_blocks.reserve(previous.blockKeys().size());
  for (std::size_t b = 0; b < previous.blockKeys().size(); ++b)
    previous_blocks.emplace(previous.blockKeys()[b], static_cast<std::uint32_t>(b));
  std::vector<std::uint32_t> origin(keys.size(), kNewBlock);
  for (std::size_t b = 0; b < keys.size(); ++b)
    if (const auto it = previous_blocks.find(keys[b]); it != previous_blocks.end()) origin[b] = it->second;
  return origin;
}

// The same after a splice: the blocks around the spliced ones are the previous ones.
std::vector<std::uint32_t> blocksAroundSplice(const ProseSplice& splice) {
  std::vector<std::uint32_t> origin(splice.prose.blocks.size(), kNewBlock);
  for (std::size_t b = 0; b < origin.size(); ++b) {
    if (b < splice.first_block) origin[b] = static_cast<std::uint32_t>(b);
    else if (b >= splice.first_block + splice.new_blocks)
      origin[b] = static_cast<std::uint32_t>(b - splice.new_blocks + splice.old_blocks);
  }
  return origin;
}

// The tokens of `prose`: copied from `previous` for the blocks `origin` maps
// there, tokenised afresh (all together) for the others.
TokenizedProse reuseTokens(std::string_view text, const ProseMap& prose, const std::vector<std::uint32_t>& origin,
                           const Document& previous) {
  ProseMap changed;
  for (std::size_t b = 0; b < prose.blocks.size(); ++b)
    if (origin[b] == kNewBlock) changed.blocks.push_back(prose.blocks[b]);
  const TokenizedProse fresh = tokenizeAndFold(text, changed);
  const std::vector<std::uint32_t> fresh_starts = sentenceStarts(fresh);
  const std::vector<std::uint32_t> previous_starts = sentenceStarts(previous.tokens());

  TokenizedProse out;
  out.tokens.reserve(previous.tokens().tokens.size() + fresh.tokens.size());
  out.folded_words.reserve(out.tokens.capacity());
  out.sentences.reserve(previous.tokens().sentences.size() + fresh.sentences.size());
  out.block_tokens.reserve(prose.blocks.size());
  out.folded.reserve(previous.tokens().folded.size() + fresh.folded.size());
  std::uint32_t next_fresh = 0;
  for (std::size_t b = 0; b < prose.blocks.size(); ++b) {
    const auto block = static_cast<std::uint32_t>(b);
    if (origin[b] == kNewBlock) {
      appendBlockTokens({fresh, fresh_starts, next_fresh++}, 0, block, out);
    } else {
      const std::int64_t shift = static_cast<std::int64_t>(prose.blocks[b].span.begin) -
                                 static_cast<std::int64_t>(previous.prose().blocks[origin[b]].span.begin);
      appendBlockTokens({previous.tokens(), previous_starts, origin[b]}, shift, block, out);
    }
  }
  return out;
}

}  // namespace

Document::Document(std::shared_ptr<const Source> source, DocumentFormat format, std::int64_t version)
    : source_(std::move(source)), text_(source_->text->text()), lines_(&source_->text->lines()), version_(version),
      format_(format) {}

std::shared_ptr<const Document> Document::create(std::string path, std::string text, DocumentFormat format,
                                                 std::int64_t version) {
  return create(std::move(path), IndexedText::make(std::move(text)), format, version);
}

std::shared_ptr<const Document> Document::create(std::string path, std::shared_ptr<const IndexedText> text,
                                                 DocumentFormat format, std::int64_t version) {
  format = formatForText(format, text->text());
  auto source = std::make_shared<Source>(Source{std::move(path), std::move(text)});
  std::shared_ptr<Document> doc(new Document(std::move(source), format, version));
  const std::string_view t = doc->text();
  doc->prose_ = extractProse(t, format);
  doc->tokens_ = tokenizeAndFold(t, doc->prose_);
  doc->block_keys_ = copydesk::blockKeys(t, doc->prose_.blocks);
  return doc;
}

std::shared_ptr<const Document> Document::revise(const Document& previous, std::string text, std::int64_t version) {
  const Document& base = previous.whole();
  const std::optional<TextChange> edit = findChange(base.text(), text);
  // The line index is revised from the previous one: the edit is known.
  std::shared_ptr<const IndexedText> indexed =
      edit ? std::make_shared<const IndexedText>(std::move(text), *base.indexedText(), *edit) : base.indexedText();
  return revise(base, std::move(indexed), edit, version);
}

std::shared_ptr<const Document> Document::revise(const Document& previous, std::shared_ptr<const IndexedText> text,
                                                 std::int64_t version) {
  const Document& base = previous.whole();
  const std::optional<TextChange> edit = findChange(base.text(), text->text());
  return revise(base, std::move(text), edit, version);
}

std::shared_ptr<const Document> Document::revise(const Document& previous, std::shared_ptr<const IndexedText> text,
                                                 std::span<const TextChange> changes, std::int64_t version) {
  const Document& base = previous.whole();
  const std::optional<TextChange> covering = composeChanges(changes);
  // The same edit findChange() would give, comparing only around the changes.
  const std::optional<TextChange> edit = covering ? narrowChange(base.text(), text->text(), *covering) : std::nullopt;
  return revise(base, std::move(text), edit, version);
}

std::shared_ptr<const Document> Document::revise(const Document& base, std::shared_ptr<const IndexedText> text,
                                                 const std::optional<TextChange>& edit, std::int64_t version) {
  auto source = std::make_shared<Source>(Source{base.path(), std::move(text)});
  std::shared_ptr<Document> doc(new Document(std::move(source), base.format(), version));
  const std::string_view t = doc->text();
  // An edit that a splice can take re-parses (and re-keys) only the blocks
  // around it: every other block keeps its text, so its key.
  std::optional<ProseSplice> spliced;
  if (edit && base.format() == DocumentFormat::Markdown) spliced = spliceEdit(base.prose(), base.text(), t, *edit);
  else if (edit) spliced = spliceWordEdit(base.prose(), base.text(), t, *edit, base.format());
  if (edit && !spliced && base.format() == DocumentFormat::Html)
    spliced = spliceHtmlRegionEdit(base.prose(), base.text(), t, *edit);
  if (edit && !spliced && base.format() == DocumentFormat::RestructuredText)
    spliced = spliceRstRegionEdit(base.prose(), base.text(), t, *edit);
  std::vector<std::uint32_t> origin;
  if (spliced) {
    origin = blocksAroundSplice(*spliced);
    doc->prose_ = std::move(spliced->prose);
    doc->block_keys_.reserve(doc->prose_.blocks.size());
    for (std::size_t b = 0; b < origin.size(); ++b)
      doc->block_keys_.push_back(origin[b] == kNewBlock ? blockKey(t, doc->prose_.blocks[b])
                                                        : base.blockKeys()[origin[b]]);
  } else {
    doc->prose_ = extractProse(t, doc->format_);
    doc->block_keys_ = copydesk::blockKeys(t, doc->prose_.blocks);
    origin = blocksByKey(doc->block_keys_, base);
  }
  doc->tokens_ = reuseTokens(t, doc->prose_, origin, base);
  return doc;
}

std::unique_ptr<const Document> Document::part(const Document& whole, std::span<const std::uint32_t> blocks) {
  std::unique_ptr<Document> doc(new Document(whole.source_, whole.format_, whole.version_));
  doc->whole_ = &whole;
  const ProseMap& all = whole.prose_;
  doc->prose_.front_matter = all.front_matter;
  doc->prose_.comments = all.comments;
  doc->prose_.footnotes = all.footnotes;
  doc->prose_.code_blocks = all.code_blocks;
  const std::vector<std::uint32_t> starts = sentenceStarts(whole.tokens_);
  for (const std::uint32_t b : blocks) {
    const auto index = static_cast<std::uint32_t>(doc->prose_.blocks.size());
    doc->prose_.blocks.push_back(all.blocks[b]);
    doc->block_keys_.push_back(whole.block_keys_[b]);
    appendBlockTokens({whole.tokens_, starts, b}, 0, index, doc->tokens_);
  }
  return doc;
}

}  // namespace copydesk
