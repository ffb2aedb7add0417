// Plain-text prose extraction: paragraphs, headings, list items, URLs.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "markup/Prose.h"
#include "unit/ExtractionTestSupport.h"

namespace copydesk {
namespace {

// Kind (and level) of each block with its text: "heading2: Text".
std::vector<std::string> outline(std::string_view text, const ProseMap& map) {
  std::vector<std::string> out;
  for (const Block& block : map.blocks) {
    std::string line(blockKindName(block.kind));
    if (block.level != 0) line += std::to_string(block.level);
    line += ": ";
    line += std::string(text.substr(block.span.begin, block.span.size()));
    out.push_back(line);
  }
  return out;
}

const std::string kLong =
    "This sentence is long enough to be a paragraph in one-paragraph-per-line text because it runs past one "
    "hundred bytes.";

TEST(PlainText, OneParagraphPerLine) {
  const std::string text = kLong + "\nA Heading Line\n" + kLong + "\n" + kLong + "\n";
  EXPECT_EQ(outline(text, extractPlainText(text)),
            (std::vector<std::string>{"paragraph: " + kLong, "heading2: A Heading Line", "paragraph: " + kLong,
                                      "paragraph: " + kLong}));
}

TEST(PlainText, SeedShape) {
  // The shape of seed-001: one paragraph per line, headings as lines of their
  // own, one of them ending with a period, and a closing one-line paragraph.
  const std::string text =
      "For a long time, the introduction of Rust into the Linux kernel was treated as a highly publicized "
      "experiment. It was a pragmatic proof of concept.\n"
      "As of the recent consensus among kernel maintainers, that trial period is over. Rust is no longer an "
      "experiment.\n"
      "Moving past the Experimental phase.\n"
      "When Rust was first merged into the Linux kernel, the approach was cautious. The kernel has over 30 years "
      "of history.\n"
      "Engineering Risk Mitigation\n"
      "From a high-level engineering perspective, this decision is fundamentally about risk mitigation. "
      "Historically, that was hard.\n"
      "The significance of this milestone extends far beyond the Linux kernel itself.\n"
      "Linux is arguably the most conservative software project in the world when it comes to adopting new "
      "paradigms.\n"
      "Find more updates on the Rust ecosystem and modern software architecture at Rust-Stack.";
  const ProseMap map = extractPlainText(text);
  std::vector<std::string> kinds;
  for (const Block& b : map.blocks) kinds.push_back(std::string(blockKindName(b.kind)) + std::to_string(b.level));
  EXPECT_EQ(kinds, (std::vector<std::string>{"paragraph0", "paragraph0", "heading2", "paragraph0", "heading2",
                                             "paragraph0", "paragraph0", "paragraph0", "paragraph0"}));
  ASSERT_EQ(map.blocks.size(), 9u);
  EXPECT_EQ(text.substr(map.blocks[2].span.begin, map.blocks[2].span.size()), "Moving past the Experimental phase.");
  EXPECT_EQ(text.substr(map.blocks[4].span.begin, map.blocks[4].span.size()), "Engineering Risk Mitigation");
  for (const Block& block : map.blocks) {
    ASSERT_EQ(block.pieces.size(), 1u);  // one line each, no line breaks inside
  }
}

TEST(PlainText, LoneBulletLines) {
  // seed-000 puts a bullet on a line of its own before the item's text.
  const std::string text = kLong + "\n-\nSkill Development Investment: begin training.\n- Database engines\n" + kLong;
  EXPECT_EQ(outline(text, extractPlainText(text)),
            (std::vector<std::string>{"paragraph: " + kLong, "list-item: Skill Development Investment: begin training.",
                                      "list-item: Database engines", "paragraph: " + kLong}));
}

std::string readSeed(const char* name) {
  std::ifstream in(std::string(COPYDESK_SOURCE_DIR) + "/tests/data/seeds/" + name, std::ios::binary);
  EXPECT_TRUE(in) << "tests/data/seeds/" << name;
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

TEST(PlainText, RealSeedArticles) {
  const std::string seed1 = readSeed("seed-001.txt");
  const std::string seed0 = readSeed("seed-000.txt");
  const std::string seed3 = readSeed("seed-003.txt");
  ASSERT_FALSE(seed1.empty() || seed0.empty() || seed3.empty());

  const auto headingTexts = [](const std::string& text) {
    std::vector<std::string> out;
    for (const Block& b : extractPlainText(text).blocks) {
      if (b.kind == BlockKind::Heading) out.push_back(text.substr(b.span.begin, b.span.size()));
    }
    return out;
  };
  EXPECT_EQ(headingTexts(seed1),
            (std::vector<std::string>{"Moving past the Experimental phase.", "Engineering Risk Mitigation",
                                      "Impact on System Development"}));
  const auto h0 = headingTexts(seed0);
  ASSERT_GE(h0.size(), 20u);
  EXPECT_EQ(h0[0], "Rust Linux kernel No Longer Experimental: Systems Revolution");
  EXPECT_EQ(h0[1], "Rust Linux kernel No Longer Experimental: The Post-C Era Begins");
  EXPECT_EQ(h0.back(), "Looking Forward: The Post-C Era");
  for (const std::string& h : h0) EXPECT_EQ(h.find("Database"), std::string::npos) << h;  // list items

  const ProseMap map1 = extractPlainText(seed1);
  EXPECT_EQ(map1.blocks.front().kind, BlockKind::Paragraph);

  const auto h3 = headingTexts(seed3);
  EXPECT_NE(std::find(h3.begin(), h3.end(), "The End of \u201CExperimental\u201D Status"), h3.end());
  EXPECT_NE(std::find(h3.begin(), h3.end(), "Rust in the Linux Kernel: From Experiment to Core Component"), h3.end());
}

TEST(PlainText, InvalidUtf8AndBinaryNeverCrash) {
  std::string text = "Bad \xC3\x28 bytes \xFF\xFE\n\nHeading \x80\n";
  for (int i = 0; i < 256; ++i) text.push_back(static_cast<char>(i));
  text += "\r\r\n\xC2";
  describe(text, extractPlainText(text));
}

TEST(PlainText, ExtractProseDispatches) {
  const std::string text = "`code` here.\n";
  EXPECT_EQ(extractProse(text, DocumentFormat::Markdown).blocks.front().pieces.front().kind, PieceKind::Code);
  EXPECT_EQ(extractProse(text, DocumentFormat::PlainText).blocks.front().pieces.front().kind, PieceKind::Prose);
  EXPECT_EQ(blockKindName(BlockKind::ListItem), "list-item");
  EXPECT_EQ(blockKindName(BlockKind::TableCell), "table-cell");
}

}  // namespace
}  // namespace copydesk
