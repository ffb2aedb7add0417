// Every format of the formats table over real documents: its samples
// (tests/data/formats/<first language id>/, with their licences) give findings
// only on prose, and seed 001 written in the format gives the findings of its
// Markdown form. Markdown and plain text have their own corpus tests.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "engine/Engine.h"
#include "rules/IncrementalTestSupport.h"

namespace copydesk {
namespace {

namespace fs = std::filesystem;

const fs::path kFormatsData = fs::path(COPYDESK_SOURCE_DIR) / "tests" / "data" / "formats";

std::string readFile(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

std::vector<Finding> check(const std::string& path, std::string text, DocumentFormat format) {
  const auto document = Document::create(path, std::move(text), format);
  return checkDocument(*document, testing::allDefaultRules(), testing::testServices());
}

bool hasOwnCorpus(const FormatInfo& row) {
  return row.format == DocumentFormat::Markdown || row.format == DocumentFormat::PlainText;
}

// Where a finding may stand: inside a block, starting in one of its pieces
// (not a line break), touching no code block and no comment.
std::string whyNotOnProse(const ProseMap& prose, ByteSpan span) {
  const auto overlaps = [&](ByteSpan other) { return span.begin < other.end && other.begin < span.end; };
  for (ByteSpan code : prose.code_blocks)
    if (overlaps(code)) return "overlaps a code block";
  for (const Comment& comment : prose.comments)
    if (overlaps(comment.span)) return "overlaps a comment";
  for (const Block& block : prose.blocks) {
    if (span.begin < block.span.begin || span.end > block.span.end) continue;
    for (const Piece& piece : block.pieces)
      if (piece.kind != PieceKind::LineBreak && piece.span.begin <= span.begin && span.begin < piece.span.end)
        return {};
    return "starts outside the block's pieces";
  }
  return "outside every block";
}

TEST(FormatSamples, EveryFormatHasSamples) {
  for (const FormatInfo& row : formats()) {
    if (hasOwnCorpus(row)) continue;
    const fs::path folder = kFormatsData / std::string(row.language_ids.front());
    ASSERT_TRUE(fs::is_directory(folder)) << row.name << ": no samples in " << folder;
    EXPECT_TRUE(fs::exists(folder / "README.md")) << row.name << ": the samples' source and licence";
  }
}

TEST(FormatSamples, FindingsLieOnProse) {
  for (const FormatInfo& row : formats()) {
    if (hasOwnCorpus(row)) continue;
    const fs::path folder = kFormatsData / std::string(row.language_ids.front());
    if (!fs::is_directory(folder)) continue;
    std::size_t samples = 0, findings = 0;
    for (const fs::directory_entry& entry : fs::directory_iterator(folder)) {
      if (entry.path().filename() == "README.md") continue;
      ++samples;
      const std::string text = readFile(entry.path());
      const auto document = Document::create(entry.path().string(), text, row.format);
      for (const Finding& f : checkDocument(*document, testing::allDefaultRules(), testing::testServices())) {
        ++findings;
        const std::string why = whyNotOnProse(document->prose(), f.span);
        EXPECT_EQ(why, "") << entry.path().filename() << ": " << f.rule_id << " at " << f.span.begin << " \""
                           << text.substr(f.span.begin, std::min<std::size_t>(f.span.size(), 60)) << "\"";
      }
    }
    EXPECT_GT(samples, 0u) << row.name;
    EXPECT_GT(findings, 0u) << row.name << ": real documents give some findings";
  }
}

// "rule-id: words" for each finding, in order.
std::vector<std::string> ruleAndWords(const std::string& text, const std::vector<Finding>& findings) {
  std::vector<std::string> out;
  for (const Finding& f : findings) out.push_back(f.rule_id + ": " + text.substr(f.span.begin, f.span.size()));
  return out;
}

// `file` finds what `markdown_file` finds, except the findings of `skipped_rule`.
void expectSameAsMarkdown(const std::string& file, DocumentFormat format, const std::string& markdown_file,
                          std::string_view skipped_rule = {}) {
  const fs::path folder = kFormatsData / "seed-001";
  const std::string text = readFile(folder / file);
  const std::string markdown = readFile(folder / markdown_file);
  std::vector<std::string> expected = ruleAndWords(markdown, check(markdown_file, markdown, DocumentFormat::Markdown));
  ASSERT_GE(expected.size(), 5u) << "seed 001 has misspellings, statistics, style findings";
  if (!skipped_rule.empty())
    std::erase_if(expected,
                  [&](const std::string& found) { return found.starts_with(std::string(skipped_rule) + ":"); });
  EXPECT_EQ(ruleAndWords(text, check(file, text, format)), expected) << file;
}

TEST(FormatSamples, SeedInHtmlFindsWhatMarkdownFinds) {
  expectSameAsMarkdown("seed-001.html", DocumentFormat::Html, "seed-001.md");
}

TEST(FormatSamples, SeedInMdxFindsWhatMarkdownFinds) {
  expectSameAsMarkdown("seed-001.mdx", DocumentFormat::Mdx, "seed-001.md");
}

TEST(FormatSamples, SeedAsCommitMessageFindsWhatMarkdownFinds) {
  // Git dates a commit message: relative time is not reported there (facts/relative-time).
  expectSameAsMarkdown("seed-001.COMMIT_EDITMSG", DocumentFormat::GitCommit, "seed-001-commit.md",
                       "facts/relative-time");
}

TEST(FormatSamples, SeedInTheScannedFormatsFindsWhatMarkdownFinds) {
  expectSameAsMarkdown("seed-001.adoc", DocumentFormat::AsciiDoc, "seed-001-markup.md");
  expectSameAsMarkdown("seed-001.rst", DocumentFormat::RestructuredText, "seed-001-markup.md");
  // LaTeX writes "70\%" where Markdown writes "70%": the same words once the escape is dropped.
  const fs::path folder = kFormatsData / "seed-001";
  const std::string markdown = readFile(folder / "seed-001-markup.md");
  const std::string latex = readFile(folder / "seed-001.tex");
  std::vector<std::string> latex_words = ruleAndWords(latex, check("seed-001.tex", latex, DocumentFormat::Latex));
  for (std::string& words : latex_words)
    if (const std::size_t escape = words.find("\\%"); escape != std::string::npos) words.erase(escape, 1);
  EXPECT_EQ(latex_words, ruleAndWords(markdown, check("seed-001-markup.md", markdown, DocumentFormat::Markdown)));
  expectSameAsMarkdown("seed-001.org", DocumentFormat::Org, "seed-001-markup.md");
  expectSameAsMarkdown("seed-001.typ", DocumentFormat::Typst, "seed-001-markup.md");
}

}  // namespace
}  // namespace copydesk
