#pragma once
// Keeps the findings of every open document fresh, on the Scheduler.
//
//   changed(uri)     after didOpen/didChange: obsoletes running checks of the
//                    document (their cancel flag is set; if one finishes anyway
//                    its result is dropped), then, when pushing, (re)starts the
//                    debounce timer whose expiry checks and publishes.
//   whenFresh(uri)   the result for the document's current version and the
//                    workspace's current configuration generation: at once when
//                    known, otherwise right after a check that starts now (no
//                    debounce) — what pull diagnostics, code actions and hover use.
//   recheckAll()     after a configuration change.
//
// Staleness: a result is stored, published or handed to waiters only when its
// (version, generation) equals the document's current one on the main strand;
// otherwise it is dropped and waiters wait for a newer check. So a result for
// an old version is never published.
//
// Not thread-safe: main strand only (see Scheduler).
#include <atomic>
#include <chrono>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "server/DocumentStore.h"
#include "server/Logger.h"
#include "server/Scheduler.h"
#include "server/Workspace.h"

namespace copydesk::server {

// The file path of a document URI; untitled and other non-file URIs get a
// made-up path in `fallback_folder` so that configuration lookup still works.
std::string pathForUri(const std::string& uri, const std::string& fallback_folder);

class DocumentChecks {
 public:
  static constexpr std::size_t kDefaultMaxFileSize = std::size_t{10} << 20;
  // Null result: the document is closed or not checked.
  using Callback = std::function<void(std::shared_ptr<const CheckResult>)>;
  using Publish = std::function<void(const CheckResult&)>;

  struct Options {
    std::chrono::milliseconds debounce{150};
    bool push = true;
    // Larger documents are not checked: their diagnostics are one "file too
    // large, not checked" warning at 0:0 (setting maxFileSize).
    std::size_t max_file_size = kDefaultMaxFileSize;
    // Test hook, called on the worker before each check (may block).
    std::function<void(const std::string& uri, std::int64_t version)> before_check;
    // Called on the main strand after each fresh check (tracing).
    std::function<void(const CheckResult&)> checked;
    // Called on the main strand after the workspace was asked for a setup
    // (which may have loaded configuration and produced reports).
    std::function<void()> after_setup;
  };

  DocumentChecks(DocumentStore& store, Workspace& workspace, Scheduler& scheduler, Logger& logger, Options options,
                 Publish publish);

  void setPush(bool push) { options_.push = push; }
  bool pushing() const { return options_.push; }
  void setDebounce(std::chrono::milliseconds debounce) { options_.debounce = debounce; }
  void setMaxFileSize(std::size_t bytes) { options_.max_file_size = bytes; }
  std::size_t maxFileSize() const { return options_.max_file_size; }

  void changed(const std::string& uri);
  // didOpen of a URI that may have been open before (a re-open can reuse a
  // version number with a different text): forgets the stored result first.
  void opened(const std::string& uri);
  void closed(const std::string& uri);
  void recheckAll();
  void whenFresh(const std::string& uri, Callback callback);

  // The last stored result (possibly for an older version); null when none.
  std::shared_ptr<const CheckResult> latest(const std::string& uri) const;
  // Checks started so far (tests and statistics).
  std::uint64_t checksStarted() const { return started_; }

 private:
  struct Running {
    std::int64_t version = 0;
    std::uint64_t generation = 0;
    std::shared_ptr<std::atomic<bool>> cancel;
  };
  struct State {
    std::shared_ptr<const CheckResult> result;
    std::optional<Running> running;  // the newest check started
    std::vector<Callback> waiters;
    std::optional<std::pair<std::int64_t, std::uint64_t>> published;
    std::uint64_t epoch = 0;  // new for each didOpen: versions restart
    // Findings per paragraph, so an edit re-checks only what it touched;
    // dropped with the state when the document closes or is opened again.
    std::shared_ptr<DocumentSession> session = std::make_shared<DocumentSession>();
  };

  bool isFresh(const State& state, const OpenDocument& doc) const;
  void start(const std::string& uri);
  void finished(const std::string& uri, std::shared_ptr<const CheckResult> result, std::int64_t version,
                std::uint64_t generation, std::uint64_t epoch);
  void publishIfNew(State& state, const CheckResult& result);

  DocumentStore& store_;
  Workspace& workspace_;
  Scheduler& scheduler_;
  Logger& logger_;
  Options options_;
  Publish publish_;
  std::map<std::string, State> states_;
  std::uint64_t started_ = 0;
  std::uint64_t epochs_ = 0;
};

}  // namespace copydesk::server
