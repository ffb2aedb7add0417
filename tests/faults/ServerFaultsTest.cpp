// Fault tests against the real `copydesk lsp` over pipes: the client
// vanishing, stdout closing, a half-written message then silence (no busy
// loop), the configuration or a dictionary turning into garbage while running,
// $/cancelRequest storms, and "no writes without a user action".
#include <sys/stat.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <map>
#include <random>
#include <string>
#include <thread>

#include <gtest/gtest.h>

#include "process/Sanitizers.h"
#include "soak/ServerProcess.h"

namespace copydesk::soak {
namespace {

using namespace std::chrono_literals;
namespace fs = std::filesystem;

class TempFolder {
 public:
  TempFolder() {
    char pattern[] = "/tmp/copydesk-faults-XXXXXX";
    path_ = ::mkdtemp(pattern);
  }
  ~TempFolder() {
    std::error_code ec;
    fs::permissions(path_, fs::perms::owner_all, fs::perm_options::add, ec);
    fs::remove_all(path_, ec);
  }
  const fs::path& path() const { return path_; }
  std::string uri(const std::string& relative = "") const {
    return "file://" + (relative.empty() ? path_.string() : (path_ / relative).string());
  }
  void write(const std::string& relative, const std::string& bytes) const {
    fs::create_directories((path_ / relative).parent_path());
    std::ofstream(path_ / relative, std::ios::binary | std::ios::trunc) << bytes;
  }

 private:
  fs::path path_;
};

// A server in pull-diagnostics mode (no pushed diagnostics) rooted at `root`.
class Session {
 public:
  explicit Session(const TempFolder& root, json init_options = nullptr, bool pull = true)
      : root_(root),
        server_({COPYDESK_BINARY, "lsp", "--log-level", "info", "--log-file", (root.path() / "lsp.log").string()}) {
    json caps = json::object();
    if (pull) caps["textDocument"]["diagnostic"] = json::object();
    json params = {{"processId", ::getpid()}, {"rootUri", root.uri()}, {"capabilities", caps}};
    if (!init_options.is_null()) params["initializationOptions"] = init_options;
    server_.request(1, "initialize", params);
    initialized_ = server_.response(1, 30s).has_value();
    server_.notify("initialized", json::object());
  }
  ServerProcess& server() { return server_; }
  bool initialized() const { return initialized_; }
  void open(const std::string& relative, const std::string& text, const std::string& language = "markdown") {
    server_.notify(
        "textDocument/didOpen",
        {{"textDocument", {{"uri", root_.uri(relative)}, {"languageId", language}, {"version", 1}, {"text", text}}}});
  }
  json ask(const std::string& method, const json& params, std::chrono::milliseconds timeout = 60s) {
    const std::int64_t id = next_id_++;
    server_.request(id, method, params);
    return server_.response(id, timeout).value_or(json());
  }
  json diagnostics(const std::string& relative) {
    return ask("textDocument/diagnostic", {{"textDocument", {{"uri", root_.uri(relative)}}}})["result"]["items"];
  }
  // The next window/showMessage whose text contains `needle`.
  std::optional<json> message(const std::string& needle, std::chrono::milliseconds timeout = 10s) {
    return server_.take(
        [&](const json& m) {
          return m.value("method", "") == "window/showMessage" &&
                 m["params"].value("message", "").find(needle) != std::string::npos;
        },
        timeout);
  }
  void fileChanged(const std::string& relative, int type = 2) {
    server_.notify("workspace/didChangeWatchedFiles", {{"changes", {{{"uri", root_.uri(relative)}, {"type", type}}}}});
  }
  int shutdown() {
    ask("shutdown", nullptr, 10s);
    server_.notify("exit", nullptr);
    return server_.wait(10s).value_or(-1);
  }

 private:
  const TempFolder& root_;
  ServerProcess server_;
  bool initialized_ = false;
  std::int64_t next_id_ = 2;
};

std::size_t countCode(const json& items, const std::string& code) {
  std::size_t n = 0;
  for (const json& d : items) n += d.value("code", "") == code;
  return n;
}

TEST(ServerFaults, ClientVanishesMidMessageExitsPromptly) {
  TempFolder root;
  Session s(root);
  ASSERT_TRUE(s.initialized());
  s.open("a.md", "Some text.\n");
  // Half a header, then the client is gone.
  s.server().writeRaw("Content-Length: 12");
  const auto closed = std::chrono::steady_clock::now();
  s.server().closeInput();
  const auto bound = 1s * kSanitizerSlowdown;
  const auto status = s.server().wait(bound);
  ASSERT_TRUE(status.has_value()) << "still running " << bound.count() << " s after stdin closed";
  EXPECT_EQ(*status, 1);  // no shutdown: exit status 1
  EXPECT_LT(std::chrono::steady_clock::now() - closed, bound);
}

TEST(ServerFaults, StdoutClosedExits) {
  TempFolder root;
  Session s(root, nullptr, /*pull=*/false);  // push mode: every open produces output
  ASSERT_TRUE(s.initialized());
  s.server().closeOutput();
  // Whatever the server writes now fails (EPIPE); it must notice and exit.
  for (int i = 0; i < 50 && s.server().running(); ++i) {
    s.open("doc" + std::to_string(i) + ".md", "We reached concensus.\n");
    s.server().request(
        100 + i, "textDocument/hover",
        {{"textDocument", {{"uri", root.uri("doc0.md")}}}, {"position", {{"line", 0}, {"character", 12}}}});
    std::this_thread::sleep_for(20ms);
    if (s.server().wait(0ms)) break;
  }
  const auto status = s.server().wait(5s);
  ASSERT_TRUE(status.has_value()) << "the server kept running with nobody to talk to";
  EXPECT_NE(*status, 0);
}

TEST(ServerFaults, HalfWrittenMessageThenSilenceDoesNotSpin) {
  TempFolder root;
  Session s(root);
  ASSERT_TRUE(s.initialized());
  s.open("a.md", "We reached concensus today.\n");
  ASSERT_EQ(countCode(s.diagnostics("a.md"), "spelling"), 1u);
  s.server().writeRaw("Content-Length: 500\r\n\r\n{\"jsonrpc\":\"2.0\",\"id\":9,\"method\":");
  std::this_thread::sleep_for(300ms);
  const std::uint64_t before = s.server().cpuTicks();
  std::this_thread::sleep_for(2s);
  const std::uint64_t used = s.server().cpuTicks() - before;
  const long hz = ::sysconf(_SC_CLK_TCK);
  std::printf("faults: CPU time over 2 s of silence after half a message: %llu ticks (%ld per second)\n",
              static_cast<unsigned long long>(used), hz);
  EXPECT_LE(used, static_cast<std::uint64_t>(hz / 20)) << "more than 50 ms of CPU in 2 s of silence";
  EXPECT_TRUE(s.server().running());
  s.server().closeInput();
  EXPECT_TRUE(s.server().wait(2s * kSanitizerSlowdown).has_value());
}

TEST(ServerFaults, ConfigBrokenUnreadableOrDeletedKeepsTheLastGoodOne) {
  TempFolder root;
  root.write(".copydesk.json", R"({"rules": {"spelling": "off"}})");
  Session s(root);
  ASSERT_TRUE(s.initialized());
  s.open("a.md", "We reached concensus today.\n");
  ASSERT_EQ(countCode(s.diagnostics("a.md"), "spelling"), 0u) << "spelling is off in the config";

  // Garbage (binary bytes) in place of the config: an error, the last good config stays.
  root.write(".copydesk.json", std::string("\xFF\xFE\x00\x01garbage{\"rules\":", 20));
  s.fileChanged(".copydesk.json");
  const auto error = s.message(".copydesk.json");
  ASSERT_TRUE(error.has_value()) << "no visible error for a broken config";
  EXPECT_EQ((*error)["params"]["type"], 1);
  EXPECT_NE((*error)["params"]["message"].get<std::string>().find("last good"), std::string::npos);
  EXPECT_EQ(countCode(s.diagnostics("a.md"), "spelling"), 0u) << "the last good config must stay in force";

  // Good again, then unreadable (permissions; root reads anything, so only as a normal user).
  root.write(".copydesk.json", R"({"rules": {"spelling": "off"}})");
  s.fileChanged(".copydesk.json");
  if (::geteuid() != 0) {
    ::chmod((root.path() / ".copydesk.json").c_str(), 0);
    s.fileChanged(".copydesk.json");
    EXPECT_TRUE(s.message("permission denied").has_value());
    EXPECT_EQ(countCode(s.diagnostics("a.md"), "spelling"), 0u);
    ::chmod((root.path() / ".copydesk.json").c_str(), 0644);
  }

  // Unreadable (a folder in its place; the tests may run as root, who reads anything).
  fs::remove(root.path() / ".copydesk.json");
  fs::create_directory(root.path() / ".copydesk.json");
  s.fileChanged(".copydesk.json");
  EXPECT_TRUE(s.message("it is a folder").has_value()) << "no visible error for an unreadable config";
  EXPECT_EQ(countCode(s.diagnostics("a.md"), "spelling"), 0u) << "the last good config must stay in force";
  fs::remove(root.path() / ".copydesk.json");
  root.write(".copydesk.json", R"({"rules": {"spelling": "off"}})");
  s.fileChanged(".copydesk.json");

  // Deleted: an error, and the last good settings stay in force until it is back.
  fs::remove(root.path() / ".copydesk.json");
  s.fileChanged(".copydesk.json", 3);
  const auto gone = s.message("no such file");
  ASSERT_TRUE(gone.has_value()) << "no visible error for a deleted config";
  EXPECT_EQ((*gone)["params"]["type"], 1);
  EXPECT_NE((*gone)["params"]["message"].get<std::string>().find("last good"), std::string::npos);
  EXPECT_EQ(countCode(s.diagnostics("a.md"), "spelling"), 0u) << "the last good config must stay in force";
  // Back: its new settings apply.
  root.write(".copydesk.json", R"({"rules": {"spelling": "warning"}})");
  s.fileChanged(".copydesk.json", 1);
  EXPECT_EQ(countCode(s.diagnostics("a.md"), "spelling"), 1u);
  EXPECT_TRUE(s.server().running());
  EXPECT_EQ(s.shutdown(), 0);
}

TEST(ServerFaults, GarbageDictionariesGiveAClearErrorAndSpellingKeepsWorking) {
  TempFolder root;
  root.write(".copydesk/dictionary.txt", "Ferrocene\ngizmox\n");
  // An extra dictionary from the config that is garbage from the start.
  std::string garbage;
  std::mt19937 rng(5);
  for (int i = 0; i < 4096; ++i) garbage += static_cast<char>(rng() & 0xFF);
  garbage[10] = '\0';
  root.write("extra.dic", garbage);
  root.write("extra.txt", garbage);
  root.write(".copydesk.json", R"({"spelling": {"dictionaries": ["extra.dic", "extra.txt"]}})");
  Session s(root);
  ASSERT_TRUE(s.initialized());
  const std::string text = "We saw gizmox results and concensus on the plan.\n";
  s.open("a.md", text);
  json items = s.diagnostics("a.md");
  EXPECT_EQ(countCode(items, "spelling"), 1u) << items.dump();  // concensus only
  EXPECT_TRUE(s.message("extra.dic").has_value()) << "no clear error for a garbage .dic";
  EXPECT_TRUE(s.message("extra.txt").has_value()) << "no clear error for a garbage word list";

  // The workspace dictionary is replaced with binary garbage.
  root.write(".copydesk/dictionary.txt", garbage);
  s.fileChanged(".copydesk/dictionary.txt");
  items = s.diagnostics("a.md");
  const auto warning = s.message("dictionary.txt");
  ASSERT_TRUE(warning.has_value()) << "no clear error for a garbage workspace dictionary";
  EXPECT_NE((*warning)["params"]["message"].get<std::string>().find("NUL"), std::string::npos);
  // Spelling still works from the built-in dictionary: both unknown words flagged, nothing else.
  EXPECT_EQ(countCode(items, "spelling"), 2u) << items.dump();
  EXPECT_TRUE(s.server().running());
  EXPECT_EQ(s.shutdown(), 0);
}

TEST(ServerFaults, CancelStormEveryRequestAnsweredExactlyOnce) {
  TempFolder root;
  Session s(root);
  ASSERT_TRUE(s.initialized());
  for (int i = 0; i < 5; ++i) s.open("d" + std::to_string(i) + ".md", "We reached concensus today, the the end.\n");
  std::mt19937 rng(42);
  std::vector<std::int64_t> ids;
  const char* methods[] = {"textDocument/hover", "textDocument/codeAction", "textDocument/diagnostic"};
  for (int n = 0; n < 5000; ++n) {
    // Cancels for random ids: unknown ones, answered ones, and ones in flight.
    json id = (rng() % 3 == 0 && !ids.empty()) ? json(ids[rng() % ids.size()])
                                               : json(static_cast<std::int64_t>(rng() % 100000));
    if (rng() % 7 == 0) id = "s" + std::to_string(rng() % 1000);
    s.server().notify("$/cancelRequest", {{"id", id}});
    if (n % 10 == 0) {
      const std::int64_t rid = 1000 + n;
      const std::string uri = root.uri("d" + std::to_string(rng() % 5) + ".md");
      const char* method = methods[rng() % 3];
      json params = {{"textDocument", {{"uri", uri}}}};
      if (std::string(method) == "textDocument/hover") params["position"] = {{"line", 0}, {"character", rng() % 20}};
      if (std::string(method) == "textDocument/codeAction") {
        params["range"] = {{"start", {{"line", 0}, {"character", 0}}}, {"end", {{"line", 0}, {"character", 30}}}};
        params["context"] = {{"diagnostics", json::array()}};
      }
      s.server().request(rid, method, params);
      ids.push_back(rid);
      if (rng() % 2) s.server().notify("$/cancelRequest", {{"id", rid}});  // cancel it at once, sometimes
    }
  }
  // A last request answered means everything before it was read.
  const json last = s.ask("textDocument/diagnostic", {{"textDocument", {{"uri", root.uri("d0.md")}}}});
  ASSERT_TRUE(last.contains("result"));
  std::this_thread::sleep_for(500ms);
  std::map<std::int64_t, int> answers;
  std::size_t cancelled = 0, unexpected = 0;
  for (const json& m : s.server().takeAll()) {
    if (m.contains("method") || !m.contains("id")) continue;
    if (!m["id"].is_number_integer()) {
      ++unexpected;
      continue;
    }
    ++answers[m["id"].get<std::int64_t>()];
    if (m.contains("error")) {
      EXPECT_EQ(m["error"]["code"], -32800) << m.dump();
      ++cancelled;
    }
  }
  for (std::int64_t id : ids) EXPECT_EQ(answers[id], 1) << "request " << id;
  EXPECT_EQ(answers.size(), ids.size()) << "answers to ids nobody asked";
  EXPECT_EQ(unexpected, 0u);
  std::printf("faults: cancel storm: 5000 cancels, %zu requests answered once each (%zu cancelled)\n", ids.size(),
              cancelled);
  EXPECT_EQ(s.shutdown(), 0);
}

TEST(ServerFaults, ASessionWithoutCommandsWritesNothingToTheWorkspace) {
  TempFolder root;
  root.write(".copydesk.json", R"({"rules": {"style/hedging": "off"}})");
  root.write(".copydesk/dictionary.txt", "Ferrocene\n");
  root.write(".copydesk/claims/house.json", R"({"claims": []})");
  root.write("docs/a.md", "# Notes\n\nWe reached concensus today.\n");
  root.write("docs/b.txt", "Plain text, the the end.\n");
  const auto before = snapshotFolder(root.path().string());
  {
    Session s(root, json{{"diagnosticMode", "both"}});
    ASSERT_TRUE(s.initialized());
    s.open("docs/a.md", "# Notes\n\nWe reached concensus today.\n");
    s.open("docs/b.txt", "Plain text, the the end.\n", "plaintext");
    s.server().notify("textDocument/didChange", {{"textDocument", {{"uri", root.uri("docs/a.md")}, {"version", 2}}},
                                                 {"contentChanges", {{{"text", "# Notes\n\nWe recieved it.\n"}}}}});
    s.diagnostics("docs/a.md");
    s.ask("textDocument/hover",
          {{"textDocument", {{"uri", root.uri("docs/a.md")}}}, {"position", {{"line", 2}, {"character", 5}}}});
    s.ask("textDocument/codeAction",
          {{"textDocument", {{"uri", root.uri("docs/a.md")}}},
           {"range", {{"start", {{"line", 2}, {"character", 0}}}, {"end", {{"line", 2}, {"character", 15}}}}},
           {"context", {{"diagnostics", json::array()}}}});
    s.server().notify("textDocument/didSave", {{"textDocument", {{"uri", root.uri("docs/a.md")}}}});
    s.fileChanged(".copydesk.json");
    s.server().notify("workspace/didChangeConfiguration",
                      {{"settings", {{"copydesk", {{"rules", {{"spelling", "error"}}}}}}}});
    s.diagnostics("docs/b.txt");
    s.server().notify("textDocument/didClose", {{"textDocument", {{"uri", root.uri("docs/a.md")}}}});
    EXPECT_EQ(s.shutdown(), 0);
  }
  fs::remove(root.path() / "lsp.log");  // the log we asked for lives there
  const auto after = snapshotFolder(root.path().string());
  EXPECT_EQ(before.size(), after.size());
  for (const auto& [path, description] : before) {
    const auto it = after.find(path);
    ASSERT_NE(it, after.end()) << path << " disappeared";
    EXPECT_EQ(it->second, description) << path << " changed";
  }
}

}  // namespace
}  // namespace copydesk::soak
