#include "spelling/WordList.h"

#include <filesystem>
#include <fstream>
#include <sstream>

#include "text/Utf.h"

namespace copydesk {

namespace {
std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}
}  // namespace

void WordList::addLines(std::string_view text) {
  while (!text.empty()) {
    const std::size_t newline = text.find('\n');
    std::string_view line = trim(text.substr(0, newline));
    text = newline == std::string_view::npos ? std::string_view{} : text.substr(newline + 1);
    if (line.empty() || line.front() == '#') continue;
    add(line);
  }
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
  const std::string lower = utf::toLower(word);
  if (folded_.count(lower)) return true;
  if (exact_.count(std::string(word))) return true;
  return false;
}

void WordList::merge(const WordList& other) {
  exact_.insert(other.exact_.begin(), other.exact_.end());
  folded_.insert(other.folded_.begin(), other.folded_.end());
}

std::string loadWorkspaceDictionary(std::string_view path, WordList& out) {
  namespace fs = std::filesystem;
  std::error_code ec;
  fs::path dir = fs::absolute(fs::path(path), ec);
  if (ec) return {};
  if (!fs::is_directory(dir, ec)) dir = dir.parent_path();
  for (; !dir.empty(); dir = dir.parent_path()) {
    const fs::path candidate = dir / ".copydesk" / "dictionary.txt";
    if (fs::is_regular_file(candidate, ec)) {
      std::ifstream in(candidate, std::ios::binary);
      std::ostringstream content;
      content << in.rdbuf();
      out.addLines(content.str());
      return candidate.string();
    }
    if (dir == dir.root_path()) break;
  }
  return {};
}

}  // namespace copydesk
