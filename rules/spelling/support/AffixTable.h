#pragma once
// The prefix and suffix rules of a hunspell .aff file, read well enough to
// list every form a dictionary entry can take. Only what WordFormIndex needs:
// single-character flags (hunspell's default FLAG), no continuation classes,
// no compounding of letter-only entries. A file using anything else is
// reported unsupported, and its words are then left to hunspell alone.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace copydesk {

// One PFX or SFX line: remove `strip` from the start (prefix) or end (suffix)
// of a root that satisfies `condition`, then add `append`.
struct AffixEntry {
  std::string strip;
  std::string append;
  // Hunspell's condition, one element per character position: "." (any), a
  // character, or a bracket class ("[^aeiou]"); matched at the root's start
  // (prefix) or end (suffix). Empty when it cannot fail (".").
  std::vector<std::string> condition;
};

struct AffixClass {
  char flag = 0;
  bool prefix = false;
  bool cross_product = false;  // may combine with a suffix of a cross-product class
  std::vector<AffixEntry> entries;
};

struct AffixTable {
  std::vector<AffixClass> classes;
  // Flags named in COMPOUNDRULE lines: entries bearing one may join others into compounds.
  std::string compound_flags;

  // Reads `aff_text`; nullopt (with `why`) when it uses a feature the form
  // expansion does not model (FLAG long/num/UTF-8, AF, continuation classes,
  // COMPOUNDFLAG and friends, IGNORE, CHECKSHARPS, COMPLEXPREFIXES, ICONV or
  // BREAK touching ASCII letters, a Turkic LANG, an encoding other than UTF-8).
  static std::optional<AffixTable> parse(std::string_view aff_text, std::string& why);
};

// Splits a condition as written in the .aff into its elements. A malformed
// one (an unclosed '[') gives no elements: it is then always satisfied, as the
// index must never leave out a form hunspell accepts.
std::vector<std::string> parseCondition(std::string_view condition);

// True when the elements hold at the start (prefix) or end (suffix) of
// `root`; also when the root is shorter than the condition (same reason).
bool conditionHolds(const std::vector<std::string>& condition, std::string_view root, bool prefix);

}  // namespace copydesk
