#include "markup/Prose.h"

namespace copydesk {

std::string_view blockKindName(BlockKind kind) {
  switch (kind) {
    case BlockKind::Heading: return "heading";
    case BlockKind::Paragraph: return "paragraph";
    case BlockKind::ListItem: return "list-item";
    case BlockKind::TableCell: return "table-cell";
    case BlockKind::BlockQuote: return "blockquote";
    case BlockKind::Caption: return "caption";
  }
  return "paragraph";
}

std::string_view FrontMatter::get(std::string_view key) const {
  const auto it = fields.find(key);
  return it == fields.end() ? std::string_view{} : std::string_view(it->second);
}

}  // namespace copydesk
