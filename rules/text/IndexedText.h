#pragma once
// A text and its line index, built together and shared read-only: the
// language server's store of open documents revises one per edit, and the
// Document snapshot of that version uses the same one (Document::create and
// revise take it), so an open document has one line index, not two.
//
// Each IndexedText has an id, unique in the process (never 0), so that a list
// of changes can name the text it starts from (TextHistory in TextChange.h)
// without keeping it alive.
//
// Thread-safety: immutable once shared (the const member functions may be
// called from any thread); replace() is for the one who is building it.
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "text/LineIndex.h"
#include "text/TextChange.h"

namespace copydesk {

class IndexedText {
 public:
  explicit IndexedText(std::string text);
  // `previous`'s text with its bytes [begin, end) replaced by `with` (begin <=
  // end <= previous size); its line index revised from `previous`'s, not rebuilt.
  IndexedText(const IndexedText& previous, std::size_t begin, std::size_t end, std::string_view with);
  // `text`, which is `previous`'s text after `change`: the same, the text given.
  IndexedText(std::string text, const IndexedText& previous, const TextChange& change);
  IndexedText(const IndexedText&) = delete;
  IndexedText& operator=(const IndexedText&) = delete;

  static std::shared_ptr<const IndexedText> make(std::string text) {
    return std::make_shared<const IndexedText>(std::move(text));
  }

  std::string_view text() const { return text_; }
  const std::string& str() const { return text_; }
  const LineIndex& lines() const { return lines_; }
  std::uint64_t id() const { return id_; }

  // The same replacement in place, before the text is shared: the text gets a
  // new id. Returns the change as a TextChange.
  TextChange replace(std::size_t begin, std::size_t end, std::string_view with);

 private:
  std::string text_;
  LineIndex lines_;  // views text_, which never moves (the object does not either)
  std::uint64_t id_;
};

}  // namespace copydesk
