#include "protocol/JsonText.h"

#include <charconv>
#include <cstdint>
#include <cstring>

namespace copydesk::protocol {

namespace {

using Json = nlohmann::json;

// The length of the well-formed UTF-8 sequence (RFC 3629: no overlong forms,
// surrogates or code points above U+10FFFF; what nlohmann's decoder accepts)
// starting with the non-ASCII byte at p, or 0.
std::size_t sequenceLength(const unsigned char* p, const unsigned char* end) {
  const unsigned char c = *p;
  std::size_t more = 0;
  unsigned char low = 0x80, high = 0xBF;  // allowed range of the second byte
  if (c >= 0xC2 && c <= 0xDF) more = 1;
  else if (c == 0xE0) more = 2, low = 0xA0;
  else if (c >= 0xE1 && c <= 0xEC) more = 2;
  else if (c == 0xED) more = 2, high = 0x9F;
  else if (c >= 0xEE && c <= 0xEF) more = 2;
  else if (c == 0xF0) more = 3, low = 0x90;
  else if (c >= 0xF1 && c <= 0xF3) more = 3;
  else if (c == 0xF4) more = 3, high = 0x8F;
  else return 0;
  if (static_cast<std::size_t>(end - p) <= more) return 0;
  if (p[1] < low || p[1] > high) return 0;
  for (std::size_t i = 2; i <= more; ++i)
    if (p[i] < 0x80 || p[i] > 0xBF) return 0;
  return more + 1;
}

// Whether none of the 8 bytes at p needs a look: no control character,
// quote, backslash or non-ASCII byte (the usual run of a message).
bool plainAscii8(const unsigned char* p) {
  std::uint64_t v;
  std::memcpy(&v, p, 8);
  constexpr std::uint64_t kOnes = 0x0101010101010101ull, kHigh = 0x8080808080808080ull;
  const auto zeroByte = [](std::uint64_t x) { return (x - kOnes) & ~x & kHigh; };
  const std::uint64_t control = (v - 0x20 * kOnes) & ~v & kHigh;  // a byte below 0x20 (for bytes below 0x80)
  return ((v & kHigh) | control | zeroByte(v ^ ('"' * kOnes)) | zeroByte(v ^ ('\\' * kOnes))) == 0;
}

// Escapes and checks the UTF-8 in one pass; plain ASCII is copied in runs.
void appendString(std::string_view s, std::string& out) {
  const std::size_t out_start = out.size();
  const auto* bytes = reinterpret_cast<const unsigned char*>(s.data());
  const auto* end = bytes + s.size();
  out += '"';
  std::size_t run = 0;  // start of the bytes not yet copied
  for (std::size_t i = 0; i < s.size();) {
    if (i + 8 <= s.size() && plainAscii8(bytes + i)) {
      i += 8;
      continue;
    }
    const unsigned char c = bytes[i];
    if (c >= 0x20 && c < 0x80 && c != '"' && c != '\\') {
      ++i;
      continue;
    }
    if (c >= 0x80) {
      const std::size_t length = sequenceLength(bytes + i, end);
      if (length == 0) {
        // Replacement of broken sequences follows nlohmann's own rules: leave it to nlohmann.
        out.resize(out_start);
        out += Json(std::string(s)).dump(-1, ' ', false, Json::error_handler_t::replace);
        return;
      }
      i += length;
      continue;
    }
    out.append(s.data() + run, i - run);
    run = ++i;
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\b': out += "\\b"; break;
      case '\t': out += "\\t"; break;
      case '\n': out += "\\n"; break;
      case '\f': out += "\\f"; break;
      case '\r': out += "\\r"; break;
      default: {
        static constexpr char kHex[] = "0123456789abcdef";
        out += "\\u00";
        out += kHex[c >> 4];
        out += kHex[c & 0xF];
      }
    }
  }
  out.append(s.data() + run, s.size() - run);
  out += '"';
}

template <typename Integer>
void appendInteger(Integer value, std::string& out) {
  char buffer[24];
  const auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, value);
  out.append(buffer, end);
}

// indent < 0: compact.
void appendValue(const Json& value, int indent, int depth, std::string& out) {
  const bool compact = indent < 0;
  const auto newline = [&](int level) {
    if (compact) return;
    out += '\n';
    out.append(static_cast<std::size_t>(level) * static_cast<std::size_t>(indent), ' ');
  };
  // An object's members or an array's elements between `open` and `close`,
  // one a line when indented; "{}" and "[]" when empty.
  const auto container = [&](char open, char close, const auto& items, const auto& append_item) {
    out += open;
    if (items.empty()) {
      out += close;
      return;
    }
    bool first = true;
    for (const auto& item : items) {
      if (!first) out += ',';
      first = false;
      newline(depth + 1);
      append_item(item);
    }
    newline(depth);
    out += close;
  };
  switch (value.type()) {
    case Json::value_t::object:
      container('{', '}', value.get_ref<const Json::object_t&>(), [&](const auto& member) {
        appendString(member.first, out);
        out += compact ? ":" : ": ";
        appendValue(member.second, indent, depth + 1, out);
      });
      return;
    case Json::value_t::array:
      container('[', ']', value, [&](const Json& element) { appendValue(element, indent, depth + 1, out); });
      return;
    case Json::value_t::string: appendString(value.get_ref<const std::string&>(), out); return;
    case Json::value_t::boolean: out += value.get<bool>() ? "true" : "false"; return;
    case Json::value_t::number_integer: appendInteger(value.get<std::int64_t>(), out); return;
    case Json::value_t::number_unsigned: appendInteger(value.get<std::uint64_t>(), out); return;
    case Json::value_t::null: out += "null"; return;
    default:  // floats, binary, discarded: rare here, and nlohmann's formatting is the contract
      out += value.dump(-1, ' ', false, Json::error_handler_t::replace);
  }
}

}  // namespace

void appendJson(const Json& value, std::string& out) { appendValue(value, -1, 0, out); }

void appendIndentedJson(const Json& value, int indent, int depth, std::string& out) {
  appendValue(value, indent < 0 ? 0 : indent, depth, out);
}

void appendJsonString(std::string_view text, std::string& out) { appendString(text, out); }

}  // namespace copydesk::protocol
