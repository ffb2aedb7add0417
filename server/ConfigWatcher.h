#pragma once
// Which file changes matter to the server, and how to ask the client to watch
// them (workspace/didChangeWatchedFiles, registered dynamically with
// client/registerCapability when the client supports it):
//   **/.copydesk.json              configuration   -> reload (last good kept)
//   **/.copydesk/dictionary.txt    workspace words -> drop cached word lists
//   **/.copydesk/claims/*.json     claims bases    -> re-check
//   **/*.dic, **/*.aff             hunspell dictionaries (extra dictionaries of
//                                  spelling.dictionaries) -> reopen spell checkers
//   **/.vale.ini, **/_vale.ini,    Vale configuration, rule files and vocabularies
//   **/*.yml, **/accept.txt,       (the styles a "vale" key loads) -> reload the
//   **/reject.txt                  configurations and settings that load them
// The same classification applies to didSave of such files, for clients that
// cannot watch files.
#include <string_view>

#include <nlohmann/json.hpp>

namespace copydesk::server {

enum class WatchedFile { None, Config, Dictionary, Claims, SpellingDictionary, ValeStyles };

WatchedFile classifyWatchedFile(std::string_view path);

// The params of client/registerCapability for the watchers above.
nlohmann::json watchedFilesRegistration();

}  // namespace copydesk::server
