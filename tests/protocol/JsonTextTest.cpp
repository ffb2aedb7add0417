#include <gtest/gtest.h>

#include "protocol/JsonText.h"

namespace copydesk::protocol {
namespace {

using Json = nlohmann::json;

// The contract: byte for byte what nlohmann writes, at any depth.
void expectSameAsNlohmann(const Json& value) {
  std::string compact;
  appendJson(value, compact);
  EXPECT_EQ(compact, value.dump(-1, ' ', false, Json::error_handler_t::replace));
  std::string ours;
  appendIndentedJson(value, 2, 0, ours);
  EXPECT_EQ(ours, value.dump(2, ' ', false, Json::error_handler_t::replace));
  // Nested one level down, as writeJson nests each file's entry.
  const Json wrapped = Json::array({value});
  std::string nested = "[\n  ";
  appendIndentedJson(value, 2, 1, nested);
  nested += "\n]";
  EXPECT_EQ(nested, wrapped.dump(2, ' ', false, Json::error_handler_t::replace));
}

TEST(JsonText, ScalarsAndEmptyContainers) {
  for (const Json& v : {Json(nullptr), Json(true), Json(false), Json(0), Json(-42), Json(std::uint64_t{1} << 63),
                        Json(3.25), Json(1e-7), Json::array(), Json::object(), Json("")})
    expectSameAsNlohmann(v);
}

TEST(JsonText, NestedObjectsKeepNlohmannsKeyOrderAndIndent) {
  expectSameAsNlohmann(
      {{"range", {{"start", {{"line", 3}, {"character", 7}}}, {"end", {{"line", 3}, {"character", 9}}}}},
       {"severity", 2},
       {"code", "spelling"},
       {"data", {{"fixes", Json::array()}, {"list", {1, "two", Json::object(), Json::array({3})}}}}});
}

TEST(JsonText, EscapesLikeNlohmann) {
  std::string controls;
  for (int c = 0; c < 0x20; ++c) controls += static_cast<char>(c);
  controls += "\x7F \"quoted\" back\\slash";
  expectSameAsNlohmann(Json(controls));
  expectSameAsNlohmann({{"key \"with\" \n escapes", "value"}});
  expectSameAsNlohmann(Json("caf\xC3\xA9 \xE4\xB8\xAD\xE6\x96\x87 \xF0\x9F\x98\x80 \xE2\x80\x99"));
}

TEST(JsonText, ReplacesBrokenUtf8LikeNlohmann) {
  for (const char* broken : {"a\xFF"
                             "b",
                             "truncated \xE2\x80", "overlong \xC0\xAF", "surrogate \xED\xA0\x80 x",
                             "too high \xF4\x90\x80\x80", "\x80 lone continuation", "mixed \xC3\xA9\xC3"})
    expectSameAsNlohmann(Json(std::string(broken)));
}

}  // namespace
}  // namespace copydesk::protocol
