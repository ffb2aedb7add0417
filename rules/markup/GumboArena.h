#pragma once
// The memory of one Gumbo parse. Gumbo allocates and frees a node, a vector or
// a string buffer for nearly every token: malloc and free were a tenth of the
// parse, and gumbo_destroy_output, walking the tree to free it, another 3%.
// Here blocks are cut from large chunks, a freed block is kept for reuse by
// its power-of-two size class, and the whole arena goes at once: the output
// is never destroyed, the arena just outlives it. Internal to this folder;
// one arena per parse, one thread.
#include <gumbo.h>

#include <array>
#include <cstddef>
#include <memory>
#include <vector>

namespace copydesk::markup::detail {

class GumboArena {
 public:
  GumboArena() = default;
  GumboArena(const GumboArena&) = delete;
  GumboArena& operator=(const GumboArena&) = delete;

  // Makes `options` allocate from this arena.
  void install(GumboOptions& options);

 private:
  static void* allocate(void* self, std::size_t size);
  static void deallocate(void* self, void* block);
  void* take(std::size_t size);
  void give(void* block);

  std::vector<std::unique_ptr<std::byte[]>> chunks_;
  std::byte* next_ = nullptr;  // free space of the current chunk
  std::size_t left_ = 0;
  std::array<void*, 64> free_{};  // freed blocks by size class, linked through their first bytes
};

}  // namespace copydesk::markup::detail
