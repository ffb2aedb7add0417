#pragma once
// Checks successive versions of one document (an editor's open file) and
// re-runs paragraph rules (engine/ParagraphRule.h) only on the blocks whose
// findings it does not already know. Findings are kept per block, keyed by
// the block's key (Document::blockKeys), and per rule by the configuration
// (rules, severities, options, services, caller's salt) and the rule's
// documentInputs(). Document-wide rules run on the whole document every time.
// The result is exactly checkDocument()'s: same findings, spans, messages,
// fixes and order (tests/incremental checks it on random edits).
//
// Memory: only the blocks of the last document checked are kept.
// Thread-safety: check() may run on several threads at once (an obsolete
// check still running beside the new one); the last to finish is kept.
#include <cstdint>
#include <memory>
#include <mutex>
#include <vector>

#include "engine/Engine.h"

namespace copydesk {

struct ParagraphCacheStats {
  std::uint64_t checks = 0;
  // In the last check: the document's blocks, those on which paragraph rules
  // ran (the others reused earlier findings), and the rule runs on parts.
  std::size_t blocks = 0;
  std::size_t blocks_checked = 0;
  std::size_t rule_runs = 0;
};

class ParagraphCache {
 public:
  // checkDocument(*document, rules, services), reusing earlier findings.
  // `salt`: anything else that changes findings (the caller's configuration
  // generation, say); a new salt rechecks everything.
  std::vector<Finding> check(std::shared_ptr<const Document> document, const RuleSet& rules,
                             const CheckServices& services, std::uint64_t salt = 0);

  // The document of the last check (to Document::revise() the next version
  // from); null before the first check.
  std::shared_ptr<const Document> lastDocument() const;
  ParagraphCacheStats stats() const;

 private:
  struct Slot {
    std::uint64_t inputs = 0;                           // configuration and documentInputs()
    std::shared_ptr<const std::vector<Finding>> found;  // relative (RelativeFindings.h); null: not reusable
  };
  using Entry = std::vector<Slot>;  // per paragraph rule, in RuleSet order
  struct State {
    std::shared_ptr<const Document> document;
    std::vector<std::shared_ptr<const Entry>> entries;  // per block of `document`
  };
  // The entries of `previous` for the blocks of `keys`, null where none is known.
  static std::vector<std::shared_ptr<const Entry>> knownEntries(const State& previous,
                                                                const std::vector<std::uint64_t>& keys);

  mutable std::mutex mutex_;
  std::shared_ptr<const State> state_;
  ParagraphCacheStats stats_;
};

}  // namespace copydesk
