#include "protocol/Framing.h"

#include <algorithm>
#include <limits>

namespace copydesk::protocol {
namespace {

constexpr std::string_view kContentLength = "content-length";

char lowerAscii(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

bool equalsIgnoreCase(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (lowerAscii(a[i]) != lowerAscii(b[i])) return false;
  }
  return true;
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

// RFC 9110 token characters.
bool isTokenChar(char c) {
  if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) return true;
  return std::string_view("!#$%&'*+-.^_`|~").find(c) != std::string_view::npos;
}

bool isToken(std::string_view s) { return !s.empty() && std::all_of(s.begin(), s.end(), isTokenChar); }

// Printable, bounded excerpt of untrusted bytes for error messages.
std::string excerpt(std::string_view s) {
  constexpr std::size_t kMax = 40;
  std::string out;
  for (std::size_t i = 0; i < s.size() && i < kMax; ++i) {
    const auto c = static_cast<unsigned char>(s[i]);
    out += (c >= 0x20 && c < 0x7f) ? static_cast<char>(c) : '?';
  }
  if (s.size() > kMax) out += "...";
  return out;
}

}  // namespace

std::string_view toString(FramingErrorKind kind) {
  switch (kind) {
    case FramingErrorKind::BadHeader: return "bad header";
    case FramingErrorKind::MissingContentLength: return "missing Content-Length";
    case FramingErrorKind::BadContentLength: return "bad Content-Length";
    case FramingErrorKind::MessageTooLarge: return "message too large";
  }
  return "framing error";
}

FrameParser::FrameParser(std::size_t max_body_bytes) : max_body_bytes_(max_body_bytes) {}

void FrameParser::feed(std::string_view bytes) {
  compact();
  buffer_.append(bytes.data(), bytes.size());
}

std::vector<FrameEvent> FrameParser::drain(std::string_view bytes) {
  feed(bytes);
  std::vector<FrameEvent> events;
  while (auto event = next()) events.push_back(std::move(*event));
  return events;
}

void FrameParser::compact() {
  if (pos_ == 0) return;
  if (pos_ >= buffer_.size()) {
    buffer_.clear();
    line_pos_ = 0;
    pos_ = 0;
    return;
  }
  // Erase the consumed prefix only when it is worth the copy.
  if (pos_ < 4096 && pos_ * 2 < buffer_.size()) return;
  buffer_.erase(0, pos_);
  line_pos_ = line_pos_ >= pos_ ? line_pos_ - pos_ : 0;
  pos_ = 0;
}

FramingError FrameParser::fail(FramingErrorKind kind, std::string detail) {
  // Resynchronise from the byte after the start of the rejected block, so a
  // Content-Length later in the same block (or after garbage) is found again.
  state_ = State::Skip;
  pos_ = std::min(pos_ + 1, buffer_.size());
  line_pos_ = pos_;
  content_length_.reset();
  return FramingError{kind, std::move(detail)};
}

bool FrameParser::skipToContentLength() {
  const std::string_view rest = std::string_view(buffer_).substr(pos_);
  if (rest.size() >= kContentLength.size()) {
    for (std::size_t i = 0; i + kContentLength.size() <= rest.size(); ++i) {
      if (lowerAscii(rest[i]) == 'c' && equalsIgnoreCase(rest.substr(i, kContentLength.size()), kContentLength)) {
        pos_ += i;
        line_pos_ = pos_;
        state_ = State::Header;
        return true;
      }
    }
  }
  // Keep only a tail that could be the start of a split "Content-Length".
  const std::size_t keep = std::min(rest.size(), kContentLength.size() - 1);
  pos_ = buffer_.size() - keep;
  line_pos_ = pos_;
  return false;
}

std::optional<FrameEvent> FrameParser::parseHeaderLines() {
  while (true) {
    const std::size_t nl = buffer_.find('\n', line_pos_);
    if (nl == std::string::npos) {
      if (buffer_.size() - pos_ > kMaxHeaderBytes) {
        return fail(FramingErrorKind::BadHeader, "header block exceeds " + std::to_string(kMaxHeaderBytes) + " bytes");
      }
      return std::nullopt;
    }
    if (nl - pos_ > kMaxHeaderBytes) {
      return fail(FramingErrorKind::BadHeader, "header block exceeds " + std::to_string(kMaxHeaderBytes) + " bytes");
    }
    std::string_view line = std::string_view(buffer_).substr(line_pos_, nl - line_pos_);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    const bool first_line = line_pos_ == pos_;
    line_pos_ = nl + 1;

    if (line.empty()) {
      if (first_line) {  // stray blank line between messages: tolerated
        pos_ = line_pos_;
        continue;
      }
      if (!content_length_) {
        return fail(FramingErrorKind::MissingContentLength, "header block has no Content-Length");
      }
      pos_ = line_pos_;
      state_ = State::Body;
      return std::nullopt;
    }

    const std::size_t colon = line.find(':');
    if (colon == std::string_view::npos) {
      return fail(FramingErrorKind::BadHeader, "header line without ':': \"" + excerpt(line) + "\"");
    }
    const std::string_view name = trim(line.substr(0, colon));
    const std::string_view value = trim(line.substr(colon + 1));
    if (!isToken(name)) {
      return fail(FramingErrorKind::BadHeader, "invalid header name: \"" + excerpt(line) + "\"");
    }
    if (equalsIgnoreCase(name, kContentLength)) {
      if (value.empty() || !std::all_of(value.begin(), value.end(), [](char c) { return c >= '0' && c <= '9'; })) {
        return fail(FramingErrorKind::BadContentLength,
                    "Content-Length is not a decimal number: \"" + excerpt(value) + "\"");
      }
      std::size_t length = 0;
      bool overflow = false;
      for (const char c : value) {
        const auto digit = static_cast<std::size_t>(c - '0');
        if (length > (std::numeric_limits<std::size_t>::max() - digit) / 10) {
          overflow = true;
          break;
        }
        length = length * 10 + digit;
      }
      if (overflow || length > max_body_bytes_) {
        return fail(FramingErrorKind::MessageTooLarge, "Content-Length " + excerpt(value) + " exceeds the limit of " +
                                                           std::to_string(max_body_bytes_) + " bytes");
      }
      if (content_length_ && *content_length_ != length) {
        return fail(FramingErrorKind::BadContentLength, "conflicting Content-Length headers");
      }
      content_length_ = length;
    }
    // Content-Type and any other well-formed field: accepted, ignored.
  }
}

std::optional<FrameEvent> FrameParser::next() {
  while (true) {
    switch (state_) {
      case State::Skip:
        if (!skipToContentLength()) return std::nullopt;
        break;
      case State::Header:
        if (auto event = parseHeaderLines()) return event;
        if (state_ == State::Header) return std::nullopt;  // need more bytes
        break;                                             // moved to Body
      case State::Body: {
        const std::size_t length = *content_length_;
        if (buffer_.size() - pos_ < length) return std::nullopt;
        std::string body = buffer_.substr(pos_, length);
        pos_ += length;
        line_pos_ = pos_;
        content_length_.reset();
        state_ = State::Header;
        return FrameEvent{std::in_place_index<0>, std::move(body)};
      }
    }
  }
}

std::string frame(std::string_view body) {
  std::string out = "Content-Length: ";
  out += std::to_string(body.size());
  out += "\r\n\r\n";
  out.append(body.data(), body.size());
  return out;
}

}  // namespace copydesk::protocol
