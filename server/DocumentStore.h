#pragma once
// The text of every open document, exactly as the editor has it, keyed by URI.
// Incremental changes are applied in the negotiated position encoding: the
// document's line index gives the offsets of the start and the end, then a
// splice, and the index is revised (not rebuilt) for the next change. Out-of-range positions are clamped the way LineIndex clamps them (a
// line past the end -> end of text, a character past the end of its line ->
// end of that line, inside a multi-byte character or surrogate pair -> start of
// that character); a reversed range is swapped. Clamping is reported, never an
// error, so the store never throws on editor input.
//
// Not thread-safe: owned by the server's main strand. Workers get copies.
#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "protocol/LspBasic.h"
#include "text/LineIndex.h"

namespace copydesk::server {

struct OpenDocument {
  std::string uri;
  std::string language_id;
  std::int64_t version = 0;
  std::string text;
  LineIndex lines;  // of `text`, kept in step by the store
};

// Applies one change to `text` and `lines` (its index); returns false when a
// position had to be clamped (the change is still applied).
bool applyContentChange(std::string& text, LineIndex& lines, const protocol::TextDocumentContentChangeEvent& change,
                        Encoding encoding);

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

  const OpenDocument* find(const std::string& uri) const;
  std::vector<std::string> uris() const;
  std::size_t size() const { return documents_.size(); }

 private:
  std::map<std::string, OpenDocument, std::less<>> documents_;
};

}  // namespace copydesk::server
