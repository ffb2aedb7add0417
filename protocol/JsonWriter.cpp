#include "protocol/JsonWriter.h"

#include <charconv>
#include <cstring>

#include "protocol/JsonText.h"

namespace copydesk::protocol {

namespace {

// Most of what the writer appends is a few bytes around a line break and its
// indentation: gathered here and appended at once.
class Pieces {
 public:
  void add(char c) { buffer_[size_++] = c; }
  void add(std::string_view text) {
    std::memcpy(buffer_ + size_, text.data(), text.size());
    size_ += text.size();
  }
  void spaces(std::size_t count) {
    std::memset(buffer_ + size_, ' ', count);
    size_ += count;
  }
  void appendTo(std::string& out) const { out.append(buffer_, size_); }
  // Whether `more` bytes still fit.
  bool room(std::size_t more) const { return size_ + more <= sizeof buffer_; }

 private:
  char buffer_[192];
  std::size_t size_ = 0;
};

}  // namespace

void JsonWriter::open(char bracket) {
  out_ += bracket;
  ++depth_;
  first_ = true;
}

void JsonWriter::close(char bracket) {
  --depth_;
  const std::size_t spaces = indent_ < 0 ? 0 : static_cast<std::size_t>(depth_ * indent_);
  Pieces pieces;
  if (!first_ && indent_ >= 0 && pieces.room(spaces + 2)) {
    pieces.add('\n');
    pieces.spaces(spaces);
    pieces.add(bracket);
    pieces.appendTo(out_);
  } else {
    if (!first_) newline();
    out_ += bracket;
  }
  first_ = false;
}

void JsonWriter::key(std::string_view name) {
  const std::size_t spaces = indent_ < 0 ? 0 : static_cast<std::size_t>(depth_ * indent_);
  Pieces pieces;
  if (!pieces.room(spaces + name.size() + 6)) {
    element();
    out_ += '"';
    out_ += name;
    out_ += indent_ < 0 ? "\":" : "\": ";
    return;
  }
  if (!first_) pieces.add(',');
  first_ = false;
  if (indent_ >= 0) {
    pieces.add('\n');
    pieces.spaces(spaces);
  }
  pieces.add('"');
  pieces.add(name);
  pieces.add(indent_ < 0 ? std::string_view("\":") : std::string_view("\": "));
  pieces.appendTo(out_);
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
  const auto spaces = static_cast<std::size_t>(depth_ * indent_);
  Pieces pieces;
  if (!pieces.room(spaces + 1)) {
    out_ += '\n';
    out_.append(spaces, ' ');
    return;
  }
  pieces.add('\n');
  pieces.spaces(spaces);
  pieces.appendTo(out_);
}

}  // namespace copydesk::protocol
