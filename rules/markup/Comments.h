#pragma once
// Comments kept for inline suppression ("<!-- copydesk-disable spelling -->",
// "% copydesk-disable spelling"): the HTML comments of Markdown, and the one
// way every extractor records a comment. Internal to rules/markup.
#include <string_view>
#include <vector>

#include "markup/Prose.h"

namespace copydesk::markup::detail {

// Appends every comment whose "<!--" starts inside one of `html_ranges` (the
// source ranges md4c reported as raw HTML, blocks or inline, in source order).
// A comment ends at the first "-->" after its opening; an unterminated one is
// ignored. Comments in code spans or code blocks are never in `html_ranges`.
void collectHtmlComments(std::string_view text, const std::vector<ByteSpan>& html_ranges, std::vector<Comment>& out);

// The comment spanning `span` whose text between the markers is `inner`
// (both within `text`): body = `inner` trimmed of blanks and line ends;
// own_line when only blanks (and block-quote '>') share its lines.
Comment makeComment(std::string_view text, ByteSpan span, ByteSpan inner);

// Sets a metadata field read from the document's markup ("title", "date")
// unless front matter or an earlier call set it; marks the front matter as
// FrontMatterFormat::Markup when there was none.
void setMetadata(FrontMatter& front_matter, std::string_view key, std::string_view value);

}  // namespace copydesk::markup::detail
