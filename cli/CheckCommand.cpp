#include "cli/CheckCommand.h"

#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <thread>
#include <vector>

#include "cli/CheckArguments.h"
#include "cli/CheckResults.h"
#include "cli/FileSetups.h"
#include "cli/FileWalker.h"
#include "cli/Progress.h"
#include "cli/ReadFile.h"
#include "cli/SafeFixes.h"
#include "cli/UnifiedDiff.h"
#include "engine/Engine.h"
#include "io/AtomicFile.h"

namespace copydesk::cli {

namespace {

// The name standard input is reported under when --format-of does not give one.
constexpr std::string_view kStdinName = "<stdin>";

// --fix on one checked file: applies its safe fixes and writes the result
// atomically (refusing if the file changed meanwhile), or with --dry-run only
// computes the diff. On success `file` then describes the fixed text.
void fixFile(FileResult& file, const CheckSetup& setup, bool dry_run) {
  FixedDocument fixed = applySafeFixes(file.document, file.findings, setup.rules.rules, setup.services);
  if (fixed.applied.empty()) return;
  file.fix.applied = std::move(fixed.applied);
  if (dry_run) {
    file.fix.diff = unifiedDiff(file.document->text(), fixed.document->text(), file.path, file.path);
    return;
  }
  if (!io::writeFileAtomically(file.path, fixed.document->text(), std::string(file.document->text()), file.fix.error))
    return;
  file.document = std::move(fixed.document);
  file.findings = std::move(fixed.findings);
}

OutputStyle outputStyle(const CheckOptions& options) {
  OutputStyle style;
  style.docs_url = options.docs_url;
  style.color = options.format == OutputFormat::Text &&
                (options.color == 1 || (options.color == -1 && options.output_path.empty() && ::isatty(STDOUT_FILENO) &&
                                        !std::getenv("NO_COLOR")));
  return style;
}

// The file's part of the report, for the formats made of one part per file
// (SARIF lists the rules of the whole run first; --dry-run prints only diffs,
// which need no document).
std::optional<std::string> fileReport(const FileResult& file, const CheckOptions& options, const OutputStyle& style) {
  std::string out;
  if (options.fix && options.dry_run) return out;
  switch (options.format) {
    case OutputFormat::Json: appendJsonEntry(file, out); break;
    case OutputFormat::Text: appendTextFile(file, style, out); break;
    case OutputFormat::Github: appendGithubFile(file, out); break;
    case OutputFormat::Sarif: return std::nullopt;
  }
  return out;
}

FileResult checkFile(const std::string& path, const CheckOptions& options, const CheckSetup& setup,
                     const OutputStyle& style) {
  FileResult result;
  result.path = path;
  std::string text;
  const bool read = options.stdin_input ? readStandardInput(options.max_file_size, text, result.error)
                                        : readTextFile(path, options.max_file_size, text, result.error);
  if (!read) return result;
  result.checked = true;
  result.document = Document::create(path, std::move(text), formatForPath(path));
  result.findings = checkDocument(*result.document, setup.rules.rules, setup.services);
  result.rules = &setup.rules.rules;
  if (options.fix) fixFile(result, setup, options.dry_run);
  for (const Finding& finding : result.findings) ++result.by_severity[static_cast<int>(finding.severity)];
  result.report = fileReport(result, options, style);
  if (result.report) {
    result.document.reset();
    result.findings = {};
  }
  return result;
}

unsigned workerCount(const CheckOptions& options, std::size_t files) {
  const unsigned jobs = options.jobs ? options.jobs : std::max(1u, std::thread::hardware_concurrency());
  return static_cast<unsigned>(std::min<std::size_t>(jobs, std::max<std::size_t>(files, 1)));
}

std::vector<FileResult> checkAll(const std::vector<std::string>& files, const CheckOptions& options,
                                 const std::vector<std::shared_ptr<const CheckSetup>>& setups, Progress& progress) {
  std::vector<FileResult> results(files.size());
  const unsigned jobs = workerCount(options, files.size());
  const OutputStyle style = outputStyle(options);
  std::atomic<std::size_t> next{0};
  const auto worker = [&] {
    for (std::size_t i = next++; i < files.size(); i = next++) {
      results[i] = checkFile(files[i], options, *setups[i], style);
      progress.fileDone(files[i]);
    }
  };
  std::vector<std::thread> threads;
  for (unsigned j = 1; j < jobs; ++j) threads.emplace_back(worker);
  worker();
  for (std::thread& t : threads) t.join();
  progress.finish();
  return results;
}

// Loads each file's configuration and spell checker (all of them before any
// check starts: `setup` is not thread-safe, the setups it gives are immutable);
// prints problems and returns false when any is fatal (then some setups are null).
bool prepareAll(const std::vector<std::string>& files, FileSetups& setup,
                std::vector<std::shared_ptr<const CheckSetup>>& setups) {
  std::vector<std::string> errors;
  setups.resize(files.size());
  for (std::size_t i = 0; i < files.size(); ++i) setups[i] = setup.prepare(files[i], errors);
  if (files.empty()) setup.prepare(".", errors);  // still validate the configuration and the spelling language
  for (const std::string& warning : setup.takeWarnings())
    std::fprintf(stderr, "copydesk check: warning: %s\n", warning.c_str());
  for (const std::string& error : errors) std::fprintf(stderr, "%s\n", error.c_str());
  return errors.empty() && std::find(setups.begin(), setups.end(), nullptr) == setups.end();
}

// Prints why files were not checked or not fixed, counts findings; true when
// one is at or above --fail-on.
bool summarise(const std::vector<FileResult>& results, Severity fail_on, RunSummary& summary) {
  summary.files = results.size();
  bool failed = false;
  for (const FileResult& file : results) {
    if (!file.checked) {
      ++summary.file_errors;
      std::fprintf(stderr, "%s: error: %s\n", file.path.c_str(), file.error.c_str());
    }
    if (!file.fix.error.empty()) {
      ++summary.file_errors;
      std::fprintf(stderr, "%s: error: fixes not written: %s\n", file.path.c_str(), file.fix.error.c_str());
    }
    for (int severity = 0; severity < 5; ++severity) {
      summary.by_severity[severity] += file.by_severity[severity];
      failed = failed || (file.by_severity[severity] > 0 && severity <= static_cast<int>(fail_on));
    }
  }
  return failed;
}

// What goes to stdout (or --output): the report for the chosen format; with
// --fix the fix report first (text) or on stderr (other formats, which must
// stay machine-readable); with --fix --dry-run only the diffs.
std::string render(std::vector<FileResult>& results, const RunSummary& summary, const CheckOptions& options) {
  std::string out;
  if (options.fix) {
    std::string report;
    writeFixReport(results, options.dry_run, report);
    if (options.dry_run) {
      for (const FileResult& file : results) out += file.fix.diff;
      std::fputs(report.c_str(), stderr);
      return out;
    }
    if (options.format == OutputFormat::Text) out += report;
    else std::fputs(report.c_str(), stderr);
  }
  const OutputStyle style = outputStyle(options);
  switch (options.format) {
    case OutputFormat::Json: writeJson(results, out); break;
    case OutputFormat::Sarif: writeSarif(results, style, out); break;
    case OutputFormat::Github: writeGithub(results, summary, out); break;
    case OutputFormat::Text: writeText(results, summary, style, out); break;
  }
  return out;
}

// Ends the process once the report is out: what the check built (dictionaries,
// caches, per-file results) is left to the operating system, as freeing it one
// allocation at a time cost ~50 M instructions, all on one thread, at the end
// of every run. Sanitizer builds free everything so that leak checks see it.
int exitWithoutTeardown(int code) {
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
  return code;
#else
  std::fflush(nullptr);
  std::_Exit(code);
#endif
}

bool emit(const std::string& out, const std::string& output_path) {
  if (output_path.empty()) {
    std::fwrite(out.data(), 1, out.size(), stdout);
    std::fflush(stdout);
    return true;
  }
  std::string error;
  if (io::writeFileAtomically(output_path, out, std::nullopt, error)) return true;
  std::fprintf(stderr, "copydesk check: cannot write the output: %s\n", error.c_str());
  return false;
}

}  // namespace

int runCheck(int argc, char** argv) {
  CheckOptions options;
  try {
    for (int i = 1; i < argc; ++i) {
      const std::string_view arg = argv[i];
      if (arg == "-h" || arg == "--help") {
        std::fputs(checkUsage().c_str(), stdout);
        return 0;
      }
    }
    options = parseCheckArguments(argc, argv);
  } catch (const UsageError& e) {
    std::fprintf(stderr, "copydesk check: %s\nTry 'copydesk check --help'.\n", e.message.c_str());
    return 2;
  }

  const auto started = std::chrono::steady_clock::now();
  WalkResult walk;
  if (options.stdin_input) {
    walk.files.push_back(options.format_of.empty() ? std::string(kStdinName) : options.format_of);
  } else {
    walk = collectFiles(options.paths);
  }
  for (const std::string& error : walk.errors) std::fprintf(stderr, "%s\n", error.c_str());
  // Up to one hunspell instance per worker: the second one loads when two
  // threads first need hunspell at once (loading all of them at start gave no
  // measurable gain on 2 cores, where the workers already use both).
  options.setup.spelling.max_instances = workerCount(options, walk.files.size());
  // Every finding of a check carries its suggestions: screen them all.
  options.setup.spelling.suggestion_index_at_open = true;
  FileSetups setup(options.setup);
  std::vector<std::shared_ptr<const CheckSetup>> setups;
  if (!prepareAll(walk.files, setup, setups)) return 2;
  Progress progress(walk.files.size(), Progress::wanted());
  std::vector<FileResult> results = checkAll(walk.files, options, setups, progress);

  RunSummary summary;
  const bool failed = summarise(results, options.fail_on, summary);
  summary.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  if (!emit(render(results, summary, options), options.output_path)) return 2;
  return exitWithoutTeardown(summary.file_errors || !walk.errors.empty() ? 2 : failed ? 1 : 0);
}

}  // namespace copydesk::cli
