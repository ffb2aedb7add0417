#include "cli/CheckCommand.h"

#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <numeric>
#include <string>
#include <thread>
#include <vector>

#include "cli/CacheKeys.h"
#include "cli/ChangedLines.h"
#include "cli/CheckArguments.h"
#include "cli/CheckCache.h"
#include "cli/CheckResults.h"
#include "cli/FileSetups.h"
#include "cli/Progress.h"
#include "cli/SafeFixes.h"
#include "cli/UnifiedDiff.h"
#include "engine/Engine.h"
#include "io/AtomicFile.h"
#include "io/ReadTextFile.h"
#include "setup/FileWalker.h"

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
    case OutputFormat::Junit: appendJunitFile(file, out); break;
    case OutputFormat::Checkstyle: appendCheckstyleFile(file, out); break;
    case OutputFormat::Sarif: return std::nullopt;
  }
  return out;
}

// What the check of every file shares.
struct CheckRun {
  const CheckOptions& options;
  OutputStyle style;
  const ChangedLines* changed = nullptr;  // --changed-since
  const CheckCache* cache = nullptr;      // --cache; read-only while files are checked
};

// One file's part in --cache.
struct CacheSlot {
  FileSetups::Fingerprint setup;                 // its setup's key and rules
  std::uint64_t key = 0;                         // the key of its findings (setup and text)
  bool hit = false;                              // its findings came from the cache
  std::optional<std::vector<Finding>> to_store;  // what the cache gets (findings as checked)
};

// Once a file's findings are known: keeps those on changed lines
// (--changed-since), counts them and renders the file's part of the report.
void finishFile(FileResult& result, const CheckRun& run) {
  if (run.changed) keepChangedFindings(result.findings, result.text->lines(), *run.changed->of(result.path));
  for (const Finding& finding : result.findings) ++result.by_severity[static_cast<int>(finding.severity)];
  result.report = fileReport(result, run.options, run.style);
  if (result.report) {
    result.document.reset();
    result.text.reset();
    result.findings = {};
  }
}

// The file's findings from the cache, when its text and setup are those they
// were stored under; false otherwise (the file is then checked).
bool restoreFile(const std::string& path, const CheckRun& run, CacheSlot& slot, FileResult& result) {
  std::string text, error;
  if (!io::readTextFile(path, run.options.max_file_size, text, error)) return false;  // the check says why
  const std::vector<Finding>* cached = run.cache->find(path, fileKey(slot.setup.key, text));
  if (!cached) return false;
  slot.hit = true;
  result.path = path;
  result.checked = true;
  result.text = IndexedText::make(std::move(text));
  result.findings = *cached;
  result.rules = slot.setup.rules;
  finishFile(result, run);
  return true;
}

FileResult checkFile(const std::string& path, const CheckRun& run, const CheckSetup& setup, CacheSlot* slot) {
  FileResult result;
  result.path = path;
  std::string text;
  const bool read = run.options.stdin_input
                        ? io::readStandardInput(run.options.max_file_size, text, result.error)
                        : io::readTextFile(path, run.options.max_file_size, text, result.error);
  if (!read) return result;
  result.checked = true;
  if (slot) slot->key = fileKey(slot->setup.key, text);
  result.document = Document::create(path, std::move(text), formatForPath(path));
  result.text = result.document->indexedText();
  result.findings = checkDocument(*result.document, setup.rules.rules, setup.services);
  result.rules = &setup.rules.rules;
  if (slot) slot->to_store = result.findings;
  if (run.options.fix) {
    fixFile(result, setup, run.options.dry_run);
    result.text = result.document->indexedText();
  }
  finishFile(result, run);
  return result;
}

unsigned workerCount(const CheckOptions& options, std::size_t files) {
  const unsigned jobs = options.jobs ? options.jobs : std::max(1u, std::thread::hardware_concurrency());
  return static_cast<unsigned>(std::min<std::size_t>(jobs, std::max<std::size_t>(files, 1)));
}

// Runs work(i) for i in [0, count) on up to `jobs` threads.
template <class Work>
void forEachInParallel(std::size_t count, unsigned jobs, const Work& work) {
  std::atomic<std::size_t> next{0};
  const auto worker = [&] {
    for (std::size_t i = next++; i < count; i = next++) work(i);
  };
  std::vector<std::thread> threads;
  for (unsigned j = 1; j < std::min<std::size_t>(jobs, count); ++j) threads.emplace_back(worker);
  worker();
  for (std::thread& t : threads) t.join();
}

// Loads the configuration and spell checker of the files `which` (indices
// into `files`; all of them before any check starts: `setup` is not
// thread-safe, the setups it gives are immutable); prints problems and returns
// false when any is fatal (then some setups are null).
bool prepareAll(const std::vector<std::string>& files, const std::vector<std::size_t>& which, FileSetups& setup,
                std::vector<std::shared_ptr<const CheckSetup>>& setups) {
  std::vector<std::string> errors;
  setups.resize(files.size());
  for (const std::size_t i : which) setups[i] = setup.prepare(files[i], errors);
  if (files.empty()) setup.prepare(".", errors);  // still validate the configuration and the spelling language
  for (const std::string& warning : setup.takeWarnings())
    std::fprintf(stderr, "copydesk check: warning: %s\n", warning.c_str());
  for (const std::string& error : errors) std::fprintf(stderr, "%s\n", error.c_str());
  return errors.empty() && std::none_of(which.begin(), which.end(), [&](std::size_t i) { return !setups[i]; });
}

// --cache: the key of each file's setup (without opening a spell checker),
// then the findings of every file whose key and text are unchanged, in
// parallel. Returns the indices of the files left to check, or nullopt when a
// configuration is broken (printed).
std::optional<std::vector<std::size_t>> restoreAll(const std::vector<std::string>& files, const CheckRun& run,
                                                   FileSetups& setup, std::vector<CacheSlot>& slots,
                                                   std::vector<FileResult>& results, Progress& progress) {
  std::vector<std::string> errors;
  slots.resize(files.size());
  bool broken = false;
  for (std::size_t i = 0; i < files.size(); ++i) {
    const std::optional<FileSetups::Fingerprint> fingerprint = setup.fingerprint(files[i], errors);
    if (fingerprint) slots[i].setup = *fingerprint;
    else broken = true;
  }
  for (const std::string& error : errors) std::fprintf(stderr, "%s\n", error.c_str());
  if (broken) return std::nullopt;
  forEachInParallel(files.size(), workerCount(run.options, files.size()), [&](std::size_t i) {
    if (restoreFile(files[i], run, slots[i], results[i])) progress.fileDone(files[i]);
  });
  std::vector<std::size_t> left;
  for (std::size_t i = 0; i < files.size(); ++i)
    if (!slots[i].hit) left.push_back(i);
  return left;
}

// Stores what this run checked and writes the cache; says on stderr how many
// files came from it (the tests count on that line).
void updateCache(CheckCache& cache, const std::vector<FileResult>& results, std::vector<CacheSlot>& slots,
                 const std::string& path) {
  std::size_t hits = 0;
  for (std::size_t i = 0; i < results.size(); ++i) {
    CacheSlot& slot = slots[i];
    hits += slot.hit;
    if (slot.to_store) cache.store(results[i].path, slot.key, std::move(*slot.to_store));
    else if (!slot.hit) cache.forget(results[i].path);
  }
  std::fprintf(stderr, "copydesk check: cache: %zu of %zu files unchanged, %zu checked\n", hits, results.size(),
               results.size() - hits);
  std::string error;
  if (!cache.save(error))
    std::fprintf(stderr, "copydesk check: warning: cannot write the cache %s: %s\n", path.c_str(), error.c_str());
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
    case OutputFormat::Junit: writeJunit(results, out); break;
    case OutputFormat::Checkstyle: writeCheckstyle(results, out); break;
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

// --shard and --changed-since: keeps the files of this shard that changed;
// false (printed) when git cannot say what changed.
bool selectFiles(const CheckOptions& options, std::vector<std::string>& files, ChangedLines& changed) {
  keepShard(files, options.shard);
  if (options.changed_since.empty()) return true;
  std::string error;
  if (!changed.load(options.changed_since, error)) {
    std::fprintf(stderr, "copydesk check: %s\n", error.c_str());
    return false;
  }
  std::erase_if(files, [&](const std::string& file) { return !changed.of(file); });
  return true;
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
  std::vector<std::string>& files = walk.files;
  ChangedLines changed;
  if (!selectFiles(options, files, changed)) return 2;
  // Up to one hunspell instance per worker: the second one loads when two
  // threads first need hunspell at once (loading all of them at start gave no
  // measurable gain on 2 cores, where the workers already use both).
  options.setup.spelling.max_instances = workerCount(options, files.size());
  // Every finding of a check carries its suggestions: screen them all.
  options.setup.spelling.suggestion_index_at_open = true;
  FileSetups setup(options.setup);
  CheckRun run{options, outputStyle(options), options.changed_since.empty() ? nullptr : &changed, nullptr};
  std::vector<FileResult> results(files.size());
  Progress progress(files.size(), Progress::wanted());

  CheckCache cache;
  std::vector<CacheSlot> slots;
  std::vector<std::size_t> to_check(files.size());
  std::iota(to_check.begin(), to_check.end(), std::size_t{0});
  if (!options.cache_path.empty()) {
    if (const std::string warning = cache.load(options.cache_path, buildId()); !warning.empty())
      std::fprintf(stderr, "copydesk check: warning: %s\n", warning.c_str());
    run.cache = &cache;
    std::optional<std::vector<std::size_t>> left = restoreAll(files, run, setup, slots, results, progress);
    if (!left) return 2;
    to_check = std::move(*left);
  }
  std::vector<std::shared_ptr<const CheckSetup>> setups;
  if (!prepareAll(files, to_check, setup, setups)) return 2;
  forEachInParallel(to_check.size(), workerCount(options, to_check.size()), [&](std::size_t n) {
    const std::size_t i = to_check[n];
    results[i] = checkFile(files[i], run, *setups[i], slots.empty() ? nullptr : &slots[i]);
    progress.fileDone(files[i]);
  });
  progress.finish();
  if (run.cache) updateCache(cache, results, slots, options.cache_path);

  RunSummary summary;
  const bool failed = summarise(results, options.fail_on, summary);
  summary.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  if (!emit(render(results, summary, options), options.output_path)) return 2;
  return exitWithoutTeardown(summary.file_errors || !walk.errors.empty() ? 2 : failed ? 1 : 0);
}

}  // namespace copydesk::cli
