// libFuzzer target: random bytes in random chunk sizes through the Framing
// parser, then every body through a Dispatcher with a few dummy handlers.
//
// Input layout: the first byte seeds the chunking; the rest is the stream.
// Checked invariants (a violation aborts, which libFuzzer reports):
//   - the parser never returns more body bytes than it was given, and its
//     buffer stays bounded while it skips garbage;
//   - frame(body) parses back to exactly body;
//   - every dispatch() answer is a well-formed JSON-RPC response (jsonrpc
//     "2.0", an id member, exactly one of result/error), written compact;
//   - a valid request to a synchronous handler is answered exactly once.
//
// Build: cmake/Fuzzing.cmake (target fuzz_framing, COPYDESK_FUZZ=ON); seeds:
// corpus/framing (sessions as Neovim, Emacs and VS Code send them).
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "protocol/Dispatcher.h"
#include "protocol/Framing.h"
#include "protocol/JsonRpc.h"
#include "protocol/LspTypes.h"

namespace {

using namespace copydesk::protocol;

void check(bool condition) {
  if (!condition) std::abort();
}

// `text`: the compact JSON the dispatcher sends.
void checkResponse(const std::string& text) {
  const json message = json::parse(text, nullptr, false);
  check(message.is_object());
  check(message.value("jsonrpc", "") == "2.0");
  check(message.contains("id"));
  check(message.contains("result") != message.contains("error"));
  if (message.contains("error")) {
    check(message["error"].is_object());
    check(message["error"]["code"].is_number_integer());
    check(message["error"]["message"].is_string());
  }
  check(serialize(message) == text);
}

struct Harness {
  std::vector<std::string> late;  // answers sent after dispatch() returned
  std::vector<Reply> parked;
  Dispatcher dispatcher{[this](std::string body) { late.push_back(std::move(body)); }};

  Harness() {
    dispatcher.onRequest("echo", [](const json& params) { return params; });
    dispatcher.onRequest("fail", [](const json&) -> json { throw std::runtime_error("fail"); });
    dispatcher.onRequest("textDocument/hover", [](const json& params) -> json {
      const auto p = fromParams<HoverParams>(params);
      return json{{"line", p.position.line}, {"uri", p.textDocument.uri}};
    });
    dispatcher.onRequest("textDocument/codeAction", [](const json& params) -> json {
      const auto p = fromParams<CodeActionParams>(params);
      return json(p.context.diagnostics);
    });
    dispatcher.onAsyncRequest("later", [this](const json&, Reply reply) { parked.push_back(std::move(reply)); });
    dispatcher.onNotification("textDocument/didChange",
                              [](const json& params) { (void)fromParams<DidChangeTextDocumentParams>(params); });
  }
};

bool isSyncRequest(std::string_view body) {
  const json value = json::parse(body.begin(), body.end(), nullptr, false);
  if (value.is_discarded() || !value.is_object()) return false;
  try {
    const Message message = messageFromJson(value);
    const auto* request = std::get_if<Request>(&message);
    return request != nullptr && request->method != "later";
  } catch (const RpcError&) {
    return false;
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  std::uint32_t seed = data[0];
  const std::string_view stream(reinterpret_cast<const char*>(data + 1), size - 1);

  FrameParser parser(4096);  // small limit: exercise MessageTooLarge too
  Harness harness;
  std::size_t offset = 0;
  std::size_t body_bytes = 0;
  while (offset < stream.size()) {
    seed = seed * 1103515245u + 12345u;
    const std::size_t chunk = 1 + (seed >> 16) % 97;
    const std::string_view piece = stream.substr(offset, chunk);
    offset += piece.size();
    for (auto& event : parser.drain(piece)) {
      const auto* body = std::get_if<std::string>(&event);
      if (body == nullptr) continue;
      body_bytes += body->size();
      check(body_bytes <= offset);

      FrameParser reparse;
      const auto again = reparse.drain(frame(*body));
      check(again.size() == 1 && std::get<std::string>(again[0]) == *body);

      const bool expect_answer = isSyncRequest(*body);
      const auto answers = harness.dispatcher.dispatch(*body);
      check(answers.size() <= 1);
      if (expect_answer) check(answers.size() == 1);
      for (const auto& answer : answers) checkResponse(answer);
    }
    check(parser.bufferedBytes() <= 4096 + FrameParser::kMaxHeaderBytes + 1);
  }
  harness.parked.clear();  // dropped Replies answer InternalError through the sender
  for (const auto& answer : harness.late) checkResponse(answer);
  return 0;
}
