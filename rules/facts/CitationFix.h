#pragma once
// The fix shared by facts/unsourced-statistic and facts/unattributed-claim:
// Markdown gets a footnote placeholder ("[^n]" after the sentence and
// "[^n]: Source needed" appended at the end of the document, n after the
// existing numeric footnotes); plain text gets "[citation needed]".
#include "core/Finding.h"
#include "text/Document.h"

namespace copydesk::facts {

Fix citationPlaceholderFix(const Document& doc, const Sentence& sentence);

}  // namespace copydesk::facts
