#pragma once
// A rule that judges each block (paragraph, heading, list item...) on its own:
// its findings in a block depend only on that block as written (see
// document/BlockKeys.h) and on documentInputs(). The engine may then run it
// on just the blocks an edit touched (engine/ParagraphCache.h) and keep
// the findings of the others. A rule that compares blocks (duplicates) or reads
// other blocks stays a plain Rule and is run on the whole document.
//
// Checked on a part of a document (Document::part), a paragraph rule must read
// anything about the document as a whole (its date, title, footnote numbering,
// end) through ctx.document.whole(), never from the part's blocks.
#include <cstdint>

#include "engine/Rule.h"

namespace copydesk {

class ParagraphRule : public Rule {
 public:
  // A hash of everything outside the checked blocks that the findings depend
  // on, computed on the whole document (ctx.document.whole() == ctx.document);
  // 0 when nothing. Findings are reused only while it stays the same.
  virtual std::uint64_t documentInputs(const RuleContext& ctx) const;
};

// True when `rule` judges each block on its own (see above).
bool isParagraphRule(const Rule& rule);
// `rule`'s documentInputs() when it is a paragraph rule; 0 otherwise.
std::uint64_t documentInputsOf(const Rule& rule, const RuleContext& ctx);

}  // namespace copydesk
