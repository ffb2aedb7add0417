#pragma once
// --shard I/N: a deterministic split of the files to check into N parts, so
// that N CI jobs check one each. A file's part depends only on its path
// relative to the current folder (the repository root in CI), so every job,
// on any machine, agrees on the split whatever order its file system lists
// folders in, and a file keeps its part when other files come and go.
#include <string>
#include <string_view>
#include <vector>

namespace copydesk::cli {

struct Shard {
  unsigned index = 1;  // 1-based, <= count
  unsigned count = 1;
};

// The part (0-based, < count) of the file at `relative_path` ("/" separators).
unsigned shardOf(std::string_view relative_path, unsigned count);

// Keeps the files of `shard`, in their order.
void keepShard(std::vector<std::string>& files, Shard shard);

}  // namespace copydesk::cli
