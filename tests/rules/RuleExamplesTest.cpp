// The example sentences of tests/data/rules/<family>/<name>.txt, run against
// the rule <family>/<name>, one test per file. Each line is one example:
//   flag: It was [[game-changing]].   -- [[ ]] around each expected finding
//   pass: It was fine.                -- no finding of the rule
//   fix: Feed the the cat. => Feed the cat.   -- the preferred fix applied
// "\n", "\t", "\\" and "\"" are escapes, so a line can hold a whole document.
// Blank lines and "#" lines are comments. A failure names the file and line.
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "registry/Registry.h"
#include "rules/RuleTestHelpers.h"

namespace copydesk::testing {
namespace {

namespace fs = std::filesystem;

struct ExampleFile {
  std::string rule;  // "style/hedging"
  fs::path path;
};

void PrintTo(const ExampleFile& file, std::ostream* out) { *out << file.path.string(); }

std::vector<ExampleFile> exampleFiles() {
  std::vector<ExampleFile> files;
  const fs::path root = fs::path(COPYDESK_SOURCE_DIR) / "tests" / "data" / "rules";
  std::error_code error;
  for (const auto& family : fs::directory_iterator(root, error)) {
    if (!family.is_directory()) continue;
    for (const auto& entry : fs::directory_iterator(family.path(), error))
      if (entry.path().extension() == ".txt")
        files.push_back({family.path().filename().string() + "/" + entry.path().stem().string(), entry.path()});
  }
  std::sort(files.begin(), files.end(), [](const auto& a, const auto& b) { return a.rule < b.rule; });
  return files;
}

std::string unescape(std::string_view line) {
  std::string out;
  for (std::size_t i = 0; i < line.size(); ++i) {
    if (line[i] != '\\' || i + 1 == line.size()) {
      out += line[i];
      continue;
    }
    const char next = line[++i];
    out += next == 'n' ? '\n' : next == 't' ? '\t' : next;
  }
  return out;
}

void runExample(const std::string& rule, std::string_view line) {
  const std::size_t colon = line.find(": ");
  ASSERT_NE(colon, std::string_view::npos) << "expected 'flag: ', 'pass: ' or 'fix: '";
  const std::string_view kind = line.substr(0, colon);
  const std::string_view example = line.substr(colon + 2);
  if (kind == "flag") {
    expectFindings(rule, unescape(example));
  } else if (kind == "pass") {
    expectNoFindings(rule, unescape(example));
  } else if (kind == "fix") {
    const std::size_t arrow = example.find(" => ");
    ASSERT_NE(arrow, std::string_view::npos) << "a fix example is 'before => after'";
    expectFix(rule, unescape(example.substr(0, arrow)), unescape(example.substr(arrow + 4)));
  } else {
    ADD_FAILURE() << "unknown example kind '" << kind << "'";
  }
}

class RuleExamples : public ::testing::TestWithParam<ExampleFile> {};

TEST_P(RuleExamples, HoldLineByLine) {
  const ExampleFile& file = GetParam();
  ASSERT_NE(findBuiltinRule(file.rule), nullptr) << file.path << " names no built-in rule";
  std::ifstream in(file.path);
  ASSERT_TRUE(in) << "cannot read " << file.path;
  std::string line;
  int number = 0, examples = 0;
  while (std::getline(in, line)) {
    ++number;
    if (line.empty() || line.front() == '#') continue;
    SCOPED_TRACE(file.path.string() + ":" + std::to_string(number));
    runExample(file.rule, line);
    ++examples;
  }
  EXPECT_GT(examples, 0) << file.path << " has no examples";
}

INSTANTIATE_TEST_SUITE_P(Rules, RuleExamples, ::testing::ValuesIn(exampleFiles()),
                         [](const ::testing::TestParamInfo<ExampleFile>& info) {
                           std::string name = info.param.rule;
                           std::replace_if(
                               name.begin(), name.end(), [](char c) { return c == '/' || c == '-'; }, '_');
                           return name;
                         });

}  // namespace
}  // namespace copydesk::testing
