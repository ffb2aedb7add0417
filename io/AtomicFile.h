#pragma once
// Atomic file replacement (POSIX): the new content goes to a temporary file in
// the target's folder, is fsync'd, then renamed over the target, and the folder
// is fsync'd. A reader sees either the old file or the new one, never a torn
// write; a crash leaves at worst a stray ".<name>.copydesk-XXXXXX" file, which
// the next write of the same file removes once it is an hour old.
// (Fault injection for tests: COPYDESK_FAULT_INJECT=after-temp-write aborts
// the process between the flushed temporary file and the rename.)
//
// Permissions: an existing target's mode bits are kept; a new file gets
// 0666 & ~umask (like open(2) would give it). Ownership is not changed. A target
// that is a symbolic link is refused (rename would replace the link itself).
//
// Workspace confinement: when `root` is not empty the (lexically normalised,
// symlink-resolved) target must lie inside it, else the write is refused.
//
// Every function returns false and sets `error` (one human-readable line)
// instead of throwing. Thread-safety: reentrant; concurrent writers to the same
// file race as with rename(2) (last one wins), but `expected_original` lets a
// writer refuse to overwrite a change it did not see.
#include <optional>
#include <string>
#include <string_view>

namespace copydesk::io {

struct AtomicWriteOptions {
  // Refuse targets outside this folder; empty: no restriction.
  std::string root;
  // Create missing parent folders (inside `root`).
  bool create_parent_folders = false;
};

// Replaces `path` with `content`. When `expected_original` is set, the write
// is refused if the file's current content differs from it (nullopt: no check;
// an empty string also matches a missing file). The comparison happens just
// before the rename, so the window for a lost update is a few microseconds.
bool writeFileAtomically(const std::string& path, std::string_view content,
                         const std::optional<std::string>& expected_original, std::string& error,
                         const AtomicWriteOptions& options = {});

// Reads `path` (missing = empty), appends `line` plus "\n" (adding a newline to
// an unterminated last line first) and writes the result atomically, refusing
// if the file changed in between (retried once). A file that already holds
// exactly `line` as one of its lines is left alone (success). `line` must not
// contain a line break.
bool appendLineAtomically(const std::string& path, std::string_view line, std::string& error,
                          const AtomicWriteOptions& options = {});

// True when `path` is `root` or inside it, after resolving symbolic links of
// the parts that exist and normalising "." and "..".
bool isInsideFolder(const std::string& root, const std::string& path);

// Reads a whole file; false (and `error`) when it cannot. A missing file sets
// `missing` and returns false.
bool readWholeFile(const std::string& path, std::string& out, std::string& error, bool* missing = nullptr);

}  // namespace copydesk::io
