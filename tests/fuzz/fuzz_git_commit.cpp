// libFuzzer target: git commit message extraction on any bytes.
// Invariants: markup/Prose.h's (spans in the text, pieces non-empty, ordered,
// disjoint; blocks never start or end with a line break) and every comment's
// body a view into the text, inside the comment.
// Build: cmake/Fuzzing.cmake (target fuzz_git_commit); seeds: corpus/git_commit (the commit messages of
// tests/data/formats/git-commit, seed 001 as a commit message).
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fuzz/FuzzSupport.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace copydesk;
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const ProseMap prose = extractGitCommit(text);
  fuzz::checkProse(text, prose);
  fuzz::checkCommentBodies(text, prose);
  return 0;
}
