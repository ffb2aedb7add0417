// The asynchronous server (io_context main strand + thread pool): debounce,
// cancellation and staleness. Checks are held back with the before_check hook
// so that the interleavings are deterministic.
#include <condition_variable>
#include <mutex>
#include <set>

#include <gtest/gtest.h>

#include "LspTestSupport.h"

namespace copydesk::lsptest {
namespace {

using namespace std::chrono_literals;

const std::string kUri = "file:///tmp/copydesk-lsp-test/async.md";
const std::string kText = "# Notes\n\nWe reached concensus today.\n";

// Blocks checks until released; records the versions that reached a worker.
class Gate {
 public:
  void wait(std::int64_t version) {
    std::unique_lock lock(mutex_);
    arrived_.insert(version);
    changed_.notify_all();
    changed_.wait_for(lock, 10s, [&] { return open_; });  // never hang a failed test
  }
  void open() {
    std::lock_guard lock(mutex_);
    open_ = true;
    changed_.notify_all();
  }
  bool waitArrived(std::int64_t version) {
    std::unique_lock lock(mutex_);
    return changed_.wait_for(lock, 5s, [&] { return arrived_.count(version) > 0; });
  }

 private:
  std::mutex mutex_;
  std::condition_variable changed_;
  std::set<std::int64_t> arrived_;
  bool open_ = false;
};

server::ServerOptions asyncOptions(Gate* gate, std::chrono::milliseconds debounce = 0ms) {
  server::ServerOptions options;
  options.synchronous = false;
  options.debounce = debounce;
  options.threads = 2;
  options.version = "test";
  if (gate) options.before_check = [gate](const std::string&, std::int64_t version) { gate->wait(version); };
  return options;
}

// A round trip through the main strand: when its answer arrives, everything
// sent before it has been dispatched.
void sync(Session& s) { s.request("copydesk/ping", nullptr); }

TEST(LspAsync, DebouncedPush) {
  AsyncSession s(asyncOptions(nullptr, 30ms));
  s->initialize();
  s->open(kUri, kText);
  s->change(kUri, 2, json::array({{{"range", range(2, 0, 2, 0)}, {"text", "So "}}}));
  const json published = s->diagnostics(kUri, 2);
  EXPECT_FALSE(published["diagnostics"].empty());
}

TEST(LspAsync, StaleResultsAreNeverPublished) {
  Gate gate;
  AsyncSession s(asyncOptions(&gate));
  s->initialize();
  s->open(kUri, kText);
  ASSERT_TRUE(gate.waitArrived(1));  // version 1 is being checked, held back
  s->change(kUri, 2, json::array({{{"range", range(2, 14, 2, 15)}, {"text", "s"}}}));
  sync(*s);
  gate.open();
  const json published = s->diagnostics(kUri, 2);
  for (const json& d : published["diagnostics"]) EXPECT_NE(d["code"], "spelling") << published.dump();
  sync(*s);
  for (const json& message : s->drain()) {
    if (message.value("method", "") == "textDocument/publishDiagnostics") {
      EXPECT_NE(message["params"]["version"], 1) << message.dump();
    }
  }
}

TEST(LspAsync, CancelledPullIsAnsweredWithRequestCancelled) {
  Gate gate;
  AsyncSession s(asyncOptions(&gate));
  s->initialize({{"textDocument", {{"diagnostic", json::object()}}}});  // pull client: no push
  s->open(kUri, kText);
  const std::int64_t id = s->sendRequest("textDocument/diagnostic", {{"textDocument", {{"uri", kUri}}}});
  ASSERT_TRUE(gate.waitArrived(1));
  s->notify("$/cancelRequest", {{"id", id}});
  sync(*s);
  gate.open();
  const json reply = s->response(id);
  EXPECT_EQ(reply["error"]["code"], -32800) << reply.dump();
  // The next pull is answered normally.
  const json again = s->request("textDocument/diagnostic", {{"textDocument", {{"uri", kUri}}}});
  EXPECT_EQ(again["result"]["kind"], "full") << again.dump();
}

TEST(LspAsync, CancelledCodeActionIsAnsweredWithRequestCancelled) {
  Gate gate;
  AsyncSession s(asyncOptions(&gate));
  s->initialize({{"textDocument", {{"diagnostic", json::object()}}}});
  s->open(kUri, kText);
  const std::int64_t id = s->sendRequest("textDocument/codeAction", {{"textDocument", {{"uri", kUri}}},
                                                                     {"range", range(2, 12, 2, 12)},
                                                                     {"context", {{"diagnostics", json::array()}}}});
  ASSERT_TRUE(gate.waitArrived(1));
  s->notify("$/cancelRequest", {{"id", id}});
  sync(*s);
  gate.open();
  EXPECT_EQ(s->response(id)["error"]["code"], -32800);
}

TEST(LspAsync, PullWaitsForTheNewestVersion) {
  Gate gate;
  AsyncSession s(asyncOptions(&gate));
  s->initialize({{"textDocument", {{"diagnostic", json::object()}}}});
  s->open(kUri, kText);
  const std::int64_t id = s->sendRequest("textDocument/diagnostic", {{"textDocument", {{"uri", kUri}}}});
  ASSERT_TRUE(gate.waitArrived(1));
  s->change(kUri, 2, json::array({{{"range", range(2, 14, 2, 15)}, {"text", "s"}}}));
  sync(*s);
  gate.open();
  const json reply = s->response(id);
  ASSERT_EQ(reply["result"]["kind"], "full") << reply.dump();
  EXPECT_NE(reply["result"]["resultId"].get<std::string>().find(":2"), std::string::npos) << reply.dump();
  for (const json& d : reply["result"]["items"]) EXPECT_NE(d["code"], "spelling");
}

TEST(LspAsync, CloseDuringACheckPublishesOnlyTheEmptyList) {
  Gate gate;
  AsyncSession s(asyncOptions(&gate));
  s->initialize();
  s->open(kUri, kText);
  ASSERT_TRUE(gate.waitArrived(1));
  s->notify("textDocument/didClose", {{"textDocument", {{"uri", kUri}}}});
  sync(*s);
  gate.open();
  EXPECT_EQ(s->diagnostics(kUri)["diagnostics"], json::array());
  sync(*s);
  for (const json& message : s->drain()) EXPECT_NE(message.value("method", ""), "textDocument/publishDiagnostics");
}

}  // namespace
}  // namespace copydesk::lsptest
