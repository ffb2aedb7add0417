#pragma once
// Splits the prose of a document into words and sentences with exact spans.
#include <string_view>

#include "markup/Prose.h"
#include "nlp/Token.h"

namespace copydesk {

// Tokenizes every block of `prose` (spans index into `text`).
TokenizedProse tokenize(std::string_view text, const ProseMap& prose);

// Tokenizes one run of plain prose starting at `base` (for tests and for rules
// that look at a fragment). Tokens' spans are offsets into the full text.
void tokenizeRun(std::string_view text, ByteSpan run, std::vector<Token>& out);

}  // namespace copydesk
