// Strict, path-reporting decoding of JSON values into typed structures.
//
// Every failure throws DecodeError, an RpcError with code InvalidParams whose
// message names the offending field path, e.g.
//   "textDocument.uri: missing"
//   "position.line: expected integer"
//   "contentChanges[1].range.start.character: expected non-negative integer"
// A failure at the root (the params themselves) reads "params: expected object".
// The Dispatcher answers such an exception with -32602 InvalidParams.
//
// decode::Decoder<T> reads one value: scalars, vectors, string-keyed maps,
// enums (within their enumBounds), `integer | string`, and structs through
// their from_json, which for LSP structs is the field list's (JsonFields.h:
// field kinds, unknown fields ignored). Integers must be JSON integers (1.0
// is rejected) within the target type's range.
//
// Thread-safety: stateless.
#pragma once

#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <variant>
#include <vector>

#include "protocol/JsonRpc.h"

namespace copydesk::protocol {

class DecodeError : public RpcError {
 public:
  /// path: dotted field path ("" = the root value); problem: "missing", "expected string", ...
  DecodeError(std::string path, std::string problem);
  const std::string& path() const { return path_; }
  const std::string& problem() const { return problem_; }
  /// The same problem one level up: segment is a field name or "[index]".
  DecodeError within(std::string_view segment) const;

 private:
  std::string path_;
  std::string problem_;
};

namespace decode {

template <class T>
struct Decoder {
  // Structs and enums: their from_json, found by argument-dependent lookup.
  static T get(const json& v) {
    T out{};
    from_json(v, out);
    return out;
  }
};

template <>
struct Decoder<json> {
  static json get(const json& v) { return v; }
};

template <>
struct Decoder<bool> {
  static bool get(const json& v) {
    if (!v.is_boolean()) throw DecodeError("", "expected boolean");
    return v.get<bool>();
  }
};

template <>
struct Decoder<std::string> {
  static std::string get(const json& v) {
    if (!v.is_string()) throw DecodeError("", "expected string");
    return v.get<std::string>();
  }
};

template <class Int>
requires(std::is_integral_v<Int> && !std::is_same_v<Int, bool>) struct Decoder<Int> {
  static Int get(const json& v) {
    constexpr bool kUnsigned = std::is_unsigned_v<Int>;
    const char* expected = kUnsigned ? "expected non-negative integer" : "expected integer";
    if (v.is_number_unsigned()) {
      const auto u = v.get<std::uint64_t>();
      if (u > static_cast<std::uint64_t>(std::numeric_limits<Int>::max()))
        throw DecodeError("", "integer out of range");
      return static_cast<Int>(u);
    }
    if (v.is_number_integer()) {
      const auto s = v.get<std::int64_t>();
      if (kUnsigned && s < 0) throw DecodeError("", expected);
      if constexpr (!kUnsigned) {
        if (s < static_cast<std::int64_t>(std::numeric_limits<Int>::min()) ||
            s > static_cast<std::int64_t>(std::numeric_limits<Int>::max())) {
          throw DecodeError("", "integer out of range");
        }
      }
      return static_cast<Int>(s);
    }
    throw DecodeError("", "expected integer");
  }
};

template <class T>
struct Decoder<std::vector<T>> {
  static std::vector<T> get(const json& v) {
    if (!v.is_array()) throw DecodeError("", "expected array");
    std::vector<T> out;
    out.reserve(v.size());
    for (std::size_t i = 0; i < v.size(); ++i) {
      try {
        out.push_back(Decoder<T>::get(v[i]));
      } catch (const DecodeError& e) {
        throw e.within("[" + std::to_string(i) + "]");
      }
    }
    return out;
  }
};

template <class T>
struct Decoder<std::map<std::string, T>> {
  static std::map<std::string, T> get(const json& v) {
    if (!v.is_object()) throw DecodeError("", "expected object");
    std::map<std::string, T> out;
    for (const auto& [key, value] : v.items()) {
      try {
        out.emplace(key, Decoder<T>::get(value));
      } catch (const DecodeError& e) {
        throw e.within(key);
      }
    }
    return out;
  }
};

/// What an enum's decoder accepts; each LSP enum declares
/// `constexpr EnumBounds enumBounds(E)`, found by argument-dependent lookup.
struct EnumBounds {
  int min;
  int max;
  const char* expected;  // the problem reported otherwise, e.g. "expected MessageType (1-5)"
};

template <class E>
requires std::is_enum_v<E>
struct Decoder<E> {
  static E get(const json& v) {
    constexpr EnumBounds bounds = enumBounds(E{});
    const int value = Decoder<int>::get(v);
    if (value < bounds.min || value > bounds.max) throw DecodeError("", bounds.expected);
    return static_cast<E>(value);
  }
};

/// `integer | string` (request ids, progress tokens).
template <>
struct Decoder<std::variant<std::int64_t, std::string>> {
  static std::variant<std::int64_t, std::string> get(const json& v) {
    if (v.is_string()) return v.get<std::string>();
    if (v.is_number_integer()) return Decoder<std::int64_t>::get(v);
    throw DecodeError("", "expected integer or string");
  }
};

}  // namespace decode

/// Decodes request/notification params into T; DecodeError names the field.
template <class T>
T fromParams(const json& params) {
  return decode::Decoder<T>::get(params);
}

namespace encode {

/// Sets obj[key] only when the optional holds a value.
template <class T>
void optional(json& obj, const char* key, const std::optional<T>& value) {
  if (value) obj[key] = *value;
}

}  // namespace encode

}  // namespace copydesk::protocol
