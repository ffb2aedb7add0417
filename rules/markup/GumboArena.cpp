#include "markup/GumboArena.h"

#include <algorithm>
#include <bit>
#include <cstring>

namespace copydesk::markup::detail {

namespace {

constexpr std::size_t kChunk = 256 * 1024;
// Before each block: its size class (16 bytes keep blocks as aligned as malloc's).
constexpr std::size_t kHeader = 16;
constexpr unsigned kSmallestClass = 4;  // 16 bytes

unsigned sizeClass(std::size_t size) {
  return std::max(kSmallestClass, static_cast<unsigned>(std::bit_width(size > 0 ? size - 1 : 0)));
}

}  // namespace

void GumboArena::install(GumboOptions& options) {
  options.allocator = &GumboArena::allocate;
  options.deallocator = &GumboArena::deallocate;
  options.userdata = this;
}

void* GumboArena::allocate(void* self, std::size_t size) { return static_cast<GumboArena*>(self)->take(size); }

void GumboArena::deallocate(void* self, void* block) {
  if (block != nullptr) static_cast<GumboArena*>(self)->give(block);
}

void* GumboArena::take(std::size_t size) {
  const unsigned c = sizeClass(size);
  if (void* block = free_[c]) {
    std::memcpy(&free_[c], block, sizeof(void*));
    return block;
  }
  const std::size_t need = kHeader + (std::size_t{1} << c);
  std::byte* at = nullptr;
  if (need > kChunk / 4) {  // a large block: a chunk of its own
    at = chunks_.emplace_back(std::make_unique_for_overwrite<std::byte[]>(need)).get();
  } else {
    if (need > left_) {
      next_ = chunks_.emplace_back(std::make_unique_for_overwrite<std::byte[]>(kChunk)).get();
      left_ = kChunk;
    }
    at = next_;
    next_ += need;
    left_ -= need;
  }
  std::memcpy(at, &c, sizeof c);
  return at + kHeader;
}

void GumboArena::give(void* block) {
  unsigned c = 0;
  std::memcpy(&c, static_cast<std::byte*>(block) - kHeader, sizeof c);
  std::memcpy(block, &free_[c], sizeof(void*));
  free_[c] = block;
}

}  // namespace copydesk::markup::detail
