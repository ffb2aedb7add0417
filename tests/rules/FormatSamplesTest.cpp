// The hand-written extractors (AsciiDoc, reStructuredText, LaTeX, Org, Typst)
// under every default rule: on real samples (tests/data/formats/<format>/)
// every finding lies in prose, never in code, markup, comments or metadata;
// and seed-001 written in each format (tests/data/formats/seed-001/) gives the
// findings of its Markdown form (same rule ids and words).
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "rules/RuleTestHelpers.h"

namespace copydesk {
namespace {

namespace fs = std::filesystem;

const fs::path kFormats = fs::path(COPYDESK_SOURCE_DIR) / "tests" / "data" / "formats";
constexpr CivilDate kCheckDate{2026, 11, 21};

struct Sample {
  const char* folder;
  const char* extension;
  DocumentFormat format;
};

const Sample kSamples[] = {
    {"asciidoc", ".adoc", DocumentFormat::AsciiDoc}, {"rst", ".rst", DocumentFormat::RestructuredText},
    {"latex", ".tex", DocumentFormat::Latex},        {"org", ".org", DocumentFormat::Org},
    {"typst", ".typ", DocumentFormat::Typst},
};

std::string readFile(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

std::vector<Finding> checkAll(const Document& document) {
  CheckServices services;
  services.spelling = testing::testSpellChecker();
  services.check_date = kCheckDate;
  return checkDocument(document, defaultRuleSet(), services);
}

// Whether [begin, end) lies inside one block and starts in one of its Prose pieces.
bool inProse(const ProseMap& prose, ByteSpan span) {
  for (const Block& block : prose.blocks) {
    if (span.begin < block.span.begin || span.end > block.span.end) continue;
    for (const Piece& piece : block.pieces)
      if (piece.kind == PieceKind::Prose && span.begin >= piece.span.begin && span.begin < piece.span.end) return true;
  }
  return false;
}

class FormatSamples : public ::testing::TestWithParam<Sample> {};

TEST_P(FormatSamples, EveryFindingLiesInProse) {
  const Sample& sample = GetParam();
  std::size_t files = 0;
  std::size_t findings = 0;
  for (const auto& entry : fs::directory_iterator(kFormats / sample.folder)) {
    if (entry.path().extension() != sample.extension) continue;
    ++files;
    const auto document = Document::create(entry.path().string(), readFile(entry.path()), sample.format);
    for (const Finding& f : checkAll(*document)) {
      ++findings;
      const auto at = document->lines().position(f.span.begin, Encoding::Utf8);
      EXPECT_TRUE(inProse(document->prose(), f.span)) << entry.path().filename().string() << ":" << at.line + 1 << ": "
                                                      << f.rule_id << " [" << document->slice(f.span) << "]";
    }
  }
  EXPECT_GE(files, 3u);
  EXPECT_GT(findings, 0u) << "the samples give findings, so the check above checks something";
}

INSTANTIATE_TEST_SUITE_P(Formats, FormatSamples, ::testing::ValuesIn(kSamples),
                         [](const ::testing::TestParamInfo<Sample>& info) { return std::string(info.param.folder); });

// "rule-id [words]" for every finding, sorted.
std::vector<std::string> findingWords(const fs::path& path, DocumentFormat format) {
  const auto document = Document::create(path.string(), readFile(path), format);
  std::vector<std::string> out;
  for (const Finding& f : checkAll(*document))
    out.push_back(f.rule_id + " [" + std::string(document->slice(f.span)) + "]");
  std::sort(out.begin(), out.end());
  return out;
}

TEST_P(FormatSamples, SeedGivesTheFindingsOfItsMarkdownForm) {
  const Sample& sample = GetParam();
  const fs::path seed = kFormats / "seed-001";
  const std::vector<std::string> markdown = findingWords(seed / "seed-001.md", DocumentFormat::Markdown);
  ASSERT_FALSE(markdown.empty());
  EXPECT_NE(std::find(markdown.begin(), markdown.end(), "spelling [concensus]"), markdown.end());
  EXPECT_EQ(findingWords(seed / ("seed-001" + std::string(sample.extension)), sample.format), markdown);
}

}  // namespace
}  // namespace copydesk
