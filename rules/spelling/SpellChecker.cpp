#include "spelling/SpellChecker.h"

#include <hunspell/hunspell.hxx>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <thread>
#include <tuple>

#include "nlp/SpellingVariants.h"
#include "spelling/SpellingLists.h"
#include "spelling/support/EditDistance.h"
#include "text/EmbeddedData.h"
#include "text/Hash.h"
#include "text/Utf.h"

COPYDESK_EMBEDDED(spelling_technical_words_txt)
COPYDESK_EMBEDDED(spelling_common_words_txt)

namespace copydesk {

namespace fs = std::filesystem;

const WordList& technicalVocabulary() {
  static const WordList list = WordList::fromLines(data::spelling_technical_words_txt);
  return list;
}

namespace {

std::vector<std::string> searchDirs(const SpellingOptions& options) {
  std::vector<std::string> dirs = options.dictionary_dirs;
  if (const char* env = std::getenv("DICPATH")) {
    std::string_view rest = env;
    while (!rest.empty()) {
      const std::size_t colon = rest.find(':');
      if (colon != 0) dirs.emplace_back(rest.substr(0, colon));
      if (colon == std::string_view::npos) break;
      rest.remove_prefix(colon + 1);
    }
  }
  dirs.emplace_back(COPYDESK_DEFAULT_DICTIONARY_DIR);
  dirs.emplace_back("/usr/share/hunspell");
  dirs.emplace_back("/usr/share/myspell/dicts");
  return dirs;
}

// Hunspell's en_US data knows only the straight apostrophe.
std::string normalizeApostrophes(std::string_view word) {
  std::string out;
  out.reserve(word.size());
  for (std::size_t i = 0; i < word.size(); ++i) {
    if (word.compare(i, 3, "\xE2\x80\x99") == 0) {
      out.push_back('\'');
      i += 2;
    } else {
      out.push_back(word[i]);
    }
  }
  return out;
}

const WordList& commonWords() {
  static const WordList list = WordList::fromLines(data::spelling_common_words_txt);
  return list;
}

// The REP table of a hunspell .aff file: common misspellings as
// replacements ("REP shun tion"); '_' stands for a space, a leading '^' or a
// trailing '$' anchors the pattern at the start or end of the word.
std::vector<std::pair<std::string, std::string>> readReplacements(const std::string& aff_path) {
  std::vector<std::pair<std::string, std::string>> out;
  std::ifstream in(aff_path, std::ios::binary);
  std::string line;
  while (std::getline(in, line)) {
    if (line.rfind("REP ", 0) != 0) continue;
    std::istringstream fields(line.substr(4));
    std::string from, to;
    if (!(fields >> from >> to)) continue;  // the count line
    for (char& c : to) c = c == '_' ? ' ' : c;
    for (char& c : from) c = c == '_' ? ' ' : c;
    out.emplace_back(std::move(from), std::move(to));
  }
  return out;
}

}  // namespace

bool isCommonWord(std::string_view word) { return commonWords().contains(word); }

namespace {

// Hunspell's order is a weak signal: put the closest suggestions first, then
// swapped letters (the most common typing slip), then common words. Splits
// ("con census") go last unless the word itself had a space or hyphen.
std::vector<std::string> rankSuggestions(std::string_view word, std::vector<std::string> suggestions) {
  const bool word_has_split = word.find_first_of(" -") != std::string_view::npos;
  struct Ranked {
    std::string text;
    int split, distance, not_anagram, not_common;
    std::size_t order;
  };
  std::vector<Ranked> ranked;
  for (std::size_t i = 0; i < suggestions.size(); ++i) {
    const std::string& s = suggestions[i];
    const bool split = !word_has_split && s.find_first_of(" -") != std::string::npos;
    ranked.push_back(
        {s, split ? 1 : 0, editDistance(word, s), sameLetters(word, s) ? 0 : 1, isCommonWord(s) ? 0 : 1, i});
  }
  std::stable_sort(ranked.begin(), ranked.end(), [](const Ranked& a, const Ranked& b) {
    return std::tie(a.split, a.distance, a.not_anagram, a.not_common, a.order) <
           std::tie(b.split, b.distance, b.not_anagram, b.not_common, b.order);
  });
  std::vector<std::string> out;
  for (Ranked& r : ranked) out.push_back(std::move(r.text));
  return out;
}

}  // namespace

std::string spellCheckerKey(const SpellingOptions& options) {
  std::string key = options.language;
  for (const std::string& dictionary : options.extra_dictionaries) key += "\n" + dictionary;
  return key;
}

std::unique_ptr<SpellChecker> SpellChecker::open(const SpellingOptions& options, std::string& error) {
  const std::string& lang = options.language;
  if (lang.empty() || lang.find('/') != std::string::npos || lang.find("..") != std::string::npos) {
    error = "invalid spelling language '" + lang + "' (expected a name such as en_US)";
    return nullptr;
  }
  std::string looked;
  for (const std::string& dir : searchDirs(options)) {
    const fs::path aff = fs::path(dir) / (lang + ".aff");
    const fs::path dic = fs::path(dir) / (lang + ".dic");
    std::error_code ec;
    if (!fs::is_regular_file(aff, ec) || !fs::is_regular_file(dic, ec)) {
      looked += (looked.empty() ? "" : ", ") + dir;
      continue;
    }
    std::unique_ptr<SpellChecker> checker(new SpellChecker());
    checker->aff_path_ = aff.string();
    checker->replacements_ = readReplacements(checker->aff_path_);
    checker->dictionary_path_ = dic.string();
    checker->vocabulary_ = technicalVocabulary();
    checker->max_instances_ = std::max(1u, options.max_instances);
    checker->english_ = lang.size() >= 2 && lang[0] == 'e' && lang[1] == 'n';
    for (const std::string& extra : options.extra_dictionaries) {
      if (!fs::is_regular_file(extra, ec)) {
        checker->warnings_.push_back("extra dictionary not found: " + extra);
        continue;
      }
      std::ifstream in(extra, std::ios::binary);
      std::ostringstream content;
      content << in.rdbuf();
      // Garbage (a binary file) is left out with a message, never handed to
      // hunspell (which would load it into every instance of the pool).
      if (const std::string problem = wordListProblem(content.str()); !problem.empty()) {
        checker->warnings_.push_back("extra dictionary " + extra + " " + problem + "; ignored");
      } else if (fs::path(extra).extension() == ".dic") {
        checker->extra_dics_.push_back(extra);
      } else {
        checker->vocabulary_.addLines(content.str());
      }
    }
    // The first instance loads in the background (hunspell takes ~50 ms, 2/3
    // of the language server's start-up): reading and parsing documents and
    // the other rules go on meanwhile; the first spelling lookup waits for it.
    checker->instances_ = 1;
    checker->loading_ = std::async(std::launch::async, [raw = checker.get()] { return raw->loadInstance(); });
    if (options.suggestion_index_at_open) {
      checker->index_at_open_ = true;
      checker->startWordFormsBuild();
    }
    return checker;
  }
  error = "no hunspell dictionary for '" + lang + "' (looked for " + lang + ".aff/.dic in " + looked +
          "); install the Debian package hunspell-" + (lang.size() >= 2 ? lang.substr(0, 2) : lang) +
          " or pass a dictionary folder";
  return nullptr;
}

SpellChecker::~SpellChecker() = default;

std::unique_ptr<Hunspell> SpellChecker::loadInstance() const {
  auto hunspell = std::make_unique<Hunspell>(aff_path_.c_str(), dictionary_path_.c_str());
  for (const std::string& extra : extra_dics_) hunspell->add_dic(extra.c_str());
  return hunspell;
}

// One hunspell instance, taken from the pool for as long as the lease lives.
class SpellChecker::Lease {
 public:
  explicit Lease(const SpellChecker& owner) : owner_(owner) {
    std::unique_lock lock(owner_.pool_mutex_);
    for (;;) {
      if (!owner_.free_.empty()) {
        instance_ = std::move(owner_.free_.back());
        owner_.free_.pop_back();
        return;
      }
      if (owner_.loading_.valid()) {  // the one open() started: wait for it, not for a fresh load
        std::future<std::unique_ptr<Hunspell>> loading = std::move(owner_.loading_);
        lock.unlock();
        instance_ = loading.get();
        return;
      }
      if (owner_.instances_ < owner_.max_instances_) {
        ++owner_.instances_;
        lock.unlock();
        instance_ = owner_.loadInstance();  // ~50 ms, outside the lock
        return;
      }
      owner_.pool_cv_.wait(lock);
    }
  }
  ~Lease() {
    {
      std::lock_guard lock(owner_.pool_mutex_);
      owner_.free_.push_back(std::move(instance_));
    }
    owner_.pool_cv_.notify_one();
  }
  Lease(const Lease&) = delete;
  Lease& operator=(const Lease&) = delete;
  Hunspell& operator*() const { return *instance_; }

 private:
  const SpellChecker& owner_;
  std::unique_ptr<Hunspell> instance_;
};

std::size_t SpellChecker::StringHash::operator()(std::string_view s) const noexcept {
  // FNV-1a: short words, no allocation.
  const std::uint64_t h = hashBytes(s);
  return static_cast<std::size_t>(h ^ (h >> 29));
}

const WordFormIndex* SpellChecker::wordForms() const {
  // Built on another thread once the first word wants suggestions
  // (computeSuggestions starts it), never waited for: until it is ready,
  // variants go to hunspell (same answers). Started by the first word: a
  // writer's next typo is only a keystroke away, and each one suggested
  // without the index is a keystroke several milliseconds slower
  // (lsp_latency_bench, 60 KB article: p99 3.6 ms when started at the 20th
  // word, 1.5 ms at the first; with Vale's Microsoft style 5.6-7.8 ms and
  // 3.5 ms; first check and memory unchanged). Building it at open() delayed
  // the language server's first diagnostics; the batch CLI asks for that
  // (SpellingOptions::suggestion_index_at_open), as it builds in parallel with
  // hunspell's load. Asked for every candidate of every word: one atomic load.
  return word_forms_ready_.load(std::memory_order_acquire);
}

void SpellChecker::startWordFormsBuild() const {
  std::call_once(word_forms_started_, [this] {
    word_forms_built_ = std::async(std::launch::async, [this] {
                          std::vector<std::string> dics{dictionary_path_};
                          dics.insert(dics.end(), extra_dics_.begin(), extra_dics_.end());
                          std::string why;
                          std::optional<WordFormIndex> built = WordFormIndex::build(aff_path_, dics, why);
                          if (!built) return;
                          // The vocabulary too, so that one lookup rules a variant out.
                          vocabulary_.forEachWord([&built](std::string_view w) { built->addWord(w); });
                          word_forms_ = std::move(built);
                          word_forms_ready_.store(&*word_forms_, std::memory_order_release);
                        }).share();
  });
}

bool SpellChecker::accepts(Hunspell& hunspell, const std::string& word) const {
  // The index holds the vocabulary as well as the dictionary's forms.
  if (const WordFormIndex* forms = wordForms(); forms && !forms->mayAccept(word)) return false;
  return vocabulary_.contains(word) || hunspell.spell(word);
}

bool SpellChecker::cachedIsCorrect(std::string_view word) const {
  const std::size_t hash = StringHash{}(word);
  Shard& shard = shards_[(hash >> 7) % kShards];
  {
    std::shared_lock lock(shard.mutex);
    if (const auto known = shard.answers.find(hash, word); known != VerdictTable::Verdict::Unknown)
      return known == VerdictTable::Verdict::Correct;
  }
  bool correct = vocabulary_.contains(word);
  if (!correct) {
    Lease hunspell(*this);
    correct = (*hunspell).spell(std::string(word));
    // A known misspelling is wrong whatever else would take it (a prefix, an
    // ending). The list holds no word hunspell or the technical lists accept,
    // so asking it after hunspell is the same as asking it first, and cheaper.
    if (!correct && english_ && knownMisspellingFixes(word).empty()) correct = acceptedByLists(word, *hunspell);
  }
  std::unique_lock lock(shard.mutex);
  shard.answers.insert(hash, word, correct);
  return correct;
}

namespace {

// A plural hunspell does not list for a countable noun ("navigations",
// "abstractions", "implementors").
bool pluralOfCountableNoun(std::string_view lower) {
  if (lower.size() < 6 || lower.back() != 's') return false;
  const std::string_view stem = lower.substr(0, lower.size() - 1);
  return stem.back() != 's' && stem.back() != 'y';
}

}  // namespace

bool SpellChecker::acceptedByLists(std::string_view word, Hunspell& hunspell) const {
  if (inTechnicalLists(word)) return true;
  const std::string lower = utf::toLower(word);
  // British and American spellings are both English (style/spelling-variant
  // keeps a document to one).
  if (!americanSpelling(lower).empty() || !britishSpelling(lower).empty()) return true;
  if (lower.size() < 5 || lower.find_first_not_of("abcdefghijklmnopqrstuvwxyz-'") != std::string::npos) return false;
  const auto listed = [&](std::string_view w) { return vocabulary_.contains(w) || inTechnicalLists(w); };
  // Regular forms of a listed technical word ("prerendered", "profilers").
  for (const std::string& stem : suffixStems(lower))
    if (listed(stem)) return true;
  if (pluralOfCountableNoun(lower) && hunspell.spell(lower.substr(0, lower.size() - 1))) return true;
  // A productive prefix before a word ("unmount", "deprioritize", "multicores").
  for (std::string_view rest : prefixRemainders(lower)) {
    if (listed(rest) || hunspell.spell(std::string(rest))) return true;
    for (const std::string& stem : suffixStems(rest))
      if (listed(stem)) return true;
  }
  return false;
}

std::vector<std::string> SpellChecker::knownMisspelling(std::string_view word) const {
  if (!english_ || vocabulary_.contains(word)) return {};
  return knownMisspellingFixes(word);
}

bool SpellChecker::isCorrect(std::string_view raw) const {
  if (raw.find("\xE2\x80\x99") == std::string_view::npos) return cachedIsCorrect(raw);
  return cachedIsCorrect(normalizeApostrophes(raw));
}

std::vector<std::string> SpellChecker::nearWords(std::string_view word, Hunspell& hunspell) const {
  std::vector<std::string> out;
  const auto consider = [&](const std::string& candidate) {
    // One- and rare two-letter "words" ("d", "rt" for "wrt") are noise.
    if (candidate.size() < 2 || candidate == word) return;
    if (candidate.size() == 2 && !isCommonWord(candidate)) return;
    if (std::find(out.begin(), out.end(), candidate) != out.end()) return;
    if (accepts(hunspell, candidate)) out.push_back(candidate);
  };
  const std::size_t n = word.size();
  std::string c;
  // A different case first ("linux" -> "Linux", else "gpu" -> "GPU"): hunspell
  // accepts any word in capitals, so those only when the capitalised form fails.
  c.assign(word);
  if (!c.empty() && c[0] >= 'a' && c[0] <= 'z') c[0] = static_cast<char>(c[0] - 32);
  const std::size_t before_case = out.size();
  consider(c);
  if (out.size() == before_case) {
    c.assign(word);
    for (char& ch : c) ch = ch >= 'a' && ch <= 'z' ? static_cast<char>(ch - 32) : ch;
    consider(c);
  }
  // The dictionary's table of common misspellings first ("alot" -> "a lot").
  for (const auto& [from_raw, to] : replacements_) {
    std::string_view from = from_raw;
    const bool at_start = !from.empty() && from.front() == '^';
    if (at_start) from.remove_prefix(1);
    const bool at_end = !from.empty() && from.back() == '$';
    if (at_end) from.remove_suffix(1);
    if (from.empty() || from.size() > n) continue;
    for (std::size_t pos = word.find(from); pos != std::string_view::npos; pos = word.find(from, pos + 1)) {
      if ((at_start && pos != 0) || (at_end && pos + from.size() != n)) continue;
      c.assign(word);
      c.replace(pos, from.size(), to);
      if (c.find(' ') == std::string::npos) {
        consider(c);
      } else if (std::find(out.begin(), out.end(), c) == out.end()) {
        // Each word of a split must be a word.
        bool all = true;
        for (std::size_t b = 0; all && b < c.size();) {
          std::size_t e = c.find(' ', b);
          if (e == std::string::npos) e = c.size();
          all = e > b && accepts(hunspell, c.substr(b, e - b));
          b = e + 1;
        }
        if (all) out.push_back(c);
      }
    }
  }
  // Swapped neighbours (the most common slip), then a letter too many, a
  // letter missing, a wrong letter; hunspell tries them in about this order.
  for (std::size_t i = 0; i + 1 < n; ++i) {
    if (word[i] == word[i + 1]) continue;
    c.assign(word);
    std::swap(c[i], c[i + 1]);
    consider(c);
  }
  for (std::size_t i = 0; i < n; ++i) {
    if (i > 0 && word[i] == word[i - 1]) continue;
    c.assign(word);
    c.erase(i, 1);
    consider(c);
  }
  static constexpr std::string_view kLetters = "abcdefghijklmnopqrstuvwxyz'";
  for (std::size_t i = 0; i <= n; ++i) {
    for (char letter : kLetters) {
      if (letter == '\'' && (i == 0 || i == n)) continue;
      if (i > 0 && word[i - 1] == letter) continue;  // same word as inserting after the twin
      c.assign(word);
      c.insert(c.begin() + static_cast<std::ptrdiff_t>(i), letter);
      consider(c);
    }
  }
  for (std::size_t i = 0; i < n; ++i) {
    for (char letter : kLetters) {
      if (letter == '\'' || letter == word[i]) continue;
      const bool upper = word[i] >= 'A' && word[i] <= 'Z';
      c.assign(word);
      c[i] = upper ? static_cast<char>(letter - 32) : letter;
      if (c[i] == word[i]) continue;
      consider(c);
    }
  }
  // Two words run together ("dataflow"), only when nothing else is one edit
  // away (a split is seldom what a typo of a word meant: "con census").
  if (!out.empty()) return out;
  for (std::size_t i = 2; i + 2 <= n; ++i) {
    const std::string left(word.substr(0, i)), right(word.substr(i));
    // Short halves ("att rs") only when they are common words ("go fix").
    const auto usable = [&](const std::string& half) {
      return (half.size() >= 3 || isCommonWord(half)) && accepts(hunspell, half);
    };
    if (usable(left) && usable(right)) {
      c = left + " " + right;
      if (std::find(out.begin(), out.end(), c) == out.end()) out.push_back(c);
    }
  }
  return out;
}

std::vector<std::string> SpellChecker::computeSuggestions(const std::string& word, bool full) const {
  const bool ascii = std::all_of(word.begin(), word.end(), [](char ch) {
    return static_cast<unsigned char>(ch) < 0x80 && ch != ' ' && ch != '-';
  });
  std::vector<std::string> all;
  startWordFormsBuild();
  // Each thread waits through its own copy of the shared state.
  if (index_at_open_) std::shared_future<void>(word_forms_built_).wait();
  {
    Lease hunspell(*this);
    if (ascii) all = nearWords(word, *hunspell);
    if (all.empty() && full) all = (*hunspell).suggest(word);
  }
  return rankSuggestions(word, std::move(all));
}

std::vector<std::string> SpellChecker::suggest(std::string_view raw, std::size_t max) const {
  const std::string word = normalizeApostrophes(raw);
  std::vector<std::string> all;
  bool cached = false;
  {
    std::shared_lock lock(suggest_mutex_);
    if (auto it = suggest_cache_.find(word); it != suggest_cache_.end()) {
      all.assign(it->second.begin(), it->second.begin() + std::min(max, it->second.size()));
      cached = true;
    }
  }
  if (cached) return all;
  {
    std::shared_lock lock(suggest_mutex_);
    if (auto it = quick_cache_.find(word); it != quick_cache_.end() && !it->second.empty()) {
      // One edit away exists: the full answer is the quick one.
      all = it->second;
      cached = true;
    }
  }
  if (!cached) all = computeSuggestions(word, true);
  {
    std::unique_lock lock(suggest_mutex_);
    suggest_cache_.emplace(word, all);
  }
  if (all.size() > max) all.resize(max);
  return all;
}

std::vector<std::string> SpellChecker::quickSuggest(std::string_view raw, std::size_t max) const {
  const std::string word = normalizeApostrophes(raw);
  std::vector<std::string> all;
  bool cached = false;
  {
    std::shared_lock lock(suggest_mutex_);
    if (auto it = suggest_cache_.find(word); it != suggest_cache_.end()) {
      all = it->second;
      cached = true;
    } else if (auto q = quick_cache_.find(word); q != quick_cache_.end()) {
      all = q->second;
      cached = true;
    }
  }
  if (!cached) {
    all = computeSuggestions(word, false);
    std::unique_lock lock(suggest_mutex_);
    quick_cache_.emplace(word, all);
  }
  if (all.size() > max) all.resize(max);
  return all;
}

}  // namespace copydesk
