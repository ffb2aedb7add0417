#include "rules/RuleTestHelpers.h"

namespace copydesk::testing {
namespace {

constexpr std::string_view kRule = "style/punctuation-spacing";

TEST(StylePunctuationSpacing, FlagsSpaceBeforePunctuation) {
  expectFindings(kRule, "Fast[[ ,]] safe and small.");
  expectFindings(kRule, "It works[[ .]]");
  expectFindings(kRule, "Note[[ :]] this matters.");
  expectFindings(kRule, "One[[ ;]] two.");
  expectFindings(kRule, "Really[[ !]]");
  expectFindings(kRule, "Why[[ ?]]");
  expectFindings(kRule, "Fast[[  ,]] safe.");
  expectFindings(kRule, "Use **bold**[[ ,]] then stop.");
  expectFindings(kRule, "Use `code`[[ ,]] then stop.");
  expectFindings(kRule, "(as above[[ ,]] say) it works.");
}

TEST(StylePunctuationSpacing, FlagsOneSidedEmDash) {
  expectFindings(kRule, "It brings friction[[ —]]from toolchains.");
  expectFindings(kRule, "It is bug-prone[[— ]]to be written.");
  expectFindings(kRule, "New parts[[ —]]drivers, mostly[[— ]]are in Rust.");
}

TEST(StylePunctuationSpacing, FlagsDoubledSpaces) {
  expectFindings(kRule, "Two[[  ]]spaces here.");
  expectFindings(kRule, "Three[[   ]]spaces here.");
  expectFindings(kRule, "A list item\n\n- with[[  ]]two spaces\n");
  expectFindings(kRule, "# Heading[[  ]]text\n");
}

TEST(StylePunctuationSpacing, LeavesCorrectSpacingAlone) {
  expectNoFindings(kRule, "Fast, safe and small.");
  expectNoFindings(kRule, "And so on ...");
  expectNoFindings(kRule, "Port it to .NET and use .5 ratios.");
  expectNoFindings(kRule, "Edit the .gitignore file.");
  expectNoFindings(kRule, "Check a != b and a ?? b here.");
  expectNoFindings(kRule, "That is nice :) really.");
  expectNoFindings(kRule, "React with :smile: please.");
  expectNoFindings(kRule, "Closed—dash and spaced — dash are fine.");
  expectNoFindings(kRule, "— Quoted author\n");
  expectNoFindings(kRule, "End of sentence.  Two spaces after it are a style.");
  expectNoFindings(kRule, "Hard break  \nnext line.");
  expectNoFindings(kRule, "    indented code  ,  here\n");
  expectNoFindings(kRule, "Use `a  ,  b` in code.");
  expectNoFindings(kRule, "```\nfoo  ,  bar — baz\n```\n");
  expectNoFindings(kRule, "A line\n, continued.");
  expectNoFindings(kRule, "Lines end with a dash —\nand go on.");
}

TEST(StylePunctuationSpacing, SafeFixes) {
  expectFix(kRule, "Fast , safe.", "Fast, safe.");
  expectFix(kRule, "Two  spaces.", "Two spaces.");
  expectFix(kRule, "It is friction —from tools.", "It is friction—from tools.");
  expectFix(kRule, "It is bug-prone— to be.", "It is bug-prone—to be.");
  // The document spaces its dashes: the fix adds the missing space.
  expectFix(kRule, "A — b and c — d. It is friction —from tools.", "A — b and c — d. It is friction — from tools.");
  expectFix(kRule, "A — b and c — d. It is bug-prone— to be.", "A — b and c — d. It is bug-prone — to be.");
  expectFixSafety(kRule, "Fast , safe.", true);
}

}  // namespace
}  // namespace copydesk::testing
