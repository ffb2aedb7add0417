#pragma once
// A set of accepted words (workspace dictionary, configuration, built-in
// vocabulary). A word written in lower case in the list accepts any
// capitalisation; a word with capitals accepts that exact spelling.
#include <string>
#include <string_view>
#include <unordered_set>

namespace copydesk {

class WordList {
 public:
  // One word per line; blank lines and lines starting with '#' are skipped;
  // surrounding white space is trimmed.
  void addLines(std::string_view text);
  // A list of the words in `text`, as addLines reads them.
  static WordList fromLines(std::string_view text);
  void add(std::string_view word);
  bool contains(std::string_view word) const;
  std::size_t size() const { return exact_.size() + folded_.size(); }
  void merge(const WordList& other);
  // Calls f(word) for every word as it was added (lower-cased when it accepts any case).
  template <typename F>
  void forEachWord(F&& f) const {
    for (const std::string& w : exact_) f(std::string_view(w));
    for (const std::string& w : folded_) f(std::string_view(w));
  }

 private:
  struct Hash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const noexcept { return std::hash<std::string_view>{}(s); }
  };
  std::unordered_set<std::string, Hash, std::equal_to<>> exact_;
  std::unordered_set<std::string, Hash, std::equal_to<>> folded_;
};

// Adds the words of the word list file `path`; false when there is no such
// file. A file that is not a text word list (NUL bytes or invalid UTF-8)
// adds nothing and, when `problem` is given, sets it to a one-line message
// naming the file.
bool loadWordListFile(const std::string& path, WordList& out, std::string* problem = nullptr);

// Reads the workspace dictionary that applies to `path`: the nearest
// `.copydesk/dictionary.txt` in the file's folder or above. Returns the
// dictionary file's path (empty when none) and adds its words to `out`.
// A file that is not a text word list (NUL bytes or invalid UTF-8: a binary
// file, garbage) adds nothing and, when `problem` is given, sets it to a
// one-line message naming the file.
std::string loadWorkspaceDictionary(std::string_view path, WordList& out, std::string* problem = nullptr);

// Empty when `content` can be a word list; otherwise why not ("contains NUL
// bytes", "is not valid UTF-8").
std::string wordListProblem(std::string_view content);

}  // namespace copydesk
