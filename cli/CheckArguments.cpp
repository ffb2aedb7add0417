#include "cli/CheckArguments.h"

#include <cstdlib>

#include "markup/Formats.h"

namespace copydesk::cli {

namespace {

const char* const kCheckOptions =
    "Options:\n"
    "  --format FORMAT           output format: text (default), json (LSP diagnostics),\n"
    "                            sarif (SARIF 2.1.0) or github (GitHub Actions annotations)\n"
    "  --output FILE             write the output to FILE (atomically) instead of stdout\n"
    "  --fail-on LEVEL           exit 1 when a finding is at or above LEVEL:\n"
    "                            error, warning, information or hint (default: warning)\n"
    "  --fix                     apply the safe fixes in place (prose only, never code),\n"
    "                            report them, then report what remains\n"
    "  --dry-run                 with --fix: print a unified diff of the fixes, change nothing\n"
    "  --config FILE             use this configuration instead of the nearest .copydesk.json\n"
    "                            found in each file's folder or above\n"
    "  --as-of YYYY-MM-DD        judge dates and claims as of this day (default: the config's\n"
    "                            \"asOf\", else today)\n"
    "  --lang LANG               spelling language, a hunspell dictionary name (default: the\n"
    "                            config's spelling.language, else en_US)\n"
    "  --dictionary-dir DIR      also look for hunspell dictionaries in DIR (repeatable)\n"
    "  --dictionary FILE         extra dictionary: a hunspell .dic or a word list (repeatable)\n"
    "  -j, --jobs N              check N files at once (default: number of cores)\n"
    "  --max-file-size BYTES     refuse larger files (default: 67108864)\n"
    "  --docs-url URL            rule documentation for SARIF (informationUri, helpUri);\n"
    "                            \"{rule}\" in URL is replaced by the rule id\n"
    "  --stdin                   check standard input instead of files\n"
    "  --format-of FILE          with --stdin: read it as a file named FILE (its format from\n"
    "                            the name, e.g. .git/COMMIT_EDITMSG; its .copydesk.json from\n"
    "                            the folder); the name used in the report (default: <stdin>,\n"
    "                            plain text)\n"
    "  --color, --no-color       force colour on or off (default: on for a terminal)\n"
    "  -h, --help                show this help\n"
    "\n"
    "A progress line is shown on stderr when it is a terminal, CI is unset and the run\n"
    "takes over a second.\n"
    "\n"
    "Exit status: 0 no finding at or above --fail-on (after --fix: none remaining), 1 some,\n"
    "2 usage, configuration or I/O error.\n";

}  // namespace

std::string checkUsage() {
  std::string usage = "Usage: copydesk check [options] PATH...\n"
                      "       copydesk check [options] --stdin [--format-of FILE]\n"
                      "\n"
                      "Checks the files of these formats (extensions in any case):\n";
  for (const FormatInfo& format : formats()) usage += "  " + describeFormat(format) + "\n";
  return usage +
         "Folders are walked for them, skipping hidden entries and whatever their\n"
         ".gitignore files ignore; a file named on the command line is checked whatever\n"
         "its name (as plain text unless its extension names another format).\n"
         "\n" +
         kCheckOptions;
}

namespace {

OutputFormat parseFormat(const std::string& format) {
  if (format == "text") return OutputFormat::Text;
  if (format == "json") return OutputFormat::Json;
  if (format == "sarif") return OutputFormat::Sarif;
  if (format == "github") return OutputFormat::Github;
  throw UsageError{"unknown format '" + format + "' (expected text, json, sarif or github)"};
}

unsigned long long parseNumber(const std::string& option, const std::string& n, unsigned long long max,
                               const char* what) {
  char* end = nullptr;
  const unsigned long long value = std::strtoull(n.c_str(), &end, 10);
  if (n.empty() || n[0] == '-' || end == n.c_str() || *end != '\0' || value == 0 || value > max)
    throw UsageError{option + " takes " + what + ", not '" + n + "'"};
  return value;
}

}  // namespace

CheckOptions parseCheckArguments(int argc, char** argv) {
  CheckOptions options;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    const auto value = [&]() -> std::string {
      if (i + 1 >= argc) throw UsageError{arg + " needs a value"};
      return argv[++i];
    };
    if (arg == "--format") {
      options.format = parseFormat(value());
    } else if (arg == "--output" || arg == "-o") {
      options.output_path = value();
    } else if (arg == "--fix") {
      options.fix = true;
    } else if (arg == "--dry-run") {
      options.dry_run = true;
    } else if (arg == "--docs-url") {
      options.docs_url = value();
    } else if (arg == "--fail-on") {
      const std::string level = value();
      if (!parseSeverity(level, options.fail_on))
        throw UsageError{"unknown level '" + level + "' (expected error, warning, information or hint)"};
    } else if (arg == "--config") {
      options.setup.config_path = value();
    } else if (arg == "--as-of") {
      const std::string date = value();
      options.setup.as_of = date.size() == 10 ? parseDate(date) : std::nullopt;
      if (!options.setup.as_of || !options.setup.as_of->valid())
        throw UsageError{"--as-of takes a date written YYYY-MM-DD, not '" + date + "'"};
    } else if (arg == "--lang") {
      options.setup.language = value();
    } else if (arg == "--dictionary-dir") {
      options.setup.spelling.dictionary_dirs.push_back(value());
    } else if (arg == "--dictionary") {
      options.setup.spelling.extra_dictionaries.push_back(value());
    } else if (arg == "-j" || arg == "--jobs") {
      options.jobs = static_cast<unsigned>(parseNumber(arg, value(), 1024, "a number from 1 to 1024"));
    } else if (arg == "--max-file-size") {
      options.max_file_size = static_cast<std::size_t>(parseNumber(arg, value(), ~0ull, "a number of bytes"));
    } else if (arg == "--stdin") {
      options.stdin_input = true;
    } else if (arg == "--format-of") {
      options.format_of = value();
    } else if (arg == "--color") {
      options.color = 1;
    } else if (arg == "--no-color") {
      options.color = 0;
    } else if (arg.size() > 1 && arg[0] == '-') {
      throw UsageError{"unknown option '" + arg + "'"};
    } else {
      options.paths.push_back(arg);
    }
  }
  if (options.dry_run && !options.fix) throw UsageError{"--dry-run goes with --fix"};
  if (!options.format_of.empty() && !options.stdin_input) throw UsageError{"--format-of goes with --stdin"};
  if (options.stdin_input) {
    if (!options.paths.empty()) throw UsageError{"--stdin checks standard input: give no PATH"};
    if (options.fix) throw UsageError{"--fix writes files: it cannot go with --stdin"};
    return options;
  }
  if (options.paths.empty()) throw UsageError{"no file or folder to check"};
  return options;
}

}  // namespace copydesk::cli
