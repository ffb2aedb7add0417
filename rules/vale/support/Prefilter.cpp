// RE2::Set as a per-block prefilter.
#include "vale/support/Prefilter.h"

#include <re2/re2.h>
#include <re2/set.h>

#include <algorithm>

namespace copydesk::vale {

namespace {
// Whether `source` can match text of any length (*, +, {n,} outside a class).
bool unbounded(std::string_view source) {
  bool in_class = false;
  for (std::size_t i = 0; i < source.size(); ++i) {
    const char c = source[i];
    if (c == '\\') ++i;
    else if (in_class) in_class = c != ']';
    else if (c == '[') in_class = true;
    else if (c == '*' || c == '+') return true;
    else if (c == '{') {
      const std::size_t digits_end = source.find_first_not_of("0123456789", i + 1);
      if (digits_end != std::string_view::npos && digits_end > i + 1 && source.substr(digits_end, 2) == ",}") return true;
    }
  }
  return false;
}

RE2::Options setOptions() {
  RE2::Options options;
  options.set_log_errors(false);
  options.set_max_mem(64 << 20);  // the DFA of some hundred word lists
  return options;
}
}  // namespace

// Two sets: one of the patterns that match bounded text (word lists, dates:
// their DFA is about a trie, however many join), one of the others (classes
// under repetition, "[\w]+ed", "[^\s,]+,", whose states multiply those of
// the word lists). A pass over a block costs about the same whatever its set
// holds, once the DFA has met the text's states. (Microsoft on the corpus:
// 14.0 G instructions with sets of 4 patterns in file order, 12.8 G with one
// set of all, 12.6 G with these two, 12.1 G with the RE2 relaxations of the
// PCRE2 patterns in them too.)
struct Prefilter::Set {
  bool unbounded = false;
  std::unique_ptr<RE2::Set> set;
  std::vector<int> indices;  // of its patterns, by their index in the set
};

Prefilter::Prefilter() = default;
Prefilter::~Prefilter() = default;

int Prefilter::add(const std::string& source) {
  const bool shape = unbounded(source);
  auto same = std::find_if(sets_.begin(), sets_.end(), [&](const Set& set) { return set.unbounded == shape; });
  if (same == sets_.end())
    same = sets_.insert(sets_.end(), Set{shape, std::make_unique<RE2::Set>(setOptions(), RE2::UNANCHORED), {}});
  if (same->set->Add(source, nullptr) < 0) return -1;
  same->indices.push_back(size_);
  return size_++;
}

bool Prefilter::compile() {
  compiled_ = true;
  for (Set& set : sets_) compiled_ = compiled_ && set.set->Compile();
  return compiled_;
}

bool Prefilter::matching(std::string_view text, std::vector<int>& out) const {
  out.clear();
  if (!compiled_) return false;
  std::vector<int> found;
  for (const Set& set : sets_) {
    RE2::Set::ErrorInfo error;
    if (!set.set->Match(re2::StringPiece(text.data(), text.size()), &found, &error)) {
      if (error.kind != RE2::Set::kNoError) return false;
      continue;
    }
    for (int local : found) out.push_back(set.indices[static_cast<std::size_t>(local)]);
  }
  std::sort(out.begin(), out.end());
  return true;
}

}  // namespace copydesk::vale
