// The extraction cases of every format, one table per format in
// tests/data/extraction/<format>.json (see README.md there): "pieces" cases
// compare describe() of the extracted prose map, "aside" cases describeAside().
// Tests named <Format>/ExtractionCase.<Pieces|Aside>/<case>.
#include <gtest/gtest.h>

#include <fstream>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "markup/Prose.h"
#include "unit/ExtractionTestSupport.h"

namespace copydesk {
namespace {

using Extractor = ProseMap (*)(std::string_view);

enum class Picture { Pieces, Aside };

struct ExtractionCase {
  std::string name;
  Extractor extract = nullptr;
  Picture picture = Picture::Pieces;
  std::string input;
  std::string expected;  // the picture's lines, each ended by '\n'
  std::string problem;   // why the table could not be read, if it could not
};

std::vector<ExtractionCase> loadCases(const std::string& format, Extractor extract) {
  const std::string path = std::string(COPYDESK_SOURCE_DIR) + "/tests/data/extraction/" + format + ".json";
  std::ifstream in(path, std::ios::binary);
  const nlohmann::json table = nlohmann::json::parse(in, nullptr, /*allow_exceptions=*/false);
  if (!table.is_object()) {
    ExtractionCase unreadable;
    unreadable.name = "Unreadable";
    unreadable.problem = "cannot read " + path;
    return {unreadable};
  }
  std::vector<ExtractionCase> cases;
  for (const auto& [key, picture] : {std::pair{"pieces", Picture::Pieces}, std::pair{"aside", Picture::Aside}}) {
    for (const nlohmann::json& row : table.value(key, nlohmann::json::array())) {
      ExtractionCase c;
      c.name = std::string(key) + "_" + row.at("name").get<std::string>();
      c.extract = extract;
      c.picture = picture;
      c.input = row.at("input").get<std::string>();
      for (const nlohmann::json& line : row.at("expected")) c.expected += line.get<std::string>() + '\n';
      cases.push_back(std::move(c));
    }
  }
  return cases;
}

// gtest names the case instead of printing its bytes.
void PrintTo(const ExtractionCase& c, std::ostream* out) { *out << c.name; }

class ExtractionCases : public ::testing::TestWithParam<ExtractionCase> {};

TEST_P(ExtractionCases, GiveTheExpectedPicture) {
  const ExtractionCase& c = GetParam();
  ASSERT_TRUE(c.problem.empty()) << c.problem;
  const ProseMap map = c.extract(c.input);
  const std::string picture = c.picture == Picture::Pieces ? describe(c.input, map) : describeAside(c.input, map);
  EXPECT_EQ(picture, c.expected) << "input:\n" << c.input;
}

std::string caseName(const ::testing::TestParamInfo<ExtractionCase>& info) { return info.param.name; }

#define COPYDESK_EXTRACTION_CASES(Format, file, extract)                                                               \
  INSTANTIATE_TEST_SUITE_P(Format, ExtractionCases, ::testing::ValuesIn(loadCases(file, extract)), caseName)

COPYDESK_EXTRACTION_CASES(AsciiDoc, "asciidoc", extractAsciiDoc);
COPYDESK_EXTRACTION_CASES(GitCommit, "gitcommit", extractGitCommit);
COPYDESK_EXTRACTION_CASES(Html, "html", extractHtml);
COPYDESK_EXTRACTION_CASES(Latex, "latex", extractLatex);
COPYDESK_EXTRACTION_CASES(Markdown, "markdown", extractMarkdown);
COPYDESK_EXTRACTION_CASES(Mdx, "mdx", extractMdx);
COPYDESK_EXTRACTION_CASES(Org, "org", extractOrg);
COPYDESK_EXTRACTION_CASES(PlainText, "plaintext", extractPlainText);
COPYDESK_EXTRACTION_CASES(RestructuredText, "restructuredtext", extractRestructuredText);
COPYDESK_EXTRACTION_CASES(Typst, "typst", extractTypst);

}  // namespace
}  // namespace copydesk
