#pragma once
// JSON with comments ("//" and "/* */") and trailing commas, as written in
// .copydesk.json, parsed with the source position of every value and key.
// Comments and trailing commas are replaced by spaces before parsing, so byte
// offsets in the parsed text are offsets in the original.
#include <cstddef>
#include <map>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

namespace copydesk {

// 1-based line and column (columns count code points); 0 when unknown.
struct SourcePosition {
  int line = 0;
  int column = 0;
};

// Escapes one reference token of a JSON pointer ("~" -> "~0", "/" -> "~1").
std::string jsonPointerToken(std::string_view key);

class JsonSource {
 public:
  // Parses `text`. On a syntax error returns false and sets `message` and
  // `where` (the position of the offending character).
  bool parse(std::string_view text, std::string& message, SourcePosition& where);

  const nlohmann::json& value() const { return value_; }
  // Where the value at `pointer` ("/rules/spelling") starts; with `key`, where
  // its member name starts. Falls back to the nearest enclosing value.
  SourcePosition position(std::string_view pointer, bool key = false) const;

 private:
  struct Offsets {
    std::size_t key = 0;
    std::size_t value = 0;
  };
  void locate(std::string_view text, std::size_t& i, const std::string& pointer);
  SourcePosition positionAt(std::size_t offset) const;

  std::string text_;
  nlohmann::json value_;
  std::map<std::string, Offsets, std::less<>> offsets_;
};

// Replaces comments and trailing commas with spaces (newlines are kept).
// Returns false when a block comment is not closed (`error_offset` is its start).
bool stripJsonComments(std::string& text, std::size_t& error_offset);

}  // namespace copydesk
