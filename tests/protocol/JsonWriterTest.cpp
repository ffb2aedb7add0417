// The streamed writer lays values out as nlohmann does, compact and indented.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "protocol/JsonWriter.h"

namespace copydesk::protocol {
namespace {

using Json = nlohmann::json;

// {"a":[],"b":{"c":true,"d":"x\"y"},"e":[{},-5],"f":7}, streamed.
void writeSample(JsonWriter& w) {
  w.open('{');
  w.key("a");
  w.open('[');
  w.close(']');
  w.key("b");
  w.open('{');
  w.member("c", true);
  w.member("d", "x\"y");
  w.close('}');
  w.key("e");
  w.open('[');
  w.element();
  w.open('{');
  w.close('}');
  w.element();
  w.open('{');
  w.member("n", std::int64_t{-5});
  w.close('}');
  w.close(']');
  w.member("f", std::uint32_t{7});
  w.close('}');
}

const Json kSample = Json::parse(R"({"a":[],"b":{"c":true,"d":"x\"y"},"e":[{},{"n":-5}],"f":7})");

TEST(JsonWriter, CompactIsDump) {
  std::string out;
  JsonWriter w(out);
  writeSample(w);
  EXPECT_EQ(out, kSample.dump());
}

TEST(JsonWriter, IndentedIsDumpWithIndent) {
  std::string out;
  JsonWriter w(out, 2);
  writeSample(w);
  EXPECT_EQ(out, kSample.dump(2));
}

TEST(JsonWriter, NestedDepthIndentsInnerLines) {
  std::string out = "[\n  ";
  JsonWriter w(out, 2, 1);
  writeSample(w);
  out += "\n]";
  EXPECT_EQ(out, Json::array({kSample}).dump(2));
}

TEST(JsonWriter, StringsEscapeAndReplaceBrokenUtf8AsNlohmann) {
  const std::string value = std::string("tab\there \x01 caf\xC3\xA9 bad\xFF") + "end";
  std::string out;
  JsonWriter w(out);
  w.open('{');
  w.member("s", value);
  w.close('}');
  EXPECT_EQ(out, Json({{"s", value}}).dump(-1, ' ', false, Json::error_handler_t::replace));
}

}  // namespace
}  // namespace copydesk::protocol
