#pragma once
// The fix shared by facts/unsourced-statistic and facts/unattributed-claim:
// Markdown gets a footnote placeholder ("[^n]" after the sentence and
// "[^n]: Source needed" appended at the end of the document, n after the
// existing numeric footnotes); plain text gets "[citation needed]".
#include <cstdint>

#include "core/Finding.h"
#include "text/Document.h"

namespace copydesk::facts {

// Numbered after the whole document's footnotes, also when `doc` is a part.
Fix citationPlaceholderFix(const Document& doc, const Sentence& sentence);

// A hash of what the fix takes from outside the sentence (the footnote number,
// the end of the document), for ParagraphRule::documentInputs.
std::uint64_t citationFixInputs(const Document& doc);

}  // namespace copydesk::facts
