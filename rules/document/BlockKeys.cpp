#include "document/BlockKeys.h"

#include <functional>

namespace copydesk {

namespace {

// boost::hash_combine's mixing, widened to 64 bits.
void mix(std::uint64_t& seed, std::uint64_t value) {
  seed ^= value + 0x9E3779B97F4A7C15ull + (seed << 12) + (seed >> 4);
}

}  // namespace

std::uint64_t blockKey(std::string_view text, const Block& block) {
  const ByteSpan lines = blockLines(text, block);
  const std::size_t base = block.span.begin;
  std::uint64_t key = std::hash<std::string_view>{}(text.substr(lines.begin, lines.size()));
  mix(key, base - lines.begin);
  mix(key, block.span.size());
  mix(key, (lines.begin == 0 ? 1u : 0u) | (lines.end == text.size() ? 2u : 0u));
  mix(key, static_cast<std::uint64_t>(block.kind) | static_cast<std::uint64_t>(block.level) << 8 |
               static_cast<std::uint64_t>(block.in_blockquote) << 16);
  for (const Piece& piece : block.pieces) {
    mix(key, static_cast<std::uint64_t>(piece.kind));
    mix(key, piece.span.begin - base);
    mix(key, piece.span.end - base);
  }
  for (const Link& link : block.links) {
    mix(key, link.text.begin - base);
    mix(key, link.text.end - base);
    mix(key, std::hash<std::string_view>{}(link.destination));
  }
  return key;
}

ByteSpan blockLines(std::string_view text, const Block& block) {
  const std::size_t newline_before =
      block.span.begin == 0 ? std::string_view::npos : text.rfind('\n', block.span.begin - 1);
  const std::size_t begin = newline_before == std::string_view::npos ? 0 : newline_before + 1;
  const std::size_t newline_after = text.find('\n', block.span.end);
  const std::size_t end = newline_after == std::string_view::npos ? text.size() : newline_after + 1;
  return {begin, end};
}

std::vector<std::uint64_t> blockKeys(std::string_view text, const std::vector<Block>& blocks) {
  std::vector<std::uint64_t> keys;
  keys.reserve(blocks.size());
  for (const Block& block : blocks) keys.push_back(blockKey(text, block));
  return keys;
}

}  // namespace copydesk
