#pragma once
// How an extractor class is run over a whole text: it is built on the text and
// the map it fills, then run. Internal to rules/markup (namespace
// copydesk::markup::detail).
#include <string_view>
#include <utility>

#include "markup/FrontMatter.h"
#include "markup/Prose.h"

namespace copydesk::markup::detail {

// The ProseMap an `Extractor` makes of `text` (front matter left to it).
template <class Extractor>
ProseMap extractWith(std::string_view text) {
  ProseMap map;
  Extractor(text, map).run();
  return map;
}

// The same for an extractor of the text after the front matter (Markdown and
// plain text), whose settings and date go into the map first.
template <class Extractor>
ProseMap extractAfterFrontMatter(std::string_view text) {
  ProseMap map;
  FrontMatterResult front = parseFrontMatter(text);
  map.front_matter = std::move(front.front_matter);
  Extractor(text, map).run(front.body_begin);
  return map;
}

}  // namespace copydesk::markup::detail
