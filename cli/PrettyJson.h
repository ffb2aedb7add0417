#pragma once
// Writes a JSON value exactly as nlohmann's dump(2, ' ', false,
// error_handler_t::replace) does, about ten times faster: bytes are appended
// to a string in runs instead of one virtual call per character. The JSON
// report of a batch run is megabytes; its serialisation was a quarter of the
// run's instructions.
#include <string>

#include <nlohmann/json.hpp>

namespace copydesk::cli {

// Appends `value` as nlohmann's pretty printer would write it when nested
// `depth` levels deep (its inner lines indented by 2 * (depth + 1) spaces).
void appendPrettyJson(const nlohmann::json& value, int depth, std::string& out);

}  // namespace copydesk::cli
