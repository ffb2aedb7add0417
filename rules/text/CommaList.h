#pragma once
// Lists written on one line with commas ("a, b,c"), as front matter settings
// and .vale.ini values hold them.
#include <string>
#include <string_view>
#include <vector>

namespace copydesk {

// The items of `value` split at every comma, each trimmed of spaces, tabs and
// "\r"; empty items are dropped.
std::vector<std::string> commaList(std::string_view value);

}  // namespace copydesk
