#include "cli/SafeFixes.h"

#include <algorithm>

namespace copydesk::cli {

namespace {

// Maximal runs of adjacent Prose and LineBreak pieces, in source order.
std::vector<ByteSpan> editableSpans(const ProseMap& prose) {
  std::vector<ByteSpan> spans;
  for (const Block& block : prose.blocks) {
    bool open = false;
    for (const Piece& piece : block.pieces) {
      if (piece.kind != PieceKind::Prose && piece.kind != PieceKind::LineBreak) {
        open = false;
      } else if (open && spans.back().end == piece.span.begin) {
        spans.back().end = piece.span.end;
      } else {
        spans.push_back(piece.span);
        open = true;
      }
    }
  }
  return spans;
}

bool insideProse(const std::vector<ByteSpan>& editable, ByteSpan edit) {
  const auto after = std::upper_bound(editable.begin(), editable.end(), edit.begin,
                                      [](std::size_t offset, ByteSpan span) { return offset < span.begin; });
  return after != editable.begin() && std::prev(after)->begin <= edit.begin && edit.end <= std::prev(after)->end;
}

bool touchesCode(const std::vector<ByteSpan>& code_blocks, ByteSpan edit) {
  return std::any_of(code_blocks.begin(), code_blocks.end(), [&](ByteSpan code) {
    return code.overlaps(edit) || (edit.empty() && code.begin < edit.begin && edit.begin < code.end);
  });
}

// Two edits conflict when they overlap, start at the same offset (their order
// would be undefined) or one inserts inside the other.
bool conflict(ByteSpan a, ByteSpan b) {
  if (a.overlaps(b) || a.begin == b.begin) return true;
  if (a.empty()) return b.begin < a.begin && a.begin < b.end;
  if (b.empty()) return a.begin < b.begin && b.begin < a.end;
  return false;
}

const Fix* safeFix(const Finding& finding) {
  const Fix* chosen = nullptr;
  for (const Fix& fix : finding.fixes) {
    if (!fix.safe || fix.edits.empty()) continue;
    if (fix.preferred) return &fix;
    if (!chosen) chosen = &fix;
  }
  return chosen;
}

}  // namespace

FixPlan planSafeFixes(const Document& document, const std::vector<Finding>& findings) {
  const std::vector<ByteSpan> editable = editableSpans(document.prose());
  const std::vector<ByteSpan>& code_blocks = document.prose().code_blocks;
  FixPlan plan;
  for (const Finding& finding : findings) {
    const Fix* fix = safeFix(finding);
    if (!fix) continue;
    const bool allowed = std::all_of(fix->edits.begin(), fix->edits.end(), [&](const TextEdit& edit) {
      return edit.span.begin <= edit.span.end && edit.span.end <= document.text().size() &&
             insideProse(editable, edit.span) && !touchesCode(code_blocks, edit.span) &&
             std::none_of(plan.edits.begin(), plan.edits.end(),
                          [&](const TextEdit& taken) { return conflict(taken.span, edit.span); });
    });
    if (!allowed) continue;
    plan.edits.insert(plan.edits.end(), fix->edits.begin(), fix->edits.end());
    plan.applied.push_back(
        {finding.rule_id, fix->title, document.lines().position(finding.span.begin, Encoding::Utf32)});
  }
  return plan;
}

FixedDocument applySafeFixes(std::shared_ptr<const Document> document, std::vector<Finding> findings,
                             const RuleSet& rules, const CheckServices& services) {
  FixedDocument out{std::move(document), std::move(findings), {}};
  for (int pass = 0; pass < kMaxPasses; ++pass) {
    FixPlan plan = planSafeFixes(*out.document, out.findings);
    std::string text = applyEdits(out.document->text(), std::move(plan.edits));
    if (text == out.document->text()) break;
    out.applied.insert(out.applied.end(), plan.applied.begin(), plan.applied.end());
    out.document = Document::create(out.document->path(), std::move(text), out.document->format());
    out.findings = checkDocument(*out.document, rules, services);
  }
  return out;
}

}  // namespace copydesk::cli
