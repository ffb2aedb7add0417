// RE2 first; PCRE2 with JIT for what RE2 rejects (look-arounds), bounded.
#define PCRE2_CODE_UNIT_WIDTH 8
#include "vale/ValePattern.h"

#include <pcre2.h>
#include <re2/re2.h>

namespace copydesk::vale {

namespace {

// Bounds for a PCRE2 search: enough for any sane rule on a long paragraph,
// small enough that a catastrophic pattern gives up within milliseconds.
constexpr std::uint32_t kMatchLimit = 200'000;
constexpr std::uint32_t kDepthLimit = 2'000;

std::size_t nextCodePoint(std::string_view text, std::size_t i) {
  ++i;
  while (i < text.size() && (static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) ++i;
  return i;
}

}  // namespace

struct Pattern::Engines {
  std::unique_ptr<RE2> re2;
  pcre2_code* pcre = nullptr;
  pcre2_match_context* context = nullptr;
  bool jit = false;
  ~Engines() {
    if (context) pcre2_match_context_free(context);
    if (pcre) pcre2_code_free(pcre);
  }
};

Pattern::~Pattern() = default;

std::shared_ptr<const Pattern> Pattern::compile(const std::string& source, std::string& error) {
  std::shared_ptr<Pattern> pattern(new Pattern());
  pattern->source_ = source;
  pattern->engines_ = std::make_unique<Engines>();
  RE2::Options options;
  options.set_log_errors(false);
  auto re2 = std::make_unique<RE2>(source, options);
  if (re2->ok()) {
    pattern->groups_ = re2->NumberOfCapturingGroups();
    pattern->engines_->re2 = std::move(re2);
    return pattern;
  }
  int code = 0;
  PCRE2_SIZE offset = 0;
  pcre2_code* pcre = pcre2_compile(reinterpret_cast<PCRE2_SPTR>(source.data()), source.size(),
                                   PCRE2_UTF | PCRE2_UCP | PCRE2_MATCH_INVALID_UTF, &code, &offset, nullptr);
  if (!pcre) {
    PCRE2_UCHAR buffer[256];
    pcre2_get_error_message(code, buffer, sizeof buffer);
    error = "RE2: " + re2->error() + "; PCRE2 at offset " + std::to_string(offset) + ": " +
            reinterpret_cast<const char*>(buffer);
    return nullptr;
  }
  Engines& engines = *pattern->engines_;
  engines.pcre = pcre;
  engines.jit = pcre2_jit_compile(pcre, PCRE2_JIT_COMPLETE) == 0;
  engines.context = pcre2_match_context_create(nullptr);
  pcre2_set_match_limit(engines.context, kMatchLimit);
  pcre2_set_depth_limit(engines.context, kDepthLimit);
  std::uint32_t count = 0;
  pcre2_pattern_info(pcre, PCRE2_INFO_CAPTURECOUNT, &count);
  pattern->groups_ = static_cast<int>(count);
  pattern->engine_ = PatternEngine::Pcre2;
  return pattern;
}

int Pattern::namedGroup(std::string_view name) const {
  if (engines_->re2) {
    const auto& names = engines_->re2->NamedCapturingGroups();
    const auto it = names.find(std::string(name));
    return it == names.end() ? -1 : it->second;
  }
  const int number =
      pcre2_substring_number_from_name(engines_->pcre, reinterpret_cast<PCRE2_SPTR>(std::string(name).c_str()));
  return number < 0 ? -1 : number;
}

SearchResult Pattern::search(std::string_view text, std::size_t from, PatternMatch& match) const {
  const std::size_t groups = static_cast<std::size_t>(groups_) + 1;
  match.groups.assign(groups, {});
  if (from > text.size()) return SearchResult::NotFound;
  if (engines_->re2) {
    // Bounds first (RE2's DFA), then the groups of that one match only: asking
    // for groups in the search itself would run the slower NFA over the text.
    const re2::StringPiece whole(text.data(), text.size());
    std::vector<re2::StringPiece> found(groups);
    if (!engines_->re2->Match(whole, from, text.size(), RE2::UNANCHORED, found.data(), 1))
      return SearchResult::NotFound;
    if (groups > 1) {
      const std::size_t begin = static_cast<std::size_t>(found[0].data() - text.data());
      engines_->re2->Match(whole, begin, begin + found[0].size(), RE2::ANCHOR_BOTH, found.data(),
                           static_cast<int>(groups));
    }
    for (std::size_t i = 0; i < groups; ++i) {
      if (!found[i].data()) continue;
      match.groups[i].begin = static_cast<std::size_t>(found[i].data() - text.data());
      match.groups[i].end = match.groups[i].begin + found[i].size();
    }
    return SearchResult::Found;
  }
  pcre2_match_data* data = pcre2_match_data_create_from_pattern(engines_->pcre, nullptr);
  const int rc = pcre2_match(engines_->pcre, reinterpret_cast<PCRE2_SPTR>(text.data()), text.size(), from, 0, data,
                             engines_->context);
  SearchResult result = SearchResult::NotFound;
  if (rc > 0) {
    const PCRE2_SIZE* ovector = pcre2_get_ovector_pointer(data);
    for (std::size_t i = 0; i < groups && i < static_cast<std::size_t>(rc); ++i) {
      if (ovector[2 * i] == PCRE2_UNSET) continue;
      match.groups[i] = {ovector[2 * i], ovector[2 * i + 1]};
    }
    result = SearchResult::Found;
  } else if (rc != PCRE2_ERROR_NOMATCH) {
    result = SearchResult::LimitHit;  // match or depth limit, JIT stack: give up on this text
  }
  pcre2_match_data_free(data);
  return result;
}

bool Pattern::contains(std::string_view text) const {
  if (engines_->re2) return RE2::PartialMatch(re2::StringPiece(text.data(), text.size()), *engines_->re2);
  PatternMatch match;
  return search(text, 0, match) == SearchResult::Found;
}

std::vector<PatternMatch> Pattern::findAll(std::string_view text, bool* limit_hit) const {
  std::vector<PatternMatch> all;
  std::size_t pos = 0;
  PatternMatch match;
  while (pos <= text.size()) {
    const SearchResult result = search(text, pos, match);
    if (result == SearchResult::LimitHit && limit_hit) *limit_hit = true;
    if (result != SearchResult::Found) break;
    if (match.end() == match.begin()) {
      pos = nextCodePoint(text, match.begin());
      continue;
    }
    pos = match.end();
    all.push_back(match);
  }
  return all;
}

}  // namespace copydesk::vale
