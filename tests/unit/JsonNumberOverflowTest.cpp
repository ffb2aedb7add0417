// Regression (found by fuzz_config and fuzz_claims, then by hand in the
// Dispatcher): nlohmann::json throws out_of_range.406, not parse_error, for a
// number too large for a double ("1e999"). Every parser caught only
// parse_error, so such a number in .copydesk.json, a claims file or an LSP
// message aborted the process (the language server included).
#include <gtest/gtest.h>

#include <vector>

#include "config/Config.h"
#include "facts/ClaimsBase.h"

namespace copydesk {
namespace {

TEST(JsonNumberOverflow, ConfigFileWithHugeNumberIsAnErrorNotACrash) {
  const ConfigParseResult r =
      parseConfigText(R"({"rules": {"style/sentence-length": {"max": 11e111111}}})", "/x/.copydesk.json");
  ASSERT_FALSE(r.ok());
  EXPECT_FALSE(r.errors.front().message.empty());
  // The fuzzer's input, verbatim.
  EXPECT_FALSE(
      parseConfigText("[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[11e111111<<<<<<<<<<<<<<<<<f", "/x/.copydesk.json")
          .ok());
}

TEST(JsonNumberOverflow, ClaimsFileWithHugeNumberIsAnErrorNotACrash) {
  std::vector<facts::ClaimsError> errors;
  const auto base = facts::ClaimsBase::parse("1111111111111e1111111110utda/ 3., nul ]}", "claims.json", errors);
  EXPECT_TRUE(base.entries().empty());
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_NE(errors[0].message.find("invalid JSON"), std::string::npos);
}

}  // namespace
}  // namespace copydesk
