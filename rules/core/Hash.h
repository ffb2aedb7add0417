#pragma once
// A stable 64-bit hash (FNV-1a) for cache keys; the same bytes give the same
// value in every process.
#include <cstdint>
#include <string_view>

namespace copydesk {

inline std::uint64_t hashBytes(std::string_view bytes, std::uint64_t seed = 1469598103934665603ull) {
  std::uint64_t hash = seed;
  for (unsigned char c : bytes) hash = (hash ^ c) * 1099511628211ull;
  return hash;
}

}  // namespace copydesk
