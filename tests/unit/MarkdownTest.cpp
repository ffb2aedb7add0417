// Markdown prose extraction: input -> blocks with scopes and exact piece spans.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "markup/Prose.h"
#include "unit/ExtractionTestSupport.h"

namespace copydesk {
namespace {

TEST(Markdown, InvalidUtf8AndBinaryNeverCrash) {
  using namespace std::string_literals;
  std::string text = "Bad \xC3\x28 bytes \xFF\xFE and NUL \0 here.\n"s;
  text += "\0\x01\x02\x80\x81 *x* `y"s;
  for (int i = 0; i < 256; ++i) text.push_back(static_cast<char>(i));
  const ProseMap map = extractMarkdown(text);
  describe(text, map);  // checks the invariants
  EXPECT_FALSE(map.blocks.empty());
}

TEST(Markdown, DeepBlockQuoteNesting) {
  std::string text(10000, '>');
  text += " deep\n";
  const ProseMap map = extractMarkdown(text);
  ASSERT_EQ(map.blocks.size(), 1u);
  EXPECT_TRUE(map.blocks[0].in_blockquote);
  EXPECT_EQ(text.substr(map.blocks[0].span.begin, map.blocks[0].span.size()), "deep");
}

TEST(Markdown, DeepListNesting) {
  std::string text;
  for (int i = 0; i < 10000; ++i) text += "- ";
  text += "x\n";
  std::string lines;
  for (int i = 0; i < 2000; ++i) lines += std::string(static_cast<std::size_t>(i) * 2, ' ') + "- item\n";
  for (const std::string& input : {text, lines}) {
    const ProseMap map = extractMarkdown(input);
    describe(input, map);
    EXPECT_FALSE(map.blocks.empty());
  }
}

TEST(Markdown, DeepInlineNesting) {
  std::string text = std::string(10000, '[') + "x" + std::string(10000, ']') + "\n\n" + std::string(10000, '*') + "y" +
                     std::string(10000, '*') + "\n";
  const ProseMap map = extractMarkdown(text);
  describe(text, map);
}

}  // namespace
}  // namespace copydesk
