#pragma once
// Gumbo spends most of a parse on text: every character is a token of its
// own that the tree builder handles. The extractor reads a text node only by
// where it starts and ends (its bytes come from the source), so Html.cpp
// hands Gumbo a copy of the text with each stretch of text between markup
// cut after its first word's first byte ("<p>Hello world</p>" -> "<p>H</p>")
// and maps Gumbo's positions back.
//
// Why the tree is the same: once a non-blank character of a stretch has been
// handled, every insertion mode appends each further character, blank or
// not, to the same text node (or to the same pending table text), and a
// blank after a blank is handled as that one was; no token starts inside a
// cut, and every byte cut lies inside a text node whose first byte stays.
// Of the blanks a stretch starts with, the first stays (all of them after
// <pre>, whose first line end is dropped), and so does a word right after "&"
// (a character reference reads on into it). A stretch is cut only where the
// scan knows the tokenizer is in the data state: outside tags, comments,
// doctypes and the raw text of script, style, title, textarea, ... That raw
// text is one text node up to the element's end tag (or the end of the
// text), read by nobody: all but its first character and first non-blank one
// is cut (not the text of
// <title>, which is read, nor of <textarea>, whose first line end is
// dropped). The rest
// of the text is copied whole from the first element that may change how the
// tokenizer reads what follows in ways the scan does not follow (select,
// template, frameset, noscript, plaintext; after svg or math, a CDATA section
// or a raw text element). Internal to this folder.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace copydesk::markup::detail {

struct ShortenedHtml {
  // text[at...] is a copy of source[source_at...] up to the next cut.
  struct Kept {
    std::size_t at = 0;
    std::size_t source_at = 0;
  };
  std::string text;
  std::vector<Kept> kept;

  // The source offset of `at`, an offset of `text`; an offset where bytes
  // were cut out maps to the byte after them.
  std::size_t sourceOffset(std::size_t at) const;

 private:
  mutable std::size_t last_ = 0;  // kept[last_] held the last offset looked up
};

// `source` shortened; its offsets are counted from `base`.
ShortenedHtml shortenHtml(std::string_view source, std::size_t base);

}  // namespace copydesk::markup::detail
