#pragma once
// The prose of a document, as extracted from Markdown or plain text: blocks of
// text whose pieces are exact byte spans of the original source. Nothing is
// copied. Code blocks, raw HTML, link destinations, front matter and the like
// are simply not pieces; inline code, URLs and footnote references are opaque
// pieces so rules can see that something stood there without checking it.
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "text/ByteSpan.h"

namespace copydesk {

enum class BlockKind { Heading, Paragraph, ListItem, TableCell, BlockQuote };

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
  ByteSpan text;                 // the link text (prose) in the source
  std::string destination;       // decoded destination
};

struct Block {
  BlockKind kind = BlockKind::Paragraph;
  int level = 0;                 // heading level 1..6; 0 otherwise
  bool in_blockquote = false;    // inside a block quote at any depth
  ByteSpan span;                 // from the first to the end of the last piece
  std::vector<Piece> pieces;     // in source order, non-overlapping
  std::vector<Link> links;       // links whose text lies in this block
};

struct HtmlComment {
  ByteSpan span;                 // the whole "<!-- ... -->"
  std::string_view body;         // trimmed text between the markers
  bool own_line = false;         // alone on its line(s): applies to what follows
};

struct FootnoteDefinition {
  std::string label;             // "1" for "[^1]: ..."
  ByteSpan span;                 // the whole definition line(s)
};

enum class FrontMatterFormat { None, Yaml, Toml };

struct FrontMatter {
  FrontMatterFormat format = FrontMatterFormat::None;
  ByteSpan span;                 // including the --- / +++ fences
  // Top-level scalar fields, unquoted (title, date, review_after, ...). Nested
  // tables are kept flattened with dotted keys ("extra.updated",
  // "copydesk.disable"); a list value is stored comma-separated.
  std::map<std::string, std::string, std::less<>> fields;

  std::string_view get(std::string_view key) const;
};

struct ProseMap {
  FrontMatter front_matter;
  std::vector<Block> blocks;               // in source order
  std::vector<HtmlComment> comments;       // HTML comments, for inline suppression
  std::vector<FootnoteDefinition> footnotes;
  std::vector<ByteSpan> code_blocks;       // fenced / indented code, for --fix safety
};

enum class DocumentFormat { Markdown, PlainText };

// Picks the format from a file name (.md, .markdown, .mdx -> Markdown; else plain text).
DocumentFormat formatForPath(std::string_view path);

ProseMap extractMarkdown(std::string_view text);
ProseMap extractPlainText(std::string_view text);
ProseMap extractProse(std::string_view text, DocumentFormat format);

}  // namespace copydesk
