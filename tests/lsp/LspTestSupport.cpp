#include "LspTestSupport.h"

#include <unistd.h>

#include <algorithm>
#include <fstream>
#include <random>
#include <sstream>

#include <gtest/gtest.h>

#include "protocol/JsonRpc.h"
#include "protocol/Uri.h"
#include "text/LineIndex.h"

namespace copydesk::lsptest {

namespace fs = std::filesystem;

bool jsonSubset(const json& actual, const json& expected, std::string* why, const std::string& path, bool subsequence) {
  const auto fail = [&](const std::string& message) {
    if (why) *why = (path.empty() ? "<root>" : path) + ": " + message;
    return false;
  };
  if (expected.is_string() && expected.get<std::string>() == "<any>") return true;
  if (expected.is_object()) {
    if (!actual.is_object()) return fail("expected an object, got " + actual.dump());
    for (const auto& [key, value] : expected.items()) {
      const auto it = actual.find(key);
      if (it == actual.end()) return fail("missing key '" + key + "' in " + actual.dump().substr(0, 300));
      if (!jsonSubset(*it, value, why, path + "." + key, subsequence)) return false;
    }
    return true;
  }
  if (expected.is_array()) {
    if (!actual.is_array()) return fail("expected an array, got " + actual.dump());
    if (subsequence && !expected.empty()) {
      std::size_t next = 0;
      for (std::size_t i = 0; i < expected.size(); ++i) {
        while (next < actual.size() && !jsonSubset(actual[next], expected[i], nullptr, "", true)) ++next;
        if (next == actual.size())
          return fail("no element matching " + expected[i].dump() + " (in order) in " + actual.dump().substr(0, 500));
        ++next;
      }
      return true;
    }
    if (actual.size() != expected.size())
      return fail("expected " + std::to_string(expected.size()) + " elements, got " + std::to_string(actual.size()) +
                  ": " + actual.dump().substr(0, 500));
    for (std::size_t i = 0; i < expected.size(); ++i)
      if (!jsonSubset(actual[i], expected[i], why, path + "[" + std::to_string(i) + "]", subsequence)) return false;
    return true;
  }
  if (actual != expected) return fail("expected " + expected.dump() + ", got " + actual.dump());
  return true;
}

TempDir::TempDir() {
  std::random_device random;
  path_ = fs::temp_directory_path() / ("copydesk-lsp-" + std::to_string(::getpid()) + "-" + std::to_string(random()));
  fs::create_directories(path_);
  path_ = fs::canonical(path_);
}

TempDir::~TempDir() {
  std::error_code ec;
  fs::remove_all(path_, ec);
}

std::string TempDir::uri() const { return protocol::pathToFileUri(path_.string()); }
std::string TempDir::uriOf(const std::string& relative) const {
  return protocol::pathToFileUri((path_ / relative).string());
}

void TempDir::write(const std::string& relative, const std::string& content) const {
  const fs::path file = path_ / relative;
  fs::create_directories(file.parent_path());
  std::ofstream(file, std::ios::binary) << content;
}

std::string TempDir::read(const std::string& relative) const {
  std::ifstream in(path_ / relative, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

server::ServerOptions Session::syncOptions() {
  server::ServerOptions options;
  options.synchronous = true;
  options.debounce = std::chrono::milliseconds(0);
  options.version = "test";
  return options;
}

Session::Session(server::ServerOptions options, std::optional<boost::asio::any_io_executor> executor) {
  logger_.silence();
  server_ = std::make_unique<server::LspServer>(transport_, logger_, std::move(options), std::move(executor));
  server_->start();
}

Session::~Session() { server_.reset(); }

std::int64_t Session::sendRequest(const std::string& method, const json& params) {
  const std::int64_t id = next_id_++;
  transport_.clientSend(protocol::makeRequest(protocol::RequestId{id}, method, params));
  return id;
}

json Session::response(std::int64_t id) {
  auto reply = transport_.waitForResponse(protocol::RequestId{id}, std::chrono::milliseconds(10000));
  if (!reply) {
    ADD_FAILURE() << "no response to request " << id;
    return json();
  }
  return *reply;
}

json Session::request(const std::string& method, const json& params) { return response(sendRequest(method, params)); }

void Session::notify(const std::string& method, const json& params) {
  transport_.clientSend(protocol::makeNotification(method, params));
}

json Session::expect(const json& subset, std::chrono::milliseconds timeout) {
  auto found = transport_.waitFor([&](const json& message) { return jsonSubset(message, subset); }, timeout);
  if (!found) {
    std::string seen;
    for (const std::string& message : transport_.takeAll()) seen += "\n  " + message.substr(0, 400);
    ADD_FAILURE() << "no message matching " << subset.dump() << "; queued:" << seen;
    return json();
  }
  return *found;
}

json Session::diagnostics(const std::string& uri, std::optional<std::int64_t> version) {
  json subset = {{"method", "textDocument/publishDiagnostics"}, {"params", {{"uri", uri}}}};
  if (version) subset["params"]["version"] = *version;
  return expect(subset)["params"];
}

std::vector<json> Session::drain() {
  std::vector<json> out;
  for (const std::string& message : transport_.takeAll()) out.push_back(json::parse(message, nullptr, false));
  return out;
}

json Session::initialize(const json& capabilities, const std::string& root_uri, const json& initialization_options) {
  json params = {{"processId", nullptr}, {"capabilities", capabilities}, {"rootUri", nullptr}};
  if (!root_uri.empty()) params["rootUri"] = root_uri;
  if (!initialization_options.is_null()) params["initializationOptions"] = initialization_options;
  const json reply = request("initialize", params);
  notify("initialized", json::object());
  return reply.value("result", json());
}

void Session::open(const std::string& uri, const std::string& text, const std::string& language, std::int64_t version) {
  notify("textDocument/didOpen",
         {{"textDocument", {{"uri", uri}, {"languageId", language}, {"version", version}, {"text", text}}}});
}

void Session::change(const std::string& uri, std::int64_t version, const json& changes) {
  notify("textDocument/didChange",
         {{"textDocument", {{"uri", uri}, {"version", version}}}, {"contentChanges", changes}});
}

json Session::openAndCheck(const std::string& uri, const std::string& text, const std::string& language) {
  open(uri, text, language);
  return diagnostics(uri, 1)["diagnostics"];
}

AsyncSession::AsyncSession(server::ServerOptions options) : guard_(io_.get_executor()) {
  options.synchronous = false;
  session_ = std::make_unique<Session>(std::move(options), io_.get_executor());
  thread_ = std::thread([this] { io_.run(); });
}

AsyncSession::~AsyncSession() {
  guard_.reset();
  io_.stop();
  thread_.join();
  session_.reset();
}

json position(std::uint32_t line, std::uint32_t character) { return {{"line", line}, {"character", character}}; }

json range(std::uint32_t l1, std::uint32_t c1, std::uint32_t l2, std::uint32_t c2) {
  return {{"start", position(l1, c1)}, {"end", position(l2, c2)}};
}

std::string applyTextEdits(const std::string& text, const json& edits, Encoding encoding) {
  const LineIndex lines(text);
  std::vector<std::tuple<std::size_t, std::size_t, std::string>> spans;
  for (const json& edit : edits) {
    const json& r = edit["range"];
    const std::size_t begin = lines.offset({r["start"]["line"], r["start"]["character"]}, encoding);
    const std::size_t end = lines.offset({r["end"]["line"], r["end"]["character"]}, encoding);
    spans.emplace_back(begin, end, edit["newText"].get<std::string>());
  }
  std::sort(spans.begin(), spans.end(), [](const auto& a, const auto& b) { return std::get<0>(a) > std::get<0>(b); });
  std::string out = text;
  for (const auto& [begin, end, replacement] : spans) out.replace(begin, end - begin, replacement);
  return out;
}

}  // namespace copydesk::lsptest
