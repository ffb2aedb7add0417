#pragma once
// What Vale's rules see of one document: blocks of text, each with the scope
// parts Vale would give it (text, heading, h2, paragraph, list, sentence,
// summary, raw, ...) and, for every byte, the source offset it came from.
// Built from copydesk's prose map (markup/Prose.h): code spans, math and
// URLs become '*'s of the same length (as Vale masks IgnoredScopes), markup
// between prose pieces is dropped, and text under `<!-- vale off -->` or a
// BlockIgnores pattern is cut out. Internal to rules/vale.
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "document/Document.h"
#include "vale/ValePattern.h"
#include "vale/support/Prefilter.h"

namespace copydesk::vale {

enum ScopePart : std::uint32_t {
  kText = 1u << 0,
  kHeading = 1u << 1,
  kH1 = 1u << 2,  // kH1 << (level - 1)
  kParagraph = 1u << 8,
  kSentence = 1u << 9,
  kList = 1u << 10,
  kTable = 1u << 11,
  kHeader = 1u << 12,
  kCell = 1u << 13,
  kBlockquote = 1u << 14,
  kSummary = 1u << 15,
  kRaw = 1u << 16,
  kAlt = 1u << 17,
  kMarkdown = 1u << 18,
  kPlainText = 1u << 19,
  kFrontMatter = 1u << 20,  // a string value of the front matter ("text.frontmatter.title")
  kUnknownPart = 1u << 31,  // a selector naming a part no block has never matches
};

// One alternative of a scope: every part of `all` present, none of `none`.
struct ScopeSelector {
  std::uint32_t all = 0;
  std::uint32_t none = 0;
  std::string key;  // "frontmatter.<key>": only that front matter value
  bool operator==(const ScopeSelector&) const = default;
};

// Vale's `scope:` list ("heading.h1", "~blockquote", "paragraph & ~list"); empty = text.
std::vector<ScopeSelector> parseScopes(const std::vector<std::string>& scopes);
struct ViewBlock {
  static constexpr std::uint32_t kNoOwner = 0xFFFFFFFF;
  std::uint32_t parts = 0;
  // A sentence's block (its index in View::blocks), of whose text the
  // sentence's is a slice with no ASCII word byte just outside it on either
  // side, so that \b and \B read the same at its edges in both texts; else
  // kNoOwner. A pattern without other anchors matches in the sentence only
  // where it matches in that block.
  std::uint32_t owner = kNoOwner;
  std::string key;  // the front matter key of a kFrontMatter block
  std::string text;
  std::vector<std::uint32_t> source;  // per byte of `text`, its offset in the document

  ByteSpan sourceSpan(std::size_t begin, std::size_t end) const {
    if (end <= begin) return {source[begin], source[begin]};
    return {source[begin], source[end - 1] + 1};
  }
};

// An in-text control "<!-- vale Style.Rule = NO -->" ... "= YES": `target`
// (a rule or a style) is off for source offsets in [begin, end).
bool scopeMatches(const std::vector<ScopeSelector>& selectors, const ViewBlock& block);

struct RuleOff {
  std::string target;
  std::size_t begin = 0;
  std::size_t end = 0;
};

// Which of the derived blocks any loaded rule reads: the others are not built.
struct ViewNeeds {
  bool sentences = true;
  bool summary = true;
  bool raw = true;
  bool operator==(const ViewNeeds&) const = default;
};

struct ViewSettings {
  ViewNeeds needs;
  std::vector<std::shared_ptr<const Pattern>> token_ignores;
  std::vector<std::shared_ptr<const Pattern>> block_ignores;
  bool lint_code = false;  // IgnoredScopes without "code"
};

struct View {
  std::string_view source;  // the document's text
  std::vector<ViewBlock> blocks;
  std::vector<RuleOff> rules_off;
  std::size_t code_blocks = 0;  // fenced and indented code blocks (the "pre" metric)
  bool offFor(std::string_view rule, std::size_t source_offset) const;
  // What `prefilter` says of `block` (a block of this view), computed once per
  // view and prefilter; null when it gave up. A View is used by one thread.
  const std::vector<int>* prefilterHits(const Prefilter& prefilter, const ViewBlock& block) const;
  // The same when already computed, else null (nothing is computed).
  const std::vector<int>* knownPrefilterHits(const Prefilter& prefilter, const ViewBlock& block) const;
  // The blocks `scopes` selects, in order; found once per view and selector
  // list (most rules of a style share theirs).
  const std::vector<const ViewBlock*>& inScope(const std::vector<ScopeSelector>& scopes) const;

 private:
  mutable std::vector<std::pair<std::vector<ScopeSelector>, std::vector<const ViewBlock*>>> in_scope_;
  mutable const Prefilter* prefiltered_by_ = nullptr;
  mutable std::vector<std::vector<int>> prefilter_hits_;  // per block
  mutable std::vector<std::uint8_t> prefilter_state_;     // 0 not asked yet, 1 known, 2 gave up
};

// Built for a part (Document::part), the view holds the part's blocks, and
// what lies outside every block (front matter values, alt text outside the
// prose) only when the part holds the document's first block.
View buildView(const Document& document, const ViewSettings& settings);

// A hash of what a view's blocks depend on beyond their own text: the front
// matter, the `vale` controls (and which block each comes before), the alt text
// outside every block; with TokenIgnores / BlockIgnores patterns (which may
// match across blocks), the whole text.
std::uint64_t outsideBlocksKey(const Document& document, bool ignore_patterns);

}  // namespace copydesk::vale
