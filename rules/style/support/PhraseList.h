#pragma once
// A phrase list of a style rule (rules/style/data/*.txt) compiled into one
// PhraseMatcher, and the generic "phrase list rule" that reports its matches.
//
// Data format (one entry per line; blank lines and lines starting with '#'
// are ignored; the file starts with a comment saying where the list came from):
//   phrase                      reported, no fix
//   phrase => replacement       reported; replacing it is a safe fix
//   phrase ~> replacement       reported; the replacement is offered, not safe
//   phrase => -  /  phrase ~> - the fix deletes the phrase
//   !phrase                     an exception: where it matches, no entry that
//                               overlaps it is reported ("rather than" keeps
//                               "rather" quiet)
//
// Matching is case-insensitive on whole tokens, per sentence, never across
// inline code or URLs (see nlp/PhraseMatcher.h). Matches are leftmost-longest
// and do not overlap.
//
// Thread-safety: a PhraseList is immutable once built; rules keep theirs in a
// function-local static, built once per process.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "engine/Rule.h"
#include "nlp/PhraseMatcher.h"

namespace copydesk::style {

struct PhraseEntry {
  std::string phrase;       // as written in the list
  std::string replacement;  // when has_replacement and not remove
  bool has_replacement = false;
  bool remove = false;     // the fix deletes the phrase
  bool safe = false;       // "=>" rather than "~>"
  bool exception = false;  // "!phrase"
};

struct PhraseMatch {
  std::uint32_t first_token = 0;
  std::uint32_t end_token = 0;
  const PhraseEntry* entry = nullptr;
};

class PhraseList {
 public:
  // Parses a list in the format above. Malformed lines are kept as plain phrases.
  static PhraseList parse(std::string_view data);

  // Adds one entry (used by parse() and by benchmarks that grow a list).
  void add(PhraseEntry entry);

  const std::vector<PhraseEntry>& entries() const { return entries_; }
  const PhraseMatcher& matcher() const { return matcher_; }

  // The non-overlapping, leftmost-longest matches inside one sentence, without
  // exceptions. `scratch` is reused between calls to avoid allocations.
  void matchSentence(const Document& document, const Sentence& sentence, std::vector<PhraseMatcher::Match>& scratch,
                     std::vector<PhraseMatch>& out) const;

 private:
  std::vector<PhraseEntry> entries_;
  PhraseMatcher matcher_;
};

// How a phrase list rule words its finding: fmt format strings given the
// matched text as written in the document ({0}, or the first {}) and the
// entry's replacement ({1}). `remove` words entries whose fix deletes the
// phrase; when empty, `format` words every entry.
struct PhraseMessages {
  std::string_view format;
  std::string_view remove = {};
};

// The message for one match.
std::string phraseMessage(const PhraseMessages& messages, std::string_view matched, const PhraseEntry& entry);

// Reports every match of `list` in the document worded by `messages`, and the
// entry's fix (replacement, keeping an upper-case first letter; or deletion).
void checkPhraseList(const RuleContext& ctx, const PhraseList& list, const PhraseMessages& messages, FindingSink& sink);

// A rule that is nothing but a phrase list. `info`, the list and the message
// formats must outlive the rule (constexpr data and a function-local static).
std::unique_ptr<Rule> makePhraseListRule(const RuleInfo& info, const PhraseList& list, const PhraseMessages& messages);

}  // namespace copydesk::style
