#pragma once
// Gumbo's time grows with the depth of the open elements times the number of
// tags (each start tag of a div, p, section, ... looks down the stack of open
// elements): 20,000 nested <div>s take seconds, 100,000 minutes. Html.cpp
// parses such a text in pieces: a new piece starts at the start tag that would
// open more than kMaxHtmlDepth elements, and each piece is parsed alone (what
// was open is forgotten), so the parse stays linear. Internal to this folder.
#include <cstddef>
#include <string_view>
#include <vector>

namespace copydesk::markup::detail {

// Far deeper than real pages (a few dozen levels), shallow enough for Gumbo to
// stay fast on any input.
inline constexpr std::size_t kMaxHtmlDepth = 512;

// Where the pieces start: 0, then the offset of each start tag ('<') found too
// deep. The depth is estimated by a linear scan of the tags: start tags of
// elements that only their own (or an enclosing) end tag closes open one
// level; void elements, elements whose end tag may be left out (p, li, td,
// ...), raw text (script, style, ...), comments and self-closing tags in SVG
// or MathML do not; an end tag closes up to its element when that stands
// among the 64 innermost open ones.
std::vector<std::size_t> htmlPieceStarts(std::string_view text, std::size_t max_depth = kMaxHtmlDepth);

}  // namespace copydesk::markup::detail
