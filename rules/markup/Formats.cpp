#include "markup/Formats.h"

#include <array>

#include "markup/Prose.h"
#include "text/Ascii.h"

namespace copydesk {

namespace {

constexpr std::array<std::string_view, 6> kMarkdownExtensions{"md", "markdown", "mkd", "mkdn", "mdown", "mdwn"};
constexpr std::array<std::string_view, 4> kMarkdownLanguages{"markdown", "quarto", "rmd", "pandoc"};
constexpr std::span<const std::string_view> kNoNames;
constexpr std::array<std::string_view, 2> kPlainTextExtensions{"txt", "text"};
constexpr std::array<std::string_view, 3> kPlainTextLanguages{"plaintext", "text", "txt"};
constexpr std::array<std::string_view, 1> kMdxExtensions{"mdx"};
// Neovim names the filetype "mdx" or "markdown.mdx".
constexpr std::array<std::string_view, 2> kMdxLanguages{"mdx", "markdown.mdx"};
constexpr std::array<std::string_view, 3> kHtmlExtensions{"html", "htm", "xhtml"};
constexpr std::array<std::string_view, 2> kHtmlLanguages{"html", "xhtml"};
constexpr std::array<std::string_view, 4> kGitCommitFileNames{"COMMIT_EDITMSG", "MERGE_MSG", "TAG_EDITMSG",
                                                              "SQUASH_MSG"};
// VS Code says "git-commit", Neovim "gitcommit".
constexpr std::array<std::string_view, 2> kGitCommitLanguages{"git-commit", "gitcommit"};

constexpr std::array<std::string_view, 3> kAsciiDocExtensions{"adoc", "asciidoc", "asc"};
constexpr std::array<std::string_view, 1> kAsciiDocLanguages{"asciidoc"};
constexpr std::array<std::string_view, 2> kRestExtensions{"rst", "rest"};
constexpr std::array<std::string_view, 2> kRestLanguages{"restructuredtext", "rst"};
constexpr std::array<std::string_view, 3> kLatexExtensions{"tex", "latex", "ltx"};
constexpr std::array<std::string_view, 2> kLatexLanguages{"latex", "tex"};
constexpr std::array<std::string_view, 1> kOrgExtensions{"org"};
constexpr std::array<std::string_view, 1> kOrgLanguages{"org"};
constexpr std::array<std::string_view, 1> kTypstExtensions{"typ"};
constexpr std::array<std::string_view, 1> kTypstLanguages{"typst"};

// One row per format with an extractor, in the order of DocumentFormat.
const std::array<FormatInfo, 10> kFormats{{
    {DocumentFormat::Markdown, "Markdown", kMarkdownExtensions, kNoNames, kMarkdownLanguages, &extractMarkdown,
     CommentSyntax::Html, CitationStyle::Footnote},
    {DocumentFormat::PlainText, "plain text", kPlainTextExtensions, kNoNames, kPlainTextLanguages, &extractPlainText,
     CommentSyntax::None, CitationStyle::Marker},
    {DocumentFormat::Mdx, "MDX", kMdxExtensions, kNoNames, kMdxLanguages, &extractMdx, CommentSyntax::Jsx,
     CitationStyle::Footnote},
    {DocumentFormat::Html, "HTML", kHtmlExtensions, kNoNames, kHtmlLanguages, &extractHtml, CommentSyntax::Html,
     CitationStyle::HtmlSup},
    {DocumentFormat::AsciiDoc, "AsciiDoc", kAsciiDocExtensions, kNoNames, kAsciiDocLanguages, &extractAsciiDoc,
     CommentSyntax::DoubleSlash, CitationStyle::AsciiDocFootnote},
    {DocumentFormat::RestructuredText, "reStructuredText", kRestExtensions, kNoNames, kRestLanguages,
     &extractRestructuredText, CommentSyntax::DotDot, CitationStyle::RestFootnote},
    {DocumentFormat::Latex, "LaTeX", kLatexExtensions, kNoNames, kLatexLanguages, &extractLatex, CommentSyntax::Percent,
     CitationStyle::LatexFootnote},
    {DocumentFormat::Org, "Org", kOrgExtensions, kNoNames, kOrgLanguages, &extractOrg, CommentSyntax::Hash,
     CitationStyle::OrgFootnote},
    {DocumentFormat::Typst, "Typst", kTypstExtensions, kNoNames, kTypstLanguages, &extractTypst,
     CommentSyntax::DoubleSlash, CitationStyle::TypstFootnote},
    {DocumentFormat::GitCommit,
     "git commit message",
     {},
     kGitCommitFileNames,
     kGitCommitLanguages,
     &extractGitCommit,
     CommentSyntax::Hash,
     CitationStyle::Marker},
}};

}  // namespace

CommentForm commentForm(CommentSyntax syntax) {
  switch (syntax) {
    case CommentSyntax::None: return {"", "", false, false};
    case CommentSyntax::Html: return {"<!-- ", " -->", false, false};
    case CommentSyntax::Jsx: return {"{/* ", " */}", false, false};
    case CommentSyntax::DoubleSlash: return {"// ", "", true, false};
    case CommentSyntax::Percent: return {"% ", "", true, false};
    case CommentSyntax::Hash: return {"# ", "", true, false};
    case CommentSyntax::DotDot: return {".. ", "", true, true};
  }
  return {"", "", false, false};
}

std::string writeComment(CommentSyntax syntax, std::string_view body) {
  if (syntax == CommentSyntax::None) return {};
  const CommentForm form = commentForm(syntax);
  std::string out(form.open);
  out += body;
  out += form.close;
  return out;
}

CitationForm citationForm(CitationStyle style) {
  switch (style) {
    case CitationStyle::Footnote: return {"[^{n}]", "[^{n}]: Source needed"};
    case CitationStyle::Marker: return {"[citation needed]", ""};
    case CitationStyle::HtmlSup: return {"<sup>[citation needed]</sup>", ""};
    case CitationStyle::AsciiDocFootnote: return {"footnote:[Source needed]", ""};
    case CitationStyle::RestFootnote: return {" [{n}]_", ".. [{n}] Source needed"};
    case CitationStyle::LatexFootnote: return {"\\footnote{Source needed}", ""};
    case CitationStyle::OrgFootnote: return {"[fn::Source needed]", ""};
    case CitationStyle::TypstFootnote: return {"#footnote[Source needed]", ""};
  }
  return {"[citation needed]", ""};
}

std::span<const FormatInfo> formats() { return kFormats; }

const FormatInfo& formatInfo(DocumentFormat format) {
  for (const FormatInfo& row : kFormats)
    if (row.format == format) return row;
  return kFormats.front();
}

const FormatInfo* formatForExtension(std::string_view path) {
  const std::size_t slash = path.find_last_of("/\\");
  const std::string_view name = slash == std::string_view::npos ? path : path.substr(slash + 1);
  for (const FormatInfo& row : kFormats)
    for (std::string_view known : row.file_names)
      if (equalsNoCase(name, known)) return &row;
  const std::size_t dot = name.rfind('.');
  if (dot == std::string_view::npos) return nullptr;
  const std::string_view extension = name.substr(dot + 1);
  for (const FormatInfo& row : kFormats)
    for (std::string_view known : row.extensions)
      if (equalsNoCase(extension, known)) return &row;
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

DocumentFormat formatForText(DocumentFormat named, std::string_view text) {
  return named == DocumentFormat::PlainText && looksLikeGitLog(text) ? DocumentFormat::GitCommit : named;
}

const FormatInfo* formatForDocument(std::string_view language_id, std::string_view path) {
  // A name such as COMMIT_EDITMSG says more than a generic language id
  // ("plaintext" from an editor that has no mode for commit messages).
  if (const FormatInfo* row = formatForExtension(path); row && !row->file_names.empty()) return row;
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
  for (std::size_t i = 0; i < format.file_names.size(); ++i) {
    if (i || !format.extensions.empty()) out += ", ";
    out += format.file_names[i];
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
