#include "markup/Prose.h"

namespace copydesk {

std::string_view blockKindName(BlockKind kind) {
  switch (kind) {
    case BlockKind::Heading: return "heading";
    case BlockKind::Paragraph: return "paragraph";
    case BlockKind::ListItem: return "list-item";
    case BlockKind::TableCell: return "table-cell";
    case BlockKind::BlockQuote: return "blockquote";
  }
  return "paragraph";
}

std::string_view FrontMatter::get(std::string_view key) const {
  const auto it = fields.find(key);
  return it == fields.end() ? std::string_view{} : std::string_view(it->second);
}

DocumentFormat formatForPath(std::string_view path) {
  const std::size_t slash = path.find_last_of("/\\");
  const std::string_view name = slash == std::string_view::npos ? path : path.substr(slash + 1);
  const std::size_t dot = name.rfind('.');
  if (dot == std::string_view::npos) return DocumentFormat::PlainText;
  const std::string_view ext = name.substr(dot + 1);
  const auto equalsNoCase = [&](std::string_view want) {
    if (ext.size() != want.size()) return false;
    for (std::size_t i = 0; i < ext.size(); ++i) {
      char c = ext[i];
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
      if (c != want[i]) return false;
    }
    return true;
  };
  for (std::string_view markdown : {"md", "markdown", "mdx", "mkd", "mdown"}) {
    if (equalsNoCase(markdown)) return DocumentFormat::Markdown;
  }
  return DocumentFormat::PlainText;
}

ProseMap extractProse(std::string_view text, DocumentFormat format) {
  return format == DocumentFormat::Markdown ? extractMarkdown(text) : extractPlainText(text);
}

}  // namespace copydesk
