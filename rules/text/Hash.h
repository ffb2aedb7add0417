#pragma once
// A stable 64-bit hash (FNV-1a) for cache keys; the same bytes give the same
// value in every process.
#include <cstdint>
#include <string_view>

namespace copydesk {

inline constexpr std::uint64_t kFnvOffset = 1469598103934665603ull;

// One byte of FNV-1a, for loops that hash while they do other work.
inline std::uint64_t fnvStep(std::uint64_t hash, unsigned char byte) { return (hash ^ byte) * 1099511628211ull; }

inline std::uint64_t hashBytes(std::string_view bytes, std::uint64_t seed = kFnvOffset) {
  std::uint64_t hash = seed;
  for (unsigned char c : bytes) hash = fnvStep(hash, c);
  return hash;
}

}  // namespace copydesk
