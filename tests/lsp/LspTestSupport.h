#pragma once
// Helpers for the language-server tests: an in-process session (the test is
// the client, over MemoryTransport, server in synchronous mode), JSON-subset
// matching, and temporary workspaces.
#include <chrono>
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <boost/asio/executor_work_guard.hpp>
#include <boost/asio/io_context.hpp>
#include <nlohmann/json.hpp>
#include <thread>

#include "protocol/MemoryTransport.h"
#include "server/LspServer.h"

namespace copydesk::lsptest {

using json = nlohmann::json;

// True when `expected` is a subset of `actual`: objects need the expected keys
// (recursively), arrays need the same length with matching elements, other
// values must be equal. "<any>" matches any value. On mismatch `why` says where.
// With `subsequence`, a non-empty expected array matches when its elements
// match distinct actual elements in order (other elements may come between);
// an empty expected array still requires an empty actual array.
bool jsonSubset(const json& actual, const json& expected, std::string* why = nullptr, const std::string& path = "",
                bool subsequence = false);

// A folder under the system temp dir, removed on destruction.
class TempDir {
 public:
  TempDir();
  ~TempDir();
  const std::filesystem::path& path() const { return path_; }
  std::string uri() const;
  std::string uriOf(const std::string& relative) const;
  void write(const std::string& relative, const std::string& content) const;
  std::string read(const std::string& relative) const;

 private:
  std::filesystem::path path_;
};

class Session {
 public:
  explicit Session(server::ServerOptions options = syncOptions(),
                   std::optional<boost::asio::any_io_executor> executor = std::nullopt);
  ~Session();
  static server::ServerOptions syncOptions();

  protocol::MemoryTransport& transport() { return transport_; }
  server::LspServer& server() { return *server_; }
  // The server's exit status once it has exited, else nullopt.
  std::optional<int> exitStatus() {
    return server_->exited() ? std::optional<int>(server_->exitStatus()) : std::nullopt;
  }

  // Sends a request and waits for its response (whole message).
  json request(const std::string& method, const json& params);
  std::int64_t sendRequest(const std::string& method, const json& params);
  json response(std::int64_t id);
  void notify(const std::string& method, const json& params);
  // The first message (in arrival order) matching `subset`; fails the test when none comes in time.
  json expect(const json& subset, std::chrono::milliseconds timeout = std::chrono::milliseconds(5000));
  // Waits for a publishDiagnostics for `uri` (and `version` when given).
  json diagnostics(const std::string& uri, std::optional<std::int64_t> version = std::nullopt);
  // Everything queued, parsed.
  std::vector<json> drain();

  // initialize + initialized. Returns the initialize result.
  json initialize(const json& capabilities = json::object(), const std::string& root_uri = "",
                  const json& initialization_options = nullptr);
  void open(const std::string& uri, const std::string& text, const std::string& language = "markdown",
            std::int64_t version = 1);
  void change(const std::string& uri, std::int64_t version, const json& changes);
  // open (version 1), then the diagnostics published for it.
  json openAndCheck(const std::string& uri, const std::string& text, const std::string& language = "markdown");

 private:
  server::Logger logger_;
  protocol::MemoryTransport transport_;
  std::unique_ptr<server::LspServer> server_;
  std::int64_t next_id_ = 1;
};

// A session in asynchronous mode: the server's main strand is an io_context
// on its own thread, checks run on the pool.
class AsyncSession {
 public:
  explicit AsyncSession(server::ServerOptions options);
  ~AsyncSession();
  Session& operator*() { return *session_; }
  Session* operator->() { return session_.get(); }

 private:
  boost::asio::io_context io_;
  boost::asio::executor_work_guard<boost::asio::io_context::executor_type> guard_;
  std::unique_ptr<Session> session_;
  std::thread thread_;
};

json position(std::uint32_t line, std::uint32_t character);
json range(std::uint32_t l1, std::uint32_t c1, std::uint32_t l2, std::uint32_t c2);
// Applies LSP TextEdits (UTF-16 or UTF-8 positions) to `text`, like an editor.
std::string applyTextEdits(const std::string& text, const json& edits, Encoding encoding = Encoding::Utf16);

}  // namespace copydesk::lsptest
