#pragma once
// --cache FILE: the findings of the files a run checked, each stored under
// the key of its text and setup (cli/CacheKeys.h), so that the next run skips
// the files whose key is unchanged and reports their stored findings: the
// same report, as findings are all a report is made of.
//
// The file (text, its format in CheckCache.cpp) starts with "copydesk-cache 1"
// and the build (buildId()), then holds each file's path, key and findings; it
// is written atomically. A cache written by another copydesk build is ignored
// (the rules may differ), as is one that cannot be read or parsed: the run
// starts afresh and says why on stderr, and the file is replaced at the end.
#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "engine/Finding.h"

namespace copydesk::cli {

class CheckCache {
 public:
  // Reads `path`; a missing file is an empty cache. Returns a warning (empty
  // when none) when the file is ignored.
  std::string load(const std::string& path, const std::string& build_id);

  // The findings stored for `file` under `key`; null when there are none
  // (never stored, or stored under another key). Thread-safe with other finds.
  const std::vector<Finding>* find(const std::string& file, std::uint64_t key) const;

  // Replaces the entry of `file` (not thread-safe).
  void store(const std::string& file, std::uint64_t key, std::vector<Finding> findings);
  // Drops the entry of a file that could not be checked.
  void forget(const std::string& file) { changed_ |= entries_.erase(file) > 0; }

  // Writes the cache atomically, unless nothing changed since load(): this
  // run's entries and those of earlier runs whose files still exist. False
  // with `error` set when it cannot.
  bool save(std::string& error) const;

 private:
  struct Entry {
    std::uint64_t key = 0;
    std::vector<Finding> findings;
  };
  std::string path_;
  std::string build_id_;
  std::map<std::string, Entry, std::less<>> entries_;
  bool changed_ = false;  // entries differ from the file's
};

}  // namespace copydesk::cli
