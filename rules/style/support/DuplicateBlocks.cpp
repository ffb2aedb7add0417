#include "style/support/DuplicateBlocks.h"

#include <algorithm>
#include <mutex>
#include <unordered_map>

#include "style/support/StyleSupport.h"
#include "text/Ascii.h"
#include "text/Utf.h"

namespace copydesk::style {

namespace {

// Writes text with runs of whitespace as one space and none leading, ASCII
// letters lowered on request, into a buffer sized once: every byte written
// stands for at least one byte read.
class CollapsedText {
 public:
  explicit CollapsedText(std::size_t capacity) { text_.resize(capacity); }
  void add(std::string_view s, bool lower_ascii) {
    char* out = text_.data();
    for (const char c : s) {
      if (isSpace(c)) {
        pending_space_ = used_ > 0;
        continue;
      }
      if (pending_space_) out[used_++] = ' ';
      pending_space_ = false;
      out[used_++] = lower_ascii ? asciiLower(c) : c;
    }
  }
  void addSpace() { pending_space_ = used_ > 0; }
  std::string take() {
    text_.resize(used_);
    return std::move(text_);
  }

 private:
  std::string text_;
  std::size_t used_ = 0;
  bool pending_space_ = false;
};

}  // namespace

BlockText normalizedBlockText(const Document& document, std::size_t block_index) {
  const Block& block = document.prose().blocks[block_index];
  std::size_t size = 0;
  unsigned char high_bits = 0;
  for (const Piece& piece : block.pieces) {
    if (piece.kind == PieceKind::LineBreak) {
      ++size;
      continue;
    }
    for (const char c : document.slice(piece.span)) high_bits |= static_cast<unsigned char>(c);
    size += piece.span.size();
  }
  BlockText out;
  if (high_bits < 0x80) {
    // ASCII, the usual case: lowered and collapsed in one pass over the pieces
    // (the duplicate rules normalise blocks on every edit).
    CollapsedText collapsed(size);
    for (const Piece& piece : block.pieces) {
      if (piece.kind == PieceKind::LineBreak) collapsed.addSpace();
      else collapsed.add(document.slice(piece.span), true);
    }
    out.normalized = collapsed.take();
  } else {
    std::string raw;
    raw.reserve(size);
    for (const Piece& piece : block.pieces)
      if (piece.kind == PieceKind::LineBreak) raw.push_back(' ');
      else raw.append(document.slice(piece.span));
    const std::string lowered = utf::toLower(raw);
    CollapsedText collapsed(lowered.size());
    collapsed.add(lowered, false);
    out.normalized = collapsed.take();
  }
  // Trailing punctuation: . , : ; ! ? and the ellipsis "…" (E2 80 A6).
  for (;;) {
    std::string& s = out.normalized;
    if (!s.empty() && std::string_view(".,:;!?").find(s.back()) != std::string_view::npos) {
      s.pop_back();
    } else if (s.size() >= 3 && s.compare(s.size() - 3, 3, "\xE2\x80\xA6") == 0) {
      s.resize(s.size() - 3);
    } else {
      break;
    }
    while (!s.empty() && s.back() == ' ') s.pop_back();
  }
  out.hash = std::hash<std::string_view>{}(out.normalized);
  if (block_index < document.tokens().block_tokens.size()) {
    const auto [first, end] = document.tokens().block_tokens[block_index];
    for (std::uint32_t i = first; i < end; ++i) {
      const TokenKind kind = document.tokens().tokens[i].kind;
      out.words += kind == TokenKind::Word || kind == TokenKind::Number ? 1 : 0;
    }
  }
  return out;
}

namespace {

// Two generations of remembered texts: when the newer one is full it becomes
// the older one, and what was only in the older one is forgotten.
class BlockTextMemory {
 public:
  std::shared_ptr<const BlockText> find(std::uint64_t key) {
    std::lock_guard lock(mutex_);
    if (auto it = newer_.find(key); it != newer_.end()) return it->second;
    auto it = older_.find(key);
    if (it == older_.end()) return nullptr;
    std::shared_ptr<const BlockText> text = it->second;
    keep(key, text);
    return text;
  }
  void remember(std::uint64_t key, std::shared_ptr<const BlockText> text) {
    std::lock_guard lock(mutex_);
    keep(key, std::move(text));
  }

 private:
  // Bytes of text (and per-entry overhead) a generation holds: huge pasted
  // blocks count for what they weigh, not as one entry.
  static constexpr std::size_t kGenerationBytes = 4 << 20;
  static constexpr std::size_t kEntryOverhead = 96;
  void keep(std::uint64_t key, std::shared_ptr<const BlockText> text) {
    if (newer_bytes_ >= kGenerationBytes) {
      older_ = std::move(newer_);
      newer_.clear();
      newer_bytes_ = 0;
    }
    const std::size_t bytes = text->normalized.size() + kEntryOverhead;
    if (newer_.emplace(key, std::move(text)).second) newer_bytes_ += bytes;
  }
  std::mutex mutex_;
  std::unordered_map<std::uint64_t, std::shared_ptr<const BlockText>> newer_, older_;
  std::size_t newer_bytes_ = 0;
};

}  // namespace

TextGroups::TextGroups(std::size_t texts) {
  std::size_t slots = 16;
  while (slots < texts * 2) slots *= 2;
  slots_.assign(slots, kEmpty);
  groups_.reserve(texts);
}

std::uint32_t TextGroups::groupOf(const BlockText& text) {
  const std::size_t mask = slots_.size() - 1;
  for (std::size_t i = text.hash & mask;; i = (i + 1) & mask) {
    const std::uint32_t group = slots_[i];
    if (group == kEmpty) {
      slots_[i] = static_cast<std::uint32_t>(groups_.size());
      groups_.push_back(&text);
      return slots_[i];
    }
    if (groups_[group]->hash == text.hash && groups_[group]->normalized == text.normalized) return group;
  }
}

std::shared_ptr<const BlockText> rememberedBlockText(const Document& document, std::size_t block_index) {
  const auto& keys = document.blockKeys();
  if (block_index >= keys.size()) return std::make_shared<const BlockText>(normalizedBlockText(document, block_index));
  static BlockTextMemory memory;
  if (std::shared_ptr<const BlockText> known = memory.find(keys[block_index])) return known;
  auto text = std::make_shared<const BlockText>(normalizedBlockText(document, block_index));
  memory.remember(keys[block_index], text);
  return text;
}

void reportRepeatedBlock(const Document& document, const Block& block, std::string message, std::string_view fix_title,
                         FindingSink& sink) {
  Finding finding = makeFinding(block.span, std::move(message));
  if (auto edit = blockDeletion(document, block))
    finding.fixes.push_back(makeFix(std::string(fix_title), {*edit}, false));
  sink.add(std::move(finding));
}

std::optional<TextEdit> blockDeletion(const Document& document, const Block& block) {
  const std::string_view text = document.text();
  const LineIndex& lines = document.lines();
  const std::size_t first_line = lines.lineOf(block.span.begin);
  const std::size_t last_line = lines.lineOf(block.span.end == 0 ? 0 : block.span.end - 1);
  const std::size_t begin = lines.lineStart(first_line);
  // Only markup may precede the block on its first line ("## ", "> ", "- ").
  for (std::size_t i = begin; i < block.span.begin; ++i) {
    const char c = text[i];
    if (!isBlank(c) && std::string_view("#>-*+").find(c) == std::string_view::npos) return std::nullopt;
  }
  // Only closing markup may follow it on its last line ("**", " #").
  const std::size_t last_end = lines.lineEnd(last_line);
  for (std::size_t i = block.span.end; i < last_end; ++i) {
    const char c = text[i];
    if (!isBlank(c) && std::string_view("#*_").find(c) == std::string_view::npos) return std::nullopt;
  }
  // Through the line terminator and any blank lines after the block.
  std::size_t line = last_line + 1;
  while (line < lines.lineCount()) {
    const std::string_view content = text.substr(lines.lineStart(line), lines.lineEnd(line) - lines.lineStart(line));
    if (!allSpace(content)) break;
    ++line;
  }
  const std::size_t end = line < lines.lineCount() ? lines.lineStart(line) : text.size();
  return TextEdit{{begin, end}, ""};
}

std::size_t lineNumber(const Document& document, std::size_t offset) { return document.lines().lineOf(offset) + 1; }

}  // namespace copydesk::style
