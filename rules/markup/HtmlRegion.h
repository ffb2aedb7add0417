#pragma once
// A region of an HTML document extracted alone, for the region splice of
// rules/document (a keystroke re-parses the top-level elements around it
// instead of the whole page: Gumbo's parse of a 60 KB page was nine tenths of
// a keystroke).
//
// A region is a run of whole top-level elements: it starts at a line that
// begins with the start tag of a block element (htmlRegionBoundary) and ends
// at such a line or at the end of the text. Parsed alone, it must read as
// such a run whatever stood around it: extractHtmlRegion gives nullopt unless
// Gumbo's tree of it holds every byte of it (no token was dropped, nor
// swallowed by a text node: a stray "</a>" may close a link opened before;
// an end tag of no element with rules of its own that closes nothing, like
// "</pree>", is dropped alike in the whole text and may be left out), puts
// nothing in <head>, has only block elements (p, div, pre, ol, ...), blanks
// and comments at the top, moved, made up or reopened no element, closed
// every inline formatting element (a, b, code, ...) with its own end tag,
// ended every comment, and read no document date. What the caller compares
// then is the outline: the top-level elements and those the end of the
// region left open. Offsets are those of `text`.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "markup/Prose.h"

namespace copydesk {

struct HtmlRegion {
  ProseMap prose;
  std::string outline;
};

// The line starting at `at` begins with the start tag of an element that may
// stand at the top of a region.
bool htmlRegionBoundary(std::string_view text, std::size_t at);

// text[begin, end) parsed alone, when it reads as a run of whole elements.
std::optional<HtmlRegion> extractHtmlRegion(std::string_view text, std::size_t begin, std::size_t end);

// extractHtml parses `text` in one go (it is not nested absurdly deep).
bool htmlParsedInOnePiece(std::string_view text);

}  // namespace copydesk
