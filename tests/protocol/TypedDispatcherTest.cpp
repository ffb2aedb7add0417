// Handlers bound with typed params and results: decoding errors answer
// InvalidParams naming the field; results are written through field lists.
#include <gtest/gtest.h>

#include <optional>
#include <vector>

#include "protocol/Dispatcher.h"
#include "protocol/LspTypes.h"

namespace copydesk::protocol {
namespace {

TEST(TypedDispatcher, RequestsDecodeParamsAndEncodeResults) {
  Dispatcher dispatcher;
  dispatcher.onRequest<HoverParams>("textDocument/hover", [](const HoverParams& p) -> std::optional<Hover> {
    if (p.position.line > 0) return std::nullopt;
    return Hover{MarkupContent{markup_kind::Markdown, p.textDocument.uri}, std::nullopt};
  });
  const auto hover = [&](const char* params) {
    return dispatcher.dispatch(std::string(R"({"jsonrpc":"2.0","id":1,"method":"textDocument/hover","params":)") +
                               params + "}");
  };
  EXPECT_EQ(
      hover(R"({"textDocument":{"uri":"u"},"position":{"line":0,"character":0}})"),
      std::vector<std::string>{R"({"id":1,"jsonrpc":"2.0","result":{"contents":{"kind":"markdown","value":"u"}}})"});
  EXPECT_EQ(hover(R"({"textDocument":{"uri":"u"},"position":{"line":1,"character":0}})"),
            std::vector<std::string>{R"({"id":1,"jsonrpc":"2.0","result":null})"});
  EXPECT_EQ(hover(R"({"textDocument":{},"position":{"line":1,"character":0}})"),
            std::vector<std::string>{
                R"({"error":{"code":-32602,"message":"textDocument.uri: missing"},"id":1,"jsonrpc":"2.0"})"});
}

TEST(TypedDispatcher, AsyncRepliesAndNotifications) {
  Dispatcher dispatcher;
  std::vector<TypedReply<std::vector<CodeAction>>> parked;
  std::vector<std::string> closed;
  std::vector<std::string> sent;
  dispatcher.setSender([&](std::string body) { sent.push_back(std::move(body)); });
  dispatcher.onAsyncRequest<CodeActionParams, std::vector<CodeAction>>(
      "textDocument/codeAction",
      [&](const CodeActionParams&, TypedReply<std::vector<CodeAction>> reply) { parked.push_back(reply); });
  dispatcher.onNotification<DidCloseTextDocumentParams>(
      "textDocument/didClose", [&](const DidCloseTextDocumentParams& p) { closed.push_back(p.textDocument.uri); });

  EXPECT_TRUE(
      dispatcher
          .dispatch(
              R"({"jsonrpc":"2.0","id":2,"method":"textDocument/codeAction","params":{"textDocument":{"uri":"u"},)"
              R"("range":{"start":{"line":0,"character":0},"end":{"line":0,"character":0}},"context":{"diagnostics":[]}}})")
          .empty());
  ASSERT_EQ(parked.size(), 1u);
  CodeAction fix;
  fix.title = "Fix";
  fix.kind = code_action_kind::QuickFix;
  EXPECT_TRUE(parked[0]({fix}));
  EXPECT_FALSE(parked[0]({}));
  EXPECT_EQ(sent, std::vector<std::string>{R"({"id":2,"jsonrpc":"2.0","result":[{"kind":"quickfix","title":"Fix"}]})"});

  dispatcher.dispatch(R"({"jsonrpc":"2.0","method":"textDocument/didClose","params":{"textDocument":{"uri":"a"}}})");
  dispatcher.dispatch(R"({"jsonrpc":"2.0","method":"textDocument/didClose","params":{"textDocument":{}}})");
  EXPECT_EQ(closed, std::vector<std::string>{"a"});
}

}  // namespace
}  // namespace copydesk::protocol
