#pragma once
// RE2::Sets over the main pattern of every existence and substitution rule
// of a style set that reads paragraphs (for a pattern on PCRE2, its RE2
// relaxation: Pattern::re2Source): one pass over a block tells which of those
// rules can match in it at all, so each rule runs its own pattern only on
// those blocks (most blocks match none of a style's 40 rules). Built once at
// load; read-only.
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace copydesk::vale {

class Prefilter {
 public:
  Prefilter();
  ~Prefilter();
  // Adds an RE2-compatible pattern; its index, or -1 when the set cannot take it.
  int add(const std::string& source);
  // False when the set could not be built (every rule then runs everywhere).
  bool compile();
  // The indices of the patterns that match somewhere in `text`, sorted; false
  // when the set gave up (out of memory): then any may match.
  bool matching(std::string_view text, std::vector<int>& out) const;

 private:
  struct Set;
  std::vector<Set> sets_;
  int size_ = 0;
  bool compiled_ = false;
};

}  // namespace copydesk::vale
