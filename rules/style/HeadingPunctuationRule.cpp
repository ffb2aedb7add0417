// style/heading-punctuation: a heading that ends with a period.
#include "engine/ParagraphRule.h"
#include "style/StyleRules.h"
#include "style/support/StyleSupport.h"

namespace copydesk {

namespace {

constexpr RuleInfo kInfo{
    "style/heading-punctuation",
    Severity::Warning,
    "A heading that ends with a period",
    "Headings are labels, not sentences: a final period makes them look like a "
    "paragraph that lost its text, and almost every style guide leaves it out. Question "
    "and exclamation marks are fine, and so are an ellipsis (\"Wait...\") and an "
    "abbreviation that ends with its own period (\"Tools, libraries, etc.\").\n\n"
    "**Fix:** delete the period (the fix is safe).",
};

class HeadingPunctuationRule final : public ParagraphRule {
 public:
  const RuleInfo& info() const override { return kInfo; }

  void check(const RuleContext& ctx, FindingSink& sink) const override {
    const Document& doc = ctx.document;
    const auto& prose = doc.tokens();
    const auto& blocks = doc.prose().blocks;
    for (std::size_t b = 0; b < blocks.size() && b < prose.block_tokens.size(); ++b) {
      if (blocks[b].kind != BlockKind::Heading) continue;
      const auto [first, end] = prose.block_tokens[b];
      if (end - first < 2) continue;
      const Token& last = prose.tokens[end - 1];
      if (last.kind != TokenKind::Punctuation || style::tokenText(doc, last) != ".") continue;
      const Token& before = prose.tokens[end - 2];
      // "Wait..." is an ellipsis; "... etc." keeps the abbreviation's period.
      if (before.kind == TokenKind::Punctuation && style::tokenText(doc, before) == ".") continue;
      if (before.has(token_flag::kAbbreviation)) continue;
      Finding finding = style::makeFinding(last.span, "Heading ends with a period");
      finding.fixes.push_back(style::makeFix("Remove the period", {{last.span, ""}}, true));
      sink.add(std::move(finding));
    }
  }
};

}  // namespace

std::unique_ptr<Rule> makeHeadingPunctuationRule() { return std::make_unique<HeadingPunctuationRule>(); }

}  // namespace copydesk
