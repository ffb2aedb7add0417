#include "protocol/MemoryTransport.h"

#include <gtest/gtest.h>

#include <set>
#include <thread>
#include <vector>

#include "protocol/Dispatcher.h"

namespace copydesk::protocol {
namespace {

using namespace std::chrono_literals;

TEST(MemoryTransport, MessagesBeforeStartAreDeliveredOnStart) {
  MemoryTransport transport;
  std::vector<std::string> received;
  transport.clientSend(std::string("one"));
  transport.clientSend(json{{"two", 2}});
  EXPECT_FALSE(transport.started());
  transport.start([&](std::string body) { received.push_back(std::move(body)); }, nullptr);
  EXPECT_TRUE(transport.started());
  transport.clientSend(std::string("three"));
  EXPECT_EQ(received, (std::vector<std::string>{"one", R"({"two":2})", "three"}));
}

TEST(MemoryTransport, NextMessageIsFifoAndTimesOut) {
  MemoryTransport transport;
  transport.send("a");
  transport.send("{\"b\":1}");
  EXPECT_EQ(transport.outboxSize(), 2u);
  EXPECT_EQ(transport.nextMessage(10ms), "a");
  EXPECT_EQ(transport.nextJson(10ms), json({{"b", 1}}));
  const auto start = std::chrono::steady_clock::now();
  EXPECT_EQ(transport.nextMessage(30ms), std::nullopt);
  EXPECT_GE(std::chrono::steady_clock::now() - start, 30ms);
}

TEST(MemoryTransport, WaitForSkipsOtherMessagesAndKeepsThem) {
  MemoryTransport transport;
  transport.send(serialize(makeNotification("window/logMessage", json{{"type", 4}, {"message", "x"}})));
  transport.send(serialize(makeResponse(RequestId{std::int64_t{1}}, json("r1"))));
  transport.send(serialize(makeNotification("textDocument/publishDiagnostics", json{{"uri", "u"}})));

  const auto diagnostics = transport.waitForNotification("textDocument/publishDiagnostics", 100ms);
  ASSERT_TRUE(diagnostics.has_value());
  EXPECT_EQ((*diagnostics)["params"]["uri"], "u");
  const auto response = transport.waitForResponse(RequestId{std::int64_t{1}}, 100ms);
  ASSERT_TRUE(response.has_value());
  EXPECT_EQ((*response)["result"], "r1");
  EXPECT_EQ(transport.waitForResponse(RequestId{std::string("1")}, 10ms), std::nullopt) << "ids are typed";
  EXPECT_EQ(transport.outboxSize(), 1u);
  EXPECT_EQ(transport.nextJson(10ms).value()["method"], "window/logMessage");
}

TEST(MemoryTransport, WaitForSeesMessagesSentLaterFromAnotherThread) {
  MemoryTransport transport;
  std::thread sender([&] {
    std::this_thread::sleep_for(20ms);
    transport.send(serialize(makeNotification("other")));
    std::this_thread::sleep_for(20ms);
    transport.send(serialize(makeNotification("wanted", json{{"n", 1}})));
  });
  const auto got = transport.waitForNotification("wanted", 2000ms);
  sender.join();
  ASSERT_TRUE(got.has_value());
  EXPECT_EQ((*got)["params"]["n"], 1);
}

TEST(MemoryTransport, ConcurrentSendsAreAllKept) {
  MemoryTransport transport;
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < 250; ++i) transport.send(std::to_string(t * 1000 + i));
    });
  }
  for (auto& thread : threads) thread.join();
  const auto all = transport.takeAll();
  EXPECT_EQ(all.size(), 1000u);
  EXPECT_EQ(std::set<std::string>(all.begin(), all.end()).size(), 1000u);
  EXPECT_EQ(transport.outboxSize(), 0u);
}

TEST(MemoryTransport, ClientBytesGoThroughFraming) {
  std::vector<std::string> logs;
  MemoryTransport transport([&](std::string_view line) { logs.emplace_back(line); });
  std::vector<std::string> received;
  transport.start([&](std::string body) { received.push_back(std::move(body)); }, nullptr);
  const std::string stream = "junk\r\n" + frame("{\"a\":1}") + frame("{}");
  transport.clientSendBytes(std::string_view(stream).substr(0, 10));
  transport.clientSendBytes(std::string_view(stream).substr(10));
  EXPECT_EQ(received, (std::vector<std::string>{"{\"a\":1}", "{}"}));
  ASSERT_EQ(logs.size(), 1u);
  EXPECT_NE(logs[0].find("bad header"), std::string::npos);
}

TEST(MemoryTransport, ClosureReporting) {
  MemoryTransport transport;
  std::vector<CloseReason> reasons;
  transport.start([](std::string) {}, [&](CloseReason reason) { reasons.push_back(reason); });
  transport.clientClose();
  EXPECT_TRUE(transport.closed());
  transport.send("still accepted after input ended");
  EXPECT_EQ(transport.outboxSize(), 1u);
  transport.clientClose();  // reported once only
  EXPECT_EQ(reasons, (std::vector<CloseReason>{CloseReason::InputEnded}));

  MemoryTransport broken;
  std::vector<CloseReason> broken_reasons;
  broken.start([](std::string) {}, [&](CloseReason reason) { broken_reasons.push_back(reason); });
  broken.failOutput();
  broken.send("dropped");
  EXPECT_EQ(broken.outboxSize(), 0u);
  EXPECT_EQ(broken_reasons, (std::vector<CloseReason>{CloseReason::OutputError}));

  MemoryTransport local;
  local.close();
  local.send("dropped");
  EXPECT_EQ(local.outboxSize(), 0u);
}

// The pieces together: a client talks to a dispatcher through the transport,
// and an asynchronous answer produced on a worker thread reaches the client.
TEST(MemoryTransport, DrivesADispatcherEndToEnd) {
  MemoryTransport transport;
  Dispatcher dispatcher([&](std::string body) { transport.send(std::move(body)); });
  std::vector<std::thread> workers;
  dispatcher.onAsyncRequest("slow/square", [&](const json& params, Reply reply) {
    workers.emplace_back([n = params.at("n").get<int>(), reply = std::move(reply)]() mutable {
      std::this_thread::sleep_for(10ms);
      reply(n * n);
    });
  });
  dispatcher.onRequest("fast", [](const json&) { return json("quick"); });
  transport.start(
      [&](std::string body) {
        for (auto& message : dispatcher.dispatch(body)) transport.send(std::move(message));
      },
      nullptr);

  transport.clientSend(makeRequest(RequestId{std::int64_t{1}}, "slow/square", json{{"n", 7}}));
  transport.clientSend(makeRequest(RequestId{std::int64_t{2}}, "fast"));
  transport.clientSend(std::string("{oops"));
  const auto fast = transport.waitForResponse(RequestId{std::int64_t{2}}, 1000ms);
  const auto slow = transport.waitForResponse(RequestId{std::int64_t{1}}, 1000ms);
  const auto parse_error = transport.waitFor([](const json& m) { return m.contains("error"); }, 1000ms);
  for (auto& worker : workers) worker.join();
  ASSERT_TRUE(fast && slow && parse_error);
  EXPECT_EQ((*fast)["result"], "quick");
  EXPECT_EQ((*slow)["result"], 49);
  EXPECT_EQ((*parse_error)["error"]["code"], -32700);
  EXPECT_TRUE((*parse_error)["id"].is_null());
}

}  // namespace
}  // namespace copydesk::protocol
