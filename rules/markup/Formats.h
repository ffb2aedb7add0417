#pragma once
// The formats table: one row per input format, and the one place that knows
// which files and editor documents copydesk reads. The CLI's folder walk, the
// language server (LSP languageId and file name -> format), `copydesk check
// --help` and the docs (README.md, docs/ci.md, .pre-commit-hooks.yaml; a test
// compares them with the table) all read it; nothing else lists extensions.
//
//   format       extensions (any case)                          LSP language ids                      comments
//   citations Markdown     .md .markdown .mdx .mkd .mkdn .mdown .mdwn      markdown mdx quarto rmd pandoc        <!--
//   -->  footnote [^n] plain text   .txt .text                                      plaintext text txt none [citation
//   needed]
//
// Adding a format: a DocumentFormat value below, its row in Formats.cpp and
// its extractor (one file in this folder, declared in markup/Prose.h).
//
// Extensions are compared case-insensitively (README.MD, notes.TXT);
// language ids exactly, as LSP clients send them in lower case. Pure data and
// functions: safe from any thread.
#include <span>
#include <string>
#include <string_view>

namespace copydesk {

struct ProseMap;

enum class DocumentFormat { Markdown, PlainText };

// Where inline suppression directives ("copydesk-disable ...") are written.
enum class CommentSyntax {
  None,  // no comments: only front matter can turn rules off
  Html,  // "<!-- ... -->", collected by the extractor into ProseMap::comments
};

// What the "add a citation" fix of the facts rules inserts after a sentence.
enum class CitationStyle {
  Footnote,  // "[^n]", with "[^n]: Source needed" appended to the document
  Marker,    // "[citation needed]"
};

struct FormatInfo {
  DocumentFormat format;
  std::string_view name;                           // "Markdown", "plain text"
  std::span<const std::string_view> extensions;    // lower case, no dot; the usual one first
  std::span<const std::string_view> language_ids;  // LSP languageId values
  ProseMap (*extract)(std::string_view text);      // text -> prose, exact byte spans
  CommentSyntax comments;
  CitationStyle citations;
};

// Every row, in a fixed order (Markdown first).
std::span<const FormatInfo> formats();
const FormatInfo& formatInfo(DocumentFormat format);

// The row whose extensions include the file name's (case-insensitive; only the
// last component of `path` counts, "dir.md/file" has none); null when none.
const FormatInfo* formatForExtension(std::string_view path);
// The row listing `language_id`; null when none (json, cpp, ...).
const FormatInfo* formatForLanguageId(std::string_view language_id);
// A file named on the command line: by extension, plain text when no row matches.
DocumentFormat formatForPath(std::string_view path);
// An editor document: by language id, else by the file name's extension; null
// when neither is in the table (copydesk does not check the document).
const FormatInfo* formatForDocument(std::string_view language_id, std::string_view path);

// "Markdown (.md, .markdown, ...)": for help texts.
std::string describeFormat(const FormatInfo& format);
// Every row: "Markdown (.md, ...) and plain text (.txt, .text)".
std::string describeFormats();

ProseMap extractProse(std::string_view text, DocumentFormat format);

}  // namespace copydesk
