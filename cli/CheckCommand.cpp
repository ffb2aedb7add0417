#include "cli/CheckCommand.h"

#include <unistd.h>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <thread>
#include <vector>

#include <fmt/format.h>

#include "cli/CheckResults.h"
#include "cli/CheckSetup.h"
#include "cli/FileWalker.h"
#include "cli/ReadFile.h"
#include "core/Engine.h"

namespace copydesk::cli {

namespace {

constexpr const char* kUsage =
    "Usage: copydesk check [options] PATH...\n"
    "\n"
    "Checks Markdown (.md, .markdown) and plain-text (.txt) files. Folders are walked,\n"
    "skipping hidden entries and whatever their .gitignore files ignore.\n"
    "\n"
    "Options:\n"
    "  --format text|json        output format (default: text)\n"
    "  --fail-on LEVEL           exit 1 when a finding is at or above LEVEL:\n"
    "                            error, warning, information or hint (default: warning)\n"
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
    "  --color, --no-color       force colour on or off (default: on for a terminal)\n"
    "  -h, --help                show this help\n"
    "\n"
    "Exit status: 0 no finding at or above --fail-on, 1 some, 2 usage, configuration or I/O error.\n";

struct CheckOptions {
  OutputFormat format = OutputFormat::Text;
  Severity fail_on = Severity::Warning;
  SetupOptions setup;
  unsigned jobs = 0;
  std::size_t max_file_size = 64u << 20;
  int color = -1;  // -1 auto
  std::vector<std::string> paths;
};

struct UsageError {
  std::string message;
};

CheckOptions parseArguments(int argc, char** argv) {
  CheckOptions options;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    const auto value = [&]() -> std::string {
      if (i + 1 >= argc) throw UsageError{arg + " needs a value"};
      return argv[++i];
    };
    if (arg == "--format") {
      const std::string format = value();
      if (format == "text") options.format = OutputFormat::Text;
      else if (format == "json") options.format = OutputFormat::Json;
      else throw UsageError{"unknown format '" + format + "' (expected text or json)"};
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
      const std::string n = value();
      char* end = nullptr;
      const long jobs = std::strtol(n.c_str(), &end, 10);
      if (end == n.c_str() || *end != '\0' || jobs < 1 || jobs > 1024)
        throw UsageError{"--jobs takes a number from 1 to 1024, not '" + n + "'"};
      options.jobs = static_cast<unsigned>(jobs);
    } else if (arg == "--max-file-size") {
      const std::string n = value();
      char* end = nullptr;
      const unsigned long long size = std::strtoull(n.c_str(), &end, 10);
      if (end == n.c_str() || *end != '\0' || size == 0)
        throw UsageError{"--max-file-size takes a number of bytes, not '" + n + "'"};
      options.max_file_size = static_cast<std::size_t>(size);
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
  if (options.paths.empty()) throw UsageError{"no file or folder to check"};
  return options;
}

FileResult checkFile(const std::string& path, const CheckOptions& options, const FileSetup& setup) {
  FileResult result;
  result.path = path;
  std::string text;
  if (!readTextFile(path, options.max_file_size, text, result.error)) return result;
  result.document = Document::create(path, std::move(text), formatForPath(path));
  result.findings = checkDocument(*result.document, setup.rules.rules, setup.services);
  return result;
}

std::vector<FileResult> checkAll(const std::vector<std::string>& files, const CheckOptions& options,
                                 const std::vector<FileSetup>& setups) {
  std::vector<FileResult> results(files.size());
  std::atomic<std::size_t> next{0};
  const auto worker = [&] {
    for (std::size_t i = next++; i < files.size(); i = next++) results[i] = checkFile(files[i], options, setups[i]);
  };
  unsigned jobs = options.jobs ? options.jobs : std::max(1u, std::thread::hardware_concurrency());
  jobs = static_cast<unsigned>(std::min<std::size_t>(jobs, std::max<std::size_t>(files.size(), 1)));
  std::vector<std::thread> threads;
  for (unsigned j = 1; j < jobs; ++j) threads.emplace_back(worker);
  worker();
  for (std::thread& t : threads) t.join();
  return results;
}

// Loads each file's configuration and spell checker (owned by `setup`, which
// must outlive the check); prints problems and returns false when any is fatal.
bool prepareAll(const std::vector<std::string>& files, const CheckOptions& options, CheckSetup& setup,
                std::vector<FileSetup>& setups) {
  std::vector<std::string> errors;
  setups.resize(files.size());
  for (std::size_t i = 0; i < files.size(); ++i) setup.prepare(files[i], setups[i], errors);
  if (files.empty()) {  // still validate the configuration and the spelling language
    FileSetup unused;
    setup.prepare(".", unused, errors);
  }
  for (const std::string& warning : setup.takeWarnings())
    std::fprintf(stderr, "copydesk check: warning: %s\n", warning.c_str());
  for (const std::string& error : errors) std::fprintf(stderr, "%s\n", error.c_str());
  return errors.empty();
}

}  // namespace

int runCheck(int argc, char** argv) {
  CheckOptions options;
  try {
    for (int i = 1; i < argc; ++i) {
      const std::string_view arg = argv[i];
      if (arg == "-h" || arg == "--help") {
        std::fputs(kUsage, stdout);
        return 0;
      }
    }
    options = parseArguments(argc, argv);
  } catch (const UsageError& e) {
    std::fprintf(stderr, "copydesk check: %s\nTry 'copydesk check --help'.\n", e.message.c_str());
    return 2;
  }

  const auto started = std::chrono::steady_clock::now();
  const WalkResult walk = collectFiles(options.paths);
  for (const std::string& error : walk.errors) std::fprintf(stderr, "%s\n", error.c_str());
  CheckSetup setup(options.setup);
  std::vector<FileSetup> setups;
  if (!prepareAll(walk.files, options, setup, setups)) return 2;
  std::vector<FileResult> results = checkAll(walk.files, options, setups);

  RunSummary summary;
  summary.files = results.size();
  bool failed = false;
  for (const FileResult& file : results) {
    if (!file.document) {
      ++summary.file_errors;
      std::fprintf(stderr, "%s: error: %s\n", file.path.c_str(), file.error.c_str());
    }
    for (const Finding& finding : file.findings) {
      ++summary.by_severity[static_cast<int>(finding.severity)];
      failed = failed || static_cast<int>(finding.severity) <= static_cast<int>(options.fail_on);
    }
  }
  summary.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();

  std::string out;
  if (options.format == OutputFormat::Json) {
    writeJson(results, out);
  } else {
    OutputStyle style;
    style.color = options.color == 1 ||
                  (options.color == -1 && ::isatty(STDOUT_FILENO) && !std::getenv("NO_COLOR"));
    writeText(results, summary, style, out);
  }
  std::fwrite(out.data(), 1, out.size(), stdout);
  std::fflush(stdout);
  if (summary.file_errors || !walk.errors.empty()) return 2;
  return failed ? 1 : 0;
}

}  // namespace copydesk::cli
