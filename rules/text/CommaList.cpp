#include "text/CommaList.h"

#include "text/Ascii.h"

namespace copydesk {

std::vector<std::string> commaList(std::string_view value) {
  std::vector<std::string> out;
  while (!value.empty()) {
    const std::size_t comma = value.find(',');
    const std::string_view item = trimBlanks(value.substr(0, comma));
    if (!item.empty()) out.emplace_back(item);
    if (comma == std::string_view::npos) break;
    value.remove_prefix(comma + 1);
  }
  return out;
}

}  // namespace copydesk
