#pragma once
// The lines of a word list or of an embedded data file, as every loader reads
// them: each line without its "\n" or "\r\n" and trimmed of spaces and tabs;
// blank lines and "#" comment lines are skipped. A range of views into the
// text, so loading allocates nothing per line:
//
//   for (std::string_view line : DataLines(data::grammar_article_txt)) ...
#include <cstddef>
#include <iterator>
#include <string_view>

namespace copydesk {

class DataLines {
 public:
  explicit DataLines(std::string_view text) : text_(text) {}

  class iterator {
   public:
    using iterator_category = std::input_iterator_tag;
    using value_type = std::string_view;
    using difference_type = std::ptrdiff_t;
    using pointer = const std::string_view*;
    using reference = std::string_view;

    iterator() = default;
    explicit iterator(std::string_view rest) : rest_(rest), done_(false) { advance(); }

    std::string_view operator*() const { return line_; }
    iterator& operator++() {
      advance();
      return *this;
    }
    void operator++(int) { advance(); }
    bool operator==(const iterator& other) const { return done_ == other.done_; }

   private:
    static bool isBlank(char c) { return c == ' ' || c == '\t' || c == '\r'; }

    // Moves to the next line that is neither blank nor a comment.
    void advance() {
      while (!rest_.empty()) {
        const std::size_t newline = rest_.find('\n');
        std::string_view line = rest_.substr(0, newline);
        rest_ = newline == std::string_view::npos ? std::string_view{} : rest_.substr(newline + 1);
        while (!line.empty() && isBlank(line.front())) line.remove_prefix(1);
        while (!line.empty() && isBlank(line.back())) line.remove_suffix(1);
        if (line.empty() || line.front() == '#') continue;
        line_ = line;
        return;
      }
      done_ = true;
    }

    std::string_view rest_;
    std::string_view line_;
    bool done_ = true;  // a default-constructed iterator is the end
  };

  iterator begin() const { return iterator(text_); }
  iterator end() const { return iterator(); }

 private:
  std::string_view text_;
};

}  // namespace copydesk
