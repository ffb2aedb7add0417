#include "markup/Formats.h"

#include <array>

#include "markup/Prose.h"

namespace copydesk {

namespace {

constexpr std::array<std::string_view, 7> kMarkdownExtensions{"md", "markdown", "mdx", "mkd", "mkdn", "mdown", "mdwn"};
constexpr std::array<std::string_view, 5> kMarkdownLanguages{"markdown", "mdx", "quarto", "rmd", "pandoc"};
constexpr std::array<std::string_view, 2> kPlainTextExtensions{"txt", "text"};
constexpr std::array<std::string_view, 3> kPlainTextLanguages{"plaintext", "text", "txt"};

// One row per format; the order of DocumentFormat.
const std::array<FormatInfo, 2> kFormats{{
    {DocumentFormat::Markdown, "Markdown", kMarkdownExtensions, kMarkdownLanguages, &extractMarkdown,
     CommentSyntax::Html, CitationStyle::Footnote},
    {DocumentFormat::PlainText, "plain text", kPlainTextExtensions, kPlainTextLanguages, &extractPlainText,
     CommentSyntax::None, CitationStyle::Marker},
}};

bool equalsIgnoringAsciiCase(std::string_view text, std::string_view lower) {
  if (text.size() != lower.size()) return false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c != lower[i]) return false;
  }
  return true;
}

}  // namespace

std::span<const FormatInfo> formats() { return kFormats; }

const FormatInfo& formatInfo(DocumentFormat format) {
  for (const FormatInfo& row : kFormats)
    if (row.format == format) return row;
  return kFormats.front();
}

const FormatInfo* formatForExtension(std::string_view path) {
  const std::size_t slash = path.find_last_of("/\\");
  const std::string_view name = slash == std::string_view::npos ? path : path.substr(slash + 1);
  const std::size_t dot = name.rfind('.');
  if (dot == std::string_view::npos) return nullptr;
  const std::string_view extension = name.substr(dot + 1);
  for (const FormatInfo& row : kFormats)
    for (std::string_view known : row.extensions)
      if (equalsIgnoringAsciiCase(extension, known)) return &row;
  return nullptr;
}

const FormatInfo* formatForLanguageId(std::string_view language_id) {
  for (const FormatInfo& row : kFormats)
    for (std::string_view known : row.language_ids)
      if (language_id == known) return &row;
  return nullptr;
}

DocumentFormat formatForPath(std::string_view path) {
  const FormatInfo* row = formatForExtension(path);
  return row ? row->format : DocumentFormat::PlainText;
}

const FormatInfo* formatForDocument(std::string_view language_id, std::string_view path) {
  if (const FormatInfo* row = formatForLanguageId(language_id)) return row;
  return formatForExtension(path);
}

std::string describeFormat(const FormatInfo& format) {
  std::string out(format.name);
  out += " (";
  for (std::size_t i = 0; i < format.extensions.size(); ++i) {
    if (i) out += ", ";
    out += ".";
    out += format.extensions[i];
  }
  return out + ")";
}

std::string describeFormats() {
  std::string out;
  for (std::size_t i = 0; i < kFormats.size(); ++i) {
    if (i) out += i + 1 == kFormats.size() ? " and " : ", ";
    out += describeFormat(kFormats[i]);
  }
  return out;
}

ProseMap extractProse(std::string_view text, DocumentFormat format) { return formatInfo(format).extract(text); }

}  // namespace copydesk
