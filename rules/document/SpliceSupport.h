#pragma once
// What the paragraph splice and the region splice share: line arithmetic,
// the link reference test, and putting the spliced map together.
#include <cstddef>
#include <string_view>

#include "document/ProseSplice.h"

namespace copydesk::splice {

// The start of the line holding `at`.
std::size_t lineStart(std::string_view text, std::size_t at);
// The offset of the '\n' ending the line that holds `at`, or text.size().
std::size_t lineEnd(std::string_view text, std::size_t at);
// Only spaces, tabs and CRs.
bool blankLine(std::string_view line);

// Link reference definitions anywhere change how brackets read: true when
// `chunk` has brackets and some "[label]:" of `text` may be referred to in it.
bool mayUseDefinitions(std::string_view chunk, std::string_view text);

// Some block, code block, comment or footnote of `map` holds `at` (not at its start).
bool insideAnything(const ProseMap& map, std::size_t at);

// `local`, extracted alone from the text from `parse_begin` to `end` (its
// offsets relative to parse_begin), is exactly what `whole` holds in
// [begin, end): evidence that the region reads the same alone. A region
// holds no footnote definition and no front matter.
bool sameAsWhole(const ProseMap& local, const ProseMap& whole, std::size_t parse_begin, std::size_t begin,
                 std::size_t end);

// The map of the new text: `previous` (the old text's) with the region
// old_text[region_begin, region_end) replaced by `local`, which was extracted
// from the new text starting at `local_begin` (its offsets are relative to
// that). What lies after the region moves by edit.delta(). The caller has
// checked that nothing of `previous` straddles the region's ends.
ProseSplice assembleSplice(const ProseMap& previous, std::string_view old_text, std::string_view new_text,
                           std::size_t region_begin, std::size_t region_end, ProseMap local, std::size_t local_begin,
                           const TextChange& edit);

}  // namespace copydesk::splice
