#pragma once
// The formats table: one row per input format, and the one place that knows
// which files and editor documents copydesk reads. The CLI's folder walk, the
// language server (LSP languageId and file name -> format), `copydesk check
// --help` and the docs (README.md, docs/ci.md, .pre-commit-hooks.yaml; a test
// compares them with the table) all read it; nothing else lists extensions.
//
// clang-format off
//   format        extensions (any case)          file names       LSP language ids          comments          citations
//   Markdown      .md .markdown .mkd .mkdn ...                    markdown quarto rmd ...   <!-- -->          [^n] + "[^n]: Source needed"
//   plain text    .txt .text                                      plaintext text txt        none              [citation needed]
//   MDX           .mdx                                            mdx markdown.mdx          {/* */} <!-- -->  [^n] + "[^n]: Source needed"
//   HTML          .html .htm .xhtml                               html xhtml                <!-- -->          <sup>[citation needed]</sup>
//   git commit                                   COMMIT_EDITMSG   git-commit gitcommit      # (line)          [citation needed]
//                                                MERGE_MSG ...
//   AsciiDoc      .adoc .asciidoc .asc                            asciidoc                  // (line)         footnote:[Source needed]
//   reST          .rst .rest                                      restructuredtext rst      .. (line)         " [n]_" + ".. [n] Source needed"
//   LaTeX         .tex .latex .ltx                                latex tex                 %                 \footnote{Source needed}
//   Org           .org                                            org                       # (line)          [fn::Source needed]
//   Typst         .typ                                            typst                     // (line)         #footnote[Source needed]
// clang-format on
//
// Adding a format: a DocumentFormat value below, its row in Formats.cpp and
// its extractor (one file in this folder, declared in markup/Prose.h). The
// extractor keeps the format's comments in ProseMap::comments (body trimmed of
// the comment markers: inline suppression reads it) and the document's title
// and date in ProseMap::front_matter (markup::detail::setMetadata), and marks
// the format's footnote references as FootnoteRef pieces.
//
// Extensions are compared case-insensitively (README.MD, notes.TXT);
// language ids exactly, as LSP clients send them in lower case. Pure data and
// functions: safe from any thread.
#include <span>
#include <string>
#include <string_view>

namespace copydesk {

struct ProseMap;

// A value may have no row yet (its extractor is not built): formatInfo then
// answers with the Markdown row, and no file or language id leads to it.
enum class DocumentFormat { Markdown, PlainText, Mdx, Html, AsciiDoc, RestructuredText, Latex, Org, Typst, GitCommit };

// Where inline suppression directives ("copydesk-disable ...") are written.
// The extractor collects the comments into ProseMap::comments; this says how
// the "Ignore this rule here" action writes one (commentForm).
enum class CommentSyntax {
  None,         // no comments: only front matter can turn rules off
  Html,         // "<!-- ... -->" (Markdown, HTML)
  Jsx,          // "{/* ... */}", and "<!-- ... -->" read too (MDX)
  DoubleSlash,  // "// ..." on a line of its own (AsciiDoc, Typst)
  Percent,      // "% ..." (LaTeX)
  Hash,         // "# ..." at the start of a line (Org, git commit messages)
  DotDot,       // ".. ..." on a line of its own (reStructuredText)
};

struct CommentForm {
  std::string_view open;   // "<!-- ", "// "
  std::string_view close;  // " -->", "" for line comments
  bool own_line = false;   // must stand alone on its line (cannot follow prose)
  bool own_block = false;  // is a block of its own: stands before a block, a blank line after it (reST)
};
CommentForm commentForm(CommentSyntax syntax);
// `body` written as a comment of `syntax` ("<!-- body -->", "% body"); empty for None.
std::string writeComment(CommentSyntax syntax, std::string_view body);

// What the "add a citation" fix of the facts rules inserts after a sentence:
// the format's own footnote form (citationForm).
enum class CitationStyle {
  Footnote,          // "[^n]", with "[^n]: Source needed" appended to the document (Markdown, MDX)
  Marker,            // "[citation needed]" (plain text, commit messages)
  HtmlSup,           // "<sup>[citation needed]</sup>"
  AsciiDocFootnote,  // "footnote:[Source needed]"
  RestFootnote,      // " [n]_", with ".. [n] Source needed" appended
  LatexFootnote,     // "\footnote{Source needed}"
  OrgFootnote,       // "[fn::Source needed]" (an inline footnote)
  TypstFootnote,     // "#footnote[Source needed]"
};

// "{n}" in either string stands for the next free footnote number.
struct CitationForm {
  std::string_view reference;   // inserted at the end of the sentence
  std::string_view definition;  // appended as the document's last line; empty when inline
};
CitationForm citationForm(CitationStyle style);

struct FormatInfo {
  DocumentFormat format;
  std::string_view name;                           // "Markdown", "plain text"
  std::span<const std::string_view> extensions;    // lower case, no dot; the usual one first
  std::span<const std::string_view> file_names;    // whole names, any case ("COMMIT_EDITMSG"); usually none
  std::span<const std::string_view> language_ids;  // LSP languageId values
  ProseMap (*extract)(std::string_view text);      // text -> prose, exact byte spans
  CommentSyntax comments;
  CitationStyle citations;
};

// Every row, in a fixed order (Markdown first).
std::span<const FormatInfo> formats();
const FormatInfo& formatInfo(DocumentFormat format);

// The row whose extensions include the file name's, or whose file names
// include it (case-insensitive; only the last component of `path` counts,
// "dir.md/file" has none); null when none.
const FormatInfo* formatForExtension(std::string_view path);
// The row listing `language_id`; null when none (json, cpp, ...).
const FormatInfo* formatForLanguageId(std::string_view language_id);
// A file named on the command line: by extension, plain text when no row matches.
DocumentFormat formatForPath(std::string_view path);
// The format a document's text shows when its name said plain text: `git log` output (a file saved from
// it, a pipe) is commit messages.
DocumentFormat formatForText(DocumentFormat named, std::string_view text);
// An editor document: by a row's file name (COMMIT_EDITMSG), else by language
// id, else by the file name's extension; null when none is in the table
// (copydesk does not check the document).
const FormatInfo* formatForDocument(std::string_view language_id, std::string_view path);

// "Markdown (.md, .markdown, ...)": for help texts.
std::string describeFormat(const FormatInfo& format);
// Every row: "Markdown (.md, ...) and plain text (.txt, .text)".
std::string describeFormats();

ProseMap extractProse(std::string_view text, DocumentFormat format);

}  // namespace copydesk
