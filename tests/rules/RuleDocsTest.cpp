// docs/rules/<id>.md: every built-in rule has a page, and each page's examples
// are true: the one under "## Flags" is flagged by that rule, the one under
// "## Does not flag" is not. Dates are judged as of 2026-12-01 (the facts
// rules' examples use dates well before or after it).
#include <filesystem>
#include <fstream>
#include <sstream>

#include "registry/Registry.h"
#include "rules/RuleTestHelpers.h"

namespace copydesk::testing {
namespace {

constexpr CivilDate kAsOf{2026, 12, 1};

std::string readPage(const std::string& rule_id) {
  std::ifstream in(std::string(COPYDESK_SOURCE_DIR) + "/docs/rules/" + rule_id + ".md", std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

// The first ```markdown block after `heading` (a line of its own); nullopt when none.
std::optional<std::string> exampleUnder(const std::string& page, const std::string& heading) {
  const std::size_t at = page.find("\n" + heading + "\n");
  if (at == std::string::npos) return std::nullopt;
  const std::string fence = "```markdown\n";
  const std::size_t open = page.find(fence, at);
  const std::size_t close = page.find("\n```\n", open);
  if (open == std::string::npos || close == std::string::npos) return std::nullopt;
  return page.substr(open + fence.size(), close + 1 - open - fence.size());
}

TEST(RuleDocs, EveryBuiltinRuleHasAPageWhoseExamplesHold) {
  for (const Rule* rule : builtinRules()) {
    const std::string id(rule->info().id);
    SCOPED_TRACE("docs/rules/" + id + ".md");
    const std::string page = readPage(id);
    ASSERT_FALSE(page.empty()) << "missing or empty";
    EXPECT_EQ(page.rfind("# " + id + "\n", 0), 0u) << "the title is the rule id";
    const auto flagged = exampleUnder(page, "## Flags");
    const auto clean = exampleUnder(page, "## Does not flag");
    ASSERT_TRUE(flagged && clean) << "needs a ```markdown example under '## Flags' and '## Does not flag'";
    EXPECT_FALSE(runAt(id, *flagged, kAsOf).empty()) << "not flagged:\n" << *flagged;
    EXPECT_TRUE(runAt(id, *clean, kAsOf).empty()) << "flagged:\n" << *clean;
  }
}

}  // namespace
}  // namespace copydesk::testing
