#pragma once
// Splits the prose of a document into words and sentences with exact spans.
//
// Invariants:
//   - every token span lies inside the Prose piece (or run) it came from;
//     tokens are in source order and never overlap;
//   - invalid UTF-8 never fails: a bad byte becomes a one-byte Symbol token;
//   - one pass over the text, no allocation per token besides the output vectors.
// Thread-safety: the functions are pure; call them from any thread.
//
// Behaviour choices (see also the flags in nlp/Token.h):
//   - Punctuation and symbols are one code point per token ("..." is three '.'
//     tokens); an emoji with its modifiers, variation selectors, ZWJ sequence
//     or flag pair is one Symbol token.
//   - Han ideographs and kana are one Word token per code point; other scripts
//     (Hangul, Cyrillic, Greek, Arabic, ...) form words like Latin does.
//   - Currency: "$4.5" is a Symbol "$" followed by a Number "4.5".
//   - "v1.2.3" / "v2" (lower-case v before a digit) is one Number with kVersion.
//   - A trailing + gives kVersion only to a number with a dot (1.75+); "100+"
//     is a plain Number and "1.8M+" is kMagnitude, not kVersion.
//   - 2026-03-07, 03/07/2026 (dates) and 10:30, 10:30:15 (times) are Numbers.
//   - "10-20" is Number, Punctuation, Number; "5-year", "3rd", "64-bit", "5GB",
//     "0x1F", "1.5GHz" are Words with kHasDigit.
//   - kHasDigit is set on Word tokens only; kNonAscii on any non-Opaque token
//     containing a code point above U+007F (so also on "’" or "—").
//   - Plural acronyms such as "GPUs" get kMixedCase (not kAllCaps); the case
//     of each hyphen/apostrophe segment starts afresh (Jean-Luc is not mixed).
//   - A single capital initial is an abbreviation ("J." in "J. R. R. Tolkien")
//     only when a space and a capital letter follow; "C." and "I." only when
//     another initial follows ("C. S. Lewis", but "written in C. The ...").
//   - "No.", "p.", "pp.", "ch.", "sec." are abbreviations only before a number.
//   - Leading elisions 'n' 'em 'til 'tis 'twas 'cause '90s are one Word; a
//     trailing possessive apostrophe (students') is a separate Punctuation.
//   - Domains need a known lower-case TLD (com, net, org, io, rs, ...; not
//     English words such as "it", "in", "is", "to", "at"); a name with a known
//     file extension (main.rs, README.md, package.json, foo.rs:10:5) is a
//     Path, so "docs.rs" is a Path too. Paths: /usr/bin/rustc, ./x, ../x, ~/x,
//     .hidden, C:\x, and relative ones with two slashes, an extension or a
//     final slash (src/main.rs, a/b/c, out/); "and/or", "TCP/IP" are not.
//   - Url pieces of the prose map become Url tokens (Email when they contain
//     '@' and no ':'); Code and Math pieces are Opaque with kCode; footnote
//     references Opaque with kFootnoteRef. Contiguous Prose pieces are scanned
//     as one run.
//   - Sentences end at . ! ? … 。 ！ ？ (runs such as ?! or ...), plus any
//     closing quotes, brackets and footnote references glued to them, when
//     whitespace follows and the next token starts a sentence (a capitalised,
//     mixed-case or uncased word, a number, a quote or bracket, a symbol, an
//     opaque/url/path token); the full-width CJK marks need no whitespace.
//     Abbreviations never end a sentence except at the end of the block.
#include <cstdint>
#include <string_view>
#include <vector>

#include "markup/Prose.h"
#include "nlp/Token.h"

namespace copydesk {

// Tokenizes every block of `prose` (spans index into `text`).
TokenizedProse tokenize(std::string_view text, const ProseMap& prose);

// Tokenizes one run of plain prose starting at `base` (for tests and for rules
// that look at a fragment). Tokens' spans are offsets into the full text.
void tokenizeRun(std::string_view text, ByteSpan run, std::vector<Token>& out);

// Splits tokens[first, end) (one block) into sentences appended to `out`.
void splitSentences(std::string_view text, const std::vector<Token>& tokens, std::uint32_t first, std::uint32_t end,
                    std::uint32_t block, std::vector<Sentence>& out);

// True when `word` (without its final period) is a known abbreviation such as
// "etc", "Dr", "vs". `before_number` admits those that need a number after
// them ("No", "pp").
bool isKnownAbbreviation(std::string_view word, bool before_number);

}  // namespace copydesk
