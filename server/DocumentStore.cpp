#include "server/DocumentStore.h"

#include <utility>

#include "text/TextChange.h"

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

TextChange applyContentChange(IndexedText& text, const protocol::TextDocumentContentChangeEvent& change,
                              Encoding encoding, bool& clamped) {
  if (!change.range) return text.replace(0, text.text().size(), change.text);
  const LineIndex& lines = text.lines();
  std::size_t begin = offsetOf(lines, change.range->start, encoding, clamped);
  std::size_t end = offsetOf(lines, change.range->end, encoding, clamped);
  if (end < begin) {
    std::swap(begin, end);
    clamped = true;
  }
  return text.replace(begin, end, change.text);
}

std::shared_ptr<const IndexedText>
applyContentChanges(const IndexedText& text, const std::vector<protocol::TextDocumentContentChangeEvent>& changes,
                    Encoding encoding, std::vector<TextChange>& applied, int& clamped) {
  std::shared_ptr<IndexedText> next;
  for (const auto& change : changes) {
    bool was_clamped = false;
    if (!next) {
      // The first change builds the new text in one pass from the old one
      // (which stays as it is: checks may be reading it).
      std::size_t begin = 0, end = text.text().size();
      if (change.range) {
        begin = offsetOf(text.lines(), change.range->start, encoding, was_clamped);
        end = offsetOf(text.lines(), change.range->end, encoding, was_clamped);
        if (end < begin) {
          std::swap(begin, end);
          was_clamped = true;
        }
      }
      next = change.range ? std::make_shared<IndexedText>(text, begin, end, change.text)
                          : std::make_shared<IndexedText>(change.text);
      applied.push_back(TextChange{begin, end, begin + change.text.size()});
    } else {
      applied.push_back(applyContentChange(*next, change, encoding, was_clamped));
    }
    if (was_clamped) ++clamped;
  }
  return next;
}

void DocumentStore::open(std::string uri, std::string language_id, std::int64_t version, std::string text) {
  OpenDocument& doc = documents_[uri];
  doc.uri = std::move(uri);
  doc.language_id = std::move(language_id);
  doc.version = version;
  doc.content = IndexedText::make(std::move(text));
  doc.steps.clear();
}

DocumentStore::ChangeResult DocumentStore::change(const std::string& uri, std::int64_t version,
                                                  const std::vector<protocol::TextDocumentContentChangeEvent>& changes,
                                                  Encoding encoding) {
  ChangeResult result;
  const auto it = documents_.find(uri);
  if (it == documents_.end()) return result;
  result.found = true;
  OpenDocument& doc = it->second;
  std::vector<TextChange> applied;
  if (auto next = applyContentChanges(*doc.content, changes, encoding, applied, result.clamped)) {
    if (doc.steps.size() >= kMaxSteps) doc.steps.erase(doc.steps.begin(), doc.steps.begin() + kMaxSteps / 2);
    doc.steps.push_back(TextStep{doc.content->id(), *composeChanges(applied)});
    doc.content = std::move(next);
  }
  doc.version = version;
  return result;
}

std::vector<TextStep> DocumentStore::historySince(const std::string& uri, std::uint64_t text_id) {
  const auto it = documents_.find(uri);
  if (it == documents_.end()) return {};
  OpenDocument& doc = it->second;
  if (text_id == doc.content->id()) {
    doc.steps.clear();
    return {};
  }
  for (std::size_t i = doc.steps.size(); i-- > 0;) {
    if (doc.steps[i].from != text_id) continue;
    doc.steps.erase(doc.steps.begin(), doc.steps.begin() + static_cast<std::ptrdiff_t>(i));
    return doc.steps;
  }
  return {};
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
