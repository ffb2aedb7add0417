#include <gtest/gtest.h>

#include "text/Utf.h"

namespace copydesk {
namespace {

TEST(Utf, DecodesEachLength) {
  EXPECT_EQ(utf::decode("a", 0).code_point, U'a');
  EXPECT_EQ(utf::decode("é", 0).length, 2);
  EXPECT_EQ(utf::decode("中", 0).code_point, U'中');
  const auto emoji = utf::decode("😀", 0);
  EXPECT_EQ(emoji.code_point, 0x1F600u);
  EXPECT_EQ(emoji.length, 4);
  EXPECT_TRUE(emoji.valid);
}

TEST(Utf, InvalidSequencesAreOneReplacementByte) {
  for (const std::string bad : {"\x80", "\xC3", "\xE2\x82", "\xC0\xAF", "\xED\xA0\x80", "\xF5\x80\x80\x80"}) {
    const auto d = utf::decode(bad, 0);
    EXPECT_FALSE(d.valid) << bad;
    EXPECT_EQ(d.length, 1);
    EXPECT_EQ(d.code_point, utf::kReplacement);
  }
  EXPECT_FALSE(utf::isValid("ok\xff"));
  EXPECT_TRUE(utf::isValid("café 😀"));
}

TEST(Utf, LowerCaseAndCategories) {
  EXPECT_EQ(utf::toLower("CAFÉ Straße"), "café straße");
  EXPECT_TRUE(utf::isLetter(U'ï'));
  EXPECT_TRUE(utf::isUpper(U'É'));
  EXPECT_FALSE(utf::isLetter(U'—'));
  EXPECT_TRUE(utf::isDigit(U'7'));
}

TEST(Utf, AppendEncodes) {
  std::string out;
  utf::append(out, 0x1F600);
  utf::append(out, U'é');
  EXPECT_EQ(out, "😀é");
}

}  // namespace
}  // namespace copydesk
