#pragma once
// Where the server's work runs.
//
// Asynchronous mode (the real server): the main executor is a single-threaded
// io_context, which makes it the "main strand" that owns all server state;
// checks run on a small boost::asio::thread_pool and their completions are
// posted back to the main executor; per-key debounce timers are
// steady_timers on the main executor.
//
// Synchronous mode (tests, fuzzing, benchmarks): no pool, no timers; work and
// its completion run inline on the calling thread and a debounce fires at once,
// so an in-process conversation is deterministic.
//
// Thread-safety: every member is called from the main strand; the work passed
// to runInPool() runs on a pool thread and must only touch what it captured.
#include <chrono>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>

#include <boost/asio/any_io_executor.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/thread_pool.hpp>

namespace copydesk::server {

class Scheduler {
 public:
  // Synchronous mode.
  Scheduler();
  // Asynchronous mode: `threads` pool threads (at least 1).
  Scheduler(boost::asio::any_io_executor main, unsigned threads);
  ~Scheduler();
  Scheduler(const Scheduler&) = delete;
  Scheduler& operator=(const Scheduler&) = delete;

  bool synchronous() const { return !main_; }

  // Runs `work` on the pool, then `done` on the main strand (inline in
  // synchronous mode). Dropped silently after shutdown().
  void runInPool(std::function<void()> work, std::function<void()> done);
  // Runs `fn` on the main strand later (inline in synchronous mode).
  void post(std::function<void()> fn);
  // (Re)starts the timer of `key`: `fn` runs on the main strand after `delay`
  // unless the key is debounced again or cancelled first. Zero delay or
  // synchronous mode: runs now (inline) / at once (posted).
  void debounce(const std::string& key, std::chrono::milliseconds delay, std::function<void()> fn);
  void cancel(const std::string& key);
  // Calls `fn` on the main strand every `period` until shutdown(); no-op in synchronous mode.
  void every(std::chrono::milliseconds period, std::function<void()> fn);

  // Cancels timers, stops accepting work and waits for running pool work.
  void shutdown();

 private:
  struct Alive {
    bool alive = true;
  };
  void arm(std::shared_ptr<boost::asio::steady_timer> timer, std::chrono::milliseconds period,
           std::function<void()> fn);

  std::optional<boost::asio::any_io_executor> main_;
  std::unique_ptr<boost::asio::thread_pool> pool_;
  std::map<std::string, std::shared_ptr<boost::asio::steady_timer>> timers_;
  std::shared_ptr<boost::asio::steady_timer> periodic_;
  std::shared_ptr<Alive> alive_ = std::make_shared<Alive>();
};

}  // namespace copydesk::server
