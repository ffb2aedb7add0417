// libFuzzer target: a random conversation with the language server, in
// synchronous mode over MemoryTransport: open / change (incremental and full,
// random ranges, possibly out of range or reversed) / codeAction / hover /
// pull diagnostics / close, with random positions and random texts (any bytes,
// including invalid UTF-8, CRLF and surrogate-pair emoji), plus the odd raw
// body (malformed JSON).
//
// Checked invariants (a violation aborts, which libFuzzer reports):
//   - the server never crashes or throws out of a handler;
//   - every request is answered exactly once, with a JSON-RPC response;
//   - the DocumentStore text equals a reference model of the edits
//     (an independent splice using LineIndex, which the store must match);
//   - every published diagnostic range lies inside the document.
//
// Build: cmake/Fuzzing.cmake (target fuzz_lsp_conversation, COPYDESK_FUZZ=ON);
// seeds: corpus/lsp_conversation. Without libFuzzer, fuzz_replay_lsp_conversation
// (tests/fuzz/ReplayMain.cpp) replays files and folders given on the command line.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <string>

#include <nlohmann/json.hpp>

#include "protocol/JsonRpc.h"
#include "protocol/MemoryTransport.h"
#include "server/LspServer.h"
#include "text/LineIndex.h"

namespace {

using copydesk::Encoding;
using nlohmann::json;

class Input {
 public:
  Input(const std::uint8_t* data, std::size_t size) : data_(data), size_(size) {}
  bool empty() const { return pos_ >= size_; }
  std::uint8_t byte() { return pos_ < size_ ? data_[pos_++] : 0; }
  std::uint32_t small(std::uint32_t max) { return max == 0 ? 0 : byte() % (max + 1); }
  std::string text(std::size_t max) {
    static const char* const kPieces[] = {"concensus ",
                                          "the the ",
                                          "\r\n",
                                          "\n",
                                          "\r",
                                          "\xE2\x80\x94",
                                          "\xF0\x9F\x8E\x89",
                                          "# ",
                                          "- ",
                                          "`code` ",
                                          "<!-- copydesk-disable-next-line spelling -->\n",
                                          "\xC3",
                                          "\xED\xA0\x80",
                                          "utilize ",
                                          "In 2019, 42% of users ",
                                          "."};
    std::string out;
    const std::size_t n = small(static_cast<std::uint32_t>(max));
    for (std::size_t i = 0; i < n && !empty(); ++i) {
      const std::uint8_t b = byte();
      if (b < 160) out += kPieces[b % (sizeof kPieces / sizeof *kPieces)];
      else out += static_cast<char>(byte());
    }
    return out;
  }

 private:
  const std::uint8_t* data_;
  std::size_t size_;
  std::size_t pos_ = 0;
};

// What the text becomes on the wire: invalid UTF-8 replaced by U+FFFD, as the
// client's JSON encoder would have to do.
std::string sanitize(const std::string& text) {
  return json::parse(json(text).dump(-1, ' ', false, json::error_handler_t::replace)).get<std::string>();
}

void check(bool ok, const char* what) {
  if (!ok) {
    std::fprintf(stderr, "invariant violated: %s\n", what);
    std::abort();
  }
}

json position(Input& in) { return {{"line", in.small(6)}, {"character", in.small(40)}}; }

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace copydesk;
  Input in(data, size);
  static server::Logger logger;
  logger.silence();
  protocol::MemoryTransport transport;
  server::ServerOptions options;
  options.synchronous = true;
  options.version = "fuzz";
  server::LspServer server(transport, logger, options);
  server.start();

  const bool utf8 = in.byte() & 1;
  const Encoding encoding = utf8 ? Encoding::Utf8 : Encoding::Utf16;
  json caps = json::object();
  if (utf8) caps["general"]["positionEncodings"] = {"utf-8"};
  std::int64_t next_id = 1;
  const auto request = [&](const std::string& method, const json& params) {
    const std::int64_t id = next_id++;
    transport.clientSend(protocol::makeRequest(protocol::RequestId{id}, method, params));
    const auto reply = transport.waitForResponse(protocol::RequestId{id}, std::chrono::milliseconds(0));
    check(reply.has_value(), "a request was not answered");
    check(reply->contains("result") != reply->contains("error"), "a response needs exactly one of result/error");
  };
  request("initialize", {{"processId", nullptr}, {"rootUri", nullptr}, {"capabilities", caps}});
  transport.clientSend(protocol::makeNotification("initialized", json::object()));

  const std::string uris[] = {"file:///fuzz/a.md", "file:///fuzz/b.txt"};
  std::map<std::string, std::string> model;
  std::map<std::string, std::int64_t> versions;
  while (!in.empty()) {
    const std::string& uri = uris[in.byte() & 1];
    const std::uint8_t op = in.byte() % 8;
    if (op == 0 || !model.count(uri)) {
      std::string text = sanitize(in.text(30));
      model[uri] = text;
      versions[uri] = 1;
      transport.clientSend(protocol::makeNotification(
          "textDocument/didOpen", {{"textDocument",
                                    {{"uri", uri},
                                     {"languageId", uri.ends_with(".md") ? "markdown" : "plaintext"},
                                     {"version", 1},
                                     {"text", text}}}}));
    } else if (op <= 2) {
      const json start = position(in);
      const json end = position(in);
      std::string text = sanitize(in.text(4));
      json change = {{"range", {{"start", start}, {"end", end}}}, {"text", text}};
      if (op == 2 && (in.byte() & 3) == 0) change = {{"text", text}};  // full replacement
      // Reference: the same splice computed here.
      std::string& expected = model[uri];
      if (change.contains("range")) {
        const LineIndex lines(expected);
        std::size_t a = lines.offset({start["line"], start["character"]}, encoding);
        std::size_t b = lines.offset({end["line"], end["character"]}, encoding);
        if (b < a) std::swap(a, b);
        expected.replace(a, b - a, text);
      } else {
        expected = text;
      }
      transport.clientSend(protocol::makeNotification(
          "textDocument/didChange",
          {{"textDocument", {{"uri", uri}, {"version", ++versions[uri]}}}, {"contentChanges", json::array({change})}}));
    } else if (op == 3) {
      request("textDocument/codeAction", {{"textDocument", {{"uri", uri}}},
                                          {"range", {{"start", position(in)}, {"end", position(in)}}},
                                          {"context", {{"diagnostics", json::array()}}}});
    } else if (op == 4) {
      request("textDocument/hover", {{"textDocument", {{"uri", uri}}}, {"position", position(in)}});
    } else if (op == 5) {
      request("textDocument/diagnostic", {{"textDocument", {{"uri", uri}}}});
    } else if (op == 6) {
      transport.clientSend(in.text(6));  // raw, usually malformed
    } else {
      transport.clientSend(protocol::makeNotification("textDocument/didClose", {{"textDocument", {{"uri", uri}}}}));
      model.erase(uri);
    }
    for (const auto& [u, text] : model) {
      const auto* doc = server.documents().find(u);
      check(doc != nullptr, "an open document is missing");
      check(doc->text() == text, "the document drifted from the editor's text");
    }
    for (const std::string& body : transport.takeAll()) {
      const json message = json::parse(body, nullptr, false);
      check(!message.is_discarded(), "the server wrote invalid JSON");
      if (message.value("method", "") != "textDocument/publishDiagnostics") continue;
      const std::string u = message["params"]["uri"];
      if (!model.count(u)) continue;
      const LineIndex lines(model[u]);
      for (const json& d : message["params"]["diagnostics"]) {
        const std::uint32_t line = d["range"]["end"]["line"];
        check(line < lines.lineCount(), "a diagnostic ends past the last line");
      }
    }
  }
  request("shutdown", nullptr);
  transport.clientSend(protocol::makeNotification("exit", nullptr));
  check(server.exited() && server.exitStatus() == 0, "shutdown + exit must end with status 0");
  return 0;
}

#ifdef COPYDESK_FUZZ_MAIN
#include <fstream>
#include <iterator>
int main(int argc, char** argv) {
  for (int i = 1; i < argc; ++i) {
    std::ifstream file(argv[i], std::ios::binary);
    const std::string bytes((std::istreambuf_iterator<char>(file)), std::istreambuf_iterator<char>());
    LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size());
  }
  return 0;
}
#endif
