// LSP 3.17 basic structures and text document synchronisation.
//
// Field names are the specification's, so the JSON mapping is one-to-one.
// from_json is strict (see JsonDecode.h): a missing or wrongly typed required
// field throws DecodeError naming the field path; to_json omits absent
// optionals. Plain values; no thread-safety concerns.
//
// Positions: `line` and `character` are zero-based. `character` counts code
// units of the position encoding negotiated at initialize (UTF-16 unless the
// client and server agreed on "utf-8" or "utf-32"); this layer does not convert.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "protocol/JsonDecode.h"

namespace copydesk::protocol {

using DocumentUri = std::string;

struct Position {
  std::uint32_t line = 0;
  std::uint32_t character = 0;
  auto operator<=>(const Position&) const = default;
};

/// Half-open: [start, end).
struct Range {
  Position start;
  Position end;
  bool operator==(const Range&) const = default;
};

struct Location {
  DocumentUri uri;
  Range range;
  bool operator==(const Location&) const = default;
};

struct TextDocumentIdentifier {
  DocumentUri uri;
  bool operator==(const TextDocumentIdentifier&) const = default;
};

struct VersionedTextDocumentIdentifier {
  DocumentUri uri;
  std::int32_t version = 0;
  bool operator==(const VersionedTextDocumentIdentifier&) const = default;
};

/// version is `integer | null`: always written, null when absent.
struct OptionalVersionedTextDocumentIdentifier {
  DocumentUri uri;
  std::optional<std::int32_t> version;
  bool operator==(const OptionalVersionedTextDocumentIdentifier&) const = default;
};

struct TextDocumentItem {
  DocumentUri uri;
  std::string languageId;
  std::int32_t version = 0;
  std::string text;
  bool operator==(const TextDocumentItem&) const = default;
};

/// Without range: the whole document is replaced by text.
struct TextDocumentContentChangeEvent {
  std::optional<Range> range;
  std::optional<std::uint32_t> rangeLength;  // deprecated by the spec; carried, not used
  std::string text;
  bool operator==(const TextDocumentContentChangeEvent&) const = default;
};

struct DidOpenTextDocumentParams {
  TextDocumentItem textDocument;
  bool operator==(const DidOpenTextDocumentParams&) const = default;
};

struct DidChangeTextDocumentParams {
  VersionedTextDocumentIdentifier textDocument;
  std::vector<TextDocumentContentChangeEvent> contentChanges;  // apply in order
  bool operator==(const DidChangeTextDocumentParams&) const = default;
};

struct DidCloseTextDocumentParams {
  TextDocumentIdentifier textDocument;
  bool operator==(const DidCloseTextDocumentParams&) const = default;
};

struct DidSaveTextDocumentParams {
  TextDocumentIdentifier textDocument;
  std::optional<std::string> text;
  bool operator==(const DidSaveTextDocumentParams&) const = default;
};

struct TextDocumentPositionParams {
  TextDocumentIdentifier textDocument;
  Position position;
  bool operator==(const TextDocumentPositionParams&) const = default;
};

using HoverParams = TextDocumentPositionParams;

struct TextEdit {
  Range range;
  std::string newText;
  bool operator==(const TextEdit&) const = default;
};

struct TextDocumentEdit {
  OptionalVersionedTextDocumentIdentifier textDocument;
  std::vector<TextEdit> edits;
  bool operator==(const TextDocumentEdit&) const = default;
};

/// Either or both of changes / documentChanges. documentChanges holds text
/// edits only (no file create/rename/delete operations).
struct WorkspaceEdit {
  std::optional<std::map<DocumentUri, std::vector<TextEdit>>> changes;
  std::optional<std::vector<TextDocumentEdit>> documentChanges;
  bool operator==(const WorkspaceEdit&) const = default;
};

namespace markup_kind {
inline constexpr const char* PlainText = "plaintext";
inline constexpr const char* Markdown = "markdown";
}  // namespace markup_kind

struct MarkupContent {
  std::string kind = markup_kind::PlainText;
  std::string value;
  bool operator==(const MarkupContent&) const = default;
};

struct Hover {
  MarkupContent contents;
  std::optional<Range> range;
  bool operator==(const Hover&) const = default;
};

struct Command {
  std::string title;
  std::string command;
  std::optional<std::vector<json>> arguments;
  bool operator==(const Command&) const = default;
};

void to_json(json& j, const Position& v);
void from_json(const json& j, Position& v);
void to_json(json& j, const Range& v);
void from_json(const json& j, Range& v);
void to_json(json& j, const Location& v);
void from_json(const json& j, Location& v);
void to_json(json& j, const TextDocumentIdentifier& v);
void from_json(const json& j, TextDocumentIdentifier& v);
void to_json(json& j, const VersionedTextDocumentIdentifier& v);
void from_json(const json& j, VersionedTextDocumentIdentifier& v);
void to_json(json& j, const OptionalVersionedTextDocumentIdentifier& v);
void from_json(const json& j, OptionalVersionedTextDocumentIdentifier& v);
void to_json(json& j, const TextDocumentItem& v);
void from_json(const json& j, TextDocumentItem& v);
void to_json(json& j, const TextDocumentContentChangeEvent& v);
void from_json(const json& j, TextDocumentContentChangeEvent& v);
void to_json(json& j, const DidOpenTextDocumentParams& v);
void from_json(const json& j, DidOpenTextDocumentParams& v);
void to_json(json& j, const DidChangeTextDocumentParams& v);
void from_json(const json& j, DidChangeTextDocumentParams& v);
void to_json(json& j, const DidCloseTextDocumentParams& v);
void from_json(const json& j, DidCloseTextDocumentParams& v);
void to_json(json& j, const DidSaveTextDocumentParams& v);
void from_json(const json& j, DidSaveTextDocumentParams& v);
void to_json(json& j, const TextDocumentPositionParams& v);
void from_json(const json& j, TextDocumentPositionParams& v);
void to_json(json& j, const TextEdit& v);
void from_json(const json& j, TextEdit& v);
void to_json(json& j, const TextDocumentEdit& v);
void from_json(const json& j, TextDocumentEdit& v);
void to_json(json& j, const WorkspaceEdit& v);
void from_json(const json& j, WorkspaceEdit& v);
void to_json(json& j, const MarkupContent& v);
void from_json(const json& j, MarkupContent& v);
void to_json(json& j, const Hover& v);
void from_json(const json& j, Hover& v);
void to_json(json& j, const Command& v);
void from_json(const json& j, Command& v);

}  // namespace copydesk::protocol
