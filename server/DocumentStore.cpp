#include "server/DocumentStore.h"

#include <utility>

namespace copydesk::server {

namespace {

// Offset of `p`, and whether it had to be clamped (LineIndex clamps silently).
std::size_t offsetOf(const LineIndex& lines, protocol::Position p, Encoding encoding, bool& clamped) {
  const LinePosition position{p.line, p.character};
  const std::size_t offset = lines.offset(position, encoding);
  if (lines.position(offset, encoding) != position) clamped = true;
  return offset;
}

}  // namespace

bool applyContentChange(std::string& text, LineIndex& lines, const protocol::TextDocumentContentChangeEvent& change,
                        Encoding encoding) {
  if (!change.range) {
    text = change.text;
    lines = LineIndex(text);
    return true;
  }
  bool clamped = false;
  std::size_t begin = offsetOf(lines, change.range->start, encoding, clamped);
  std::size_t end = offsetOf(lines, change.range->end, encoding, clamped);
  if (end < begin) {
    std::swap(begin, end);
    clamped = true;
  }
  text.replace(begin, end - begin, change.text);
  lines = LineIndex(text, lines, TextChange{begin, end, begin + change.text.size()});
  return !clamped;
}

void DocumentStore::open(std::string uri, std::string language_id, std::int64_t version, std::string text) {
  OpenDocument& doc = documents_[uri];
  doc.uri = std::move(uri);
  doc.language_id = std::move(language_id);
  doc.version = version;
  doc.text = std::move(text);
  doc.lines = LineIndex(doc.text);
}

DocumentStore::ChangeResult DocumentStore::change(const std::string& uri, std::int64_t version,
                                                  const std::vector<protocol::TextDocumentContentChangeEvent>& changes,
                                                  Encoding encoding) {
  ChangeResult result;
  const auto it = documents_.find(uri);
  if (it == documents_.end()) return result;
  result.found = true;
  for (const auto& change : changes)
    if (!applyContentChange(it->second.text, it->second.lines, change, encoding)) ++result.clamped;
  it->second.version = version;
  return result;
}

bool DocumentStore::close(const std::string& uri) { return documents_.erase(uri) > 0; }

const OpenDocument* DocumentStore::find(const std::string& uri) const {
  const auto it = documents_.find(uri);
  return it == documents_.end() ? nullptr : &it->second;
}

std::vector<std::string> DocumentStore::uris() const {
  std::vector<std::string> out;
  out.reserve(documents_.size());
  for (const auto& [uri, doc] : documents_) out.push_back(uri);
  return out;
}

}  // namespace copydesk::server
