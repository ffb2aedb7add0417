#include "text/IndexedText.h"

#include <atomic>

namespace copydesk {

namespace {

std::uint64_t nextId() {
  static std::atomic<std::uint64_t> next{1};
  return next.fetch_add(1, std::memory_order_relaxed);
}

std::string replaced(std::string_view text, std::size_t begin, std::size_t end, std::string_view with) {
  std::string out;
  out.reserve(text.size() - (end - begin) + with.size());
  out.append(text.substr(0, begin));
  out.append(with);
  out.append(text.substr(end));
  return out;
}

}  // namespace

IndexedText::IndexedText(std::string text) : text_(std::move(text)), lines_(text_), id_(nextId()) {}

IndexedText::IndexedText(const IndexedText& previous, std::size_t begin, std::size_t end, std::string_view with)
    : text_(replaced(previous.text_, begin, end, with)),
      lines_(text_, previous.lines_, TextChange{begin, end, begin + with.size()}), id_(nextId()) {}

IndexedText::IndexedText(std::string text, const IndexedText& previous, const TextChange& change)
    : text_(std::move(text)), lines_(text_, previous.lines_, change), id_(nextId()) {}

TextChange IndexedText::replace(std::size_t begin, std::size_t end, std::string_view with) {
  const TextChange change{begin, end, begin + with.size()};
  text_.replace(begin, end - begin, with);
  lines_ = LineIndex(text_, lines_, change);  // reads only lines_'s starts, not its (stale) view
  id_ = nextId();
  return change;
}

}  // namespace copydesk
