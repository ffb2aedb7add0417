#include "server/Scheduler.h"

#include <boost/asio/post.hpp>

namespace copydesk::server {

Scheduler::Scheduler() = default;

Scheduler::Scheduler(boost::asio::any_io_executor main, unsigned threads)
    : main_(std::move(main)), pool_(std::make_unique<boost::asio::thread_pool>(threads ? threads : 1)) {}

Scheduler::~Scheduler() { shutdown(); }

void Scheduler::runInPool(std::function<void()> work, std::function<void()> done) {
  if (!alive_->alive) return;
  if (!main_) {
    work();
    done();
    return;
  }
  // `alive` is only read on the main strand, where shutdown() writes it.
  boost::asio::post(*pool_, [work = std::move(work), done = std::move(done), main = *main_,
                             alive = std::weak_ptr<Alive>(alive_)]() mutable {
    work();
    boost::asio::post(main, [done = std::move(done), alive = std::move(alive)] {
      const auto guard = alive.lock();
      if (guard && guard->alive) done();
    });
  });
}

void Scheduler::post(std::function<void()> fn) {
  if (!alive_->alive) return;
  if (!main_) {
    fn();
    return;
  }
  boost::asio::post(*main_, [fn = std::move(fn), alive = std::weak_ptr<Alive>(alive_)] {
    const auto guard = alive.lock();
    if (guard && guard->alive) fn();
  });
}

void Scheduler::debounce(const std::string& key, std::chrono::milliseconds delay, std::function<void()> fn) {
  if (!alive_->alive) return;
  cancel(key);
  if (!main_) {
    fn();
    return;
  }
  if (delay.count() <= 0) {
    post(std::move(fn));
    return;
  }
  auto timer = std::make_shared<boost::asio::steady_timer>(*main_, delay);
  timers_[key] = timer;
  timer->async_wait([this, key, timer, fn = std::move(fn),
                     alive = std::weak_ptr<Alive>(alive_)](const boost::system::error_code& ec) {
    const auto guard = alive.lock();
    if (ec || !guard || !guard->alive) return;
    const auto it = timers_.find(key);
    if (it == timers_.end() || it->second != timer) return;  // superseded
    timers_.erase(it);
    fn();
  });
}

void Scheduler::cancel(const std::string& key) {
  const auto it = timers_.find(key);
  if (it == timers_.end()) return;
  it->second->cancel();
  timers_.erase(it);
}

void Scheduler::every(std::chrono::milliseconds period, std::function<void()> fn) {
  if (!main_ || !alive_->alive) return;
  periodic_ = std::make_shared<boost::asio::steady_timer>(*main_);
  arm(periodic_, period, std::move(fn));
}

void Scheduler::arm(std::shared_ptr<boost::asio::steady_timer> timer, std::chrono::milliseconds period,
                    std::function<void()> fn) {
  timer->expires_after(period);
  timer->async_wait([this, timer, period, fn = std::move(fn),
                     alive = std::weak_ptr<Alive>(alive_)](const boost::system::error_code& ec) mutable {
    const auto guard = alive.lock();
    if (ec || !guard || !guard->alive) return;
    fn();
    if (guard->alive) arm(timer, period, std::move(fn));
  });
}

void Scheduler::shutdown() {
  if (!alive_->alive) return;
  alive_->alive = false;
  for (auto& [key, timer] : timers_) timer->cancel();
  timers_.clear();
  if (periodic_) periodic_->cancel();
  if (pool_) {
    pool_->stop();
    pool_->join();
  }
}

}  // namespace copydesk::server
