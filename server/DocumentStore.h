#pragma once
// The text of every open document, exactly as the editor has it, keyed by URI.
// Incremental changes are applied in the negotiated position encoding: the
// document's line index gives the offsets of the start and the end, then a
// splice, and the index is revised (not rebuilt) for the next change. Each
// version's text and line index is one IndexedText, shared read-only with the
// checks (and the engine's Document snapshot of it), so a check copies
// neither. The store also keeps the byte-range changes it applied, so that
// the engine does not find them again by comparing texts (changesSince).
// Out-of-range positions are clamped the way LineIndex clamps them (a
// line past the end -> end of text, a character past the end of its line ->
// end of that line, inside a multi-byte character or surrogate pair -> start of
// that character); a reversed range is swapped. Clamping is reported, never an
// error, so the store never throws on editor input.
//
// Not thread-safe: owned by the server's main strand. Workers get copies.
#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "protocol/LspBasic.h"
#include "text/IndexedText.h"
#include "text/LineIndex.h"
#include "text/TextChange.h"

namespace copydesk::server {

struct OpenDocument {
  std::string uri;
  std::string language_id;
  std::int64_t version = 0;
  std::shared_ptr<const IndexedText> content;  // never null; a new one for each change

  std::string_view text() const { return content->text(); }
  const LineIndex& lines() const { return content->lines(); }

  // One step per didChange, oldest first: the text whose id is `from` became
  // the next one (the last: `content`) by `change`. Bounded
  // (DocumentStore::kMaxSteps); trimmed by historySince.
  std::vector<TextStep> steps;
};

// Applies one change to `text` (being built: not shared yet), returning the
// byte-range change it made; sets `clamped` when a position had to be clamped
// (the change is still applied).
TextChange applyContentChange(IndexedText& text, const protocol::TextDocumentContentChangeEvent& change,
                              Encoding encoding, bool& clamped);
// `text` after `changes`, in order (a new IndexedText, `text` untouched);
// `applied` gets the byte-range changes, `clamped` the number of changes whose
// range had to be clamped.
std::shared_ptr<const IndexedText>
applyContentChanges(const IndexedText& text, const std::vector<protocol::TextDocumentContentChangeEvent>& changes,
                    Encoding encoding, std::vector<TextChange>& applied, int& clamped);

class DocumentStore {
 public:
  // Opening an open URI replaces it (editors do that after a failed sync).
  void open(std::string uri, std::string language_id, std::int64_t version, std::string text);

  struct ChangeResult {
    bool found = false;
    int clamped = 0;  // changes whose range had to be clamped
  };
  // Applies `changes` in order and sets the version.
  ChangeResult change(const std::string& uri, std::int64_t version,
                      const std::vector<protocol::TextDocumentContentChangeEvent>& changes, Encoding encoding);
  bool close(const std::string& uri);

  // The steps that made the document's current text from the text whose id
  // is `text_id` (the one the engine's session last saw:
  // DocumentSession::lastTextId) and every later one; older steps are
  // forgotten. Empty when `text_id` is the current text or a text the store
  // does not remember (then all steps are kept: the engine compares texts).
  std::vector<TextStep> historySince(const std::string& uri, std::uint64_t text_id);

  // The steps kept per document at most (a document nobody checks).
  static constexpr std::size_t kMaxSteps = 1024;

  const OpenDocument* find(const std::string& uri) const;
  std::vector<std::string> uris() const;
  std::size_t size() const { return documents_.size(); }

 private:
  std::map<std::string, OpenDocument, std::less<>> documents_;
};

}  // namespace copydesk::server
