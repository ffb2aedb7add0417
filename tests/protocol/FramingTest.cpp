#include "protocol/Framing.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace copydesk::protocol {
namespace {

// Flattened view of events for compact assertions: bodies as "B:<body>",
// errors as "E:<kind>".
std::vector<std::string> describe(const std::vector<FrameEvent>& events) {
  std::vector<std::string> out;
  for (const auto& event : events) {
    if (const auto* body = std::get_if<std::string>(&event)) {
      out.push_back("B:" + *body);
    } else {
      out.push_back("E:" + std::string(toString(std::get<FramingError>(event).kind)));
    }
  }
  return out;
}

std::vector<std::string> parseAll(std::string_view bytes, std::size_t limit = FrameParser::kDefaultMaxBodyBytes) {
  FrameParser parser(limit);
  return describe(parser.drain(bytes));
}

using Events = std::vector<std::string>;

TEST(Framing, FrameProducesHeaderAndBody) {
  EXPECT_EQ(frame("{}"), "Content-Length: 2\r\n\r\n{}");
  EXPECT_EQ(frame(""), "Content-Length: 0\r\n\r\n");
}

TEST(Framing, SingleMessage) { EXPECT_EQ(parseAll(frame(R"({"a":1})")), (Events{R"(B:{"a":1})"})); }

TEST(Framing, EmptyBody) { EXPECT_EQ(parseAll("Content-Length: 0\r\n\r\n"), (Events{"B:"})); }

TEST(Framing, SplitAtEveryBytePosition) {
  const std::string first = R"({"jsonrpc":"2.0","method":"x"})";
  const std::string second = R"({"id":1})";
  const std::string stream =
      frame(first) + "Content-Type: application/vscode-jsonrpc; charset=utf-8\r\n" + frame(second);
  // The Content-Type line above belongs to the second header block.
  for (std::size_t cut = 0; cut <= stream.size(); ++cut) {
    FrameParser parser;
    auto events = parser.drain(std::string_view(stream).substr(0, cut));
    const auto rest = parser.drain(std::string_view(stream).substr(cut));
    events.insert(events.end(), rest.begin(), rest.end());
    ASSERT_EQ(describe(events), (Events{"B:" + first, "B:" + second})) << "cut at " << cut;
    EXPECT_TRUE(parser.idle());
  }
}

TEST(Framing, ByteByByte) {
  const std::string stream = frame("hello") + frame("world!");
  FrameParser parser;
  Events events;
  for (const char c : stream) {
    const auto got = describe(parser.drain(std::string_view(&c, 1)));
    events.insert(events.end(), got.begin(), got.end());
  }
  EXPECT_EQ(events, (Events{"B:hello", "B:world!"}));
}

TEST(Framing, SeveralMessagesInOneRead) {
  EXPECT_EQ(parseAll(frame("a") + frame("bb") + frame("ccc")), (Events{"B:a", "B:bb", "B:ccc"}));
}

TEST(Framing, NextReturnsNulloptUntilComplete) {
  FrameParser parser;
  parser.feed("Content-Length: 5\r\n\r\nhel");
  EXPECT_FALSE(parser.next().has_value());
  EXPECT_EQ(parser.bufferedBytes(), 3u);
  EXPECT_FALSE(parser.idle());
  parser.feed("lo");
  auto event = parser.next();
  ASSERT_TRUE(event.has_value());
  EXPECT_EQ(std::get<std::string>(*event), "hello");
  EXPECT_FALSE(parser.next().has_value());
  EXPECT_TRUE(parser.idle());
}

TEST(Framing, ContentTypeHeaderBeforeOrAfterLength) {
  EXPECT_EQ(parseAll("Content-Type: application/vscode-jsonrpc; charset=utf-8\r\nContent-Length: 2\r\n\r\n{}"),
            (Events{"B:{}"}));
  EXPECT_EQ(parseAll("Content-Length: 2\r\nContent-Type: application/vscode-jsonrpc; charset=utf8\r\n\r\n{}"),
            (Events{"B:{}"}));
}

TEST(Framing, HeaderNamesInAnyCase) {
  EXPECT_EQ(parseAll("content-length: 2\r\n\r\n{}"), (Events{"B:{}"}));
  EXPECT_EQ(parseAll("CONTENT-LENGTH: 2\r\n\r\n{}"), (Events{"B:{}"}));
  EXPECT_EQ(parseAll("CoNtEnT-lEnGtH:2\r\ncontent-TYPE: x\r\n\r\n{}"), (Events{"B:{}"}));
}

TEST(Framing, ToleratesSpacesAndBareNewlines) {
  EXPECT_EQ(parseAll("Content-Length:   2  \n\n{}"), (Events{"B:{}"}));
  EXPECT_EQ(parseAll("\r\nContent-Length: 2\r\n\r\n{}"), (Events{"B:{}"}));  // stray blank line
}

TEST(Framing, UnknownWellFormedHeaderIsIgnored) {
  EXPECT_EQ(parseAll("X-Trace: abc\r\nContent-Length: 1\r\n\r\nz"), (Events{"B:z"}));
}

TEST(Framing, MissingContentLength) {
  EXPECT_EQ(parseAll("Content-Type: application/json\r\n\r\n{}"), (Events{"E:missing Content-Length"}));
}

TEST(Framing, NonNumericContentLength) {
  EXPECT_EQ(parseAll("Content-Length: abc\r\n\r\n{}"), (Events{"E:bad Content-Length"}));
  EXPECT_EQ(parseAll("Content-Length: 12x\r\n\r\n{}"), (Events{"E:bad Content-Length"}));
  EXPECT_EQ(parseAll("Content-Length: \r\n\r\n{}"), (Events{"E:bad Content-Length"}));
  EXPECT_EQ(parseAll("Content-Length: 1.5\r\n\r\n{}"), (Events{"E:bad Content-Length"}));
}

TEST(Framing, NegativeContentLength) {
  EXPECT_EQ(parseAll("Content-Length: -5\r\n\r\nhello"), (Events{"E:bad Content-Length"}));
}

TEST(Framing, ConflictingContentLengths) {
  // The block is rejected; resynchronisation then finds the second header
  // (the next plausible Content-Length) and reads a body from there.
  EXPECT_EQ(parseAll("Content-Length: 2\r\nContent-Length: 3\r\n\r\n{}x"), (Events{"E:bad Content-Length", "B:{}x"}));
  EXPECT_EQ(parseAll("Content-Length: 2\r\nContent-Length: 2\r\n\r\n{}"), (Events{"B:{}"}));
}

TEST(Framing, OversizeLengthIsReportedWithoutBuffering) {
  FrameParser parser(100);
  const auto events = parser.drain("Content-Length: 101\r\n\r\n");
  ASSERT_EQ(describe(events), (Events{"E:message too large"}));
  EXPECT_NE(std::get<FramingError>(events[0]).detail.find("101"), std::string::npos);
  // The huge body that follows is skipped without being kept.
  const std::string junk(10000, 'x');
  EXPECT_TRUE(parser.drain(junk).empty());
  EXPECT_LT(parser.bufferedBytes(), 16u);
  // ... and the next message is found again.
  EXPECT_EQ(describe(parser.drain(frame("ok"))), (Events{"B:ok"}));
}

TEST(Framing, LimitIsInclusiveAndConfigurable) {
  EXPECT_EQ(parseAll(frame("12345"), 5), (Events{"B:12345"}));
  EXPECT_EQ(parseAll(frame("123456"), 5)[0], "E:message too large");
  EXPECT_EQ(FrameParser().maxBodyBytes(), std::size_t{64} * 1024 * 1024);
}

TEST(Framing, HugeNumberDoesNotOverflow) {
  EXPECT_EQ(parseAll("Content-Length: 99999999999999999999999999999\r\n\r\n"), (Events{"E:message too large"}));
  EXPECT_EQ(parseAll("Content-Length: 18446744073709551616\r\n\r\n"), (Events{"E:message too large"}));
}

TEST(Framing, GarbageThenValidMessageResynchronises) {
  EXPECT_EQ(parseAll("garbage\r\n" + frame("ok")), (Events{"E:bad header", "B:ok"}));
  EXPECT_EQ(parseAll("garbage without newline" + frame("ok")), (Events{"E:bad header", "B:ok"}));
  EXPECT_EQ(parseAll("xyz" + frame("ok")), (Events{"E:missing Content-Length", "B:ok"}));
  EXPECT_EQ(parseAll("Content-Length: nope\r\n\r\n" + frame("ok")), (Events{"E:bad Content-Length", "B:ok"}));
}

TEST(Framing, GarbageSplitAcrossReadsStillResynchronises) {
  const std::string stream = "\x01\x02 noise: \xff\r\nmore noise\r\n" + frame("one") + frame("two");
  for (std::size_t cut = 0; cut <= stream.size(); ++cut) {
    FrameParser parser;
    auto events = describe(parser.drain(std::string_view(stream).substr(0, cut)));
    const auto rest = describe(parser.drain(std::string_view(stream).substr(cut)));
    events.insert(events.end(), rest.begin(), rest.end());
    ASSERT_EQ(events, (Events{"E:bad header", "B:one", "B:two"})) << "cut at " << cut;
  }
}

TEST(Framing, BadHeaderLineIsReportedAsSoonAsItEnds) {
  FrameParser parser;
  const auto events = describe(parser.drain("this is not a header\r\n"));
  EXPECT_EQ(events, (Events{"E:bad header"}));
}

TEST(Framing, OverlongHeaderIsAnError) {
  FrameParser parser;
  const std::string line = "X-Long: " + std::string(FrameParser::kMaxHeaderBytes + 10, 'a');
  const auto events = describe(parser.drain(line));
  EXPECT_EQ(events, (Events{"E:bad header"}));
  EXPECT_LT(parser.bufferedBytes(), 16u);
  EXPECT_EQ(describe(parser.drain("\r\n" + frame("after"))), (Events{"B:after"}));
}

TEST(Framing, GarbageNeverGrowsTheBuffer) {
  FrameParser parser;
  const std::string noise(4096, '\n');
  const std::string junk(4096, 'q');
  for (int i = 0; i < 100; ++i) {
    parser.drain(junk + "\r\n");
    parser.drain(noise);
  }
  EXPECT_LT(parser.bufferedBytes(), FrameParser::kMaxHeaderBytes + 16);
}

TEST(Framing, NonAsciiBodyCountsBytes) {
  const std::string body = "{\"t\":\"caf\xC3\xA9 \xE4\xB8\xAD\xE6\x96\x87 \xF0\x9F\x98\x80\"}";  // é 中文 😀
  EXPECT_EQ(frame(body).substr(0, 20), "Content-Length: " + std::to_string(body.size()) + "\r\n");
  EXPECT_EQ(parseAll(frame(body) + frame("x")), (Events{"B:" + body, "B:x"}));
}

TEST(Framing, BodyMayContainHeaderLikeText) {
  const std::string body = "Content-Length: 99\r\n\r\n";
  EXPECT_EQ(parseAll(frame(body) + frame("next")), (Events{"B:" + body, "B:next"}));
}

TEST(Framing, BinaryBytesInBodyArePassedThrough) {
  std::string body = "a";
  body += '\0';
  body += "\r\n\xff";
  EXPECT_EQ(parseAll(frame(body)), (Events{"B:" + body}));
}

}  // namespace
}  // namespace copydesk::protocol
