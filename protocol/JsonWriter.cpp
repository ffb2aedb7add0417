#include "protocol/JsonWriter.h"

#include <charconv>
#include <cstring>

#include "protocol/JsonText.h"

namespace copydesk::protocol {

void JsonWriter::open(char bracket) {
  out_ += bracket;
  ++depth_;
  first_ = true;
}

void JsonWriter::close(char bracket) {
  --depth_;
  if (!first_) newline();
  out_ += bracket;
  first_ = false;
}

void JsonWriter::key(std::string_view name) {
  constexpr std::size_t kShortName = 32;
  if (indent_ < 0 && name.size() <= kShortName) {  // the server's case: one append, not four
    char buffer[kShortName + 4];
    std::size_t n = 0;
    if (!first_) buffer[n++] = ',';
    first_ = false;
    buffer[n++] = '"';
    std::memcpy(buffer + n, name.data(), name.size());
    n += name.size();
    buffer[n++] = '"';
    buffer[n++] = ':';
    out_.append(buffer, n);
    return;
  }
  element();
  out_ += '"';
  out_ += name;
  out_ += indent_ < 0 ? "\":" : "\": ";
}

void JsonWriter::element() {
  if (!first_) out_ += ',';
  first_ = false;
  newline();
}

void JsonWriter::escapedKey(std::string_view name) {
  element();
  appendJsonString(name, out_);
  out_ += indent_ < 0 ? ":" : ": ";
}

void JsonWriter::value(std::string_view text) { appendJsonString(text, out_); }

void JsonWriter::value(bool flag) { out_ += flag ? "true" : "false"; }

void JsonWriter::value(std::int64_t number) {
  char buffer[24];
  const auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, number);
  out_.append(buffer, end);
}

void JsonWriter::null() { out_ += "null"; }

void JsonWriter::value(const nlohmann::json& tree) {
  if (indent_ < 0) appendJson(tree, out_);
  else appendIndentedJson(tree, indent_, depth_, out_);
}

void JsonWriter::newline() {
  if (indent_ < 0) return;
  out_ += '\n';
  out_.append(static_cast<std::size_t>(depth_ * indent_), ' ');
}

}  // namespace copydesk::protocol
