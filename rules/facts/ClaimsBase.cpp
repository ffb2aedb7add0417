#include "facts/ClaimsBase.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <mutex>
#include <set>
#include <sstream>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "text/EmbeddedData.h"

COPYDESK_EMBEDDED(facts_claims_json)

namespace copydesk::facts {

namespace {

namespace fs = std::filesystem;
using nlohmann::json;

constexpr std::size_t kMaxGroups = 16;

int lineAt(std::string_view text, std::size_t offset) {
  return 1 + static_cast<int>(std::count(text.begin(), text.begin() + std::min(offset, text.size()), '\n'));
}

// Offsets of the objects that are elements of the entries array: the
// top-level array, or the array under the top-level "claims" key.
std::vector<std::size_t> entryOffsets(std::string_view text) {
  std::vector<std::size_t> out;
  int depth = 0;
  int entries_depth = -1;  // depth of the entries array's elements
  std::string last_key;
  std::string current;
  bool in_string = false;
  bool top_is_array = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (in_string) {
      if (c == '\\') {
        ++i;
      } else if (c == '"') {
        in_string = false;
        last_key = current;
      } else {
        current.push_back(c);
      }
      continue;
    }
    switch (c) {
      case '"':
        in_string = true;
        current.clear();
        break;
      case '[':
        if (depth == 0) top_is_array = true, entries_depth = 1;
        else if (depth == 1 && !top_is_array && last_key == "claims") entries_depth = 2;
        ++depth;
        break;
      case '{':
        if (depth == entries_depth) out.push_back(i);
        ++depth;
        break;
      case ']':
      case '}': --depth; break;
      default: break;
    }
  }
  return out;
}

std::string joinWords(const std::vector<std::string>& words) {
  std::string key;
  for (const std::string& w : words) {
    if (!key.empty()) key += ' ';
    key += w;
  }
  return key;
}

bool isStringList(const json& v) {
  if (!v.is_array() || v.empty()) return false;
  for (const json& x : v)
    if (!x.is_string() || x.get<std::string>().empty()) return false;
  return true;
}

std::optional<CivilDate> strictDate(const json& v) {
  if (!v.is_string()) return std::nullopt;
  const std::string s = v.get<std::string>();
  // YYYY-MM-DD or YYYY-MM only.
  if (s.size() != 10 && s.size() != 7) return std::nullopt;
  for (std::size_t i = 0; i < s.size(); ++i) {
    const bool dash = i == 4 || i == 7;
    if (dash != (s[i] == '-') || (!dash && (s[i] < '0' || s[i] > '9'))) return std::nullopt;
  }
  return parseDate(s);
}

// Validates one entry; returns false (with errors) when it must be skipped.
bool readEntry(const json& e, ClaimEntry& out, std::vector<std::string>& problems) {
  static const std::set<std::string, std::less<>> kKeys = {"id",         "claim",       "match",  "kind", "since",
                                                           "correction", "replacement", "source", "notes"};
  if (!e.is_object()) {
    problems.push_back("an entry must be an object");
    return false;
  }
  for (const auto& [key, value] : e.items())
    if (!kKeys.contains(key)) problems.push_back(fmt::format("unknown field '{}'", key));
  const auto str = [&](const char* key, std::string& dest, bool required) {
    const auto it = e.find(key);
    if (it == e.end()) {
      if (required) problems.push_back(fmt::format("missing '{}'", key));
      return;
    }
    if (!it->is_string() || it->get<std::string>().empty()) {
      problems.push_back(fmt::format("'{}' must be a non-empty string", key));
      return;
    }
    dest = it->get<std::string>();
  };
  str("id", out.id, true);
  str("claim", out.claim, true);
  str("correction", out.correction, true);
  std::string kind;
  str("kind", kind, true);
  if (kind == "outdated") out.kind = ClaimKind::Outdated;
  else if (kind == "incorrect") out.kind = ClaimKind::Incorrect;
  else if (!kind.empty())
    problems.push_back(fmt::format("'kind' must be \"outdated\" or \"incorrect\", not \"{}\"", kind));
  if (const auto it = e.find("since"); it != e.end()) {
    out.since = strictDate(*it);
    if (!out.since) problems.push_back("'since' must be a date YYYY-MM-DD (or YYYY-MM)");
  } else if (out.kind == ClaimKind::Outdated && kind == "outdated") {
    problems.push_back("missing 'since' (required for kind \"outdated\")");
  }
  const auto match = e.find("match");
  if (match == e.end() || !match->is_object()) {
    problems.push_back("missing 'match' object");
  } else {
    for (const auto& [key, value] : match->items())
      if (key != "all" && key != "negatedBy") problems.push_back(fmt::format("unknown field 'match.{}'", key));
    const auto all = match->find("all");
    if (all == match->end() || !all->is_array() || all->empty()) {
      problems.push_back("'match.all' must be a non-empty array of groups");
    } else if (all->size() > kMaxGroups) {
      problems.push_back(fmt::format("'match.all' has more than {} groups", kMaxGroups));
    } else {
      for (const json& group : *all) {
        if (!isStringList(group)) {
          problems.push_back("each group of 'match.all' must be a non-empty array of non-empty strings");
          break;
        }
        out.groups.push_back(group.get<std::vector<std::string>>());
      }
    }
    if (const auto neg = match->find("negatedBy"); neg != match->end()) {
      if (!isStringList(*neg)) problems.push_back("'match.negatedBy' must be an array of non-empty strings");
      else out.negated_by = neg->get<std::vector<std::string>>();
    }
  }
  if (const auto it = e.find("replacement"); it != e.end()) {
    if (!it->is_object() || !it->contains("from") || !it->contains("to") || !(*it)["from"].is_string() ||
        !(*it)["to"].is_string() || (*it)["from"].get<std::string>().empty()) {
      problems.push_back("'replacement' must be {\"from\": \"...\", \"to\": \"...\"}");
    } else {
      out.replacement_from = (*it)["from"].get<std::string>();
      out.replacement_to = (*it)["to"].get<std::string>();
    }
  }
  const auto source = e.find("source");
  if (source == e.end() || !source->is_object()) {
    problems.push_back("missing 'source' object {\"title\", \"url\", \"date\"}");
  } else {
    const auto field = [&](const char* key) -> std::string {
      const auto it = source->find(key);
      if (it == source->end() || !it->is_string() || it->get<std::string>().empty()) {
        problems.push_back(fmt::format("'source.{}' must be a non-empty string", key));
        return {};
      }
      return it->get<std::string>();
    };
    out.source_title = field("title");
    out.source_url = field("url");
    if (!out.source_url.empty() && !out.source_url.starts_with("https://") && !out.source_url.starts_with("http://"))
      problems.push_back("'source.url' must start with https:// or http://");
    const std::string date = field("date");
    if (!date.empty()) {
      out.source_date = strictDate(source->at("date"));
      if (!out.source_date) problems.push_back("'source.date' must be a date YYYY-MM-DD (or YYYY-MM)");
    }
  }
  return problems.empty();
}

}  // namespace

ClaimsBase ClaimsBase::parse(std::string_view text, std::string origin, std::vector<ClaimsError>& errors) {
  ClaimsBase base;
  json doc;
  try {
    doc = json::parse(text.begin(), text.end());
  } catch (const json::parse_error& e) {
    errors.push_back({lineAt(text, e.byte > 0 ? e.byte - 1 : 0), std::string("invalid JSON: ") + e.what()});
    return base;
  } catch (const json::exception& e) {  // out_of_range.406 for "1e999" (found by fuzz_claims)
    errors.push_back({1, std::string("invalid JSON: ") + e.what()});
    return base;
  }
  const json* list = nullptr;
  if (doc.is_array()) {
    list = &doc;
  } else if (doc.is_object() && doc.contains("claims") && doc["claims"].is_array()) {
    list = &doc["claims"];
    for (const auto& [key, value] : doc.items())
      if (key != "claims" && key != "version" && key != "description")
        errors.push_back({1, fmt::format("unknown top-level field '{}'", key)});
  } else {
    errors.push_back({1, "a claims file is {\"claims\": [...]} or an array of entries"});
    return base;
  }
  const std::vector<std::size_t> offsets = entryOffsets(text);
  std::set<std::string, std::less<>> ids;
  for (std::size_t i = 0; i < list->size(); ++i) {
    const int line = i < offsets.size() ? lineAt(text, offsets[i]) : 1;
    ClaimEntry entry;
    std::vector<std::string> problems;
    const bool ok = readEntry((*list)[i], entry, problems);
    const std::string who = entry.id.empty() ? fmt::format("entry {}", i + 1) : fmt::format("'{}'", entry.id);
    for (const std::string& p : problems) errors.push_back({line, who + ": " + p});
    if (!entry.id.empty() && !ids.insert(entry.id).second) {
      errors.push_back({line, fmt::format("duplicate id '{}'", entry.id)});
      continue;
    }
    if (!ok) continue;
    entry.origin = origin;
    entry.line = line;
    base.entries_.push_back(std::move(entry));
  }
  base.index();
  return base;
}

void ClaimsBase::index() {
  const auto add = [&](std::string_view phrase, TermRef ref) {
    const std::vector<std::string> words = PhraseMatcher::phraseWords(phrase);
    if (words.empty()) return;
    longest_phrase_ = std::max(longest_phrase_, words.size());
    const std::string key = joinWords(words);
    auto [it, inserted] = phrase_ids_.emplace(key, static_cast<std::uint32_t>(refs_.size()));
    if (inserted) {
      refs_.emplace_back();
      terms_.add(phrase, it->second);
    }
    refs_[it->second].push_back(ref);
  };
  for (std::uint32_t e = 0; e < entries_.size(); ++e) {
    for (std::size_t g = 0; g < entries_[e].groups.size(); ++g)
      for (const std::string& alt : entries_[e].groups[g]) add(alt, {e, static_cast<std::int32_t>(g)});
    for (const std::string& neg : entries_[e].negated_by) add(neg, {e, -1});
  }
}

namespace {

// "isn't", "doesn't": a contracted "not".
bool hasContractedNot(const Document& doc, const Sentence& sentence, std::string& buffer) {
  for (std::uint32_t i = sentence.first_token; i < sentence.end_token; ++i) {
    const std::string_view w = foldedWord(doc.text(), doc.tokens(), i, buffer);
    if (w.size() > 3 && w.ends_with("n't")) return true;
  }
  return false;
}

}  // namespace

void ClaimsBase::match(const Document& doc, const Sentence& sentence, std::vector<ClaimMatch>& out) const {
  if (entries_.empty()) return;
  const auto& tokens = doc.tokens().tokens;
  // Scratch kept from sentence to sentence (per thread): most sentences match
  // a term or two of a few entries, and allocating for them cost more than
  // the matching.
  struct State {
    std::uint32_t entry = 0;
    std::uint32_t groups = 0;
    bool negated = false;
    ByteSpan span{~std::size_t{0}, 0};
  };
  thread_local std::vector<PhraseMatcher::Match> matches;
  thread_local std::vector<State> states;
  thread_local std::string buffer;
  thread_local std::string key;
  matches.clear();
  states.clear();
  terms_.findAll(doc.text(), doc.tokens(), sentence.first_token, sentence.end_token, matches);
  const auto apply = [&](std::uint32_t phrase, ByteSpan span) {
    for (const TermRef& ref : refs_[phrase]) {
      auto st = std::find_if(states.begin(), states.end(), [&](const State& s) { return s.entry == ref.entry; });
      if (st == states.end()) st = states.insert(st, State{ref.entry});
      if (ref.group < 0) {
        st->negated = true;
      } else {
        st->groups |= 1u << ref.group;
        st->span.begin = std::min(st->span.begin, span.begin);
        st->span.end = std::max(st->span.end, span.end);
      }
    }
  };
  for (const PhraseMatcher::Match& m : matches) {
    // The matcher reports the longest phrase at each start; shorter phrases
    // starting there may belong to other entries.
    key.clear();
    for (std::uint32_t i = m.first_token; i < m.end_token; ++i) {
      if (i > m.first_token) key += ' ';
      key += foldedWord(doc.text(), doc.tokens(), i, buffer);
      if (const auto it = phrase_ids_.find(key); it != phrase_ids_.end())
        apply(it->second, {tokens[m.first_token].span.begin, tokens[i].span.end});
    }
  }
  if (states.empty()) return;
  int contracted_not = -1;  // looked for only when an entry negated by "not" matched
  for (const State& st : states) {
    const ClaimEntry& entry = entries_[st.entry];
    const std::uint32_t all = entry.groups.size() >= 32 ? ~0u : (1u << entry.groups.size()) - 1;
    if (st.groups != all || st.negated) continue;
    if (std::find(entry.negated_by.begin(), entry.negated_by.end(), "not") != entry.negated_by.end()) {
      if (contracted_not < 0) contracted_not = hasContractedNot(doc, sentence, buffer) ? 1 : 0;
      if (contracted_not) continue;
    }
    out.push_back({&entry, st.span});
  }
  std::sort(out.begin(), out.end(), [](const ClaimMatch& a, const ClaimMatch& b) {
    return a.span.begin != b.span.begin ? a.span.begin < b.span.begin : a.entry->id < b.entry->id;
  });
}

const ClaimsBase& builtinClaims() {
  static const ClaimsBase base = [] {
    std::vector<ClaimsError> errors;
    return ClaimsBase::parse(data::facts_claims_json, "built-in", errors);
  }();
  return base;
}

namespace {

struct CachedFile {
  fs::file_time_type mtime;
  std::uintmax_t size = 0;
  std::shared_ptr<const ClaimsBase> base;
};

std::shared_ptr<const ClaimsBase> loadCached(const fs::path& path) {
  static std::mutex mutex;
  static std::unordered_map<std::string, CachedFile> cache;
  std::error_code ec;
  const auto mtime = fs::last_write_time(path, ec);
  if (ec) return nullptr;
  const auto size = fs::file_size(path, ec);
  if (ec) return nullptr;
  const std::string key = path.string();
  {
    std::lock_guard lock(mutex);
    const auto it = cache.find(key);
    if (it != cache.end() && it->second.mtime == mtime && it->second.size == size) return it->second.base;
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) return nullptr;
  std::ostringstream buffer;
  buffer << in.rdbuf();
  std::vector<ClaimsError> errors;
  auto base = std::make_shared<const ClaimsBase>(ClaimsBase::parse(buffer.str(), key, errors));
  std::lock_guard lock(mutex);
  cache[key] = {mtime, size, base};
  return base;
}

}  // namespace

std::vector<std::shared_ptr<const ClaimsBase>> projectClaims(std::string_view document_path,
                                                             const std::vector<std::string>& extra_paths) {
  std::vector<std::shared_ptr<const ClaimsBase>> out;
  std::error_code ec;
  if (!document_path.empty()) {
    // Folders as strings ("/a/b" -> "/a" -> "/"): two claims rules walk up
    // from every document, and std::filesystem's path arithmetic cost more
    // than the stat calls.
    std::string dir = fs::absolute(fs::path(document_path), ec).parent_path().string();
    for (int depth = 0; !ec && !dir.empty() && depth < 64; ++depth) {
      const fs::path claims = (dir == "/" ? std::string() : dir) + "/.copydesk/claims";
      std::error_code missing;
      if (fs::is_directory(claims, missing)) {
        std::vector<fs::path> files;
        for (const auto& entry : fs::directory_iterator(claims, missing))
          if (entry.path().extension() == ".json") files.push_back(entry.path());
        std::sort(files.begin(), files.end());
        for (const fs::path& f : files)
          if (auto base = loadCached(f)) out.push_back(std::move(base));
        break;  // the nearest project's claims only
      }
      const std::size_t slash = dir.find_last_of('/');
      if (dir == "/" || slash == std::string::npos) break;
      dir.resize(slash == 0 ? 1 : slash);
    }
  }
  for (const std::string& p : extra_paths)
    if (auto base = loadCached(fs::path(p))) out.push_back(std::move(base));
  return out;
}

}  // namespace copydesk::facts
