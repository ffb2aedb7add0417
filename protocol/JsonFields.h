// One field list per LSP struct drives its decoding (from_json, strict, with
// the field path in errors), its encoding as a tree (to_json) and its
// streaming (writeJson, for results too big to build as a tree first):
//
//   struct TextEdit {
//     Range range;
//     std::string newText;
//     static constexpr auto fields = std::make_tuple(field("range", &TextEdit::range),
//                                                    field("newText", &TextEdit::newText));
//   };
//
// Fields are decoded in list order (so the first problem reported is the
// first listed); they are written in key order, as nlohmann's sorted objects
// write them, so a tree and a stream of the same value are the same bytes.
//
// Kinds of field:
//   field            required; always written
//   optionalField    std::optional: absent or null -> nullopt; written only when set
//   nullableField    std::optional for the spec's `T | null`: absence tolerated,
//                    written as null when empty
//   anyField         json (LSPAny): absent -> null; written only when not null
//   constantField    a fixed string ("kind": "full"): checked, always written
// field<As> and optionalField<As> decode through decode::Decoder<As> (a
// stricter or more lenient reading of the member's type).
//
// Thread-safety: stateless.
#pragma once

#include <array>
#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <utility>
#include <variant>
#include <vector>

#include "protocol/JsonDecode.h"
#include "protocol/JsonWriter.h"

namespace copydesk::protocol {

enum class Presence { Required, Optional, Nullable, Any };

template <class Struct, class Member, Presence P, class As>
struct Field {
  const char* name;
  Member Struct::*member;
};

struct ConstantField {
  const char* name;
  const char* value;
};

namespace detail {
template <class T>
struct OptionalValue;
template <class T>
struct OptionalValue<std::optional<T>> {
  using type = T;
};
}  // namespace detail

template <class As = void, class S, class M>
constexpr auto field(const char* name, M S::*member) {
  return Field<S, M, Presence::Required, std::conditional_t<std::is_void_v<As>, M, As>>{name, member};
}
template <class As = void, class S, class M>
constexpr auto optionalField(const char* name, M S::*member) {
  using Value = typename detail::OptionalValue<M>::type;
  return Field<S, M, Presence::Optional, std::conditional_t<std::is_void_v<As>, Value, As>>{name, member};
}
template <class S, class M>
constexpr auto nullableField(const char* name, M S::*member) {
  return Field<S, M, Presence::Nullable, typename detail::OptionalValue<M>::type>{name, member};
}
template <class S>
constexpr auto anyField(const char* name, json S::*member) {
  return Field<S, json, Presence::Any, json>{name, member};
}
constexpr ConstantField constantField(const char* name, const char* value) { return {name, value}; }

/// A struct with a field list.
template <class T>
concept Described = requires {
  std::tuple_size<std::remove_cvref_t<decltype(T::fields)>>::value;
};

/// `integer | string`, decoded as text (Diagnostic.code: copydesk's codes are rule ids).
struct IntegerAsText {};
/// json that must be an object (InitializeParams.capabilities).
struct JsonObject {};

namespace decode {
template <>
struct Decoder<IntegerAsText> {
  static std::string get(const json& v) { return v.is_number_integer() ? v.dump() : Decoder<std::string>::get(v); }
};
template <>
struct Decoder<JsonObject> {
  static json get(const json& v) {
    if (!v.is_object()) throw DecodeError("", "expected object");
    return v;
  }
};
}  // namespace decode

// ------------------------------------------------------------ decoding

namespace detail {

template <class As>
auto decodeMember(const char* name, const json& value) {
  try {
    return decode::Decoder<As>::get(value);
  } catch (const DecodeError& e) {
    throw e.within(name);
  }
}

template <class T, class S, class M, Presence P, class As>
void decodeField(const json& object, T& out, const Field<S, M, P, As>& f) {
  const auto it = object.find(f.name);
  const bool absent = it == object.end();
  if constexpr (P == Presence::Required) {
    if (absent) throw DecodeError(f.name, "missing");
    out.*f.member = decodeMember<As>(f.name, *it);
  } else if constexpr (P == Presence::Any) {
    out.*f.member = absent ? json(nullptr) : *it;
  } else {  // Optional, Nullable
    (out.*f.member).reset();
    if (!absent && !it->is_null()) out.*f.member = decodeMember<As>(f.name, *it);
  }
}

template <class T>
void decodeField(const json& object, T&, const ConstantField& f) {
  const auto it = object.find(f.name);
  if (it == object.end()) throw DecodeError(f.name, "missing");
  if (decodeMember<std::string>(f.name, *it) != f.value)
    throw DecodeError(f.name, std::string("expected \"") + f.value + "\"");
}

}  // namespace detail

template <Described T>
void from_json(const json& j, T& out) {
  if (!j.is_object()) throw DecodeError("", "expected object");
  std::apply([&](const auto&... f) { (detail::decodeField(j, out, f), ...); }, T::fields);
}

// ------------------------------------------------------------ encoding as a tree

/// A value as a tree; unlike json(value), also for std::optional (empty: null)
/// and std::variant, which nlohmann 3.11.2 does not convert.
template <class V>
json toJsonTree(const V& value) {
  if constexpr (requires {
                  value.has_value();
                  *value;
                }) {
    return value ? toJsonTree(*value) : json(nullptr);
  } else if constexpr (requires { std::visit([](const auto&) {}, value); }) {
    return std::visit([](const auto& x) { return toJsonTree(x); }, value);
  } else {
    return json(value);
  }
}

namespace detail {

template <class T, class S, class M, Presence P, class As>
void encodeField(json& object, const T& in, const Field<S, M, P, As>& f) {
  const M& value = in.*f.member;
  if constexpr (P == Presence::Required) {
    object[f.name] = toJsonTree(value);
  } else if constexpr (P == Presence::Any) {
    if (!value.is_null()) object[f.name] = value;
  } else if constexpr (P == Presence::Optional) {
    if (value) object[f.name] = toJsonTree(*value);
  } else {
    object[f.name] = value ? toJsonTree(*value) : json(nullptr);
  }
}

template <class T>
void encodeField(json& object, const T&, const ConstantField& f) {
  object[f.name] = f.value;
}

}  // namespace detail

template <Described T>
void to_json(json& j, const T& in) {
  j = json(json::value_t::object);
  std::apply([&](const auto&... f) { (detail::encodeField(j, in, f), ...); }, T::fields);
}

// ------------------------------------------------------------ streaming

namespace detail {

inline constexpr std::string_view nameOf(const ConstantField& f) { return f.name; }
template <class S, class M, Presence P, class As>
constexpr std::string_view nameOf(const Field<S, M, P, As>& f) {
  return f.name;
}

// The positions of a field list's entries in key order (an insertion sort, at compile time).
template <class Tuple, std::size_t... I>
constexpr auto keyOrder(const Tuple& fields, std::index_sequence<I...>) {
  const std::array<std::string_view, sizeof...(I)> names{nameOf(std::get<I>(fields))...};
  std::array<std::size_t, sizeof...(I)> order{I...};
  for (std::size_t i = 1; i < order.size(); ++i)
    for (std::size_t j = i; j > 0 && names[order[j]] < names[order[j - 1]]; --j) std::swap(order[j], order[j - 1]);
  return order;
}

}  // namespace detail

// Declared before writeValue, which picks among them.
template <Described T>
void writeJson(JsonWriter& out, const T& in);
template <class T>
void writeJson(JsonWriter& out, const std::vector<T>& values);
template <class T>
void writeJson(JsonWriter& out, const std::map<std::string, T>& values);
template <class... Alternatives>
void writeJson(JsonWriter& out, const std::variant<Alternatives...>& value);
template <class T>
void writeJson(JsonWriter& out, const std::optional<T>& value);

/// One value as the next thing `out` expects (after key() or element()).
template <class V>
void writeValue(JsonWriter& out, const V& value) {
  if constexpr (std::is_same_v<V, bool>) {
    out.value(value);
  } else if constexpr (std::is_integral_v<V>) {
    out.value(static_cast<std::int64_t>(value));
  } else if constexpr (std::is_enum_v<V>) {
    out.value(static_cast<std::int64_t>(value));
  } else if constexpr (std::is_convertible_v<const V&, std::string_view>) {
    out.value(std::string_view(value));
  } else if constexpr (std::is_same_v<V, json>) {
    out.value(value);
  } else if constexpr (std::is_same_v<V, std::variant<std::int64_t, std::string>>) {
    std::visit([&](const auto& x) { writeValue(out, x); }, value);
  } else {
    writeJson(out, value);  // a described struct, a container, or a type with its own writeJson
  }
}

template <class T>
void writeJson(JsonWriter& out, const std::vector<T>& values) {
  out.open('[');
  for (const T& value : values) {
    out.element();
    writeValue(out, value);
  }
  out.close(']');
}

template <class T>
void writeJson(JsonWriter& out, const std::map<std::string, T>& values) {
  out.open('{');
  for (const auto& [key, value] : values) {
    out.escapedKey(key);
    writeValue(out, value);
  }
  out.close('}');
}

template <class... Alternatives>
void writeJson(JsonWriter& out, const std::variant<Alternatives...>& value) {
  std::visit([&](const auto& x) { writeValue(out, x); }, value);
}

template <class T>
void writeJson(JsonWriter& out, const std::optional<T>& value) {
  if (value) writeValue(out, *value);
  else out.null();
}

namespace detail {

template <class T, class S, class M, Presence P, class As>
void writeField(JsonWriter& out, const T& in, const Field<S, M, P, As>& f) {
  const M& value = in.*f.member;
  if constexpr (P == Presence::Required) {
    out.key(f.name);
    writeValue(out, value);
  } else if constexpr (P == Presence::Any) {
    if (value.is_null()) return;
    out.key(f.name);
    out.value(value);
  } else if constexpr (P == Presence::Optional) {
    if (!value) return;
    out.key(f.name);
    writeValue(out, *value);
  } else {
    out.key(f.name);
    writeJson(out, value);  // null when empty
  }
}

template <class T>
void writeField(JsonWriter& out, const T&, const ConstantField& f) {
  out.member(f.name, f.value);
}

}  // namespace detail

template <Described T>
void writeJson(JsonWriter& out, const T& in) {
  constexpr std::size_t kCount = std::tuple_size_v<std::remove_cvref_t<decltype(T::fields)>>;
  static constexpr auto kOrder = detail::keyOrder(T::fields, std::make_index_sequence<kCount>{});
  out.open('{');
  [&]<std::size_t... I>(std::index_sequence<I...>) {
    (detail::writeField(out, in, std::get<kOrder[I]>(T::fields)), ...);
  }
  (std::make_index_sequence<kCount>{});
  out.close('}');
}

/// The compact JSON text of a value: the bytes serialize(toJsonTree(value))
/// gives, without the tree. reserve: the expected size, when known.
template <class V>
std::string toJsonText(const V& value, std::size_t reserve = 0) {
  std::string out;
  out.reserve(reserve);
  JsonWriter writer(out);
  writeValue(writer, value);
  return out;
}

}  // namespace copydesk::protocol
