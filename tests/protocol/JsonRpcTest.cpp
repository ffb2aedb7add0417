#include "protocol/JsonRpc.h"

#include <gtest/gtest.h>

namespace copydesk::protocol {
namespace {

int errorCodeOf(std::string_view body) {
  try {
    parseMessage(body);
  } catch (const RpcError& e) {
    return e.code();
  }
  return 0;
}

TEST(JsonRpc, ErrorCodeValues) {
  EXPECT_EQ(ErrorCode::ParseError, -32700);
  EXPECT_EQ(ErrorCode::InvalidRequest, -32600);
  EXPECT_EQ(ErrorCode::MethodNotFound, -32601);
  EXPECT_EQ(ErrorCode::InvalidParams, -32602);
  EXPECT_EQ(ErrorCode::InternalError, -32603);
  EXPECT_EQ(ErrorCode::ServerNotInitialized, -32002);
  EXPECT_EQ(ErrorCode::RequestCancelled, -32800);
}

TEST(JsonRpc, ParsesRequestWithIntegerId) {
  const auto message = parseMessage(R"({"jsonrpc":"2.0","id":7,"method":"hover","params":{"a":1}})");
  const auto* request = std::get_if<Request>(&message);
  ASSERT_NE(request, nullptr);
  EXPECT_EQ(request->id, RequestId{std::int64_t{7}});
  EXPECT_EQ(request->method, "hover");
  EXPECT_EQ(request->params, json({{"a", 1}}));
}

TEST(JsonRpc, ParsesRequestWithStringId) {
  const auto message = parseMessage(R"({"jsonrpc":"2.0","id":"abc-1","method":"shutdown"})");
  const auto* request = std::get_if<Request>(&message);
  ASSERT_NE(request, nullptr);
  EXPECT_EQ(request->id, RequestId{std::string("abc-1")});
  EXPECT_TRUE(request->params.is_null());
}

TEST(JsonRpc, ParsesNotification) {
  const auto message = parseMessage(R"({"jsonrpc":"2.0","method":"initialized","params":{}})");
  const auto* notification = std::get_if<Notification>(&message);
  ASSERT_NE(notification, nullptr);
  EXPECT_EQ(notification->method, "initialized");
  EXPECT_EQ(notification->params, json::object());
}

TEST(JsonRpc, ParsesResultAndErrorResponses) {
  auto message = parseMessage(R"({"jsonrpc":"2.0","id":3,"result":null})");
  auto* response = std::get_if<Response>(&message);
  ASSERT_NE(response, nullptr);
  EXPECT_EQ(response->id, RequestId{std::int64_t{3}});
  EXPECT_FALSE(response->error.has_value());
  EXPECT_TRUE(response->result.is_null());

  message = parseMessage(R"({"jsonrpc":"2.0","id":null,"error":{"code":-32700,"message":"bad","data":[1]}})");
  response = std::get_if<Response>(&message);
  ASSERT_NE(response, nullptr);
  EXPECT_FALSE(response->id.has_value());
  ASSERT_TRUE(response->error.has_value());
  EXPECT_EQ(*response->error, (ResponseError{-32700, "bad", json::array({1})}));
}

TEST(JsonRpc, RejectsMalformedAndInvalidMessages) {
  EXPECT_EQ(errorCodeOf("{"), ErrorCode::ParseError);
  EXPECT_EQ(errorCodeOf(""), ErrorCode::ParseError);
  EXPECT_EQ(errorCodeOf("{\"a\":\"\xff\"}"), ErrorCode::ParseError);  // invalid UTF-8
  EXPECT_EQ(errorCodeOf("[]"), ErrorCode::InvalidRequest);
  EXPECT_EQ(errorCodeOf("42"), ErrorCode::InvalidRequest);
  EXPECT_EQ(errorCodeOf(R"({"id":1,"method":"x"})"), ErrorCode::InvalidRequest);  // no jsonrpc
  EXPECT_EQ(errorCodeOf(R"({"jsonrpc":"1.0","id":1,"method":"x"})"), ErrorCode::InvalidRequest);
  EXPECT_EQ(errorCodeOf(R"({"jsonrpc":"2.0","id":1})"), ErrorCode::InvalidRequest);  // no method
  EXPECT_EQ(errorCodeOf(R"({"jsonrpc":"2.0","id":1,"method":5})"), ErrorCode::InvalidRequest);
  EXPECT_EQ(errorCodeOf(R"({"jsonrpc":"2.0","id":1.5,"method":"x"})"), ErrorCode::InvalidRequest);
  EXPECT_EQ(errorCodeOf(R"({"jsonrpc":"2.0","id":true,"method":"x"})"), ErrorCode::InvalidRequest);
  EXPECT_EQ(errorCodeOf(R"({"jsonrpc":"2.0","id":null,"method":"x"})"), ErrorCode::InvalidRequest);
  EXPECT_EQ(errorCodeOf(R"({"jsonrpc":"2.0","id":1,"method":"x","params":3})"), ErrorCode::InvalidRequest);
  EXPECT_EQ(errorCodeOf(R"({"jsonrpc":"2.0","id":1,"result":1,"error":{"code":1,"message":""}})"),
            ErrorCode::InvalidRequest);
  EXPECT_EQ(errorCodeOf(R"({"jsonrpc":"2.0","id":1,"error":{"code":"x","message":""}})"), ErrorCode::InvalidRequest);
}

TEST(JsonRpc, NullParamsAreTreatedAsAbsent) {
  const auto message = parseMessage(R"({"jsonrpc":"2.0","id":1,"method":"shutdown","params":null})");
  EXPECT_TRUE(std::get<Request>(message).params.is_null());
}

TEST(JsonRpc, MessageFromJsonCopiesOrMovesParams) {
  json value = json::parse(R"({"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"text":"long"}})");
  const auto copied = messageFromJson(value);
  EXPECT_EQ(value["params"]["text"], "long") << "the const overload leaves the value intact";
  const auto moved = messageFromJson(std::move(value));
  EXPECT_EQ(std::get<Notification>(copied).params, std::get<Notification>(moved).params);
}

TEST(JsonRpc, WireFormsAreExact) {
  EXPECT_EQ(serialize(makeResponse(RequestId{std::int64_t{1}}, json{{"ok", true}})),
            R"({"id":1,"jsonrpc":"2.0","result":{"ok":true}})");
  EXPECT_EQ(serialize(makeResponse(RequestId{std::string("a")}, nullptr)),
            R"({"id":"a","jsonrpc":"2.0","result":null})");
  EXPECT_EQ(serialize(makeErrorResponse(std::nullopt, ErrorCode::ParseError, "Parse error")),
            R"({"error":{"code":-32700,"message":"Parse error"},"id":null,"jsonrpc":"2.0"})");
  EXPECT_EQ(serialize(makeErrorResponse(RequestId{std::int64_t{2}},
                                        ResponseError{ErrorCode::InvalidParams, "bad", json{{"field", "x"}}})),
            R"({"error":{"code":-32602,"data":{"field":"x"},"message":"bad"},"id":2,"jsonrpc":"2.0"})");
  EXPECT_EQ(serialize(makeNotification("exit")), R"({"jsonrpc":"2.0","method":"exit"})");
  EXPECT_EQ(serialize(makeNotification("window/logMessage", json{{"type", 4}, {"message", "hi"}})),
            R"({"jsonrpc":"2.0","method":"window/logMessage","params":{"message":"hi","type":4}})");
  EXPECT_EQ(
      serialize(makeRequest(RequestId{std::int64_t{9}}, "workspace/configuration", json{{"items", json::array()}})),
      R"({"id":9,"jsonrpc":"2.0","method":"workspace/configuration","params":{"items":[]}})");
}

TEST(JsonRpc, MessagesAroundResultOrParamsTextAreTheTreesText) {
  const json result = {{"items", json::array({1, "x"})}, {"kind", "full"}};
  for (const RequestId& id : {RequestId{std::int64_t{-3}}, RequestId{std::string("a\"b")}})
    EXPECT_EQ(serializeResponse(id, serialize(result)), serialize(makeResponse(id, result)));
  const json params = {{"diagnostics", json::array()}, {"uri", "file:///a.md"}};
  EXPECT_EQ(serializeNotification("textDocument/publishDiagnostics", serialize(params)),
            serialize(makeNotification("textDocument/publishDiagnostics", params)));
}

TEST(JsonRpc, SerializeKeepsUtf8AndReplacesInvalidBytes) {
  EXPECT_EQ(serialize(json("caf\xC3\xA9")), "\"caf\xC3\xA9\"");
  EXPECT_EQ(serialize(json(std::string("a\xff") + "b")), "\"a\xEF\xBF\xBD"
                                                         "b\"");
}

TEST(JsonRpc, ToJsonRoundTrips) {
  for (const std::string body :
       {R"({"id":1,"jsonrpc":"2.0","method":"m","params":[1,2]})", R"({"jsonrpc":"2.0","method":"n"})",
        R"({"id":"x","jsonrpc":"2.0","result":{"a":null}})",
        R"({"error":{"code":-32601,"message":"nope"},"id":4,"jsonrpc":"2.0"})"}) {
    EXPECT_EQ(serialize(toJson(parseMessage(body))), body);
  }
}

TEST(JsonRpc, IdHelpers) {
  EXPECT_EQ(idToString(RequestId{std::int64_t{12}}), "12");
  EXPECT_EQ(idToString(RequestId{std::string("12")}), "\"12\"");
  EXPECT_EQ(idFromJson(json(5)), RequestId{std::int64_t{5}});
  EXPECT_EQ(idFromJson(json(-5)), RequestId{std::int64_t{-5}});
  EXPECT_THROW(idFromJson(json(18446744073709551615ULL)), RpcError);
  EXPECT_THROW(idFromJson(json::object()), RpcError);
}

}  // namespace
}  // namespace copydesk::protocol
