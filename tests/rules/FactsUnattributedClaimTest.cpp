#include "rules/RuleTestHelpers.h"

namespace copydesk::testing {
namespace {

constexpr std::string_view kRule = "facts/unattributed-claim";

TEST(FactsUnattributedClaim, FlagsWeaselAttributions) {
  expectFindings(kRule, "[[Many experts say]] Rust is the future.");
  expectFindings(kRule, "[[Studies show]] that typed code has fewer bugs.");
  expectFindings(kRule, "[[It is widely believed]] that C is faster.");
  expectFindings(kRule, "[[Critics argue]] that the borrow checker is too strict.");
  expectFindings(kRule, "[[Some say]] that Go is too simple.");
  expectFindings(kRule, "[[It has been reported]] that the kernel will drop C.");
}

TEST(FactsUnattributedClaim, NamedSourcesAreFine) {
  expectNoFindings(kRule, "Studies show fewer bugs in typed code [1].");
  expectNoFindings(kRule, "[Studies show](https://example.com) fewer bugs in typed code.");
  expectNoFindings(kRule, "According to Google, studies show fewer memory bugs.");
  expectNoFindings(kRule, "Some teams say hello in their commit messages.");
  expectNoFindings(kRule, "For some, say, a small team, this works.");
}

TEST(FactsUnattributedClaim, FixAddsCitation) {
  expectFix(kRule, "Studies show that tests help.\n", "Studies show that tests help.[^1]\n\n[^1]: Source needed\n");
}

}  // namespace
}  // namespace copydesk::testing
