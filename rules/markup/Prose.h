#pragma once
// The prose of a document, as extracted from Markdown or plain text: blocks of
// text whose pieces are exact byte spans of the original source. Nothing is
// copied. Code blocks, raw HTML, link destinations, front matter and the like
// are simply not pieces; inline code, URLs and footnote references are opaque
// pieces so rules can see that something stood there without checking it.
//
// Invariants: every span is a half-open byte range of the text given to the
// extractor; pieces are non-empty, in source order and disjoint, also across
// blocks; a block has at least one piece and never starts or ends with a
// LineBreak. Extraction never throws and never fails: invalid UTF-8, NUL
// bytes and pathological nesting just produce fewer pieces. Pure functions,
// safe to call from any thread.
//
// Markdown (md4c; tables, strikethrough, permissive autolinks, $math$):
//  - Block kinds: ATX/setext headings -> Heading (level 1..6); paragraphs ->
//    Paragraph; the text of a list item (tight, or each paragraph of a loose
//    item) -> ListItem, and a nested list's items are blocks of their own; each
//    table header/body cell -> TableCell. Inside a block quote blocks keep their
//    kind and get in_blockquote = true; BlockKind::BlockQuote is never produced
//    for Markdown (md4c always wraps quoted text in a paragraph).
//  - Left out: fenced and indented code blocks (their spans, fences included,
//    go to ProseMap::code_blocks), raw HTML blocks and inline HTML, HTML
//    comments (ProseMap::comments), link destinations and titles, link
//    reference definitions, image destinations AND image alt text (alt text is
//    not part of the sentence around it), front matter, escaping backslashes,
//    and HTML entities (&amp; &copy; ...: the entity's bytes are in no piece,
//    so "AT&amp;T" gives the prose pieces "AT" and "T").
//  - Opaque pieces: inline code (Code, backticks included), $..$ and $$..$$
//    (Math, dollars included), autolinks <...> (Url, angle brackets included),
//    bare URLs, www. links and e-mail addresses (Url), "[^label]" (FootnoteRef).
//  - Emphasis, strong, strikethrough and link text are Prose. Every link whose
//    text lies in a block is recorded in Block::links (autolinks too, their
//    text being the Url piece); the destination has entities decoded.
//  - Soft and hard line breaks are LineBreak pieces covering "\n", "\r\n" or
//    "\r" (not the trailing spaces or backslash of a hard break).
//  - Footnotes (not known to md4c): "[^label]: text" at the start of a line
//    is a FootnoteDefinition; its text is a Paragraph block of its own that
//    starts after the marker (the marker is in no piece).
//
// Plain text:
//  - Blank lines (also lines of only spaces, tabs or U+00A0) separate chunks.
//    A chunk with a line longer than 100 bytes is "one paragraph per line"
//    text (the seed articles): each line is its own block. Otherwise the chunk
//    is hard-wrapped text: its lines form one Paragraph (pieces: the trimmed
//    lines, separated by LineBreak pieces).
//  - A line starting with "- ", "* ", "+ ", "• ", "1. " or "1) " is a ListItem
//    (the marker is not a piece); a line holding only a bullet makes the next
//    line a ListItem.
//  - A line alone in its block is a Heading (level 1 if it is the first block
//    of the document, else 2) when it is at most 100 bytes, starts with a
//    capital or a digit, has more letters than digits, and either has no final
//    punctuation (. ! ? : ; , …) and at most 12 words, or ends with . ! or ?
//    with at most 8 words, no comma, a following line at least twice as long
//    and a preceding line (if any) that ends with punctuation — e.g. "Moving
//    past the Experimental phase." between two paragraphs. In hard-wrapped
//    text only a first line without final punctuation, shorter than 60% of
//    the chunk's longest line and followed by a capitalised line, is split
//    off as a heading.
//  - Bare URLs, www. links and e-mail addresses are Url pieces; "[^1]" is a
//    FootnoteRef and "[^1]: ..." at a line start a FootnoteDefinition.
//
// MDX (Mdx.cpp): Markdown as above, read from a copy in which import/export
// blocks, JSX tags and {expressions} are replaced by blanks or same-length
// inline HTML; "{/* ... */}" comments are kept like HTML comments.
//
// HTML (Html.cpp, Gumbo): h1-h6 -> Heading, p -> Paragraph, li/dt/dd ->
// ListItem, td/th -> TableCell, figcaption/caption -> Caption, text directly
// in a blockquote -> BlockQuote (blocks inside get in_blockquote), text
// directly in a div, section, ... -> Paragraph. Left out: tags, attributes,
// entities, <head>, script, style, pre (code_blocks), svg, template,
// noscript, iframe, form controls. code/kbd/samp/tt are Code pieces, math a
// Math piece, <br> a LineBreak piece, a <sup> holding a link or "[n]" a
// FootnoteRef piece; <a href> and <cite> are links. Title and date come from
// <title>, og:title, <meta name="date">, article:published_time, <time datetime>.
//
// Git commit messages (GitCommit.cpp): the subject is a Heading (level 1),
// then paragraphs and bulleted list items; '#' comment lines, the scissors
// line and what follows, a pasted diff, indented (code) paragraphs and the
// trailers are left out.
//
// Front matter (Markdown, plain text, MDX): YAML "---" ... "---"/"..." or TOML "+++" ...
// "+++" on the very first line (after an optional UTF-8 BOM) is left out of
// the prose; an unterminated block is not front matter. See
// markup/FrontMatter.h for the subset of YAML and TOML that is understood.
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "markup/Formats.h"
#include "text/ByteSpan.h"

namespace copydesk {

// Caption: a figure or table caption (HTML <figcaption>/<caption>, LaTeX
// \caption{}, an AsciiDoc block title); never produced for Markdown.
enum class BlockKind { Heading, Paragraph, ListItem, TableCell, BlockQuote, Caption };

std::string_view blockKindName(BlockKind kind);

enum class PieceKind {
  Prose,        // text to check
  Code,         // inline code span
  Math,         // inline or display math span
  Url,          // autolink, bare URL or e-mail address
  FootnoteRef,  // [^label]
  LineBreak,    // a soft or hard line break inside a block (the "\n" bytes)
};

struct Piece {
  ByteSpan span;
  PieceKind kind = PieceKind::Prose;
};

struct Link {
  ByteSpan text;            // the link text (prose) in the source
  std::string destination;  // decoded destination
};

struct Block {
  BlockKind kind = BlockKind::Paragraph;
  int level = 0;               // heading level 1..6; 0 otherwise
  bool in_blockquote = false;  // inside a block quote at any depth (Markdown)
  ByteSpan span;               // from the first to the end of the last piece
  std::vector<Piece> pieces;   // in source order, non-overlapping
  std::vector<Link> links;     // links whose text lies in this block, in source order
};

// A comment of the document in its format's syntax ("<!-- ... -->",
// "{/* ... */}", "// ...", "% ...", "# ...", ".. ..."), kept for inline
// suppression and review markers.
struct Comment {
  ByteSpan span;          // the whole comment, markers included
  std::string_view body;  // trimmed text between the markers (a view into the text)
  bool own_line = false;  // alone on its line(s): applies to what follows
};

struct FootnoteDefinition {
  std::string label;  // "1" for "[^1]: ..."
  ByteSpan span;      // from '[' to the end of the definition's text
};

// Markup: no front matter block, but the extractor read the document's title
// and date from the format's own markup (HTML <meta>, LaTeX \date{}, Org
// #+DATE:, AsciiDoc :revdate:, ...): fields "title" and "date", span empty.
enum class FrontMatterFormat { None, Yaml, Toml, Markup };

struct FrontMatter {
  FrontMatterFormat format = FrontMatterFormat::None;
  ByteSpan span;  // including the --- / +++ fences; empty for Markup
  // Top-level scalar fields, unquoted (title, date, review_after, ...). Nested
  // tables are kept flattened with dotted keys ("extra.updated",
  // "copydesk.disable"); a list value is stored comma-separated.
  std::map<std::string, std::string, std::less<>> fields;

  std::string_view get(std::string_view key) const;
};

struct ProseMap {
  FrontMatter front_matter;
  std::vector<Block> blocks;                  // in source order
  std::vector<Comment> comments;              // comments in the format's syntax, for inline suppression
  std::vector<FootnoteDefinition> footnotes;  // in the order of their starts (one may hold another)
  std::vector<ByteSpan> code_blocks;          // fenced / indented code, for --fix safety
};

// The extractors of the formats table (markup/Formats.h: DocumentFormat,
// formatForPath, extractProse), one file each.
ProseMap extractMarkdown(std::string_view text);   // Markdown.cpp
ProseMap extractPlainText(std::string_view text);  // PlainText.cpp
ProseMap extractMdx(std::string_view text);        // Mdx.cpp
ProseMap extractHtml(std::string_view text);       // Html.cpp
ProseMap extractGitCommit(std::string_view text);  // GitCommit.cpp
// Whether the text is `git log` output: its first line is "commit <hash>" (GitCommit.cpp).
bool looksLikeGitLog(std::string_view text);
// The hand-written scanners (BlockBuilder.h): see each file's header for what
// is prose, code, markup, comment and metadata in that format.
ProseMap extractAsciiDoc(std::string_view text);          // AsciiDoc.cpp
ProseMap extractRestructuredText(std::string_view text);  // RestructuredText.cpp
ProseMap extractLatex(std::string_view text);             // Latex.cpp
ProseMap extractOrg(std::string_view text);               // Org.cpp
ProseMap extractTypst(std::string_view text);             // Typst.cpp

}  // namespace copydesk
