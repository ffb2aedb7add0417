// libFuzzer target: git commit message extraction on any bytes.
// Invariants: markup/Prose.h's (spans in the text, pieces non-empty, ordered,
// disjoint; blocks never start or end with a line break) and every comment's
// body a view into the text, inside the comment.
// Build: cmake/Fuzzing.cmake (target fuzz_git_commit); seeds (named in CMakeLists.txt): the commit
// messages of tests/data/formats/git-commit, seed 001 as a commit message.
#include <cstddef>
#include <cstdint>

#include "fuzz/FuzzSupport.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  return copydesk::fuzz::fuzzExtractor(copydesk::extractGitCommit, data, size);
}
