#include "protocol/JsonRpc.h"

#include <limits>

#include "protocol/JsonText.h"

namespace copydesk::protocol {
namespace {

[[noreturn]] void invalid(const std::string& why) { throw RpcError(ErrorCode::InvalidRequest, why); }

// movable: the same object as value, non-const: params are moved out of it
// (after validation, so nothing is lost on error); null: params are copied.
json paramsOf(const json& value, json* movable) {
  const auto it = value.find("params");
  if (it == value.end() || it->is_null()) return nullptr;  // null tolerated as absent
  if (!it->is_object() && !it->is_array()) invalid("\"params\" must be an object or an array");
  if (movable != nullptr) return std::move((*movable)["params"]);
  return *it;
}

ResponseError errorFromJson(const json& value) {
  if (!value.is_object()) invalid("\"error\" must be an object");
  const auto code = value.find("code");
  const auto message = value.find("message");
  if (code == value.end() || !code->is_number_integer()) invalid("\"error.code\" must be an integer");
  if (message == value.end() || !message->is_string()) invalid("\"error.message\" must be a string");
  ResponseError error;
  const auto wide = code->get<std::int64_t>();
  if (wide < std::numeric_limits<int>::min() || wide > std::numeric_limits<int>::max()) {
    invalid("\"error.code\" out of range");
  }
  error.code = static_cast<int>(wide);
  error.message = message->get<std::string>();
  if (const auto data = value.find("data"); data != value.end()) error.data = *data;
  return error;
}

}  // namespace

json idToJson(const RequestId& id) {
  return std::visit([](const auto& v) { return json(v); }, id);
}

json idToJson(const std::optional<RequestId>& id) { return id ? idToJson(*id) : json(nullptr); }

RequestId idFromJson(const json& value) {
  if (value.is_string()) return value.get<std::string>();
  if (value.is_number_unsigned()) {
    const auto u = value.get<std::uint64_t>();
    if (u > static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max())) invalid("\"id\" out of range");
    return static_cast<std::int64_t>(u);
  }
  if (value.is_number_integer()) return value.get<std::int64_t>();
  invalid("\"id\" must be an integer or a string");
}

std::string idToString(const RequestId& id) { return serialize(idToJson(id)); }

namespace {

Message buildMessage(const json& value, json* movable) {
  if (!value.is_object()) invalid("message must be a JSON object");
  const auto version = value.find("jsonrpc");
  if (version == value.end()) invalid("missing \"jsonrpc\"");
  if (!version->is_string() || version->get_ref<const std::string&>() != "2.0") invalid("\"jsonrpc\" must be \"2.0\"");

  const auto method = value.find("method");
  const auto id = value.find("id");
  if (method != value.end()) {
    if (!method->is_string()) invalid("\"method\" must be a string");
    if (id == value.end()) return Notification{method->get<std::string>(), paramsOf(value, movable)};
    return Request{idFromJson(*id), method->get<std::string>(), paramsOf(value, movable)};
  }

  const auto result = value.find("result");
  const auto error = value.find("error");
  if (id == value.end()) invalid("missing \"method\"");
  if ((result == value.end()) == (error == value.end())) {
    if (result == value.end()) invalid("missing \"method\"");
    invalid("response has both \"result\" and \"error\"");
  }
  Response response;
  if (!id->is_null()) response.id = idFromJson(*id);
  if (error != value.end()) {
    response.error = errorFromJson(*error);
  } else {
    response.result = *result;
  }
  return response;
}

}  // namespace

Message messageFromJson(const json& value) { return buildMessage(value, nullptr); }

Message messageFromJson(json&& value) { return buildMessage(value, &value); }

Message parseMessage(std::string_view body) {
  json value = json::parse(body.begin(), body.end(), nullptr, /*allow_exceptions=*/false);
  if (value.is_discarded()) throw RpcError(ErrorCode::ParseError, "Parse error: body is not valid JSON");
  return messageFromJson(std::move(value));
}

json makeRequest(const RequestId& id, std::string_view method, json params) {
  json out = {{"jsonrpc", "2.0"}, {"id", idToJson(id)}, {"method", method}};
  if (!params.is_null()) out["params"] = std::move(params);
  return out;
}

json makeNotification(std::string_view method, json params) {
  json out = {{"jsonrpc", "2.0"}, {"method", method}};
  if (!params.is_null()) out["params"] = std::move(params);
  return out;
}

json makeResponse(const RequestId& id, json result) {
  return json{{"jsonrpc", "2.0"}, {"id", idToJson(id)}, {"result", std::move(result)}};
}

json makeErrorResponse(const std::optional<RequestId>& id, const ResponseError& error) {
  json body = {{"code", error.code}, {"message", error.message}};
  if (!error.data.is_null()) body["data"] = error.data;
  return json{{"jsonrpc", "2.0"}, {"id", idToJson(id)}, {"error", std::move(body)}};
}

json makeErrorResponse(const std::optional<RequestId>& id, int code, std::string_view message) {
  return makeErrorResponse(id, ResponseError{code, std::string(message), nullptr});
}

json toJson(const Message& message) {
  struct Visitor {
    json operator()(const Request& r) const { return makeRequest(r.id, r.method, r.params); }
    json operator()(const Notification& n) const { return makeNotification(n.method, n.params); }
    json operator()(const Response& r) const {
      if (r.error) return makeErrorResponse(r.id, *r.error);
      return json{{"jsonrpc", "2.0"}, {"id", idToJson(r.id)}, {"result", r.result}};
    }
  };
  return std::visit(Visitor{}, message);
}

std::string serialize(const json& message) {
  std::string out;
  appendJson(message, out);  // what dump() writes, faster
  return out;
}

// Members in key order, as nlohmann's sorted objects are written.
std::string serializeResponse(const RequestId& id, std::string_view result_json) {
  std::string out = "{\"id\":";
  out += idToString(id);
  out += ",\"jsonrpc\":\"2.0\",\"result\":";
  out += result_json;
  out += '}';
  return out;
}

std::string serializeNotification(std::string_view method, std::string_view params_json) {
  std::string out = "{\"jsonrpc\":\"2.0\",\"method\":";
  appendJsonString(method, out);
  out += ",\"params\":";
  out += params_json;
  out += '}';
  return out;
}

}  // namespace copydesk::protocol
