// libFuzzer target: .copydesk.json parsing (rules/config/Config.h
// parseConfigText: comments, trailing commas, custom rules with RE2 patterns),
// then resolving the rules for a file and merging with the defaults.
// Invariants: never throws; every error has a message and, when it has a
// line, a 1-based line and column; resolveRules() yields rules that exist.
// Build: cmake/Fuzzing.cmake (target fuzz_config); seeds: corpus/config.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "config/Config.h"
#include "engine/Engine.h"
#include "fuzz/FuzzSupport.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace copydesk;
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const ConfigParseResult parsed = parseConfigText(text, "/fuzz/.copydesk.json");
  for (const ConfigError& error : parsed.errors) {
    fuzz::require(!error.message.empty(), "a config error without a message");
    fuzz::require(error.line >= 0 && error.column >= 0, "a negative config error position");
  }
  const Config merged = mergeConfig(Config{}, parsed.config);
  for (const char* path : {"/fuzz/docs/a.md", "/fuzz/notes.txt"}) {
    const ResolvedRules resolved = resolveRules(merged, path);
    for (const EnabledRule& rule : resolved.rules.rules) fuzz::require(rule.rule != nullptr, "a null rule");
  }
  return 0;
}
