// Speed of the hand-written extractors (markup/BlockBuilder.h): MB/s of
// extraction on one core over the sample documents of each format, best of
// several passes (the machine may be shared; the figures are noisy).
//
// Usage: format_scanners_bench [FORMATS_DIR] [--passes N]
//        FORMATS_DIR holds asciidoc/, rst/, latex/, org/ and typst/ (default:
//        $COPYDESK_FORMATS, else shared/formats in the first ancestor folder of
//        the source tree that has one, else tests/data/formats).
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "markup/Prose.h"

namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

struct Scanner {
  const char* name;
  const char* folder;
  copydesk::ProseMap (*extract)(std::string_view text);
};

const Scanner kScanners[] = {
    {"AsciiDoc", "asciidoc", &copydesk::extractAsciiDoc},
    {"reStructuredText", "rst", &copydesk::extractRestructuredText},
    {"LaTeX", "latex", &copydesk::extractLatex},
    {"Org", "org", &copydesk::extractOrg},
    {"Typst", "typst", &copydesk::extractTypst},
};

fs::path defaultFormats() {
  if (const char* named = std::getenv("COPYDESK_FORMATS")) return named;
  const fs::path source = fs::path(COPYDESK_SOURCE_DIR);
  for (fs::path folder = source.parent_path(); folder.has_relative_path(); folder = folder.parent_path())
    if (fs::is_directory(folder / "shared" / "formats")) return folder / "shared" / "formats";
  return source / "tests" / "data" / "formats";
}

std::vector<std::string> readSamples(const fs::path& folder) {
  std::vector<fs::path> paths;
  if (fs::is_directory(folder))
    for (const auto& entry : fs::directory_iterator(folder))
      if (entry.is_regular_file() && entry.path().extension() != ".md") paths.push_back(entry.path());
  std::sort(paths.begin(), paths.end());
  std::vector<std::string> texts;
  for (const fs::path& path : paths) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    texts.push_back(text.str());
  }
  return texts;
}

}  // namespace

int main(int argc, char** argv) {
  fs::path formats = defaultFormats();
  int passes = 20;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--passes" && i + 1 < argc) {
      passes = std::max(1, std::atoi(argv[++i]));
    } else {
      formats = arg;
    }
  }
  std::printf("samples: %s (best of %d passes, one core)\n", formats.c_str(), passes);
  std::printf("%-18s %6s %10s %8s %8s\n", "format", "files", "bytes", "blocks", "MB/s");
  for (const Scanner& scanner : kScanners) {
    const std::vector<std::string> texts = readSamples(formats / scanner.folder);
    std::size_t bytes = 0;
    std::size_t blocks = 0;
    for (const std::string& text : texts) {
      bytes += text.size();
      blocks += scanner.extract(text).blocks.size();
    }
    double best = 1e30;
    for (int pass = 0; pass < passes; ++pass) {
      const auto start = Clock::now();
      for (const std::string& text : texts) {
        const copydesk::ProseMap map = scanner.extract(text);
        if (map.blocks.size() > text.size()) std::abort();  // keeps the work observable
      }
      best = std::min(best, std::chrono::duration<double>(Clock::now() - start).count());
    }
    const double mb_per_s = best > 0 ? static_cast<double>(bytes) / best / 1e6 : 0;
    std::printf("%-18s %6zu %10zu %8zu %8.1f\n", scanner.name, texts.size(), bytes, blocks, mb_per_s);
  }
  return 0;
}
