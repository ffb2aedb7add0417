#pragma once
// Writes a JSON value exactly as nlohmann's dump(indent, ' ', false,
// error_handler_t::replace) does, several times faster: bytes are appended to
// a string in runs instead of one virtual call per character. Every message
// of the language server and the CLI's JSON report go through it (both are
// megabytes for big documents; serialisation was a quarter of the report's
// instructions and of the server's reply to a diagnostics pull).
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

namespace copydesk::protocol {

// Compact (dump()): no whitespace at all.
void appendJson(const nlohmann::json& value, std::string& out);

// Indented by `indent` spaces per level (dump(indent)), as written when nested
// `depth` levels deep (its inner lines indented by indent * (depth + 1) spaces).
void appendIndentedJson(const nlohmann::json& value, int indent, int depth, std::string& out);

// One string as a JSON string literal, as the functions above write strings
// (for writers that stream JSON without building a tree).
void appendJsonString(std::string_view text, std::string& out);

}  // namespace copydesk::protocol
