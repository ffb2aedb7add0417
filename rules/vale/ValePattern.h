#pragma once
// One regular expression of a Vale rule. Vale compiles rule patterns with a
// backtracking engine that also accepts look-arounds; here a pattern runs on
// RE2 (linear time) whenever RE2 accepts it, and only otherwise on PCRE2 with
// its JIT, under a match limit and a depth limit so that a pathological
// pattern costs bounded time: a search that hits a limit fails and says so,
// it never hangs. A pattern neither engine accepts does not compile (error()).
// Thread-safe: PCRE2 match data is allocated per search.
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace copydesk::vale {

enum class PatternEngine { Re2, Pcre2 };

// A match: group 0 is the whole match; a group that did not take part is
// {npos, npos}. Offsets are bytes into the searched text.
struct PatternMatch {
  struct Group {
    std::size_t begin = std::string_view::npos;
    std::size_t end = std::string_view::npos;
    bool matched() const { return begin != std::string_view::npos; }
  };
  std::vector<Group> groups;
  std::size_t begin() const { return groups[0].begin; }
  std::size_t end() const { return groups[0].end; }
};

enum class SearchResult { Found, NotFound, LimitHit };

// Which groups a search fills: all, or the whole match alone (the others stay
// unmatched), which spares RE2 a second pass over each match for its groups.
enum class Captures { All, WholeMatch };

class Pattern {
 public:
  // Compiles `source` (Vale's syntax: inline flags, (?P<name>...), look-arounds on PCRE2).
  static std::shared_ptr<const Pattern> compile(const std::string& source, std::string& error);
  ~Pattern();

  // The leftmost match starting at or after `from`.
  SearchResult search(std::string_view text, std::size_t from, PatternMatch& match,
                      Captures captures = Captures::All) const;
  // Whether any match exists (LimitHit counts as none).
  bool contains(std::string_view text) const;
  // Every non-overlapping, non-empty match, in order; `limit_hit` is set when a search gave up.
  std::vector<PatternMatch> findAll(std::string_view text, bool* limit_hit = nullptr,
                                    Captures captures = Captures::All) const;
  // How many matches findAll would return, the first of them in `first` (an
  // occurrence rule counts the words of every sentence: no list is built).
  std::size_t count(std::string_view text, PatternMatch& first, bool* limit_hit = nullptr) const;

  PatternEngine engine() const { return engine_; }
  const std::string& source() const { return source_; }
  // What RE2 runs: the source, or on PCRE2 the source without the look-arounds
  // that rules text out before PCRE2 looks (empty when there is none). It
  // matches wherever the pattern does.
  const std::string& re2Source() const;
  int groupCount() const { return groups_; }
  // The index of the named group, or -1.
  int namedGroup(std::string_view name) const;

  struct Engines;

 private:
  Pattern() = default;
  // Calls `found(match)` for each match of findAll, in order.
  template <class Found>
  void forEachMatch(std::string_view text, bool* limit_hit, Captures captures, Found found) const;
  SearchResult searchPcre2(std::string_view text, std::size_t from, std::uint32_t options, PatternMatch& match) const;
  std::string source_;
  PatternEngine engine_ = PatternEngine::Re2;
  int groups_ = 0;
  std::unique_ptr<Engines> engines_;
};

}  // namespace copydesk::vale
