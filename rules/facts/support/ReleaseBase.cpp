#include "facts/support/ReleaseBase.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <mutex>
#include <sstream>

#include <nlohmann/json.hpp>

#include "text/EmbeddedData.h"
#include "text/NextLine.h"

COPYDESK_EMBEDDED(facts_releases_txt)
COPYDESK_EMBEDDED(facts_releases_swift_txt)

namespace copydesk::facts {

namespace fs = std::filesystem;

namespace {

std::string lowerAscii(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  return out;
}

// "YYYY-MM-DD" without the general parser (the table has 30,000 of them); else parseDate.
std::optional<CivilDate> isoDate(std::string_view v) {
  auto d = [&](std::size_t i) { return v[i] >= '0' && v[i] <= '9'; };
  if (v.size() == 10 && v[4] == '-' && v[7] == '-' && d(0) && d(1) && d(2) && d(3) && d(5) && d(6) && d(8) && d(9))
    return CivilDate{(v[0] - '0') * 1000 + (v[1] - '0') * 100 + (v[2] - '0') * 10 + (v[3] - '0'),
                     (v[5] - '0') * 10 + (v[6] - '0'), (v[8] - '0') * 10 + (v[9] - '0')};
  return parseDate(v);
}

DateOrFlag dateOrFlag(std::string_view v) {
  DateOrFlag out;
  if (v == "y" || v == "true") out.flag = 1;
  else if (v == "n" || v == "false") out.flag = 0;
  else if (!v.empty()) out.date = isoDate(v);
  return out;
}

void splitTabs(std::string_view line, std::vector<std::string_view>& out) {
  out.clear();
  std::size_t start = 0;
  while (true) {
    const std::size_t tab = line.find('\t', start);
    out.push_back(line.substr(start, tab == std::string_view::npos ? std::string_view::npos : tab - start));
    if (tab == std::string_view::npos) break;
    start = tab + 1;
  }
}

std::string_view withoutV(std::string_view v) {
  if (!v.empty() && (v[0] == 'v' || v[0] == 'V')) v.remove_prefix(1);
  return v;
}

// Version components "20.04.1" -> {"20","04","1"}; a leading 'v' dropped.
std::vector<std::string_view> components(std::string_view v) {
  v = withoutV(v);
  std::vector<std::string_view> out;
  std::size_t start = 0;
  while (start <= v.size()) {
    const std::size_t dot = v.find('.', start);
    out.push_back(v.substr(start, dot == std::string_view::npos ? std::string_view::npos : dot - start));
    if (dot == std::string_view::npos) break;
    start = dot + 1;
  }
  return out;
}

}  // namespace

const ReleaseCycle* ReleaseProduct::cycleOf(std::string_view version) const {
  const auto want = components(version);
  if (want.empty() || want[0].empty()) return nullptr;
  // The longest cycle name that is a prefix of the version's components
  // ("20.04" of "20.04.1", not of "20.041"), compared as text: this runs for
  // every cycle of a product at every version mention.
  const std::string_view wanted = withoutV(version);
  const ReleaseCycle* best = nullptr;
  std::size_t best_len = 0;
  for (const ReleaseCycle& c : cycles) {
    const std::string_view have = withoutV(c.name);
    if (!wanted.starts_with(have) || (wanted.size() > have.size() && wanted[have.size()] != '.')) continue;
    const std::size_t len = static_cast<std::size_t>(std::count(have.begin(), have.end(), '.')) + 1;
    if (len > best_len) {
      best = &c;
      best_len = len;
    }
  }
  if (best) return best;
  // "Go 1" when the cycles are "1.0", "1.1"...: the first minor.
  if (want.size() == 1) {
    const std::string first = std::string(want[0]) + ".0";
    for (const ReleaseCycle& c : cycles)
      if (c.name == first) return &c;
  }
  // Windows-style cycles "10-22h2-w": a major version names the newest of them.
  const std::string prefix = std::string(version.substr(version[0] == 'v' || version[0] == 'V' ? 1 : 0)) + "-";
  for (const ReleaseCycle& c : cycles)
    if (c.name.starts_with(prefix)) return &c;
  return nullptr;
}

std::shared_ptr<const ReleaseBase> ReleaseBase::parseTable(std::string_view text) { return parseTables({text}); }

std::shared_ptr<const ReleaseBase> ReleaseBase::parseTables(std::initializer_list<std::string_view> texts) {
  auto base = std::make_shared<ReleaseBase>();
  base->products_.reserve(512);
  for (const std::string_view text : texts) base->appendTable(text);
  base->index();
  return base;
}

void ReleaseBase::appendTable(std::string_view text) {
  std::vector<std::string_view> f;
  std::size_t pos = 0;
  while (pos < text.size()) {
    const std::string_view line = nextLine(text, pos);
    if (line.size() < 2 || line[1] != '\t') continue;
    splitTabs(line, f);
    if (line[0] == 'S' && f.size() >= 2) {
      if (!snapshot_) snapshot_ = parseDate(f[1]);
    } else if (line[0] == 'P' && f.size() >= 6) {
      ReleaseProduct p;
      p.id = f[1];
      p.title = f[2];
      std::string_view names = f[3];
      while (!names.empty()) {
        const std::size_t bar = names.find('|');
        p.names.emplace_back(names.substr(0, bar));
        if (bar == std::string_view::npos) break;
        names.remove_prefix(bar + 1);
      }
      p.lts_label = f[4];
      p.eol_label = f[5];
      if (f.size() >= 8) {
        p.source = f[6];
        p.data_date = parseDate(f[7]);
      }
      products_.push_back(std::move(p));
    } else if (line[0] == 'C' && f.size() >= 8 && !products_.empty()) {
      ReleaseCycle c;
      c.name = f[1];  // a view into the embedded table, which lives as long as the program
      c.release = f[2].empty() ? std::nullopt : isoDate(f[2]);
      c.lts = dateOrFlag(f[3]);
      c.support = dateOrFlag(f[4]);
      c.eol = dateOrFlag(f[5]);
      c.latest = f[6];
      products_.back().cycles.push_back(std::move(c));
    }
  }
}

std::shared_ptr<const ReleaseBase> ReleaseBase::parseCyclesJson(std::string_view json_text, std::string& error) {
  nlohmann::json doc = nlohmann::json::parse(json_text, nullptr, false);
  if (doc.is_discarded() || !doc.is_object()) {
    error = "cycles.json is not a JSON object of products";
    return nullptr;
  }
  auto base = std::make_shared<ReleaseBase>();
  auto field = [](const nlohmann::json& c, const char* key) -> DateOrFlag {
    const auto it = c.find(key);
    if (it == c.end() || it->is_null()) return {};
    if (it->is_boolean()) return dateOrFlag(it->get<bool>() ? "y" : "n");
    if (it->is_string()) return dateOrFlag(it->get<std::string>());
    return {};
  };
  auto text = [](const nlohmann::json& c, const char* key) -> std::string {
    const auto it = c.find(key);
    return it != c.end() && it->is_string() ? it->get<std::string>() : std::string();
  };
  for (const auto& [id, p] : doc.items()) {
    if (!p.is_object()) continue;
    ReleaseProduct product;
    product.id = id;
    product.title = text(p, "title");
    product.names.push_back(product.title);
    for (const char* vendor : {"Apple ", "Microsoft ", "Google ", "Oracle "})
      if (product.title.starts_with(vendor))
        product.names.push_back(product.title.substr(std::string_view(vendor).size()));
    if (const auto a = p.find("aliases"); a != p.end() && a->is_array())
      for (const auto& alias : *a)
        if (alias.is_string()) product.names.push_back(alias.get<std::string>());
    if (const auto c = p.find("cycles"); c != p.end() && c->is_array()) {
      for (const auto& cj : *c) {
        if (!cj.is_object()) continue;
        ReleaseCycle cycle;
        base->storage_.push_back(std::make_unique<std::string>(text(cj, "cycle")));
        cycle.name = *base->storage_.back();
        cycle.release = field(cj, "releaseDate").date;
        cycle.lts = field(cj, "lts");
        cycle.support = field(cj, "support");
        cycle.eol = field(cj, "eol");
        if (std::string latest = text(cj, "latest"); !latest.empty()) {
          base->storage_.push_back(std::make_unique<std::string>(std::move(latest)));
          cycle.latest = *base->storage_.back();
        }
        product.cycles.push_back(std::move(cycle));
      }
    }
    base->products_.push_back(std::move(product));
  }
  // The built-in table's prose names (Java, Golang...) carry over by product id, and the built-in
  // products of other sources (Swift), which an endoflife.date snapshot does not have.
  const ReleaseBase& builtin = builtinReleases();
  for (ReleaseProduct& p : base->products_)
    for (const ReleaseProduct& b : builtin.products())
      if (b.id == p.id) {
        for (const std::string& n : b.names) p.names.push_back(n);
        break;
      }
  for (const ReleaseProduct& b : builtin.products()) {
    const bool present = std::any_of(base->products_.begin(), base->products_.end(),
                                     [&](const ReleaseProduct& p) { return p.id == b.id; });
    if (!b.source.empty() && !present) base->products_.push_back(b);
  }
  base->index();
  return base;
}

void ReleaseBase::index() {
  for (std::uint32_t i = 0; i < products_.size(); ++i) {
    for (const std::string& raw : products_[i].names) {
      Name n;
      n.product = i;
      std::string_view name = raw;
      if (!name.empty() && name[0] == '=') {
        n.cased = true;
        name.remove_prefix(1);
      }
      std::string word;
      for (char c : std::string(name) + " ") {
        if (c == ' ' || c == '-') {
          if (!word.empty()) {
            if (n.words.empty()) n.first_raw = word;
            n.words.push_back(lowerAscii(word));
          }
          word.clear();
        } else {
          word.push_back(c);
        }
      }
      if (n.words.empty()) continue;
      auto& list = names_[n.words[0]];
      const bool duplicate = std::any_of(list.begin(), list.end(), [&](const Name& o) { return o.words == n.words; });
      if (!duplicate) list.push_back(std::move(n));
    }
  }
  for (auto& [_, list] : names_)
    std::stable_sort(list.begin(), list.end(),
                     [](const Name& a, const Name& b) { return a.words.size() > b.words.size(); });
}

const std::vector<ReleaseBase::Name>* ReleaseBase::namesStartingWith(std::string_view lower_word) const {
  const auto it = names_.find(std::string(lower_word));
  return it == names_.end() ? nullptr : &it->second;
}

const ReleaseBase& builtinReleases() {
  static const std::shared_ptr<const ReleaseBase> base =
      ReleaseBase::parseTables({data::facts_releases_txt, data::facts_releases_swift_txt});
  return *base;
}

std::shared_ptr<const ReleaseBase> releasesFromFolder(const std::string& dir) {
  struct Cached {
    fs::file_time_type mtime;
    std::shared_ptr<const ReleaseBase> base;
  };
  static std::mutex mutex;
  static std::unordered_map<std::string, Cached> cache;
  const fs::path file = fs::path(dir) / "cycles.json";
  std::error_code ec;
  const auto mtime = fs::last_write_time(file, ec);
  if (ec) return nullptr;
  {
    std::lock_guard lock(mutex);
    const auto it = cache.find(dir);
    if (it != cache.end() && it->second.mtime == mtime) return it->second.base;
  }
  std::ifstream in(file, std::ios::binary);
  if (!in) return nullptr;
  std::ostringstream buffer;
  buffer << in.rdbuf();
  std::string error;
  auto parsed = ReleaseBase::parseCyclesJson(buffer.str(), error);
  if (!parsed) return nullptr;
  // The snapshot date: README's "as of **22 August 2026**" if present, else the newest release date.
  auto base = std::const_pointer_cast<ReleaseBase>(parsed);
  std::ifstream readme(fs::path(dir) / "README.md");
  if (readme) {
    std::ostringstream r;
    r << readme.rdbuf();
    const std::string t = r.str();
    const std::size_t at = t.find("as of **");
    if (at != std::string::npos) {
      const std::size_t end = t.find("**", at + 8);
      if (end != std::string::npos) base->snapshot_ = parseDate(t.substr(at + 8, end - at - 8));
    }
  }
  if (!base->snapshot_) {
    for (const ReleaseProduct& p : base->products_)
      for (const ReleaseCycle& c : p.cycles)
        if (c.release && (!base->snapshot_ || *base->snapshot_ < *c.release)) base->snapshot_ = c.release;
  }
  base->origin_ = dir;
  std::lock_guard lock(mutex);
  cache[dir] = {mtime, base};
  return base;
}

}  // namespace copydesk::facts
