// Content-Length framing of the Language Server Protocol base protocol.
//
//   Content-Length: <N>\r\n
//   [Content-Type: application/vscode-jsonrpc; charset=utf-8\r\n]
//   \r\n
//   <N bytes of body>
//
// FrameParser is a pure byte-stream state machine: bytes go in through feed(),
// events come out of next(): either a whole message body or a FramingError.
// It performs no I/O and never looks past the bytes it was given.
//
// Tolerance (be liberal in what you accept):
//   - header names are matched case-insensitively; surrounding spaces/tabs in
//     names and values are ignored;
//   - lines may end in "\r\n" or a bare "\n";
//   - Content-Type is accepted and otherwise ignored (the body is UTF-8 JSON);
//   - other well-formed header fields are ignored.
// Errors (reported, never thrown):
//   - a header line that is not `name: value` with a token name  -> BadHeader
//   - a header block larger than kMaxHeaderBytes                   -> BadHeader
//   - a header block without Content-Length                         -> MissingContentLength
//   - a Content-Length that is not a decimal number (or conflicts)  -> BadContentLength
//   - a Content-Length over the configured limit                    -> MessageTooLarge
// After an error the parser resynchronises: it discards bytes up to the next
// occurrence of "Content-Length" (any case) after the start of the rejected
// header block and parses a header block from there. While skipping it keeps
// only a few bytes, so garbage input cannot grow memory. What to do with an
// error (log, exit) is the caller's decision.
//
// Thread-safety: none; one parser belongs to one reader.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace copydesk::protocol {

enum class FramingErrorKind {
  BadHeader,
  MissingContentLength,
  BadContentLength,
  MessageTooLarge,
};

struct FramingError {
  FramingErrorKind kind = FramingErrorKind::BadHeader;
  std::string detail;  // human-readable, for logs (never contains the body)
};

/// Name of an error kind, e.g. "bad header".
std::string_view toString(FramingErrorKind kind);

/// One result of parsing: a complete message body, or an error.
using FrameEvent = std::variant<std::string, FramingError>;

class FrameParser {
 public:
  static constexpr std::size_t kDefaultMaxBodyBytes = std::size_t{64} * 1024 * 1024;
  static constexpr std::size_t kMaxHeaderBytes = 8 * 1024;

  /// max_body_bytes: largest accepted Content-Length (inclusive).
  explicit FrameParser(std::size_t max_body_bytes = kDefaultMaxBodyBytes);

  /// Appends bytes to the internal buffer. Parsing happens lazily in next().
  void feed(std::string_view bytes);

  /// The next complete event, or nullopt when more bytes are needed.
  std::optional<FrameEvent> next();

  /// feed(bytes), then every event that is complete, in stream order.
  std::vector<FrameEvent> drain(std::string_view bytes);

  /// Bytes received but not yet returned or discarded.
  std::size_t bufferedBytes() const { return buffer_.size() - pos_; }

  /// True when no partial message is pending (between messages).
  bool idle() const { return state_ == State::Header && buffer_.size() == pos_; }

  std::size_t maxBodyBytes() const { return max_body_bytes_; }

 private:
  enum class State { Header, Body, Skip };

  std::optional<FrameEvent> parseHeaderLines();
  FramingError fail(FramingErrorKind kind, std::string detail);
  bool skipToContentLength();
  void compact();

  std::size_t max_body_bytes_;
  std::string buffer_;
  std::size_t pos_ = 0;  // first byte not yet consumed
  State state_ = State::Header;
  std::size_t line_pos_ = 0;  // Header: start of the next unparsed line
  std::optional<std::size_t> content_length_;
};

/// Frames a body: "Content-Length: <size>\r\n\r\n" + body.
std::string frame(std::string_view body);

}  // namespace copydesk::protocol
