// RE2::Set as a per-block prefilter.
#include "vale/support/Prefilter.h"

#include <re2/re2.h>
#include <re2/set.h>

#include <algorithm>

namespace copydesk::vale {

namespace {
RE2::Options setOptions() {
  RE2::Options options;
  options.set_log_errors(false);
  options.set_max_mem(64 << 20);  // the DFA of some hundred word lists
  return options;
}
}  // namespace

// Sets of a few patterns rather than one of all: the DFA of one set over a
// style's 30-odd patterns meets so many new states on prose that building
// them costs more than a pass per small set (on 40 corpus files with
// Microsoft: 704M instructions with one set, 668M with 16 patterns per set,
// 652M with 8, 643M with 4, 651M with 2).
constexpr int kPatternsPerSet = 4;

struct Prefilter::Set {
  std::vector<std::unique_ptr<RE2::Set>> sets;
  int size = 0;
};

Prefilter::Prefilter() : set_(std::make_unique<Set>()) {}
Prefilter::~Prefilter() = default;

int Prefilter::add(const std::string& source) {
  if (set_->size % kPatternsPerSet == 0)
    set_->sets.push_back(std::make_unique<RE2::Set>(setOptions(), RE2::UNANCHORED));
  if (set_->sets.back()->Add(source, nullptr) < 0) return -1;
  return set_->size++;
}

bool Prefilter::compile() {
  compiled_ = true;
  for (auto& set : set_->sets) compiled_ = compiled_ && set->Compile();
  return compiled_;
}

bool Prefilter::matching(std::string_view text, std::vector<int>& out) const {
  out.clear();
  if (!compiled_) return false;
  std::vector<int> found;
  for (std::size_t i = 0; i < set_->sets.size(); ++i) {
    RE2::Set::ErrorInfo error;
    if (!set_->sets[i]->Match(re2::StringPiece(text.data(), text.size()), &found, &error)) {
      if (error.kind != RE2::Set::kNoError) return false;
      continue;
    }
    for (int local : found) out.push_back(static_cast<int>(i) * kPatternsPerSet + local);
  }
  std::sort(out.begin(), out.end());
  return true;
}

}  // namespace copydesk::vale
