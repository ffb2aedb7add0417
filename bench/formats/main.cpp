// Extraction speed of each format of the formats table over real documents:
// bytes per second of the row's extractor alone (no tokenising, no rules), one
// thread, best of a few rounds (the machine may be shared). The target of
// issue 22 is at least 20 MB/s for every extractor.
//
// Usage: formats_bench [--rounds N] [LANGUAGE_ID=DIR ...]
//   LANGUAGE_ID names a row (html, mdx, git-commit, ...); every regular file of
//   DIR is read as that format. A git-commit file holding "commit <hash>" lines
//   (the samples' layout) is split into its messages. Default: the folders of
//   shared/formats beside the project, for the rows the table has.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "markup/Formats.h"
#include "markup/Prose.h"

namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

std::string readFile(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

bool isHex40(std::string_view s) {
  return s.size() == 40 && s.find_first_not_of("0123456789abcdef") == std::string_view::npos;
}

// "commit <hash>\n\n<message>\n\ncommit ..." -> the messages.
std::vector<std::string> splitCommits(const std::string& text) {
  std::vector<std::string> out;
  std::size_t message = std::string::npos;
  for (std::size_t line = 0; line < text.size();) {
    std::size_t end = text.find('\n', line);
    if (end == std::string::npos) end = text.size();
    const std::string_view s(text.data() + line, end - line);
    if (s.starts_with("commit ") && isHex40(s.substr(7))) {
      if (message != std::string::npos) out.push_back(text.substr(message, line - message));
      message = std::min(text.size(), end + 2);
    }
    line = end + 1;
  }
  if (message != std::string::npos && message < text.size()) out.push_back(text.substr(message));
  if (out.empty()) out.push_back(text);
  return out;
}

fs::path sharedFormats() {
  const fs::path source = fs::path(COPYDESK_SOURCE_DIR);
  for (fs::path folder = source.parent_path(); folder.has_relative_path(); folder = folder.parent_path())
    if (fs::is_directory(folder / "shared" / "formats")) return folder / "shared" / "formats";
  return source.parent_path() / "shared" / "formats";
}

}  // namespace

int main(int argc, char** argv) {
  int rounds = 5;
  std::vector<std::pair<std::string, fs::path>> inputs;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--rounds" && i + 1 < argc) {
      rounds = std::max(1, std::atoi(argv[++i]));
    } else if (const std::size_t eq = arg.find('='); eq != std::string::npos) {
      inputs.emplace_back(arg.substr(0, eq), arg.substr(eq + 1));
    } else {
      std::fprintf(stderr, "usage: formats_bench [--rounds N] [LANGUAGE_ID=DIR ...]\n");
      return 2;
    }
  }
  if (inputs.empty()) {
    const fs::path shared = sharedFormats();
    const std::pair<const char*, const char*> folders[] = {
        {"mdx", "mdx"},     {"html", "html"}, {"asciidoc", "asciidoc"}, {"restructuredtext", "rst"},
        {"latex", "latex"}, {"org", "org"},   {"typst", "typst"},       {"git-commit", "commits"}};
    for (const auto& [id, folder] : folders)
      if (copydesk::formatForLanguageId(id) && fs::is_directory(shared / folder))
        inputs.emplace_back(id, shared / folder);
  }
  std::printf("%-22s %6s %10s %10s %8s\n", "format", "files", "bytes", "blocks", "MB/s");
  for (const auto& [id, folder] : inputs) {
    const copydesk::FormatInfo* row = copydesk::formatForLanguageId(id);
    if (row == nullptr || !fs::is_directory(folder)) {
      std::fprintf(stderr, "%s: no such row, or %s is not a folder\n", id.c_str(), folder.c_str());
      return 2;
    }
    std::vector<std::string> documents;
    for (const auto& entry : fs::directory_iterator(folder)) {
      if (!entry.is_regular_file() || entry.path().filename() == "README.md") continue;
      const std::string text = readFile(entry.path());
      if (row->format == copydesk::DocumentFormat::GitCommit) {
        for (std::string& message : splitCommits(text)) documents.push_back(std::move(message));
      } else {
        documents.push_back(text);
      }
    }
    std::size_t bytes = 0, blocks = 0;
    for (const std::string& d : documents) bytes += d.size();
    double best = 1e300;
    for (int r = 0; r < rounds; ++r) {
      const auto started = Clock::now();
      std::size_t seen = 0;
      for (const std::string& d : documents) seen += row->extract(d).blocks.size();
      best = std::min(best, std::chrono::duration<double>(Clock::now() - started).count());
      blocks = seen;
    }
    std::printf("%-22s %6zu %10zu %10zu %8.1f\n", std::string(row->name).c_str(), documents.size(), bytes, blocks,
                static_cast<double>(bytes) / best / 1e6);
  }
  return 0;
}
