#pragma once
// Small helpers shared by the style/* rules: token text, case handling and
// the edits that delete words from a sentence cleanly. Everything here is pure
// and works on byte spans of the document text.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "document/Document.h"
#include "engine/Finding.h"
#include "nlp/Token.h"
#include "text/Utf.h"

namespace copydesk::style {

inline std::string_view tokenText(const Document& document, const Token& token) { return document.slice(token.span); }

// True for spaces and tabs (not line breaks).
constexpr bool isBlank(char c) { return c == ' ' || c == '\t'; }
// True for ASCII whitespace, including line breaks.
constexpr bool isSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }
bool allSpace(std::string_view text);

using utf::capitalizeFirst;  // text/Utf.h
using utf::startsUpper;

// The index of the first Word or Number token of the sentence (after opening
// quotes and brackets), or sentence.end_token when there is none.
std::uint32_t firstWordToken(const TokenizedProse& prose, const Document& document, const Sentence& sentence);

// Edits that delete tokens[first, end) of `sentence` and the whitespace that
// went with them, keeping the sentence well-formed:
//   - "Basically, the plan" -> "The plan"   (a leading comma goes too; the next
//                                             word is capitalised)
//   - "a very good plan"    -> "a good plan"
//   - "it works really."    -> "it works."
//   - "a very easy step"    -> "an easy step" (the article follows the next word)
// Returns nothing when the surroundings are not plain whitespace (markup in
// between), where no clean deletion exists.
std::optional<std::vector<TextEdit>> deletionEdits(const Document& document, const Sentence& sentence,
                                                   std::uint32_t first, std::uint32_t end);

// A finding with one span and message (rule id and severity are filled in by
// the engine).
Finding makeFinding(ByteSpan span, std::string message);
Fix makeFix(std::string title, std::vector<TextEdit> edits, bool safe, bool preferred = true);

}  // namespace copydesk::style
