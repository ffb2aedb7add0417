#include "cli/RulesCommand.h"

#include <algorithm>
#include <cstdio>
#include <optional>
#include <string>
#include <vector>

#include "config/ConfigLoader.h"
#include "engine/RuleIds.h"
#include "registry/Registry.h"

namespace copydesk::cli {

namespace {

constexpr const char* kRulesUsage = "Usage: copydesk rules [--config FILE]\n"
                                    "\n"
                                    "Lists every rule: id, default severity, whether it is on by default, and what it\n"
                                    "checks. Custom rules of the configuration (--config FILE, else the nearest\n"
                                    ".copydesk.json from the current folder up) are listed too.\n";

constexpr const char* kExplainUsage = "Usage: copydesk explain [--config FILE] RULE\n"
                                      "\n"
                                      "Explains a rule: why it matters and how to fix what it reports.\n";

struct Arguments {
  std::string config_path;
  std::vector<std::string> positional;
  bool help = false;
  std::string error;
};

Arguments parseArguments(int argc, char** argv) {
  Arguments args;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "-h" || arg == "--help") {
      args.help = true;
    } else if (arg == "--config") {
      if (i + 1 >= argc) args.error = "--config needs a value";
      else args.config_path = argv[++i];
    } else if (arg.size() > 1 && arg[0] == '-') {
      args.error = "unknown option '" + arg + "'";
    } else {
      args.positional.push_back(arg);
    }
  }
  return args;
}

// The configuration's custom rules; false (errors printed) when it is broken.
bool loadConfig(const Arguments& args, std::shared_ptr<const ConfigParseResult>& out) {
  const std::string path = args.config_path.empty() ? findConfigFile(".") : args.config_path;
  if (path.empty()) return true;
  out = std::make_shared<const ConfigParseResult>(loadConfigFile(path));
  for (const ConfigError& error : out->errors) std::fprintf(stderr, "%s\n", error.format().c_str());
  return out->ok();
}

std::vector<const Rule*> allRules(const std::shared_ptr<const ConfigParseResult>& config) {
  std::vector<const Rule*> rules(builtinRules().begin(), builtinRules().end());
  if (config)
    for (const auto& rule : config->config.custom_rules) rules.push_back(rule.get());
  return rules;
}

int usageError(const char* command, const std::string& message) {
  std::fprintf(stderr, "copydesk %s: %s\nTry 'copydesk %s --help'.\n", command, message.c_str(), command);
  return 2;
}

// The exit code when `args` end `command` before it runs: --help (its usage
// printed) or a usage error; nullopt when the command goes on.
std::optional<int> helpOrUsageError(const Arguments& args, const char* command, const char* usage) {
  if (args.help) {
    std::fputs(usage, stdout);
    return 0;
  }
  if (!args.error.empty()) return usageError(command, args.error);
  return std::nullopt;
}

}  // namespace

int runRules(int argc, char** argv) {
  const Arguments args = parseArguments(argc, argv);
  if (const std::optional<int> code = helpOrUsageError(args, "rules", kRulesUsage)) return *code;
  if (!args.positional.empty()) return usageError("rules", "unexpected argument '" + args.positional[0] + "'");
  std::shared_ptr<const ConfigParseResult> config;
  if (!loadConfig(args, config)) return 2;

  const std::vector<const Rule*> rules = allRules(config);
  std::size_t id_width = 4;
  for (const Rule* rule : rules) id_width = std::max(id_width, rule->info().id.size());
  std::string out;
  const auto row = [&](std::string_view id, std::string_view severity, std::string_view state,
                       std::string_view description) {
    out += id;
    out.append(id_width + 2 - id.size(), ' ');
    out += severity;
    out.append(13 - severity.size(), ' ');
    out += state;
    out.append(9 - state.size(), ' ');
    out += description;
    out += '\n';
  };
  row("RULE", "SEVERITY", "DEFAULT", "DESCRIPTION");
  for (const Rule* rule : rules) {
    const RuleInfo& info = rule->info();
    row(info.id, severityName(info.default_severity), info.enabled_by_default ? "on" : "off", info.description);
  }
  std::fwrite(out.data(), 1, out.size(), stdout);
  return 0;
}

int runExplain(int argc, char** argv) {
  const Arguments args = parseArguments(argc, argv);
  if (const std::optional<int> code = helpOrUsageError(args, "explain", kExplainUsage)) return *code;
  if (args.positional.size() != 1) return usageError("explain", "name exactly one rule");
  std::shared_ptr<const ConfigParseResult> config;
  if (!loadConfig(args, config)) return 2;

  const std::string& id = args.positional[0];
  std::vector<std::string> ids;
  for (const Rule* rule : allRules(config)) {
    const RuleInfo& info = rule->info();
    ids.emplace_back(info.id);
    if (info.id != id) continue;
    std::printf("%s: %s\nDefault: %s, %s\n\n%s\n", std::string(info.id).c_str(), std::string(info.description).c_str(),
                std::string(severityName(info.default_severity)).c_str(), info.enabled_by_default ? "on" : "off",
                std::string(info.explanation).c_str());
    return 0;
  }
  std::fprintf(stderr, "copydesk explain: unknown rule '%s'%s\nRun 'copydesk rules' to list them.\n", id.c_str(),
               didYouMean(id, ids).c_str());
  return 2;
}

}  // namespace copydesk::cli
