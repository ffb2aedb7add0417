#pragma once
// The claims knowledge base behind facts/outdated-claim and
// facts/incorrect-claim (schema: rules/facts/data/README.md).
//
// A ClaimsBase is immutable once built: every alternative phrase of every
// entry's match groups is indexed in one PhraseMatcher (term -> (entry, group)),
// so matching a sentence costs a trie walk per token whatever the number of
// entries. Thread-safety: const methods may be called from any thread; the
// loaders cache per path behind a mutex.
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "document/Document.h"
#include "nlp/PhraseMatcher.h"
#include "text/Date.h"

namespace copydesk::facts {

enum class ClaimKind { Outdated, Incorrect };

struct ClaimEntry {
  std::string id;
  std::string claim;
  std::vector<std::vector<std::string>> groups;  // each group: alternative phrases
  std::vector<std::string> negated_by;           // phrases that turn the claim around
  ClaimKind kind = ClaimKind::Outdated;
  std::optional<CivilDate> since;  // outdated from this date (required for outdated)
  std::string correction;
  std::string replacement_from, replacement_to;  // optional exact replacement
  std::string source_title, source_url;
  std::optional<CivilDate> source_date;
  std::string origin;  // file the entry came from ("built-in" for the compiled base)
  int line = 0;        // line of the entry in its file
};

struct ClaimsError {
  int line = 0;
  std::string message;
};

// One sentence's matched claims.
struct ClaimMatch {
  const ClaimEntry* entry = nullptr;
  ByteSpan span;  // from the first to the last matched term
};

class ClaimsBase {
 public:
  // Parses a claims file ({"claims": [...]} or a bare array). Invalid entries
  // are reported in `errors` (with their line) and left out.
  static ClaimsBase parse(std::string_view json_text, std::string origin, std::vector<ClaimsError>& errors);

  const std::vector<ClaimEntry>& entries() const { return entries_; }

  // Appends the entries whose every group has an alternative in the sentence
  // and none of whose negations appear there.
  void match(const Document& doc, const Sentence& sentence, std::vector<ClaimMatch>& out) const;

 private:
  void index();

  std::vector<ClaimEntry> entries_;
  struct TermRef {
    std::uint32_t entry;
    std::int32_t group;  // -1: a negation phrase
  };
  PhraseMatcher terms_;
  // Phrase (words joined by ' ') -> phrase id; phrase id -> references.
  std::unordered_map<std::string, std::uint32_t> phrase_ids_;
  std::vector<std::vector<TermRef>> refs_;
  std::size_t longest_phrase_ = 1;
};

// The built-in base compiled into the binary.
const ClaimsBase& builtinClaims();

// Bases that apply to a document: project files in `.copydesk/claims/*.json`
// found walking up from the document's folder, then `extra_paths` (the rule
// option "claimsFiles"). Loaded once per path and reloaded when the file
// changes; unreadable or invalid files are skipped.
std::vector<std::shared_ptr<const ClaimsBase>> projectClaims(std::string_view document_path,
                                                             const std::vector<std::string>& extra_paths);

}  // namespace copydesk::facts
