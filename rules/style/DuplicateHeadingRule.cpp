// style/duplicate-heading: the same heading (or title) twice in one section of
// a document, including a title repeated as a paragraph line and a title
// repeated right away with a different subtitle.
#include <algorithm>

#include <fmt/format.h>

#include "style/StyleRules.h"
#include "style/support/DuplicateBlocks.h"
#include "style/support/StyleSupport.h"

namespace copydesk {

namespace {

constexpr RuleInfo kInfo{
    "style/duplicate-heading",
    Severity::Warning,
    "A heading or title that appears twice",
    "A heading repeated in the same section, or a title pasted twice at the top of an "
    "article (a common artefact of copying from a CMS), makes the structure confusing and "
    "the table of contents ambiguous: links to the second heading go to the first.\n\n"
    "Two headings with the same text are duplicates when no higher-level heading stands "
    "between them (\"### Fixed\" under two different releases is fine). A title line "
    "repeated as an ordinary line counts too, as does a title repeated on the very next "
    "line with only its subtitle changed (\"Rust in Linux: A Revolution\" followed by "
    "\"Rust in Linux: The End of C\").\n\n"
    "**Fix:** delete the copy, or rename one of the headings so each says what its "
    "section holds.",
};

constexpr int kMinCrossKindWords = 3;  // a heading repeated as a paragraph line
constexpr int kMinTitleWords = 3;      // the shared main title of "Title: subtitle" pairs

// The main title of "Title: subtitle", "Title - subtitle", "Title | subtitle"
// (normalised text), or empty when there is no separator.
std::string_view mainTitle(std::string_view normalized) {
  for (std::string_view sep : {std::string_view(": "), std::string_view(" - "), std::string_view(" | "),
                               std::string_view(" \xE2\x80\x94 "), std::string_view(" \xE2\x80\x93 ")}) {
    const std::size_t at = normalized.find(sep);
    if (at != std::string_view::npos && at > 0) return normalized.substr(0, at);
  }
  return {};
}

int wordCount(std::string_view s) {
  int words = 0;
  bool in_word = false;
  for (char c : s) {
    const bool space = c == ' ';
    if (!space && !in_word) ++words;
    in_word = !space;
  }
  return words;
}

class DuplicateHeadingRule final : public Rule {
 public:
  const RuleInfo& info() const override { return kInfo; }

  void check(const RuleContext& ctx, FindingSink& sink) const override {
    const Document& doc = ctx.document;
    const auto& blocks = doc.prose().blocks;
    // Only headings and paragraphs are compared: the rule reruns on every
    // edit, so other blocks (list items, table cells) are not normalised.
    std::vector<std::shared_ptr<const style::BlockText>> texts(blocks.size());
    for (std::size_t b = 0; b < blocks.size(); ++b)
      if (blocks[b].kind == BlockKind::Heading || blocks[b].kind == BlockKind::Paragraph)
        texts[b] = style::rememberedBlockText(doc, b);

    // Blocks with the same text, in order: the first and last of each group,
    // and each block's next in its group.
    constexpr std::size_t kNone = SIZE_MAX;
    style::TextGroups groups(blocks.size());
    std::vector<std::size_t> first_of, last_of;
    std::vector<std::size_t> next_same(blocks.size(), kNone);
    for (std::size_t b = 0; b < blocks.size(); ++b) {
      const Block& block = blocks[b];
      const bool heading = block.kind == BlockKind::Heading;
      if ((!heading && block.kind != BlockKind::Paragraph) || texts[b]->normalized.empty()) continue;
      const std::uint32_t group = groups.groupOf(*texts[b]);
      if (group == first_of.size()) {
        first_of.push_back(kNone);
        last_of.push_back(kNone);
      }
      bool reported = false;
      for (std::size_t a = first_of[group]; a != kNone; a = next_same[a]) {
        if (!duplicateOf(blocks, texts, a, b)) continue;
        report(doc, block, fmt::format("Repeats the heading on line {}", style::lineNumber(doc, blocks[a].span.begin)),
               sink);
        reported = true;
        break;
      }
      if (!reported && heading && b > 0) reportRepeatedTitle(doc, texts, b, sink);
      if (first_of[group] == kNone) first_of[group] = b;
      else next_same[last_of[group]] = b;
      last_of[group] = b;
    }
  }

 private:
  // Block b repeats block a (same normalised text, a < b) as a heading.
  static bool duplicateOf(const std::vector<Block>& blocks,
                          const std::vector<std::shared_ptr<const style::BlockText>>& texts, std::size_t a,
                          std::size_t b) {
    const bool a_heading = blocks[a].kind == BlockKind::Heading;
    const bool b_heading = blocks[b].kind == BlockKind::Heading;
    if (!a_heading && !b_heading) return false;  // two paragraphs: style/duplicate-paragraph
    if (a_heading != b_heading && texts[b]->words < kMinCrossKindWords) return false;
    // Same section: no heading of a higher level (smaller number) in between.
    int level = 7;
    if (a_heading) level = std::min(level, blocks[a].level);
    if (b_heading) level = std::min(level, blocks[b].level);
    for (std::size_t k = a + 1; k < b; ++k)
      if (blocks[k].kind == BlockKind::Heading && blocks[k].level < level) return false;
    return true;
  }

  // "Title: one subtitle" directly followed by "Title: another subtitle".
  static void reportRepeatedTitle(const Document& doc,
                                  const std::vector<std::shared_ptr<const style::BlockText>>& texts, std::size_t b,
                                  FindingSink& sink) {
    const auto& blocks = doc.prose().blocks;
    if (blocks[b - 1].kind != BlockKind::Heading) return;
    const std::string_view title = mainTitle(texts[b]->normalized);
    if (title.empty() || wordCount(title) < kMinTitleWords || title != mainTitle(texts[b - 1]->normalized)) return;
    report(doc, blocks[b],
           fmt::format("Repeats the title on line {} with a different subtitle",
                       style::lineNumber(doc, blocks[b - 1].span.begin)),
           sink);
  }

  static void report(const Document& doc, const Block& block, std::string message, FindingSink& sink) {
    style::reportRepeatedBlock(doc, block, std::move(message), "Delete the repeated heading", sink);
  }
};

}  // namespace

std::unique_ptr<Rule> makeDuplicateHeadingRule() { return std::make_unique<DuplicateHeadingRule>(); }

}  // namespace copydesk
