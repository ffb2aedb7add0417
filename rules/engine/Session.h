#pragma once
// The engine's state for one open document (an editor's file): its last
// snapshot and the findings it knows per paragraph, so that each new version
// is built from the last one (Document::revise) and only the paragraphs an
// edit touched are checked again. The front ends hold a session per open
// document and never see how it is kept (engine/ParagraphCache.h).
//
// An editor's front end knows what changed: it passes the new text with its
// line index (IndexedText, shared with the snapshot) and the steps of its
// history since the text of the session's last snapshot (lastTextId()), and
// the texts are not compared again. Callers that have only the text pass it
// alone.
//
// Thread-safety: check() may run on several threads at once (an obsolete
// check still running beside the new one); the last to finish is kept.
#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <vector>

#include "document/Document.h"
#include "engine/Engine.h"

namespace copydesk {

class ParagraphCache;

class DocumentSession {
 public:
  DocumentSession();
  ~DocumentSession();
  DocumentSession(const DocumentSession&) = delete;
  DocumentSession& operator=(const DocumentSession&) = delete;

  struct Checked {
    std::shared_ptr<const Document> document;
    std::vector<Finding> findings;  // exactly checkDocument()'s
  };
  // The snapshot of `text` and its findings. `salt`: anything else that
  // changes findings (the caller's configuration generation); a new salt
  // rechecks everything.
  Checked check(const std::string& path, std::string text, DocumentFormat format, std::int64_t version,
                const RuleSet& rules, const CheckServices& services, std::uint64_t salt);
  // The same for a text built already; `history` (oldest first, the last step
  // giving `text`) says how it came from earlier texts. When it holds the text
  // of the last snapshot, the changes after it are used; otherwise (an older
  // check finished last, the history was cut) the texts are compared.
  Checked check(const std::string& path, std::shared_ptr<const IndexedText> text, std::span<const TextStep> history,
                DocumentFormat format, std::int64_t version, const RuleSet& rules, const CheckServices& services,
                std::uint64_t salt);

  // The id of the last snapshot's text (IndexedText::id()), which the next
  // check's history should start from; 0 before the first check.
  std::uint64_t lastTextId() const;

 private:
  std::unique_ptr<ParagraphCache> paragraphs_;
};

}  // namespace copydesk
