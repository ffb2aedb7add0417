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

struct Prefilter::Set {
  RE2::Set set{setOptions(), RE2::UNANCHORED};
};

Prefilter::Prefilter() : set_(std::make_unique<Set>()) {}
Prefilter::~Prefilter() = default;

int Prefilter::add(const std::string& source) { return set_->set.Add(source, nullptr); }

bool Prefilter::compile() { return compiled_ = set_->set.Compile(); }

bool Prefilter::matching(std::string_view text, std::vector<int>& out) const {
  out.clear();
  if (!compiled_) return false;
  RE2::Set::ErrorInfo error;
  if (!set_->set.Match(re2::StringPiece(text.data(), text.size()), &out, &error)) {
    if (error.kind != RE2::Set::kNoError) return false;
    out.clear();
  }
  std::sort(out.begin(), out.end());
  return true;
}

}  // namespace copydesk::vale
