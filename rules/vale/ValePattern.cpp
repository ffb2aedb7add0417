// RE2 first; PCRE2 with JIT for what RE2 rejects (look-arounds), bounded.
#define PCRE2_CODE_UNIT_WIDTH 8
#include "vale/ValePattern.h"

#include <pcre2.h>
#include <re2/re2.h>

#include <array>

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

// The index of the ')' that closes the group `i` is in (or source.size()).
std::size_t groupEnd(std::string_view source, std::size_t i) {
  int depth = 0;
  bool in_class = false;
  for (; i < source.size(); ++i) {
    const char c = source[i];
    if (c == '\\') {
      ++i;
    } else if (in_class) {
      in_class = c != ']';
    } else if (c == '[') {
      in_class = true;
    } else if (c == '(') {
      ++depth;
    } else if (c == ')' && depth-- == 0) {
      return i;
    }
  }
  return source.size();
}

// Whether a match ends wherever it reaches `i` (just after a look-ahead):
// only other alternatives and the ends of unrepeated groups follow.
bool matchEndsAt(std::string_view source, std::size_t i) {
  while (i < source.size()) {
    if (source[i] == '|') {
      i = groupEnd(source, i);
    } else if (source[i] == ')') {
      if (++i < source.size() && std::string_view("*+?{").find(source[i]) != std::string_view::npos) return false;
    } else {
      return false;
    }
  }
  return true;
}

// `source` without its look-arounds: a pattern that matches wherever the
// original does (dropping a look-around only drops a condition), so that RE2
// can rule text out before PCRE2 has to look at it. A look-ahead where a
// match ends is kept as text to match ("I(?=\s)" -> "I(?:\s)": it holds
// wherever the original matches, and rules out far more). Empty when unsure.
std::string withoutLookarounds(std::string_view source) {
  std::string out;
  bool in_class = false;
  for (std::size_t i = 0; i < source.size(); ++i) {
    const char c = source[i];
    if (c == '\\' && i + 1 < source.size()) {
      out += c;
      out += source[++i];
      continue;
    }
    if (in_class) {
      in_class = c != ']';
      out += c;
      continue;
    }
    if (c == '[') in_class = true;
    const std::string_view rest = source.substr(i);
    const bool lookahead = rest.starts_with("(?=");
    if (!lookahead && !rest.starts_with("(?!") && !rest.starts_with("(?<=") && !rest.starts_with("(?<!")) {
      out += c;
      continue;
    }
    const std::size_t close = groupEnd(source, i + 1);
    if (close == source.size()) return {};
    if (lookahead && matchEndsAt(source, close + 1)) {
      const std::string_view inner = source.substr(i + 3, close - i - 3);
      const std::string kept = withoutLookarounds(inner);
      if (!kept.empty() || inner.empty()) out += "(?:" + kept + ")";
    }
    i = close;
  }
  return out;
}

constexpr std::array<bool, 256> kAsciiWordBytes = [] {
  std::array<bool, 256> bytes{};
  for (int c = 0; c < 256; ++c)
    bytes[static_cast<std::size_t>(c)] =
        (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_';
  return bytes;
}();

bool asciiWordByte(char c) { return kAsciiWordBytes[static_cast<unsigned char>(c)]; }

// Whether `source` (without groups) is a word token: \w+, alone or between
// \b's, case-sensitive ((?i) adds the Kelvin sign and the long s to \w).
// RE2's \w and \b are then ASCII, so from the start of a text
// its matches are exactly the runs of ASCII word bytes, found here without
// asking RE2 once per word (occurrence rules count words so:
// Microsoft.SentenceLength).
bool isAsciiWordRun(std::string_view source) {
  if (source.starts_with("(?m)")) source.remove_prefix(4);
  static constexpr std::string_view kForms[] = {"\\w+",           "\\b\\w+\\b",     "(?:\\w+)",
                                                "(?:\\b\\w+\\b)", "\\b(?:\\w+)\\b", "(?:\\b(?:\\w+)\\b)"};
  for (std::string_view form : kForms)
    if (source == form) return true;
  return false;
}

}  // namespace

struct Pattern::Engines {
  std::unique_ptr<RE2> re2;
  std::unique_ptr<RE2> prefilter;  // PCRE2 patterns: RE2 without the look-arounds (may be null)
  pcre2_code* pcre = nullptr;
  // The same pattern compiled anchored, for the searches at the places the
  // prefilter names: PCRE2's JIT does not take PCRE2_ANCHORED at match time
  // (the interpreter would run instead), only at compile time.
  pcre2_code* anchored = nullptr;
  pcre2_match_context* context = nullptr;
  bool jit = false;
  bool ascii_word_runs = false;  // see isAsciiWordRun
  ~Engines() {
    if (context) pcre2_match_context_free(context);
    if (anchored) pcre2_code_free(anchored);
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
    pattern->engines_->ascii_word_runs = pattern->groups_ == 0 && isAsciiWordRun(source);
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
  if (const std::string relaxed = withoutLookarounds(source); !relaxed.empty()) {
    auto prefilter = std::make_unique<RE2>(relaxed, options);
    if (prefilter->ok()) engines.prefilter = std::move(prefilter);
  }
  if (engines.prefilter && engines.jit) {
    engines.anchored =
        pcre2_compile(reinterpret_cast<PCRE2_SPTR>(source.data()), source.size(),
                      PCRE2_UTF | PCRE2_UCP | PCRE2_MATCH_INVALID_UTF | PCRE2_ANCHORED, &code, &offset, nullptr);
    if (engines.anchored && pcre2_jit_compile(engines.anchored, PCRE2_JIT_COMPLETE) != 0) {
      pcre2_code_free(engines.anchored);
      engines.anchored = nullptr;
    }
  }
  return pattern;
}

const std::string& Pattern::re2Source() const {
  static const std::string kNone;
  if (engines_->re2) return source_;
  return engines_->prefilter ? engines_->prefilter->pattern() : kNone;
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

SearchResult Pattern::search(std::string_view text, std::size_t from, PatternMatch& match, Captures captures) const {
  match.groups.assign(static_cast<std::size_t>(groups_) + 1, {});
  const std::size_t groups = captures == Captures::All ? match.groups.size() : 1;
  if (from > text.size()) return SearchResult::NotFound;
  if (engines_->re2) {
    // Bounds first (RE2's DFA), then the groups of that one match only: asking
    // for groups in the search itself would run the slower NFA over the text.
    const re2::StringPiece whole(text.data(), text.size());
    // On the stack for the usual few groups: this runs once per match.
    std::array<re2::StringPiece, 8> few;
    std::vector<re2::StringPiece> many(groups > few.size() ? groups : 0);
    re2::StringPiece* const found = groups > few.size() ? many.data() : few.data();
    if (!engines_->re2->Match(whole, from, text.size(), RE2::UNANCHORED, found, 1)) return SearchResult::NotFound;
    if (groups > 1) {
      const std::size_t begin = static_cast<std::size_t>(found[0].data() - text.data());
      engines_->re2->Match(whole, begin, begin + found[0].size(), RE2::ANCHOR_BOTH, found, static_cast<int>(groups));
    }
    for (std::size_t i = 0; i < groups; ++i) {
      if (!found[i].data()) continue;
      match.groups[i].begin = static_cast<std::size_t>(found[i].data() - text.data());
      match.groups[i].end = match.groups[i].begin + found[i].size();
    }
    return SearchResult::Found;
  }
  if (!engines_->prefilter) return searchPcre2(text, from, 0, match);
  // Only where the pattern without its look-arounds starts a match can the
  // pattern itself start one: PCRE2 is asked, anchored, at those places alone.
  const re2::StringPiece whole(text.data(), text.size());
  re2::StringPiece candidate;
  std::size_t pos = from;
  while (pos <= text.size() && engines_->prefilter->Match(whole, pos, text.size(), RE2::UNANCHORED, &candidate, 1)) {
    const std::size_t start = static_cast<std::size_t>(candidate.data() - text.data());
    const SearchResult result = searchPcre2(text, start, PCRE2_ANCHORED, match);
    if (result != SearchResult::NotFound) return result;
    if (start >= text.size()) break;
    pos = nextCodePoint(text, start);
  }
  return SearchResult::NotFound;
}

SearchResult Pattern::searchPcre2(std::string_view text, std::size_t from, std::uint32_t options,
                                  PatternMatch& match) const {
  const std::size_t groups = static_cast<std::size_t>(groups_) + 1;
  match.groups.assign(groups, {});
  pcre2_code* code = engines_->pcre;
  if ((options & PCRE2_ANCHORED) && engines_->anchored) {
    code = engines_->anchored;
    options &= ~PCRE2_ANCHORED;
  }
  pcre2_match_data* data = pcre2_match_data_create_from_pattern(code, nullptr);
  const int rc =
      pcre2_match(code, reinterpret_cast<PCRE2_SPTR>(text.data()), text.size(), from, options, data, engines_->context);
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

template <class Found>
void Pattern::forEachMatch(std::string_view text, bool* limit_hit, Captures captures, Found found) const {
  PatternMatch match;
  if (engines_->ascii_word_runs) {
    for (std::size_t i = 0; i < text.size();) {
      if (!asciiWordByte(text[i])) {
        ++i;
        continue;
      }
      const std::size_t begin = i;
      while (i < text.size() && asciiWordByte(text[i])) ++i;
      match.groups.assign(1, {begin, i});  // no allocation after the first
      found(match);
    }
    return;
  }
  std::size_t pos = 0;
  while (pos <= text.size()) {
    const SearchResult result = search(text, pos, match, captures);
    if (result == SearchResult::LimitHit && limit_hit) *limit_hit = true;
    if (result != SearchResult::Found) break;
    if (match.end() == match.begin()) {
      pos = nextCodePoint(text, match.begin());
      continue;
    }
    pos = match.end();
    found(match);
  }
}

std::vector<PatternMatch> Pattern::findAll(std::string_view text, bool* limit_hit, Captures captures) const {
  std::vector<PatternMatch> all;
  forEachMatch(text, limit_hit, captures, [&](const PatternMatch& match) { all.push_back(match); });
  return all;
}

std::size_t Pattern::count(std::string_view text, PatternMatch& first, bool* limit_hit) const {
  if (engines_->ascii_word_runs) {  // the runs of word bytes counted, no match built for each
    std::size_t n = 0;
    bool in_word = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
      const bool word = asciiWordByte(text[i]);
      if (word && !in_word && n++ == 0) {
        std::size_t end = i;
        while (end < text.size() && asciiWordByte(text[end])) ++end;
        first.groups.assign(1, {i, end});
      }
      in_word = word;
    }
    return n;
  }
  std::size_t n = 0;
  forEachMatch(text, limit_hit, Captures::WholeMatch, [&](const PatternMatch& match) {
    if (n++ == 0) first = match;
  });
  return n;
}

}  // namespace copydesk::vale
