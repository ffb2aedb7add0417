#pragma once
// Chooses and applies the safe fixes of `copydesk check --fix`, without I/O.
//
// Per finding, in order, the preferred safe fix (else the first safe one) is
// taken when every edit of it lies inside prose: within one run of Prose and
// LineBreak pieces of a block, so never in a code block (ProseMap::code_blocks,
// also checked explicitly), inline code, a URL, markup, HTML or front matter.
// A fix whose edits overlap an edit already taken is left for the next pass
// (the first one wins). The text is then re-checked and the process repeats
// until no safe fix applies (at most kMaxPasses), so running --fix on its own
// output changes nothing.
#include <memory>
#include <vector>

#include "cli/CheckResults.h"
#include "engine/Engine.h"

namespace copydesk::cli {

struct FixPlan {
  std::vector<TextEdit> edits;
  std::vector<AppliedFix> applied;
};

// One pass: the safe fixes of `findings` that may be applied together.
FixPlan planSafeFixes(const Document& document, const std::vector<Finding>& findings);

struct FixedDocument {
  std::shared_ptr<const Document> document;  // the fixed text (the input when nothing applied)
  std::vector<Finding> findings;             // what remains in it
  std::vector<AppliedFix> applied;
};

inline constexpr int kMaxPasses = 8;

FixedDocument applySafeFixes(std::shared_ptr<const Document> document, std::vector<Finding> findings,
                             const RuleSet& rules, const CheckServices& services);

}  // namespace copydesk::cli
