#pragma once
// Shared helpers for the fuzz targets: an invariant check that aborts (which
// libFuzzer and the replay driver report as a crash) and the checks every
// extraction / tokenization result must pass.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

#include "markup/Prose.h"
#include "nlp/Token.h"

namespace copydesk::fuzz {

inline void require(bool ok, const char* what) {
  if (!ok) {
    std::fprintf(stderr, "invariant violated: %s\n", what);
    std::abort();
  }
}

// Prose.h: every span lies in the text; pieces non-empty, in order, disjoint
// (also across blocks); a block has a piece and does not start or end with a
// line break.
inline void checkProse(std::string_view text, const ProseMap& prose) {
  std::size_t last_end = 0;
  for (const Block& block : prose.blocks) {
    require(!block.pieces.empty(), "a block without pieces");
    require(block.pieces.front().kind != PieceKind::LineBreak, "a block starts with a line break");
    require(block.pieces.back().kind != PieceKind::LineBreak, "a block ends with a line break");
    for (const Piece& piece : block.pieces) {
      require(piece.span.begin < piece.span.end, "an empty piece");
      require(piece.span.end <= text.size(), "a piece past the end of the text");
      require(piece.span.begin >= last_end, "pieces overlap or are out of order");
      last_end = piece.span.end;
    }
    require(block.span.end <= text.size(), "a block past the end of the text");
    for (const Link& link : block.links) require(link.text.end <= text.size(), "a link past the end");
  }
  for (const Comment& c : prose.comments)
    require(c.span.begin <= c.span.end && c.span.end <= text.size(), "comment span");
  for (const ByteSpan& c : prose.code_blocks) require(c.begin <= c.end && c.end <= text.size(), "code block span");
  for (const FootnoteDefinition& f : prose.footnotes)
    require(f.span.begin <= f.span.end && f.span.end <= text.size(), "footnote span");
  require(prose.front_matter.span.begin <= prose.front_matter.span.end && prose.front_matter.span.end <= text.size(),
          "front matter span");
}

// Every comment's body is a view into `text` inside the comment's span.
inline void checkCommentBodies(std::string_view text, const ProseMap& prose) {
  for (const Comment& c : prose.comments) {
    if (c.body.empty()) continue;
    require(c.body.data() >= text.data() && c.body.data() + c.body.size() <= text.data() + text.size(),
            "a comment body outside the text");
    const auto begin = static_cast<std::size_t>(c.body.data() - text.data());
    require(begin >= c.span.begin && begin + c.body.size() <= c.span.end, "a comment body outside its comment");
  }
}

// The whole of an extractor's fuzz target: `extract` on the bytes, then
// checkProse and checkCommentBodies.
inline int fuzzExtractor(ProseMap (*extract)(std::string_view), const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const ProseMap prose = extract(text);
  checkProse(text, prose);
  checkCommentBodies(text, prose);
  return 0;
}

inline void checkTokens(std::string_view text, const ProseMap& prose, const TokenizedProse& tokens) {
  std::size_t last_end = 0;
  for (const Token& token : tokens.tokens) {
    require(token.span.begin < token.span.end, "an empty token");
    require(token.span.end <= text.size(), "a token past the end of the text");
    require(token.span.begin >= last_end, "tokens overlap or are out of order");
    last_end = token.span.end;
  }
  require(tokens.block_tokens.size() == prose.blocks.size(), "one token range per block");
  for (const auto& [first, end] : tokens.block_tokens) {
    require(first <= end && end <= tokens.tokens.size(), "a block's token range is out of bounds");
  }
  for (const Sentence& s : tokens.sentences) {
    require(s.first_token < s.end_token && s.end_token <= tokens.tokens.size(),
            "a sentence's tokens are out of bounds");
    require(s.block < prose.blocks.size(), "a sentence in no block");
    require(s.span.begin <= s.span.end && s.span.end <= text.size(), "a sentence past the end");
    require(s.first_token >= tokens.block_tokens[s.block].first && s.end_token <= tokens.block_tokens[s.block].second,
            "a sentence spans blocks");
  }
}

}  // namespace copydesk::fuzz
