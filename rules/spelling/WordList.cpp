#include "spelling/WordList.h"

#include <filesystem>
#include <fstream>
#include <sstream>

#include "text/Ascii.h"
#include "text/DataLines.h"
#include "text/Utf.h"

namespace copydesk {

WordList WordList::fromLines(std::string_view text) {
  WordList words;
  words.addLines(text);
  return words;
}

void WordList::addLines(std::string_view text) {
  for (const std::string_view line : DataLines(text)) add(line);
}

void WordList::add(std::string_view word) {
  std::string lower = utf::toLower(word);
  if (lower == word) {
    folded_.insert(std::move(lower));
  } else {
    exact_.emplace(word);
  }
}

bool WordList::contains(std::string_view word) const {
  if (word.empty()) return false;
  // ASCII words (nearly all) are folded on the stack: no allocation.
  char buffer[64];
  bool ascii = word.size() <= sizeof buffer;
  for (std::size_t i = 0; ascii && i < word.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(word[i]);
    if (c >= 0x80) ascii = false;
    else buffer[i] = asciiLower(static_cast<char>(c));
  }
  if (ascii) {
    if (folded_.find(std::string_view(buffer, word.size())) != folded_.end()) return true;
  } else if (folded_.find(utf::toLower(word)) != folded_.end()) {
    return true;
  }
  return exact_.find(word) != exact_.end();
}

void WordList::merge(const WordList& other) {
  exact_.insert(other.exact_.begin(), other.exact_.end());
  folded_.insert(other.folded_.begin(), other.folded_.end());
}

std::string wordListProblem(std::string_view content) {
  if (content.find('\0') != std::string_view::npos) return "contains NUL bytes (a binary file?)";
  if (!utf::isValid(content)) return "is not valid UTF-8 text";
  return {};
}

bool loadWordListFile(const std::string& path, WordList& out, std::string* problem) {
  std::error_code ec;
  if (!std::filesystem::is_regular_file(path, ec)) return false;
  std::ifstream in(path, std::ios::binary);
  std::ostringstream content;
  content << in.rdbuf();
  const std::string text = content.str();
  if (const std::string why = wordListProblem(text); !why.empty()) {
    if (problem) *problem = "the dictionary " + path + " " + why + ": its words are ignored";
  } else {
    out.addLines(text);
  }
  return true;
}

std::string loadWorkspaceDictionary(std::string_view path, WordList& out, std::string* problem) {
  namespace fs = std::filesystem;
  std::error_code ec;
  fs::path dir = fs::absolute(fs::path(path), ec);
  if (ec) return {};
  if (!fs::is_directory(dir, ec)) dir = dir.parent_path();
  for (; !dir.empty(); dir = dir.parent_path()) {
    const std::string candidate = (dir / ".copydesk" / "dictionary.txt").string();
    if (loadWordListFile(candidate, out, problem)) return candidate;
    if (dir == dir.root_path()) break;
  }
  return {};
}

}  // namespace copydesk
