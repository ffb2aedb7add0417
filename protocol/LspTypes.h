// Typed LSP 3.17 structures, each with one field list (JsonFields.h) that
// gives its to_json / from_json (nlohmann_json ADL hooks) and its streamed
// writeJson.
//
//   LspBasic.h      Position, Range, Location, document identifiers and items,
//                   didOpen/didChange/didClose/didSave params, TextEdit,
//                   WorkspaceEdit, MarkupContent, Hover, Command
//   LspFeatures.h   Diagnostic, PublishDiagnosticsParams, pull diagnostics,
//                   CodeActionParams/Context, CodeAction
//   LspLifecycle.h  InitializeParams (+ capability helpers), ServerCapabilities,
//                   InitializeResult, window messages, progress, cancellation,
//                   commands, configuration, watched files
//   JsonFields.h    field lists: decoding, encoding, streaming
//   JsonDecode.h    DecodeError and the strict decoding helpers
//   Uri.h           file URI <-> filesystem path
//
// Decoding request params:   auto p = fromParams<CodeActionParams>(params);
// throws DecodeError (InvalidParams, "textDocument.uri: missing", ...), which
// the Dispatcher turns into a -32602 answer.
#pragma once

#include "protocol/JsonDecode.h"
#include "protocol/LspBasic.h"
#include "protocol/LspFeatures.h"
#include "protocol/LspLifecycle.h"
#include "protocol/Uri.h"
