#pragma once
// The fix shared by facts/unsourced-statistic and facts/unattributed-claim,
// in the format's own footnote form (markup/Formats.h citationForm): Markdown
// gets a footnote placeholder ("[^n]" after the sentence and "[^n]: Source
// needed" appended at the end of the document, n after the existing numeric
// footnotes), reST " [n]_" and ".. [n] Source needed", LaTeX
// "\footnote{Source needed}", HTML "<sup>[citation needed]</sup>", plain text
// "[citation needed]", and so on.
#include <cstdint>
#include <string>

#include "document/Document.h"
#include "engine/Finding.h"

namespace copydesk::facts {

// The placeholder fixes of one rule's check of `doc`, numbered after the whole
// document's footnotes, also when `doc` is a part. The number is found once per
// check, at the first numbered fix: finding it scans every token of the
// document, and doing that per finding made long documents quadratic.
class CitationFixes {
 public:
  explicit CitationFixes(const Document& doc) : doc_(doc) {}
  Fix forSentence(const Sentence& sentence);

 private:
  const Document& doc_;
  std::string number_;  // the footnote number; empty until the first numbered fix
};

// A hash of what the fix takes from outside the sentence (the footnote number,
// the end of the document), for ParagraphRule::documentInputs.
std::uint64_t citationFixInputs(const Document& doc);

}  // namespace copydesk::facts
