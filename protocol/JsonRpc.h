// JSON-RPC 2.0 messages as used by the Language Server Protocol.
//
// A body (one framed message) is parsed into a typed Message: a Request (has
// an id and a method), a Notification (method, no id) or a Response (id and
// exactly one of result / error). Batches (JSON arrays) are not part of LSP and
// are rejected as InvalidRequest.
//
// Ids: LSP ids are `integer | string`. RequestId holds either; a request whose
// id is null, fractional, boolean or structured is an InvalidRequest (answered
// with id null). Responses may carry a null id (errors about unparseable
// requests), hence std::optional<RequestId> there.
//
// Serialisation: serialize() never throws on invalid UTF-8 inside strings; such
// bytes are replaced by U+FFFD so a bad handler result cannot kill the writer.
//
// Thread-safety: free functions are reentrant; values are plain data.
#pragma once

#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <variant>

#include <nlohmann/json.hpp>

namespace copydesk::protocol {

using json = nlohmann::json;

/// JSON-RPC and LSP error codes. Unscoped inside a struct so that the names are
/// qualified (ErrorCode::ParseError) yet convert to int implicitly.
struct ErrorCode {
  enum : int {
    ParseError = -32700,
    InvalidRequest = -32600,
    MethodNotFound = -32601,
    InvalidParams = -32602,
    InternalError = -32603,
    ServerNotInitialized = -32002,
    UnknownErrorCode = -32001,
    RequestFailed = -32803,
    ServerCancelled = -32802,
    ContentModified = -32801,
    RequestCancelled = -32800,
  };
};

/// An error to send back for a request. Handlers throw it; the dispatcher
/// answers the request with {code, message, data}.
class RpcError : public std::runtime_error {
 public:
  RpcError(int code, std::string message, json data = nullptr)
      : std::runtime_error(std::move(message)), code_(code), data_(std::move(data)) {}
  int code() const { return code_; }
  /// Null when absent (then omitted from the wire form).
  const json& data() const { return data_; }

 private:
  int code_;
  json data_;
};

using RequestId = std::variant<std::int64_t, std::string>;

struct ResponseError {
  int code = ErrorCode::InternalError;
  std::string message;
  json data;  // null: omitted
  bool operator==(const ResponseError&) const = default;
};

struct Request {
  RequestId id;
  std::string method;
  json params;  // null when absent; otherwise an object or an array
};

struct Notification {
  std::string method;
  json params;  // null when absent
};

struct Response {
  std::optional<RequestId> id;  // nullopt: id null
  json result;                  // meaningful when !error
  std::optional<ResponseError> error;
};

using Message = std::variant<Request, Notification, Response>;

/// Parses a body. Throws RpcError(ParseError) for malformed JSON and
/// RpcError(InvalidRequest) for JSON that is not a valid JSON-RPC 2.0 message.
Message parseMessage(std::string_view body);
/// Same for an already parsed value; throws RpcError(InvalidRequest).
Message messageFromJson(const json& value);
/// Same, moving "params" out of value instead of copying (large documents).
Message messageFromJson(json&& value);

json idToJson(const RequestId& id);
json idToJson(const std::optional<RequestId>& id);  // nullopt -> null
/// Throws RpcError(InvalidRequest) unless value is an integer or a string.
RequestId idFromJson(const json& value);
/// "1" for 1, "\"abc\"" for "abc": for logs.
std::string idToString(const RequestId& id);

/// {"jsonrpc":"2.0","id":id,"method":method[,"params":params]} (params omitted when null).
json makeRequest(const RequestId& id, std::string_view method, json params = nullptr);
/// {"jsonrpc":"2.0","method":method[,"params":params]}
json makeNotification(std::string_view method, json params = nullptr);
/// {"jsonrpc":"2.0","id":id,"result":result} (result null is kept: it is required).
json makeResponse(const RequestId& id, json result);
/// {"jsonrpc":"2.0","id":id|null,"error":{"code":..,"message":..[,"data":..]}}
json makeErrorResponse(const std::optional<RequestId>& id, const ResponseError& error);
json makeErrorResponse(const std::optional<RequestId>& id, int code, std::string_view message);

/// Converts a message back to its wire object.
json toJson(const Message& message);

/// Compact JSON text of a message; invalid UTF-8 is replaced, never thrown.
std::string serialize(const json& message);

/// serialize(makeResponse(id, result)) and serialize(makeNotification(method,
/// params)) from the result's or params' compact JSON text, for big values
/// streamed without a tree (protocol/JsonWriter.h). The text is not checked.
std::string serializeResponse(const RequestId& id, std::string_view result_json);
std::string serializeNotification(std::string_view method, std::string_view params_json);

}  // namespace copydesk::protocol
