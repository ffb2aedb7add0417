#include "server/DocumentChecks.h"

#include <exception>
#include <filesystem>

#include "protocol/Uri.h"

namespace copydesk::server {

std::string pathForUri(const std::string& uri, const std::string& fallback_folder) {
  if (auto path = protocol::fileUriToPath(uri)) return *path;
  std::string name = uri.substr(uri.find_last_of("/:") + 1);
  if (name.empty()) name = "untitled";
  std::error_code ec;
  const std::filesystem::path folder =
      fallback_folder.empty() ? std::filesystem::current_path(ec) : std::filesystem::path(fallback_folder);
  return (folder / name).string();
}

DocumentChecks::DocumentChecks(DocumentStore& store, Workspace& workspace, Scheduler& scheduler, Logger& logger,
                               Options options, Publish publish)
    : store_(store), workspace_(workspace), scheduler_(scheduler), logger_(logger), options_(std::move(options)),
      publish_(std::move(publish)) {}

bool DocumentChecks::isFresh(const State& state, const OpenDocument& doc) const {
  return state.result && state.result->version == doc.version && state.result->generation == workspace_.generation();
}

void DocumentChecks::changed(const std::string& uri) {
  State& state = states_[uri];
  if (state.running) state.running->cancel->store(true, std::memory_order_relaxed);  // obsolete now
  if (!options_.push) return;
  scheduler_.debounce(uri, options_.debounce, [this, uri] {
    const OpenDocument* doc = store_.find(uri);
    if (!doc) return;
    State& current = states_[uri];
    if (isFresh(current, *doc)) publishIfNew(current, *current.result);
    else start(uri);
  });
}

void DocumentChecks::opened(const std::string& uri) {
  State& state = states_[uri];
  if (state.running) state.running->cancel->store(true, std::memory_order_relaxed);
  state.running.reset();  // a late result fails the version check or is simply not matched
  state.result.reset();
  state.published.reset();
  state.session = std::make_shared<DocumentSession>();
  state.epoch = ++epochs_;
  // Opening a document is not typing: it is checked at once, without the
  // debounce that waits for the end of a burst of keystrokes.
  scheduler_.cancel(uri);
  if (options_.push || !state.waiters.empty()) start(uri);
}

void DocumentChecks::closed(const std::string& uri) {
  scheduler_.cancel(uri);
  const auto it = states_.find(uri);
  if (it == states_.end()) return;
  if (it->second.running) it->second.running->cancel->store(true, std::memory_order_relaxed);
  std::vector<Callback> waiters = std::move(it->second.waiters);
  states_.erase(it);
  for (Callback& waiter : waiters) waiter(nullptr);
}

void DocumentChecks::recheckAll() {
  for (const std::string& uri : store_.uris()) {
    State& state = states_[uri];
    if (state.running) state.running->cancel->store(true, std::memory_order_relaxed);
    if (options_.push) {
      scheduler_.cancel(uri);
      start(uri);
    }
  }
}

void DocumentChecks::whenFresh(const std::string& uri, Callback callback) {
  const OpenDocument* doc = store_.find(uri);
  if (!doc) {
    callback(nullptr);
    return;
  }
  State& state = states_[uri];
  if (isFresh(state, *doc)) {
    callback(state.result);
    return;
  }
  state.waiters.push_back(std::move(callback));
  start(uri);
}

std::shared_ptr<const CheckResult> DocumentChecks::latest(const std::string& uri) const {
  const auto it = states_.find(uri);
  return it == states_.end() ? nullptr : it->second.result;
}

void DocumentChecks::start(const std::string& uri) {
  const OpenDocument* doc = store_.find(uri);
  if (!doc) return;
  State& state = states_[uri];
  const std::string path = pathForUri(uri, workspace_.root());
  const FormatInfo* format = formatForDocument(doc->language_id, path);
  if (!format) {
    std::vector<Callback> waiters = std::move(state.waiters);
    state.waiters.clear();
    for (Callback& waiter : waiters) waiter(nullptr);
    return;
  }
  const std::uint64_t generation = workspace_.generation();
  if (state.running && state.running->version == doc->version && state.running->generation == generation &&
      !state.running->cancel->load(std::memory_order_relaxed))
    return;  // already on its way
  if (state.running) state.running->cancel->store(true, std::memory_order_relaxed);
  auto cancel = std::make_shared<std::atomic<bool>>(false);
  state.running = Running{doc->version, generation, cancel};

  auto input = std::make_shared<CheckInput>();
  input->uri = uri;
  input->path = path;
  if (doc->text().size() > options_.max_file_size) {
    input->too_large = doc->text().size();
    input->max_file_size = options_.max_file_size;
  } else {
    input->text = doc->content;  // shared, not copied
    input->history = store_.historySince(uri, state.session->lastTextId());
  }
  input->format = format->format;
  input->version = doc->version;
  input->generation = generation;
  input->setup = workspace_.setupFor(path);
  input->session = state.session;
  if (options_.after_setup) options_.after_setup();
  ++started_;
  auto output = std::make_shared<std::shared_ptr<const CheckResult>>();
  scheduler_.runInPool(
      [input, cancel, output, hook = options_.before_check, &logger = logger_] {
        try {
          if (hook) hook(input->uri, input->version);
          *output = Workspace::check(*input, cancel.get());
        } catch (const std::exception& e) {
          logger.error("checking {} (version {}) failed: {}", input->uri, input->version, e.what());
          *output = Workspace::failedCheck(*input, e.what());
        }
      },
      [this, uri, output, version = input->version, generation, epoch = state.epoch] {
        finished(uri, *output, version, generation, epoch);
      });
}

void DocumentChecks::finished(const std::string& uri, std::shared_ptr<const CheckResult> result, std::int64_t version,
                              std::uint64_t generation, std::uint64_t epoch) {
  const auto it = states_.find(uri);
  if (it == states_.end()) return;  // closed meanwhile
  State& state = it->second;
  const bool same_open = epoch == state.epoch;  // not from before a re-open
  if (same_open && state.running && state.running->version == version && state.running->generation == generation)
    state.running.reset();
  const OpenDocument* doc = store_.find(uri);
  if (!doc) return;
  const bool fresh = same_open && result && version == doc->version && generation == workspace_.generation();
  if (!fresh) {
    logger_.debug("dropped the check of {} version {} (now version {})", uri, version, doc->version);
    if (!state.waiters.empty() && !state.running) start(uri);
    return;
  }
  logger_.debug("checked {} version {}: {} findings in {:.1f} ms", uri, version, result->findings.size(),
                result->milliseconds);
  state.result = result;
  if (options_.checked) options_.checked(*result);
  if (options_.push) publishIfNew(state, *result);
  std::vector<Callback> waiters = std::move(state.waiters);
  state.waiters.clear();
  for (Callback& waiter : waiters) waiter(result);
}

void DocumentChecks::publishIfNew(State& state, const CheckResult& result) {
  const std::pair<std::int64_t, std::uint64_t> key{result.version, result.generation};
  if (state.published == key) return;
  state.published = key;
  publish_(result);
}

}  // namespace copydesk::server
