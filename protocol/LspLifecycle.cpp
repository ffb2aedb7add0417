#include "protocol/LspLifecycle.h"

namespace copydesk::protocol {

// ------------------------------------------------------------ initialize

const json* findCapability(const json& capabilities, std::string_view dotted_path) {
  const json* node = &capabilities;
  while (true) {
    if (!node->is_object()) return nullptr;
    const std::size_t dot = dotted_path.find('.');
    const std::string_view key = dotted_path.substr(0, dot);
    const auto it = node->find(key);
    if (it == node->end()) return nullptr;
    node = &*it;
    if (dot == std::string_view::npos) return node;
    dotted_path.remove_prefix(dot + 1);
  }
}

bool capabilityEnabled(const json& capabilities, std::string_view dotted_path) {
  const json* value = findCapability(capabilities, dotted_path);
  return value != nullptr && value->is_boolean() && value->get<bool>();
}

std::vector<std::string> positionEncodings(const InitializeParams& params) {
  std::vector<std::string> out;
  const json* list = findCapability(params.capabilities, "general.positionEncodings");
  if (list == nullptr || !list->is_array()) return out;
  for (const auto& item : *list) {
    if (item.is_string()) out.push_back(item.get<std::string>());
  }
  return out;
}

// ------------------------------------------------------------ server capabilities

void to_json(json& j, const ServerCapabilities& v) {
  j = json::object();
  encode::optional(j, "positionEncoding", v.positionEncoding);
  encode::optional(j, "textDocumentSync", v.textDocumentSync);
  encode::optional(j, "hoverProvider", v.hoverProvider);
  encode::optional(j, "codeActionProvider", v.codeActionProvider);
  encode::optional(j, "diagnosticProvider", v.diagnosticProvider);
  if (v.executeCommands) j["executeCommandProvider"] = json{{"commands", *v.executeCommands}};
  if (v.workspaceFolders) {
    j["workspace"]["workspaceFolders"] =
        json{{"supported", *v.workspaceFolders}, {"changeNotifications", *v.workspaceFolders}};
  }
  if (v.extra.is_object()) j.merge_patch(v.extra);
}

// ------------------------------------------------------------ progress

json workDoneProgressBegin(std::string_view title, std::optional<std::string> message,
                           std::optional<std::uint32_t> percentage, bool cancellable) {
  json j = {{"kind", "begin"}, {"title", title}, {"cancellable", cancellable}};
  encode::optional(j, "message", message);
  encode::optional(j, "percentage", percentage);
  return j;
}

json workDoneProgressReport(std::optional<std::string> message, std::optional<std::uint32_t> percentage) {
  json j = {{"kind", "report"}};
  encode::optional(j, "message", message);
  encode::optional(j, "percentage", percentage);
  return j;
}

json workDoneProgressEnd(std::optional<std::string> message) {
  json j = {{"kind", "end"}};
  encode::optional(j, "message", message);
  return j;
}

}  // namespace copydesk::protocol
