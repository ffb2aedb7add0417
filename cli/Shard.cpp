#include "cli/Shard.h"

#include <algorithm>

#include "cli/OutputPaths.h"
#include "text/Hash.h"

namespace copydesk::cli {

unsigned shardOf(std::string_view relative_path, unsigned count) {
  // FNV-1a, then a 64-bit finaliser (MurmurHash3's fmix64): FNV's low bits
  // alone split paths that differ only in their last character unevenly.
  std::uint64_t h = hashBytes(relative_path);
  h ^= h >> 33;
  h *= 0xff51afd7ed558ccdull;
  h ^= h >> 33;
  h *= 0xc4ceb9fe1a85ec53ull;
  h ^= h >> 33;
  return static_cast<unsigned>(h % count);
}

void keepShard(std::vector<std::string>& files, Shard shard) {
  if (shard.count <= 1) return;
  std::erase_if(files,
                [&](const std::string& file) { return shardOf(repositoryPath(file), shard.count) != shard.index - 1; });
}

}  // namespace copydesk::cli
