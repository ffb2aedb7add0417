// Test helper for AtomicWriteFaultTest: replaces FILE with CONTENT through
// io::writeFileAtomically (expecting the current content, as --fix and "Add to
// dictionary" do). With COPYDESK_FAULT_INJECT=after-temp-write in the
// environment the write aborts between the flushed temporary file and the
// rename, like a crash or a kill -9 at the worst moment.
// Usage: atomic_write_helper FILE CONTENT   (exit 0 on success, 1 on error)
#include <cstdio>
#include <string>

#include "io/AtomicFile.h"

int main(int argc, char** argv) {
  if (argc != 3) {
    std::fprintf(stderr, "usage: atomic_write_helper FILE CONTENT\n");
    return 2;
  }
  std::string original, error;
  bool missing = false;
  if (!copydesk::io::readWholeFile(argv[1], original, error, &missing) && !missing) {
    std::fprintf(stderr, "%s\n", error.c_str());
    return 1;
  }
  if (!copydesk::io::writeFileAtomically(argv[1], argv[2], original, error)) {
    std::fprintf(stderr, "%s\n", error.c_str());
    return 1;
  }
  return 0;
}
