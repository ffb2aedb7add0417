#pragma once
// Streams JSON objects and arrays byte for byte as appendJson (compact) or
// appendIndentedJson (indented) writes the same nlohmann tree, for big
// outputs whose tree costs more to build and free than the text costs to
// write (the diagnostics of a document: see diagnostics/DiagnosticWriter.h).
// Members must come in key order, as nlohmann's objects (sorted maps) keep them.
#include <cstdint>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

namespace copydesk::protocol {

class JsonWriter {
 public:
  // indent < 0: compact; otherwise `indent` spaces a level, the value written
  // as if nested `depth` levels deep.
  explicit JsonWriter(std::string& out, int indent = -1, int depth = 0) : out_(out), indent_(indent), depth_(depth) {}

  // '{' or '['; close() writes "{}" / "[]" when nothing was written between.
  void open(char bracket);
  void close(char bracket);
  // Starts a member of the open object (`name` needs no escaping).
  void key(std::string_view name);
  // Starts a member whose name may need escaping (a map's keys: URIs).
  void escapedKey(std::string_view name);
  // Starts an element of the open array.
  void element();

  // A plain value after key() or element().
  void value(std::string_view text);
  void value(const char* text) { value(std::string_view(text)); }
  void value(bool flag);
  void value(std::int64_t number);
  void null();
  // A value held as a tree (LSPAny members: data, arguments, settings).
  void value(const nlohmann::json& tree);
  // A value already written as compact JSON text (by toJsonText): pieces of a
  // big answer written on worker threads and joined on the main one.
  void raw(std::string_view compact_json) { out_ += compact_json; }

  // A member with a plain value.
  void member(std::string_view name, std::string_view text) {
    key(name);
    value(text);
  }
  void member(std::string_view name, const char* text) { member(name, std::string_view(text)); }
  void member(std::string_view name, bool flag) {
    key(name);
    value(flag);
  }
  void member(std::string_view name, std::int64_t number) {
    key(name);
    value(number);
  }
  void member(std::string_view name, std::uint32_t number) { member(name, static_cast<std::int64_t>(number)); }
  void member(std::string_view name, int number) { member(name, static_cast<std::int64_t>(number)); }

 private:
  void newline();
  std::string& out_;
  const int indent_;
  int depth_;
  bool first_ = true;
};

}  // namespace copydesk::protocol
