#pragma once
// What every hand-written scanner over a BlockBuilder (AsciiDoc, reST, LaTeX,
// Org, Typst) holds: the text, the map it fills and the builder of its blocks.
// Internal to rules/markup (namespace copydesk::markup::detail).
#include <string_view>

#include "markup/BlockBuilder.h"
#include "markup/Prose.h"

namespace copydesk::markup::detail {

class ScannerBase {
 public:
  ScannerBase(std::string_view text, ProseMap& map) : text_(text), map_(map), out_(text, map) {}

 protected:
  std::string_view text_;
  ProseMap& map_;
  BlockBuilder out_;
};

}  // namespace copydesk::markup::detail
