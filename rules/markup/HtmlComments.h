#pragma once
// HTML comments ("<!-- ... -->") in Markdown, for inline suppression
// ("<!-- copydesk-disable spelling -->"). Internal to rules/markup.
#include <string_view>
#include <vector>

#include "markup/Prose.h"

namespace copydesk::markup::detail {

// Appends every comment whose "<!--" starts inside one of `html_ranges` (the
// source ranges md4c reported as raw HTML, blocks or inline, in source order).
// A comment ends at the first "-->" after its opening; an unterminated one is
// ignored. Comments in code spans or code blocks are never in `html_ranges`.
void collectHtmlComments(std::string_view text, const std::vector<ByteSpan>& html_ranges,
                         std::vector<HtmlComment>& out);

}  // namespace copydesk::markup::detail
