#include "facts/support/ReleaseCheck.h"

#include <algorithm>
#include <array>

#include <fmt/format.h>

#include "facts/support/DocumentDate.h"
#include "facts/support/ReleaseBase.h"

namespace copydesk::facts {

namespace {

// A word of the sentence's prose (code, URLs and link destinations blanked).
struct Word {
  std::size_t begin = 0, end = 0;  // document offsets
  std::string_view raw;
  std::string lower;
};

bool alnum(char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool digit(char c) { return c >= '0' && c <= '9'; }

// The prose of `span` with every byte outside a prose piece made a space.
std::string proseText(const Document& doc, const Block& block, ByteSpan span) {
  std::string text(span.end - span.begin, ' ');
  const std::string_view all = doc.text();
  for (const Piece& p : block.pieces) {
    if (p.kind != PieceKind::Prose) continue;
    const std::size_t b = std::max(p.span.begin, span.begin), e = std::min(p.span.end, span.end);
    for (std::size_t i = b; i < e; ++i) text[i - span.begin] = all[i];
  }
  return text;
}

std::vector<Word> words(const Document& doc, std::string_view text, std::size_t base) {
  std::vector<Word> out;
  std::size_t i = 0;
  auto wordChar = [&](std::size_t k) {
    const char c = text[k];
    return alnum(c) || c == '+' || c == '#' || c == '_' || c == '\'' ||
           (c == '.' && k + 1 < text.size() && alnum(text[k + 1]));
  };
  while (i < text.size()) {
    if (!wordChar(i) || text[i] == '\'') {
      // Curly apostrophes inside words: "it’s" -> "it's" handled by treating them as breaks.
      ++i;
      continue;
    }
    std::size_t j = i;
    while (j < text.size() && wordChar(j)) ++j;
    while (j > i && text[j - 1] == '\'') --j;
    Word w;
    w.begin = base + i;
    w.end = base + j;
    w.raw = doc.text().substr(w.begin, j - i);
    w.lower.reserve(j - i);
    for (char c : w.raw) w.lower.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c);
    out.push_back(std::move(w));
    i = j;
  }
  return out;
}

// "20", "v20", "1.25", "20.04", "1.25.3", "20.x": the version text, else empty.
std::string_view versionText(std::string_view w, bool allow_v) {
  if (!w.empty() && (w[0] == 'v' || w[0] == 'V') && allow_v) w.remove_prefix(1);
  if (w.size() > 2 && w.ends_with(".x")) w.remove_suffix(2);
  if (w.empty() || !digit(w[0]) || w.size() > 12) return {};
  bool last_dot = false;
  for (char c : w) {
    if (c == '.') {
      if (last_dot) return {};
      last_dot = true;
    } else if (!digit(c)) {
      return {};
    } else {
      last_dot = false;
    }
  }
  return last_dot ? std::string_view() : w;
}

// "1.71.1" <= "1.71.3", numerically by component; false when either is not a dotted number.
bool versionAtMost(std::string_view a, std::string_view b) {
  while (true) {
    const std::size_t da = a.find('.'), db = b.find('.');
    const std::string_view ca = a.substr(0, da), cb = b.substr(0, db);
    if (ca.empty() || cb.empty() || ca.size() > 6 || cb.size() > 6) return false;
    if (!std::all_of(ca.begin(), ca.end(), digit) || !std::all_of(cb.begin(), cb.end(), digit)) return false;
    const int na = std::stoi(std::string(ca)), nb = std::stoi(std::string(cb));
    if (na != nb) return na < nb;
    if (da == std::string_view::npos) return true;
    if (db == std::string_view::npos) return false;
    a.remove_prefix(da + 1);
    b.remove_prefix(db + 1);
  }
}

struct Mention {
  std::uint32_t product = 0;
  const ReleaseCycle* cycle = nullptr;
  std::size_t first = 0, end = 0;  // word indices [first, end)
  bool bare = false;               // a version alone, the product from the paragraph or title
};

// A product name at word i; returns the number of words matched (0: none).
std::size_t nameAt(const ReleaseBase& base, const std::vector<Word>& ws, std::size_t i, std::uint32_t& product) {
  const auto* names = base.namesStartingWith(ws[i].lower);
  if (!names) return 0;
  for (const ReleaseBase::Name& n : *names) {
    if (i + n.words.size() > ws.size()) continue;
    bool ok = true;
    for (std::size_t k = 1; k < n.words.size() && ok; ++k) ok = ws[i + k].lower == n.words[k];
    if (!ok) continue;
    if (n.cased && ws[i].raw != n.first_raw) continue;
    product = n.product;
    return n.words.size();
  }
  return 0;
}

bool isAnyOf(std::string_view w, std::initializer_list<std::string_view> list) {
  return std::find(list.begin(), list.end(), w) != list.end();
}

std::string day(const CivilDate& d) { return fmt::format("{} {} {}", d.day, monthName(d.month), d.year); }

// Newest cycle released on or before `ref` (LTS ones only with `lts`).
const ReleaseCycle* newestAt(const ReleaseProduct& p, const CivilDate& ref, bool lts) {
  const ReleaseCycle* best = nullptr;
  for (const ReleaseCycle& c : p.cycles) {
    if (!c.release || ref < *c.release) continue;
    if (lts && !c.isLtsAt(ref)) continue;
    if (!best || *best->release < *c.release) best = &c;
  }
  return best;
}

std::string displayName(const ReleaseProduct& p) {
  for (std::string_view v : {"Apple ", "Microsoft ", "Google "})
    if (p.title.starts_with(v) && p.id != "dotnet") return p.title.substr(v.size());
  if (p.id == "dotnet") return ".NET";
  if (p.id == "oracle-jdk") return "Java (Oracle JDK)";
  return p.title;
}

// What is true of the product at `ref`: "the active LTS line is 24" or "the latest release is 1.36".
std::string currentState(const ReleaseProduct& p, const CivilDate& ref) {
  const ReleaseCycle* latest = newestAt(p, ref, false);
  if (!latest) return {};
  const ReleaseCycle* lts = newestAt(p, ref, true);
  std::string s = fmt::format("the latest {} release line is {}", displayName(p), latest->name);
  if (latest->release) s += fmt::format(" (since {})", day(*latest->release));
  if (lts && lts != latest) s += fmt::format(", the latest LTS line {}", lts->name);
  return s;
}

// A cell of the cycles table: a date, or what the flag says when the data gives none.
std::string cell(const DateOrFlag& d, std::string_view yes, std::string_view no) {
  if (d.date) return day(*d.date);
  return std::string(d.flag == 1 ? yes : d.flag == 0 ? no : "");
}

// The product's cycles around the one mentioned (two newer, two older) as a Markdown table,
// with the product's page as the source: the hover of a release finding.
std::string cyclesAround(const ReleaseProduct& p, const ReleaseCycle& mentioned, std::string_view snapshot) {
  const std::size_t at = static_cast<std::size_t>(&mentioned - p.cycles.data());
  const std::size_t first = at >= 2 ? at - 2 : 0, last = std::min(p.cycles.size(), at + 3);
  const std::string page = p.source.empty() ? "endoflife.date/" + p.id : p.source;
  std::string out =
      fmt::format("**{} release cycles** ([{}](https://{}), {})\n\n"
                  "| Cycle | Released | LTS | Active support until | End of life |\n|---|---|---|---|---|\n",
                  displayName(p), page, page, snapshot);
  for (std::size_t i = first; i < last; ++i) {
    const ReleaseCycle& c = p.cycles[i];
    const std::string name = &c == &mentioned ? fmt::format("**{}** (mentioned)", c.name) : std::string(c.name);
    const std::string lts = c.lts.date ? "from " + day(*c.lts.date) : c.lts.flag == 1 ? "yes" : "";
    out += fmt::format("| {} | {} | {} | {} | {} |\n", name, c.release ? day(*c.release) : "", lts,
                       cell(c.support, "ended", "ongoing"), cell(c.eol, "reached", "not announced"));
  }
  return out;
}

// "The latest version is Python 3.9", "Go 1.11 is the latest release": nothing in the sentence but
// the mention and these words, so putting the newer version in its place is the whole correction.
bool plainLatestSentence(const std::vector<Word>& ws, const Mention& m) {
  bool is = false;
  for (std::size_t i = 0; i < ws.size(); ++i) {
    if (i >= m.first && i < m.end) continue;
    is = is || ws[i].lower == "is";
    if (!isAnyOf(ws[i].lower, {"the", "latest", "newest", "current", "most", "recent", "stable", "version", "release",
                               "is", "of", "lts"}))
      return false;
  }
  return is;
}

// Products named in the document's title (front matter `title`, else the first heading).
std::vector<std::uint32_t> titleProducts(const Document& doc, const ReleaseBase& base_ref) {
  std::optional<std::vector<std::uint32_t>> title_products;
  const ReleaseBase* base = &base_ref;
  {
    title_products.emplace();
    const Document& whole = doc.whole();
    std::string_view title = whole.prose().front_matter.get("title");
    std::string ttext(title);
    if (ttext.empty())
      for (const Block& b : whole.prose().blocks)
        if (b.kind == BlockKind::Heading) {
          ttext = whole.slice(b.span);
          break;
        }
    // Words of the title (offsets unused).
    std::vector<std::string> tw;
    std::string cur;
    for (char c : ttext + " ") {
      if (alnum(c) || c == '.' || c == '+' || c == '#')
        cur.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c);
      else {
        while (!cur.empty() && cur.back() == '.') cur.pop_back();
        if (!cur.empty()) tw.push_back(cur);
        cur.clear();
      }
    }
    for (std::size_t i = 0; i < tw.size(); ++i) {
      const auto* names = base->namesStartingWith(tw[i]);
      if (!names) continue;
      for (const auto& nm : *names) {
        bool ok = i + nm.words.size() <= tw.size();
        for (std::size_t k = 1; ok && k < nm.words.size(); ++k) ok = tw[i + k] == nm.words[k];
        if (ok) {
          if (std::find(title_products->begin(), title_products->end(), nm.product) == title_products->end())
            title_products->push_back(nm.product);
          break;
        }
      }
    }
  }
  return *title_products;
}

// Cheap pre-filter: a number that can be a version: dotted ("1.25"), after a
// "v" ("v20"), or of one to three digits after a space ("Node.js 20", "Java 8").
// Years, percentages and long counts alone do not qualify.
bool versionLike(std::string_view t) {
  for (std::size_t i = 0; i < t.size(); ++i) {
    if (!digit(t[i]) || (i > 0 && digit(t[i - 1]))) continue;
    std::size_t j = i;
    while (j < t.size() && digit(t[j])) ++j;
    if (j + 1 < t.size() && t[j] == '.' && digit(t[j + 1])) return true;
    const char before = i > 0 ? t[i - 1] : ' ';
    if (before == 'v' || before == 'V') return true;
    if (j - i <= 3 && (before == ' ' || before == '\n') && (j == t.size() || t[j] != '%')) return true;
  }
  return false;
}

}  // namespace

std::uint64_t releaseTitleInputs(const Document& doc) {
  std::uint64_t h = 0;
  for (std::uint32_t p : titleProducts(doc, builtinReleases())) h = (h ^ (p + 1)) * 1099511628211ull;
  return h;
}

void checkReleaseClaims(const RuleContext& ctx, FindingSink& sink) {
  const Document& doc = ctx.document;
  const TokenizedProse& prose = doc.tokens();
  // Cheap pre-filter: a sentence needs a digit to name a cycle.
  std::shared_ptr<const ReleaseBase> folder;
  const ReleaseBase* base = nullptr;
  const ReferenceDate ref = referenceDate(ctx);
  const std::optional<CivilDate> doc_date = documentDate(doc);
  const CivilDate R = ref.date;

  // Products named in the title (front matter or first heading), computed on demand.
  std::optional<std::vector<std::uint32_t>> title_products;
  std::uint32_t context_block = UINT32_MAX;
  std::vector<std::uint32_t> block_products;

  for (const Sentence& sentence : prose.sentences) {
    const std::string_view raw = doc.slice(sentence.span);
    if (!versionLike(raw)) continue;
    if (!base) {
      if (const auto it = ctx.options.find("releaseData"); it != ctx.options.end() && it->is_string())
        folder = releasesFromFolder(it->get<std::string>());
      base = folder ? folder.get() : &builtinReleases();
    }
    const Block& block = doc.prose().blocks[sentence.block];
    if (block.kind == BlockKind::Heading) continue;
    const std::string text = proseText(doc, block, sentence.span);
    const std::vector<Word> ws = words(doc, text, sentence.span.begin);
    if (ws.empty()) continue;

    // Mentions: a product name followed by a version.
    std::vector<Mention> mentions;
    for (std::size_t i = 0; i < ws.size(); ++i) {
      std::uint32_t product = 0;
      const std::size_t n = nameAt(*base, ws, i, product);
      if (!n) continue;
      std::size_t j = i + n;
      if (j < ws.size() && isAnyOf(ws[j].lower, {"version", "release", "v"})) ++j;
      if (j >= ws.size()) continue;
      const std::string_view v = versionText(ws[j].raw, true);
      if (v.empty()) continue;
      const ReleaseCycle* c = base->products()[product].cycleOf(v);
      if (!c) continue;
      mentions.push_back({product, c, i, j + 1, false});
      i = j;
    }
    // Bare versions ("v4", "the 1.5 release") when the paragraph or title names one product.
    // Only a version with a "v" or next to "release"/"version"/"LTS" can stand alone.
    const auto bareCandidate = [&](std::size_t i) {
      const bool has_v = ws[i].raw.size() > 1 && (ws[i].raw[0] == 'v' || ws[i].raw[0] == 'V');
      if (!has_v && !digit(ws[i].raw[0])) return false;
      const std::string_view v = versionText(ws[i].raw, true);
      if (v.empty()) return false;
      const bool cue_before = i > 0 && isAnyOf(ws[i - 1].lower, {"version", "release", "lts"});
      const bool cue_after = i + 1 < ws.size() && isAnyOf(ws[i + 1].lower, {"release", "version", "lts"});
      if (!has_v && !cue_before && !cue_after) return false;
      return has_v || v.find('.') != std::string_view::npos || cue_before;
    };
    bool any_bare = false;
    if (mentions.empty())
      for (std::size_t i = 0; i < ws.size() && !any_bare; ++i) any_bare = bareCandidate(i);
    if (mentions.empty() && any_bare) {
      if (context_block != sentence.block) {
        context_block = sentence.block;
        block_products.clear();
        const std::string btext = proseText(doc, block, block.span);
        const auto bws = words(doc, btext, block.span.begin);
        for (std::size_t i = 0; i < bws.size(); ++i) {
          std::uint32_t product = 0;
          if (const std::size_t n = nameAt(*base, bws, i, product)) {
            if (std::find(block_products.begin(), block_products.end(), product) == block_products.end())
              block_products.push_back(product);
            i += n - 1;
          }
        }
      }
      if (!title_products) title_products = titleProducts(doc, *base);
      const std::vector<std::uint32_t>& ctxp = block_products.size() == 1 ? block_products : *title_products;
      if (ctxp.size() == 1) {
        const ReleaseProduct& p = base->products()[ctxp[0]];
        for (std::size_t i = 0; i < ws.size(); ++i) {
          const bool has_v = ws[i].raw.size() > 1 && (ws[i].raw[0] == 'v' || ws[i].raw[0] == 'V');
          const std::string_view v = versionText(ws[i].raw, true);
          if (v.empty()) continue;
          const bool cue_before = i > 0 && isAnyOf(ws[i - 1].lower, {"version", "release", "lts"});
          const bool cue_after = i + 1 < ws.size() && isAnyOf(ws[i + 1].lower, {"release", "version", "lts"});
          if (!has_v && !cue_before && !cue_after) continue;
          if (!has_v && v.find('.') == std::string_view::npos && !cue_before) continue;
          const ReleaseCycle* c = p.cycleOf(v);
          if (!c) continue;
          mentions.push_back({ctxp[0], c, i, i + 1, true});
        }
      }
    }
    if (mentions.empty()) continue;

    // Sentence-level cues.
    auto has = [&](std::string_view w) {
      return std::any_of(ws.begin(), ws.end(), [&](const Word& x) { return x.lower == w; });
    };
    auto hasSeq = [&](std::initializer_list<std::string_view> seq) {
      const std::size_t n = seq.size();
      for (std::size_t i = 0; i + n <= ws.size(); ++i) {
        std::size_t k = 0;
        for (std::string_view s : seq) {
          if (ws[i + k].lower != s) break;
          ++k;
        }
        if (k == n) return true;
      }
      return false;
    };
    const bool present = has("is") || has("are") || has("it's") || has("now") || has("currently") || has("still") ||
                         has("remains") || has("today") || has("will") || has("becomes");
    const bool past = has("was") || has("were") || has("had") || has("became") || has("did") ||
                      (has("released") && !has("be") && !has("been"));
    if (past && !present) continue;
    // "now expected in Go 1.18", not "works as expected".
    bool expected = false;
    for (std::size_t i = 0; i < ws.size() && !expected; ++i)
      expected = ws[i].lower == "expected" && (i == 0 || !isAnyOf(ws[i - 1].lower, {"as", "than"}));
    const bool plan_words = hasSeq({"plan", "to"}) || hasSeq({"plans", "to"}) || hasSeq({"planning", "to"}) ||
                            hasSeq({"intend", "to"}) || hasSeq({"hope", "to"}) || has("hopefully") ||
                            has("preparing") || hasSeq({"in", "the", "coming"}) || hasSeq({"the", "coming", "weeks"}) ||
                            hasSeq({"freeze", "for"}) || has("approaching") || hasSeq({"plan", "is", "to"}) ||
                            has("pending") || expected;
    const bool future = has("will") || plan_words || has("upcoming") || has("forthcoming") ||
                        hasSeq({"is", "coming"}) || hasSeq({"are", "coming"}) || hasSeq({"coming", "soon"}) ||
                        has("planned") || has("scheduled") || has("slated") || hasSeq({"going", "to"}) ||
                        has("targeted") || hasSeq({"next", "major"}) || hasSeq({"next", "release"}) ||
                        hasSeq({"next", "version"});
    const bool eol_words = hasSeq({"end", "of", "life"}) || has("eol") || hasSeq({"end", "of", "support"});
    const bool negated = has("not") || has("no") || has("isn't") || has("aren't") || has("unsupported") ||
                         has("deprecated") || has("never");

    for (const Mention& m : mentions) {
      const ReleaseProduct& p = base->products()[m.product];
      const ReleaseCycle& c = *m.cycle;
      // Inside quotes: reported speech.
      {
        int straight = 0;
        for (std::size_t i = sentence.span.begin; i < ws[m.first].begin; ++i)
          if (doc.text()[i] == '"') ++straight;
        if (straight % 2 == 1) continue;
      }
      const std::string_view before = m.first > 0 ? std::string_view(ws[m.first - 1].lower) : std::string_view();
      const bool object_of_preposition =
          isAnyOf(before, {"in",      "on",        "since", "from",   "with",    "for",       "by",    "of",  "to",
                           "into",    "than",      "after", "before", "until",   "across",    "under", "via", "using",
                           "upgrade", "upgrading", "and",   "or",     "like",    "including", "than",  "at",  "as",
                           "pre",     "post",      "older", "newer",  "earlier", "later"});
      // Window of words around the mention.
      const std::size_t wb = m.first >= 6 ? m.first - 6 : 0;
      const std::size_t we = std::min(ws.size(), m.end + 6);
      auto near = [&](std::initializer_list<std::string_view> list) {
        for (std::size_t i = wb; i < we; ++i)
          if (i < m.first || i >= m.end)
            if (isAnyOf(ws[i].lower, list)) return true;
        return false;
      };
      auto nearSeq = [&](std::string_view a, std::string_view b) {
        for (std::size_t i = wb; i + 1 < we; ++i)
          if (ws[i].lower == a && ws[i + 1].lower == b) return true;
        return false;
      };
      // endoflife.date products share the snapshot's date; a product of another source has its own.
      const std::optional<CivilDate>& data_date = p.source.empty() ? base->snapshotDate() : p.data_date;
      const std::string snapshot = (p.source.empty() ? "snapshot of " : "releases to ") +
                                   (data_date ? day(*data_date) : std::string("unknown date"));
      const bool data_older = data_date && *data_date < R;
      const std::string where = fmt::format("{}, {}{}", p.source.empty() ? "endoflife.date/" + p.id : p.source,
                                            snapshot, data_older ? "; later changes are not in the data" : "");
      // "Windows 10 (cycle 10-22h2)": a cycle name that is not the version as written says which one.
      const std::string written(versionText(ws[m.end - 1].raw, true));
      const std::string name = c.name.find('-') == std::string_view::npos
                                   ? displayName(p) + " " + std::string(c.name)
                                   : fmt::format("{} {} (cycle {})", displayName(p), written, c.name);
      std::string message;
      const ReleaseCycle* newer_latest = nullptr;  // set when the sentence calls an older cycle the latest

      // "Java 8 is an LTS release", "a long-term support version": the kind of cycle it is, true for good;
      // not "is still an LTS", "an LTS that is maintained".
      const bool kind_of_cycle = (nearSeq("an", "lts") || nearSeq("a", "long")) && !eol_words && !has("supported") &&
                                 !has("maintained") && !has("maintenance") && !has("active") && !has("still") &&
                                 !has("currently") && !has("now") && !has("until");
      const bool support_cue =
          !kind_of_cycle && (near({"supported", "maintained", "lts", "maintenance", "eol", "active"}) || eol_words ||
                             nearSeq("security", "updates") || nearSeq("security", "fixes") ||
                             nearSeq("long", "term") || nearSeq("support", "until") || nearSeq("supported", "until"));
      const bool latest_cue = near({"latest", "newest", "current"}) || nearSeq("most", "recent");
      const auto word = [&](std::size_t i) {
        return i < ws.size() ? std::string_view(ws[i].lower) : std::string_view();
      };
      // "Go 1.18 beta", "Vue 3 is in beta", "Rust 1.85 is currently in beta"; or before it: "the first
      // preview release of Go 1.18".
      std::size_t stage_at = m.end;
      if (isAnyOf(word(stage_at), {"is", "are"})) ++stage_at;
      while (isAnyOf(word(stage_at), {"now", "currently", "still", "already"})) ++stage_at;
      if (stage_at > m.end && word(stage_at) == "in") ++stage_at;
      const bool stage_after = isAnyOf(word(m.end), {"beta", "alpha", "preview", "rc", "rc1", "rc2", "candidate"}) ||
                               (stage_at > m.end && isAnyOf(word(stage_at), {"beta", "alpha", "preview"}));
      const bool stage_before =
          m.first >= 3 && word(m.first - 1) == "of" &&
          (isAnyOf(word(m.first - 2), {"beta", "preview", "alpha", "candidate"}) ||
           (word(m.first - 2) == "release" && isAnyOf(word(m.first - 3), {"beta", "preview", "alpha"})));
      const bool maturity_cue = stage_after || stage_before;
      const bool numbered_prerelease = m.end + 1 < ws.size() &&
                                       isAnyOf(ws[m.end].lower, {"beta", "alpha", "rc", "preview"}) &&
                                       digit(ws[m.end + 1].raw[0]);
      const bool released_by_ref = c.release && *c.release <= R && !numbered_prerelease;
      const bool unreleased_at_doc = c.release && doc_date && *doc_date < *c.release;

      // "supported by Oracle until 2030" beyond the end of a named support tier ("Premier Support"):
      // another tier (extended support) may run until then, which the data does not give.
      const bool label_names_tier =
          c.eol.date && p.eol_label.find("Support") != std::string::npos && p.eol_label != "Support Status";
      int until_year = 0;
      for (std::size_t i = m.end; i + 1 < ws.size() && !until_year; ++i)
        if (ws[i].lower == "until")
          for (std::size_t k = i + 1; k < std::min(ws.size(), i + 4) && !until_year; ++k)
            if (ws[k].raw.size() == 4 && std::all_of(ws[k].raw.begin(), ws[k].raw.end(), digit))
              until_year = std::stoi(std::string(ws[k].raw));
      if (support_cue && !object_of_preposition) {
        if (eol_words && (negated || hasSeq({"reached", "end"}) || hasSeq({"is", "eol"}) || hasSeq({"are", "eol"})) &&
            !future) {
          // States that the cycle has reached end of life: wrong while the data says it is supported.
          if (c.eol.date && R < *c.eol.date && (!doc_date || *doc_date < *c.eol.date) && c.eol.date->year > R.year)
            message = fmt::format("Not yet: {} is supported until {}", name, day(*c.eol.date));
        } else if (negated) {
          // "no longer supported", "not an LTS": no check.
        } else if (c.eol.passed(R) && !(label_names_tier && until_year > c.eol.date->year)) {
          // The product's own term when it names a kind of support ("Premier Support" for Oracle's JDK,
          // "Debian Security Support"): "end of life" would overstate it.
          const bool label = label_names_tier;
          message = !c.eol.date ? fmt::format("Outdated: {} has reached end of life", name)
                    : label     ? fmt::format("Outdated: {} for {} ended on {}", p.eol_label, name, day(*c.eol.date))
                                : fmt::format("Outdated: {} reached end of life on {}", name, day(*c.eol.date));
        } else if ((near({"active"}) || nearSeq("actively", "supported")) && c.support.passed(R) && !eol_words) {
          message = c.support.date ? fmt::format("Outdated: active support for {} ended on {}; it receives security "
                                                 "fixes only until {}",
                                                 name, day(*c.support.date),
                                                 c.eol.date ? day(*c.eol.date) : std::string("its end of life"))
                                   : fmt::format("Outdated: active support for {} has ended", name);
        }
        if (!message.empty() && message.starts_with("Outdated")) {
          const std::string state = currentState(p, R);
          if (!state.empty()) message += "; " + state;
        }
      }
      if (message.empty() && latest_cue && c.release && !near({"previous", "last", "older", "prior"}) &&
          !isAnyOf(before, {"since", "from", "before", "after", "until", "prior", "than"})) {
        const bool lts = near({"lts"}) || nearSeq("long", "term");
        const ReleaseCycle* newer = newestAt(p, R, lts);
        // "Rails 8" names the whole 8.x line, which a newer 8.1 does not supersede.
        const bool same_major =
            written.find('.') == std::string::npos && newer && newer->name.starts_with(written + ".");
        if (newer && newer != &c && newer->release && *c.release < *newer->release && !same_major &&
            (!doc_date || !(*doc_date < *c.release)) && !(past && !present)) {
          message = fmt::format("Outdated: {} is no longer the latest{}: {} {} was released on {}", name,
                                lts ? " LTS" : "", displayName(p), newer->name, day(*newer->release));
          newer_latest = newer;
        }
      }
      if (message.empty() && released_by_ref && unreleased_at_doc && !eol_words && !(past && !present) &&
          (latest_cue || future) && !near({"previous", "older", "prior"})) {
        // Any present or future statement about a cycle not yet out when the article was written is a
        // plan or a preview ("the latest release of Kubernetes 1.10" in its beta).
        message = fmt::format("Outdated: {} was released on {}", name, day(*c.release));
        const std::string state = currentState(p, R);
        if (!state.empty()) message += "; " + state;
      }
      // "Rust 1.71.1, which will be released later today": a patch release the data lists (at or
      // before the cycle's latest) announced in the future tense. Its own date is not in the data.
      const bool listed_patch = std::count(written.begin(), written.end(), '.') >= 2 && !c.latest.empty() &&
                                written != c.name && versionAtMost(written, c.latest);
      const bool release_plan = hasSeq({"will", "be", "released"}) || hasSeq({"to", "be", "released"}) ||
                                hasSeq({"will", "release"}) || hasSeq({"going", "to", "release"}) ||
                                hasSeq({"will", "be", "releasing"}) || hasSeq({"will", "be", "out"});
      if (message.empty() && listed_patch && release_plan && released_by_ref && !(past && !present) &&
          !(eol_words || support_cue)) {
        message = fmt::format("Outdated: {} {} has been released (the latest {} release in the data is {})",
                              displayName(p), written, c.name, c.latest);
      }
      if (message.empty() && released_by_ref && (maturity_cue || future)) {
        const bool strong = maturity_cue || plan_words || has("upcoming") || has("forthcoming") ||
                            hasSeq({"next", "major"}) || hasSeq({"next", "release"}) || hasSeq({"will", "include"}) ||
                            hasSeq({"will", "ship"}) || hasSeq({"will", "be", "released"}) ||
                            hasSeq({"is", "coming"}) || has("planned") || has("scheduled") || has("slated");
        const bool plan_about_cycle = unreleased_at_doc || (!doc_date && strong && !object_of_preposition);
        if (plan_about_cycle && !(eol_words || support_cue)) {
          message = fmt::format("Outdated: {} was released on {}", name, day(*c.release));
          const std::string state = currentState(p, R);
          if (!state.empty() && state.find(" is " + std::string(c.name) + " ") == std::string::npos)
            message += "; " + state;
        }
      }
      if (message.empty()) continue;
      message += fmt::format(" ({}, {})", where, ref.describe());
      Finding f;
      f.span = {ws[m.first].begin, ws[m.end - 1].end};
      f.message = std::move(message);
      f.details = cyclesAround(p, c, snapshot);
      // Exact fixes only: the newer version in a plain "the latest version is X" (safe while the
      // data covers the reference date), or "currently" anchored to the article's month.
      const Word& version = ws[m.end - 1];
      if (newer_latest && plainLatestSentence(ws, m) && versionText(version.raw, true) == c.name) {
        const std::size_t end = version.end;
        f.fixes.push_back({fmt::format("Replace with {} (the latest in the release data)", newer_latest->name),
                           {{{end - c.name.size(), end}, std::string(newer_latest->name)}},
                           !data_older,
                           true});
      } else if (doc_date && f.message.starts_with("Outdated")) {
        for (const Word& w : ws)
          if (w.lower == "currently") {
            std::string as_of = "as of " + doc_date->monthYear();
            if (w.raw[0] == 'C') as_of[0] = 'A';
            f.fixes.push_back({"Replace with '" + as_of + "'", {{{w.begin, w.end}, as_of}}, true, true});
            break;
          }
      }
      sink.add(std::move(f));
      break;  // one finding per sentence
    }
  }
}

}  // namespace copydesk::facts
