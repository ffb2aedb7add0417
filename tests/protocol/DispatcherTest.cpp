#include "protocol/Dispatcher.h"

#include <gtest/gtest.h>

#include <functional>
#include <map>
#include <mutex>
#include <set>
#include <stdexcept>
#include <thread>
#include <vector>

#include "protocol/LspTypes.h"

namespace copydesk::protocol {
namespace {

// A dispatcher with a recording sender and logger.
class DispatcherTest : public ::testing::Test {
 protected:
  DispatcherTest()
      : dispatcher_(
            [this](std::string body) {
              std::lock_guard lock(mutex_);
              sent_.push_back(std::move(body));
            },
            [this](std::string_view line) {
              std::lock_guard lock(mutex_);
              logs_.emplace_back(line);
            }) {
    dispatcher_.onRequest("echo", [](const json& params) { return params; });
  }

  std::vector<std::string> dispatch(std::string_view body) { return dispatcher_.dispatch(body); }

  std::string only(std::string_view body) {
    auto out = dispatch(body);
    EXPECT_EQ(out.size(), 1u) << body;
    return out.empty() ? std::string() : out.front();
  }

  std::vector<std::string> sent() {
    std::lock_guard lock(mutex_);
    return sent_;
  }

  std::mutex mutex_;
  std::vector<std::string> sent_;
  std::vector<std::string> logs_;
  Dispatcher dispatcher_;
};

json errorOf(const std::string& wire) { return json::parse(wire); }

TEST_F(DispatcherTest, SynchronousRequestIsAnsweredExactly) {
  EXPECT_EQ(only(R"({"jsonrpc":"2.0","id":1,"method":"echo","params":{"x":[1,"é"]}})"),
            R"({"id":1,"jsonrpc":"2.0","result":{"x":[1,"é"]}})");
  EXPECT_TRUE(sent().empty());
  EXPECT_EQ(dispatcher_.pendingRequests(), 0u);
}

TEST_F(DispatcherTest, StringIdIsEchoed) {
  EXPECT_EQ(only(R"({"jsonrpc":"2.0","id":"req-7","method":"echo","params":[]})"),
            R"({"id":"req-7","jsonrpc":"2.0","result":[]})");
}

TEST_F(DispatcherTest, AbsentParamsReachHandlerAsNull) {
  dispatcher_.onRequest("shutdown", [](const json& params) {
    EXPECT_TRUE(params.is_null());
    return json(nullptr);
  });
  EXPECT_EQ(only(R"({"jsonrpc":"2.0","id":2,"method":"shutdown"})"), R"({"id":2,"jsonrpc":"2.0","result":null})");
}

TEST_F(DispatcherTest, MalformedJsonIsParseErrorWithNullId) {
  for (const char* body : {"{", "", "{\"jsonrpc\":\"2.0\",\"id\":1,", "nul", "{\"a\":\"\xc3\"}"}) {
    const json reply = errorOf(only(body));
    EXPECT_EQ(reply["error"]["code"], -32700) << body;
    EXPECT_TRUE(reply["id"].is_null()) << body;
    EXPECT_EQ(reply["jsonrpc"], "2.0");
  }
}

TEST_F(DispatcherTest, ParseErrorWireForm) {
  EXPECT_EQ(only("{]"), R"({"error":{"code":-32700,"message":"Parse error at byte 2"},"id":null,"jsonrpc":"2.0"})");
}

TEST_F(DispatcherTest, NotAnObjectIsInvalidRequestWithNullId) {
  for (const char* body : {"[]", "[{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"echo\"}]", "1", "\"x\"", "null"}) {
    const json reply = errorOf(only(body));
    EXPECT_EQ(reply["error"]["code"], -32600) << body;
    EXPECT_TRUE(reply["id"].is_null()) << body;
  }
}

TEST_F(DispatcherTest, MissingJsonrpcIsInvalidRequestAndKeepsUsableId) {
  EXPECT_EQ(only(R"({"id":3,"method":"echo"})"),
            R"({"error":{"code":-32600,"message":"Invalid request: missing \"jsonrpc\""},"id":3,"jsonrpc":"2.0"})");
}

TEST_F(DispatcherTest, MissingMethodIsInvalidRequest) {
  const json reply = errorOf(only(R"({"jsonrpc":"2.0","id":4})"));
  EXPECT_EQ(reply["error"]["code"], -32600);
  EXPECT_TRUE(reply["id"].is_null());
  EXPECT_EQ(errorOf(only(R"({"jsonrpc":"2.0"})"))["error"]["code"], -32600);
}

TEST_F(DispatcherTest, NullOrStructuredIdIsInvalidRequestWithNullId) {
  for (const char* body :
       {R"({"jsonrpc":"2.0","id":null,"method":"echo"})", R"({"jsonrpc":"2.0","id":{"a":1},"method":"echo"})",
        R"({"jsonrpc":"2.0","id":2.5,"method":"echo"})"}) {
    const json reply = errorOf(only(body));
    EXPECT_EQ(reply["error"]["code"], -32600) << body;
    EXPECT_TRUE(reply["id"].is_null()) << body;
  }
}

TEST_F(DispatcherTest, BadParamsTypeIsInvalidRequestWithId) {
  const json reply = errorOf(only(R"({"jsonrpc":"2.0","id":5,"method":"echo","params":"x"})"));
  EXPECT_EQ(reply["error"]["code"], -32600);
  EXPECT_EQ(reply["id"], 5);
}

TEST_F(DispatcherTest, UnknownRequestIsMethodNotFound) {
  EXPECT_EQ(only(R"({"jsonrpc":"2.0","id":6,"method":"textDocument/rename","params":{}})"),
            R"({"error":{"code":-32601,"message":"Method not found: textDocument/rename"},"id":6,"jsonrpc":"2.0"})");
  EXPECT_EQ(errorOf(only(R"({"jsonrpc":"2.0","id":"s","method":"$/unknownRequest"})"))["error"]["code"], -32601);
}

TEST_F(DispatcherTest, NotificationsGetNoReply) {
  std::vector<json> seen;
  dispatcher_.onNotification("initialized", [&](const json& params) { seen.push_back(params); });
  EXPECT_TRUE(dispatch(R"({"jsonrpc":"2.0","method":"initialized","params":{}})").empty());
  EXPECT_TRUE(dispatch(R"({"jsonrpc":"2.0","method":"workspace/didChangeWorkspaceFolders","params":{}})").empty());
  EXPECT_TRUE(dispatch(R"({"jsonrpc":"2.0","method":"$/setTrace","params":{"value":"off"}})").empty());
  EXPECT_TRUE(dispatch(R"({"jsonrpc":"2.0","method":"echo"})").empty());  // request method, sent as notification
  ASSERT_EQ(seen.size(), 1u);
  EXPECT_EQ(seen[0], json::object());
  EXPECT_TRUE(sent().empty());
}

TEST_F(DispatcherTest, ThrowingNotificationHandlerIsLoggedNotAnswered) {
  dispatcher_.onNotification("boom", [](const json&) -> void { throw std::runtime_error("kaput"); });
  EXPECT_TRUE(dispatch(R"({"jsonrpc":"2.0","method":"boom"})").empty());
  ASSERT_FALSE(logs_.empty());
  EXPECT_NE(logs_.back().find("kaput"), std::string::npos);
}

TEST_F(DispatcherTest, HandlerExceptionIsInternalErrorForThatRequestOnly) {
  dispatcher_.onRequest("fail", [](const json&) -> json { throw std::runtime_error("disk on fire"); });
  EXPECT_EQ(only(R"({"jsonrpc":"2.0","id":10,"method":"fail"})"),
            R"({"error":{"code":-32603,"message":"Internal error: disk on fire"},"id":10,"jsonrpc":"2.0"})");
  EXPECT_EQ(only(R"({"jsonrpc":"2.0","id":11,"method":"echo","params":[1]})"),
            R"({"id":11,"jsonrpc":"2.0","result":[1]})");
}

TEST_F(DispatcherTest, NonStdExceptionIsInternalError) {
  dispatcher_.onRequest("weird", [](const json&) -> json { throw 42; });
  EXPECT_EQ(errorOf(only(R"({"jsonrpc":"2.0","id":1,"method":"weird"})"))["error"]["code"], -32603);
}

TEST_F(DispatcherTest, RpcErrorIsPassedThrough) {
  dispatcher_.onRequest("refuse", [](const json&) -> json {
    throw RpcError(ErrorCode::RequestCancelled, "cancelled", json{{"retry", false}});
  });
  EXPECT_EQ(only(R"({"jsonrpc":"2.0","id":12,"method":"refuse"})"),
            R"({"error":{"code":-32800,"data":{"retry":false},"message":"cancelled"},"id":12,"jsonrpc":"2.0"})");
}

TEST_F(DispatcherTest, DecodeErrorBecomesInvalidParamsNamingTheField) {
  dispatcher_.onRequest("textDocument/hover", [](const json& params) -> json {
    const auto p = fromParams<HoverParams>(params);
    return p.position.line;
  });
  EXPECT_EQ(
      only(
          R"({"jsonrpc":"2.0","id":13,"method":"textDocument/hover","params":{"textDocument":{},"position":{"line":0,"character":0}}})"),
      R"({"error":{"code":-32602,"message":"textDocument.uri: missing"},"id":13,"jsonrpc":"2.0"})");
  EXPECT_EQ(
      only(
          R"({"jsonrpc":"2.0","id":14,"method":"textDocument/hover","params":{"textDocument":{"uri":"file:///a"},"position":{"line":"1","character":0}}})"),
      R"({"error":{"code":-32602,"message":"position.line: expected integer"},"id":14,"jsonrpc":"2.0"})");
  EXPECT_EQ(only(R"({"jsonrpc":"2.0","id":15,"method":"textDocument/hover"})"),
            R"({"error":{"code":-32602,"message":"params: expected object"},"id":15,"jsonrpc":"2.0"})");
}

TEST_F(DispatcherTest, JsonLibraryExceptionIsInvalidParams) {
  dispatcher_.onRequest("raw", [](const json& params) -> json { return params.at("missing").get<int>(); });
  EXPECT_EQ(errorOf(only(R"({"jsonrpc":"2.0","id":16,"method":"raw","params":{}})"))["error"]["code"], -32602);
}

TEST_F(DispatcherTest, AsyncReplyAfterDispatchGoesToSender) {
  std::vector<Reply> parked;
  dispatcher_.onAsyncRequest("slow", [&](const json&, Reply reply) { parked.push_back(std::move(reply)); });
  EXPECT_TRUE(dispatch(R"({"jsonrpc":"2.0","id":20,"method":"slow"})").empty());
  EXPECT_EQ(dispatcher_.pendingRequests(), 1u);
  ASSERT_EQ(parked.size(), 1u);
  EXPECT_TRUE(parked[0].pending());
  EXPECT_EQ(parked[0].method(), "slow");
  EXPECT_EQ(parked[0].id(), RequestId{std::int64_t{20}});
  EXPECT_TRUE(sent().empty());

  std::thread([reply = std::move(parked[0])]() mutable { EXPECT_TRUE(reply(json{{"done", true}})); }).join();
  EXPECT_EQ(sent(), (std::vector<std::string>{R"({"id":20,"jsonrpc":"2.0","result":{"done":true}})"}));
  EXPECT_EQ(dispatcher_.pendingRequests(), 0u);
}

TEST_F(DispatcherTest, AsyncReplyInsideHandlerIsReturnedByDispatch) {
  dispatcher_.onAsyncRequest("quick", [](const json&, Reply reply) { reply.error(ErrorCode::InvalidParams, "no"); });
  EXPECT_EQ(only(R"({"jsonrpc":"2.0","id":21,"method":"quick"})"),
            R"({"error":{"code":-32602,"message":"no"},"id":21,"jsonrpc":"2.0"})");
  EXPECT_TRUE(sent().empty());
}

TEST_F(DispatcherTest, ReplyAnsweredFromAnotherThreadDuringDispatchIsReturned) {
  dispatcher_.onAsyncRequest("threaded", [](const json&, Reply reply) {
    std::thread([r = std::move(reply)]() mutable { r(json("from thread")); }).join();
  });
  EXPECT_EQ(only(R"({"jsonrpc":"2.0","id":22,"method":"threaded"})"),
            R"({"id":22,"jsonrpc":"2.0","result":"from thread"})");
  EXPECT_TRUE(sent().empty());
}

TEST_F(DispatcherTest, ResultTextIsSentAsWritten) {
  std::optional<Reply> parked;
  dispatcher_.onAsyncRequest("text", [&](const json&, Reply reply) {
    EXPECT_TRUE(reply.withResultText(R"({"items":[],"kind":"full"})"));
    EXPECT_FALSE(reply(json(1)));  // the first answer wins
  });
  dispatcher_.onAsyncRequest("textLater", [&](const json&, Reply reply) { parked.emplace(std::move(reply)); });
  EXPECT_EQ(only(R"({"jsonrpc":"2.0","id":"t","method":"text"})"),
            R"({"id":"t","jsonrpc":"2.0","result":{"items":[],"kind":"full"}})");
  EXPECT_TRUE(dispatch(R"({"jsonrpc":"2.0","id":7,"method":"textLater"})").empty());
  EXPECT_TRUE(parked->withResultText("[1,2]"));
  EXPECT_EQ(sent(), (std::vector<std::string>{R"({"id":7,"jsonrpc":"2.0","result":[1,2]})"}));
}

TEST_F(DispatcherTest, MalformedJsonIsLogged) {
  only("{]");
  ASSERT_FALSE(logs_.empty());
  EXPECT_EQ(logs_.back(), "malformed JSON from the client: Parse error at byte 2");
}

TEST_F(DispatcherTest, ReplyDroppedInsideHandlerIsInternalError) {
  dispatcher_.onAsyncRequest("forgetful", [](const json&, Reply) {});
  EXPECT_EQ(
      only(R"({"jsonrpc":"2.0","id":23,"method":"forgetful"})"),
      R"({"error":{"code":-32603,"message":"request 'forgetful' was dropped without a reply"},"id":23,"jsonrpc":"2.0"})");
}

TEST_F(DispatcherTest, ReplyDroppedLaterIsInternalErrorThroughSender) {
  std::optional<Reply> parked;
  dispatcher_.onAsyncRequest("later", [&](const json&, Reply reply) { parked.emplace(std::move(reply)); });
  EXPECT_TRUE(dispatch(R"({"jsonrpc":"2.0","id":"L","method":"later"})").empty());
  parked.reset();
  ASSERT_EQ(sent().size(), 1u);
  const json reply = json::parse(sent()[0]);
  EXPECT_EQ(reply["id"], "L");
  EXPECT_EQ(reply["error"]["code"], -32603);
}

TEST_F(DispatcherTest, ReplyCalledTwiceSendsOnce) {
  std::optional<Reply> parked;
  dispatcher_.onAsyncRequest("twice", [&](const json&, Reply reply) { parked.emplace(std::move(reply)); });
  dispatch(R"({"jsonrpc":"2.0","id":24,"method":"twice"})");
  EXPECT_TRUE((*parked)(1));
  EXPECT_FALSE((*parked)(2));
  EXPECT_FALSE(parked->error(ErrorCode::InternalError, "x"));
  EXPECT_FALSE(parked->pending());
  parked.reset();
  EXPECT_EQ(sent(), (std::vector<std::string>{R"({"id":24,"jsonrpc":"2.0","result":1})"}));
}

TEST_F(DispatcherTest, CopiesShareOneRequestAndFitInStdFunction) {
  std::function<void()> job;
  std::optional<Reply> kept;
  dispatcher_.onAsyncRequest("copy", [&](const json&, Reply reply) {
    kept = reply;
    job = [reply]() mutable { reply(json("from job")); };
  });
  dispatch(R"({"jsonrpc":"2.0","id":30,"method":"copy"})");
  std::thread(job).join();
  EXPECT_FALSE(kept->pending());
  EXPECT_FALSE((*kept)(json("second answer")));
  job = nullptr;
  kept.reset();
  EXPECT_EQ(sent(), (std::vector<std::string>{R"({"id":30,"jsonrpc":"2.0","result":"from job"})"}));
}

TEST_F(DispatcherTest, LastCopyDroppedAnswersOnce) {
  std::vector<Reply> copies;
  dispatcher_.onAsyncRequest("copies", [&](const json&, Reply reply) {
    copies.push_back(reply);
    copies.push_back(reply);
  });
  dispatch(R"({"jsonrpc":"2.0","id":31,"method":"copies"})");
  copies.pop_back();
  EXPECT_TRUE(sent().empty()) << "another copy is still alive";
  copies.clear();
  ASSERT_EQ(sent().size(), 1u);
  EXPECT_EQ(json::parse(sent()[0])["error"]["code"], -32603);
}

TEST_F(DispatcherTest, MoveAssignOverPendingReplyAnswersIt) {
  std::vector<Reply> parked;
  dispatcher_.onAsyncRequest("p", [&](const json&, Reply reply) { parked.push_back(std::move(reply)); });
  dispatch(R"({"jsonrpc":"2.0","id":1,"method":"p"})");
  dispatch(R"({"jsonrpc":"2.0","id":2,"method":"p"})");
  parked[0] = std::move(parked[1]);  // request 1 is dropped -> InternalError
  ASSERT_EQ(sent().size(), 1u);
  EXPECT_EQ(json::parse(sent()[0])["id"], 1);
  EXPECT_TRUE(parked[0](json("two")));
  EXPECT_EQ(json::parse(sent()[1]), json::parse(R"({"id":2,"jsonrpc":"2.0","result":"two"})"));
}

TEST_F(DispatcherTest, HandlerThrowingAfterReplyingSendsOnlyTheReply) {
  dispatcher_.onAsyncRequest("both", [](const json&, Reply reply) {
    reply(json("ok"));
    throw std::runtime_error("late");
  });
  EXPECT_EQ(dispatch(R"({"jsonrpc":"2.0","id":25,"method":"both"})"),
            (std::vector<std::string>{R"({"id":25,"jsonrpc":"2.0","result":"ok"})"}));
}

TEST_F(DispatcherTest, HandlerThrowingAfterParkingReplyAnswersWithTheError) {
  std::optional<Reply> parked;
  dispatcher_.onAsyncRequest("park-then-throw", [&](const json&, Reply reply) {
    parked.emplace(std::move(reply));
    throw RpcError(ErrorCode::InvalidParams, "bad");
  });
  EXPECT_EQ(errorOf(only(R"({"jsonrpc":"2.0","id":26,"method":"park-then-throw"})"))["error"]["code"], -32602);
  EXPECT_FALSE((*parked)(json("too late")));
  parked.reset();
  EXPECT_TRUE(sent().empty());
}

TEST_F(DispatcherTest, EveryConcurrentAsyncRequestAnsweredExactlyOnce) {
  std::vector<Reply> parked;
  dispatcher_.onAsyncRequest("work", [&](const json&, Reply reply) { parked.push_back(std::move(reply)); });
  constexpr int kRequests = 200;
  for (int i = 0; i < kRequests; ++i) {
    dispatch(serialize(makeRequest(RequestId{std::int64_t{i}}, "work")));
  }
  ASSERT_EQ(parked.size(), static_cast<std::size_t>(kRequests));
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&, t] {
      for (int i = t; i < kRequests; i += 4) {
        if (i % 3 == 0) {
          Reply dropped = std::move(parked[static_cast<std::size_t>(i)]);  // destroyed uncalled
        } else {
          parked[static_cast<std::size_t>(i)](i);
        }
      }
    });
  }
  for (auto& thread : threads) thread.join();
  std::set<std::int64_t> ids;
  for (const auto& wire : sent()) {
    const json reply = json::parse(wire);
    EXPECT_TRUE(ids.insert(reply["id"].get<std::int64_t>()).second) << "answered twice: " << wire;
    const auto id = reply["id"].get<int>();
    if (id % 3 == 0) {
      EXPECT_EQ(reply["error"]["code"], -32603);
    } else {
      EXPECT_EQ(reply["result"], id);
    }
  }
  EXPECT_EQ(ids.size(), static_cast<std::size_t>(kRequests));
  EXPECT_EQ(dispatcher_.pendingRequests(), 0u);
}

TEST_F(DispatcherTest, CancelRequestSetsTheToken) {
  std::optional<Reply> parked;
  dispatcher_.onAsyncRequest("long", [&](const json&, Reply reply) { parked.emplace(std::move(reply)); });
  int user_cancel_calls = 0;
  dispatcher_.onNotification("$/cancelRequest", [&](const json&) { ++user_cancel_calls; });
  dispatch(R"({"jsonrpc":"2.0","id":"c1","method":"long"})");
  const CancelToken token = parked->cancelToken();
  EXPECT_FALSE(token.cancelled());
  EXPECT_TRUE(dispatch(R"({"jsonrpc":"2.0","method":"$/cancelRequest","params":{"id":"other"}})").empty());
  EXPECT_FALSE(token.cancelled());
  EXPECT_TRUE(dispatch(R"({"jsonrpc":"2.0","method":"$/cancelRequest","params":{"id":"c1"}})").empty());
  EXPECT_TRUE(token.cancelled());
  EXPECT_TRUE(parked->cancelled());
  EXPECT_EQ(user_cancel_calls, 2);
  parked->error(ErrorCode::RequestCancelled, "cancelled");
  EXPECT_EQ(sent(),
            (std::vector<std::string>{R"({"error":{"code":-32800,"message":"cancelled"},"id":"c1","jsonrpc":"2.0"})"}));
  EXPECT_FALSE(CancelToken().cancelled());
}

TEST_F(DispatcherTest, RequestFilterRefusesBeforeRouting) {
  bool initialized = false;
  dispatcher_.setRequestFilter([&](const std::string& method) -> std::optional<ResponseError> {
    if (!initialized && method != "initialize") {
      return ResponseError{ErrorCode::ServerNotInitialized, "Server not initialized", nullptr};
    }
    return std::nullopt;
  });
  dispatcher_.onRequest("initialize", [&](const json&) {
    initialized = true;
    return json::object();
  });
  EXPECT_EQ(only(R"({"jsonrpc":"2.0","id":1,"method":"echo"})"),
            R"({"error":{"code":-32002,"message":"Server not initialized"},"id":1,"jsonrpc":"2.0"})");
  EXPECT_EQ(errorOf(only(R"({"jsonrpc":"2.0","id":2,"method":"nope"})"))["error"]["code"], -32002);
  EXPECT_EQ(only(R"({"jsonrpc":"2.0","id":3,"method":"initialize","params":{}})"),
            R"({"id":3,"jsonrpc":"2.0","result":{}})");
  EXPECT_EQ(only(R"({"jsonrpc":"2.0","id":4,"method":"echo","params":[]})"), R"({"id":4,"jsonrpc":"2.0","result":[]})");
}

TEST_F(DispatcherTest, NotificationFilterDrops) {
  int calls = 0;
  dispatcher_.onNotification("textDocument/didOpen", [&](const json&) { ++calls; });
  dispatcher_.setNotificationFilter([](const std::string& method) { return method == "exit"; });
  dispatch(R"({"jsonrpc":"2.0","method":"textDocument/didOpen","params":{}})");
  EXPECT_EQ(calls, 0);
}

TEST_F(DispatcherTest, OutgoingRequestResponseIsRouted) {
  std::vector<Response> responses;
  const json request =
      dispatcher_.makeOutgoingRequest("workspace/configuration", json{{"items", json::array()}},
                                      [&](const Response& response) { responses.push_back(response); });
  EXPECT_EQ(request["method"], "workspace/configuration");
  const json id = request["id"];
  ASSERT_TRUE(id.is_number_integer());
  const json second = dispatcher_.makeOutgoingRequest("window/workDoneProgress/create", json::object(),
                                                      [&](const Response& response) { responses.push_back(response); });
  EXPECT_NE(second["id"], id);

  EXPECT_TRUE(
      dispatch(serialize(json{{"jsonrpc", "2.0"}, {"id", id}, {"result", json::array({json{{"a", 1}}})}})).empty());
  ASSERT_EQ(responses.size(), 1u);
  EXPECT_EQ(responses[0].result, json::array({json{{"a", 1}}}));
  // A second answer with the same id is ignored (logged).
  dispatch(serialize(json{{"jsonrpc", "2.0"}, {"id", id}, {"result", nullptr}}));
  EXPECT_EQ(responses.size(), 1u);
  dispatch(serialize(json{{"jsonrpc", "2.0"}, {"id", second["id"]}, {"error", {{"code", -32601}, {"message", "no"}}}}));
  ASSERT_EQ(responses.size(), 2u);
  ASSERT_TRUE(responses[1].error.has_value());
  EXPECT_EQ(responses[1].error->code, -32601);
  EXPECT_TRUE(sent().empty());
}

TEST(Dispatcher, LateReplyAfterDispatcherDestroyedIsDropped) {
  std::vector<std::string> sent;
  std::optional<Reply> parked;
  {
    Dispatcher dispatcher([&](std::string body) { sent.push_back(std::move(body)); });
    dispatcher.onAsyncRequest("x", [&](const json&, Reply reply) { parked.emplace(std::move(reply)); });
    dispatcher.dispatch(R"({"jsonrpc":"2.0","id":1,"method":"x"})");
  }
  EXPECT_TRUE((*parked)(json(1)));  // accepted, but there is nobody to send it
  parked.reset();
  EXPECT_TRUE(sent.empty());
}

}  // namespace
}  // namespace copydesk::protocol
