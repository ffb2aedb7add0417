// style/duplicate-paragraph: the same paragraph twice in one document.
#include <cstdint>

#include <fmt/format.h>

#include "style/StyleRules.h"
#include "style/support/DuplicateBlocks.h"
#include "style/support/StyleSupport.h"

namespace copydesk {

namespace {

constexpr RuleInfo kInfo{
    "style/duplicate-paragraph",
    Severity::Warning,
    "A paragraph that appears twice",
    "A paragraph repeated word for word is usually left over from moving text around or "
    "from a paste that went in twice. Readers notice, and wonder what else was not "
    "checked.\n\n"
    "Only ordinary paragraphs are compared: list items, table cells and block quotes "
    "(pull quotes) repeat text on purpose.\n\n"
    "Paragraphs are compared ignoring case, spacing and final punctuation; paragraphs of "
    "fewer than five words (\"Thanks!\") are never reported, nor are lead-ins that end "
    "with a colon, nor paragraphs of fewer than twelve words repeated under another "
    "heading (boilerplate such as \"See the release notes for more.\"). A title "
    "repeated as a paragraph line is reported by `style/duplicate-heading` instead.\n\n"
    "**Fix:** delete the copy, or merge what differs into one paragraph.",
};

constexpr int kMinWords = 5;
constexpr int kMinWordsAcrossSections = 12;

bool headingBetween(const std::vector<Block>& blocks, std::size_t a, std::size_t b) {
  for (std::size_t k = a + 1; k < b; ++k)
    if (blocks[k].kind == BlockKind::Heading) return true;
  return false;
}

class DuplicateParagraphRule final : public Rule {
 public:
  const RuleInfo& info() const override { return kInfo; }

  void check(const RuleContext& ctx, FindingSink& sink) const override {
    const Document& doc = ctx.document;
    const auto& blocks = doc.prose().blocks;
    struct First {
      std::size_t paragraph = SIZE_MAX;  // the first paragraph with this text
      bool heading = false;              // a heading has this text
    };
    std::vector<std::shared_ptr<const style::BlockText>> texts;  // keeps the texts of `groups` alive
    texts.reserve(blocks.size());
    style::TextGroups groups(blocks.size());
    std::vector<First> firsts;  // by group
    for (std::size_t b = 0; b < blocks.size(); ++b) {
      const Block& block = blocks[b];
      const bool heading = block.kind == BlockKind::Heading;
      // Quotations repeat text on purpose (a pull quote); lists and tables repeat short items.
      if (block.in_blockquote || (!heading && block.kind != BlockKind::Paragraph)) continue;
      const style::BlockText& text = *texts.emplace_back(style::rememberedBlockText(doc, b));
      if (text.normalized.empty()) continue;
      const std::uint32_t group = groups.groupOf(text);
      if (group == firsts.size()) firsts.emplace_back();
      First& first = firsts[group];
      if (heading) {
        first.heading = true;
        continue;
      }
      if (first.paragraph == SIZE_MAX) {
        first.paragraph = b;
        continue;
      }
      if (first.heading || text.words < kMinWords) continue;
      // "Comment by ... posted on ...:" introduces what follows: a label, not prose.
      const std::string_view raw = doc.slice(block.span);
      if (!raw.empty() && raw.back() == ':') continue;
      // A short line repeated under another heading is boilerplate ("See the
      // release notes for more."), not a slip.
      if (text.words < kMinWordsAcrossSections && headingBetween(blocks, first.paragraph, b)) continue;
      style::reportRepeatedBlock(
          doc, block,
          fmt::format("Repeats the paragraph on line {}", style::lineNumber(doc, blocks[first.paragraph].span.begin)),
          "Delete the repeated paragraph", sink);
    }
  }
};

}  // namespace

std::unique_ptr<Rule> makeDuplicateParagraphRule() { return std::make_unique<DuplicateParagraphRule>(); }

}  // namespace copydesk
