#pragma once
// Findings stored apart from the offsets of the version they were found in, so
// a block's findings can be reused after edits elsewhere moved it: each offset
// is kept relative to the start of the block's lines (document/BlockKeys.h),
// or as "the end of the text" for an offset outside those lines that was the
// end (a fix appending a footnote definition).
#include <optional>
#include <vector>

#include "engine/Finding.h"

namespace copydesk {

struct BlockPlace {
  ByteSpan lines;             // blockLines() of the block in its version
  std::size_t text_size = 0;  // the size of that version's text
};

// `findings` made relative to `place`; nullopt when an offset lies neither in
// the block's lines nor at the end of the text (then they cannot be reused).
std::optional<std::vector<Finding>> relativeFindings(std::vector<Finding> findings, BlockPlace place);

// Appends `relative` (from relativeFindings) placed at `place` to `out`.
void appendPlacedFindings(const std::vector<Finding>& relative, BlockPlace place, std::vector<Finding>& out);

}  // namespace copydesk
