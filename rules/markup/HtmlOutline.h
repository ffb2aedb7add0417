#pragma once
// What HtmlRegion.h asks of a region's own parse tree. Internal to this folder.
#include <gumbo.h>

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace copydesk::markup::detail {

// An element that may stand at the top of a region (Html.cpp).
bool mayStandAtRegionTop(GumboTag tag);

// The outline of `output`, Gumbo's parse of text[begin, end) alone, or
// nullopt when that parse is not a run of whole elements (HtmlRegion.h).
std::optional<std::string> regionOutline(const GumboOutput& output, std::string_view text, std::size_t begin,
                                         std::size_t end);

}  // namespace copydesk::markup::detail
