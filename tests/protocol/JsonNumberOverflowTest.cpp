// Regression: an LSP message with a number too large for a double ("1e999")
// made nlohmann::json throw out_of_range.406, which Dispatcher::dispatch did
// not catch (only parse_error): one such message aborted the language server.
// Found with fuzz_config / fuzz_claims (same bug in the config and claims
// parsers, see tests/unit/JsonNumberOverflowTest.cpp).
#include <gtest/gtest.h>

#include "protocol/Dispatcher.h"

namespace copydesk {
namespace {

TEST(JsonNumberOverflow, LspMessageWithHugeNumberIsAParseErrorNotACrash) {
  protocol::Dispatcher dispatcher;
  const auto replies =
      dispatcher.dispatch(R"({"jsonrpc":"2.0","id":1,"method":"initialize","params":{"processId":1e999}})");
  ASSERT_EQ(replies.size(), 1u);
  EXPECT_EQ(nlohmann::json::parse(replies[0])["error"]["code"], -32700);
}

}  // namespace
}  // namespace copydesk
