// LSP 3.17 basic structures and text document synchronisation.
//
// Field names are the specification's, so the JSON mapping is one-to-one.
// Each struct's `fields` list (JsonFields.h) gives its from_json (strict: a
// missing or wrongly typed required field throws DecodeError naming the field
// path), its to_json (absent optionals omitted) and its streamed writeJson.
// Plain values; no thread-safety concerns.
//
// Positions: `line` and `character` are zero-based. `character` counts code
// units of the position encoding negotiated at initialize (UTF-16 unless the
// client and server agreed on "utf-8" or "utf-32"); this layer does not convert.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "protocol/JsonFields.h"

namespace copydesk::protocol {

/// `integer | string`, same representation as RequestId (work-done and partial-result tokens).
using ProgressToken = std::variant<std::int64_t, std::string>;

using DocumentUri = std::string;

struct Position {
  std::uint32_t line = 0;
  std::uint32_t character = 0;
  auto operator<=>(const Position&) const = default;
  static constexpr auto fields =
      std::make_tuple(field("line", &Position::line), field("character", &Position::character));
};

/// Half-open: [start, end).
struct Range {
  Position start;
  Position end;
  bool operator==(const Range&) const = default;
  static constexpr auto fields = std::make_tuple(field("start", &Range::start), field("end", &Range::end));
};

struct Location {
  DocumentUri uri;
  Range range;
  bool operator==(const Location&) const = default;
  static constexpr auto fields = std::make_tuple(field("uri", &Location::uri), field("range", &Location::range));
};

struct TextDocumentIdentifier {
  DocumentUri uri;
  bool operator==(const TextDocumentIdentifier&) const = default;
  static constexpr auto fields = std::make_tuple(field("uri", &TextDocumentIdentifier::uri));
};

struct VersionedTextDocumentIdentifier {
  DocumentUri uri;
  std::int32_t version = 0;
  bool operator==(const VersionedTextDocumentIdentifier&) const = default;
  static constexpr auto fields = std::make_tuple(field("uri", &VersionedTextDocumentIdentifier::uri),
                                                 field("version", &VersionedTextDocumentIdentifier::version));
};

/// version is `integer | null`: always written, null when absent.
struct OptionalVersionedTextDocumentIdentifier {
  DocumentUri uri;
  std::optional<std::int32_t> version;
  bool operator==(const OptionalVersionedTextDocumentIdentifier&) const = default;
  static constexpr auto fields =
      std::make_tuple(field("uri", &OptionalVersionedTextDocumentIdentifier::uri),
                      nullableField("version", &OptionalVersionedTextDocumentIdentifier::version));
};

struct TextDocumentItem {
  DocumentUri uri;
  std::string languageId;
  std::int32_t version = 0;
  std::string text;
  bool operator==(const TextDocumentItem&) const = default;
  static constexpr auto fields =
      std::make_tuple(field("uri", &TextDocumentItem::uri), field("languageId", &TextDocumentItem::languageId),
                      field("version", &TextDocumentItem::version), field("text", &TextDocumentItem::text));
};

/// Without range: the whole document is replaced by text.
struct TextDocumentContentChangeEvent {
  std::optional<Range> range;
  std::optional<std::uint32_t> rangeLength;  // deprecated by the spec; carried, not used
  std::string text;
  bool operator==(const TextDocumentContentChangeEvent&) const = default;
  static constexpr auto fields =
      std::make_tuple(optionalField("range", &TextDocumentContentChangeEvent::range),
                      optionalField("rangeLength", &TextDocumentContentChangeEvent::rangeLength),
                      field("text", &TextDocumentContentChangeEvent::text));
};

struct DidOpenTextDocumentParams {
  TextDocumentItem textDocument;
  bool operator==(const DidOpenTextDocumentParams&) const = default;
  static constexpr auto fields = std::make_tuple(field("textDocument", &DidOpenTextDocumentParams::textDocument));
};

struct DidChangeTextDocumentParams {
  VersionedTextDocumentIdentifier textDocument;
  std::vector<TextDocumentContentChangeEvent> contentChanges;  // apply in order
  bool operator==(const DidChangeTextDocumentParams&) const = default;
  static constexpr auto fields = std::make_tuple(field("textDocument", &DidChangeTextDocumentParams::textDocument),
                                                 field("contentChanges", &DidChangeTextDocumentParams::contentChanges));
};

struct DidCloseTextDocumentParams {
  TextDocumentIdentifier textDocument;
  bool operator==(const DidCloseTextDocumentParams&) const = default;
  static constexpr auto fields = std::make_tuple(field("textDocument", &DidCloseTextDocumentParams::textDocument));
};

struct DidSaveTextDocumentParams {
  TextDocumentIdentifier textDocument;
  std::optional<std::string> text;
  bool operator==(const DidSaveTextDocumentParams&) const = default;
  static constexpr auto fields = std::make_tuple(field("textDocument", &DidSaveTextDocumentParams::textDocument),
                                                 optionalField("text", &DidSaveTextDocumentParams::text));
};

struct TextDocumentPositionParams {
  TextDocumentIdentifier textDocument;
  Position position;
  bool operator==(const TextDocumentPositionParams&) const = default;
  static constexpr auto fields = std::make_tuple(field("textDocument", &TextDocumentPositionParams::textDocument),
                                                 field("position", &TextDocumentPositionParams::position));
};

using HoverParams = TextDocumentPositionParams;

struct TextEdit {
  Range range;
  std::string newText;
  bool operator==(const TextEdit&) const = default;
  static constexpr auto fields =
      std::make_tuple(field("range", &TextEdit::range), field("newText", &TextEdit::newText));
};

struct TextDocumentEdit {
  OptionalVersionedTextDocumentIdentifier textDocument;
  std::vector<TextEdit> edits;
  bool operator==(const TextDocumentEdit&) const = default;
  static constexpr auto fields =
      std::make_tuple(field("textDocument", &TextDocumentEdit::textDocument), field("edits", &TextDocumentEdit::edits));
};

/// Either or both of changes / documentChanges. documentChanges holds text
/// edits only (no file create/rename/delete operations).
struct WorkspaceEdit {
  std::optional<std::map<DocumentUri, std::vector<TextEdit>>> changes;
  std::optional<std::vector<TextDocumentEdit>> documentChanges;
  bool operator==(const WorkspaceEdit&) const = default;
  static constexpr auto fields = std::make_tuple(optionalField("changes", &WorkspaceEdit::changes),
                                                 optionalField("documentChanges", &WorkspaceEdit::documentChanges));
};

namespace markup_kind {
inline constexpr const char* PlainText = "plaintext";
inline constexpr const char* Markdown = "markdown";
}  // namespace markup_kind

struct MarkupContent {
  std::string kind = markup_kind::PlainText;
  std::string value;
  bool operator==(const MarkupContent&) const = default;
  static constexpr auto fields =
      std::make_tuple(field("kind", &MarkupContent::kind), field("value", &MarkupContent::value));
};

struct Hover {
  MarkupContent contents;
  std::optional<Range> range;
  bool operator==(const Hover&) const = default;
  static constexpr auto fields =
      std::make_tuple(field("contents", &Hover::contents), optionalField("range", &Hover::range));
};

struct Command {
  std::string title;
  std::string command;
  std::optional<std::vector<json>> arguments;
  bool operator==(const Command&) const = default;
  static constexpr auto fields = std::make_tuple(field("title", &Command::title), field("command", &Command::command),
                                                 optionalField("arguments", &Command::arguments));
};

}  // namespace copydesk::protocol
