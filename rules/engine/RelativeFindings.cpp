#include "engine/RelativeFindings.h"

#include <cstdint>

namespace copydesk {

namespace {

constexpr std::size_t kTextEnd = SIZE_MAX;

template <typename Map>
void forEachOffset(Finding& finding, Map&& map) {
  map(finding.span.begin);
  map(finding.span.end);
  for (Fix& fix : finding.fixes)
    for (TextEdit& edit : fix.edits) {
      map(edit.span.begin);
      map(edit.span.end);
    }
}

}  // namespace

std::optional<std::vector<Finding>> relativeFindings(std::vector<Finding> findings, BlockPlace place) {
  bool placeable = true;
  for (Finding& finding : findings) {
    forEachOffset(finding, [&](std::size_t& offset) {
      if (offset >= place.lines.begin && offset <= place.lines.end) offset -= place.lines.begin;
      else if (offset == place.text_size) offset = kTextEnd;
      else placeable = false;
    });
  }
  if (!placeable) return std::nullopt;
  return findings;
}

void appendPlacedFindings(const std::vector<Finding>& relative, BlockPlace place, std::vector<Finding>& out) {
  for (const Finding& stored : relative) {
    Finding& finding = out.emplace_back(stored);
    forEachOffset(finding, [&](std::size_t& offset) {
      offset = offset == kTextEnd ? place.text_size : place.lines.begin + offset;
    });
  }
}

}  // namespace copydesk
