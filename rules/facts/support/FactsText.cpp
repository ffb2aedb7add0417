#include "facts/support/FactsText.h"

#include <algorithm>
#include <unordered_set>
#include <vector>

#include "nlp/PhraseMatcher.h"
#include "text/Ascii.h"

namespace copydesk::facts {

SentenceTokens::SentenceTokens(const Document& doc, const Sentence& sentence) : doc_(doc), sentence_(sentence) {
  const TokenizedProse& prose = doc.tokens();
  folded_ = prose.folded_words.size() == prose.tokens.size();
}

std::string_view SentenceTokens::ownLower(std::uint32_t i) const {
  // Folded words are empty for opaque tokens only; a token is never empty.
  if (own_.empty()) {
    own_.resize(sentence_.end_token - sentence_.first_token);
    own_done_.resize(own_.size());
  }
  const std::uint32_t k = i - sentence_.first_token;
  if (!own_done_[k]) {
    std::string buffer;
    own_[k] = normalizedWord(doc_.slice(doc_.tokens().tokens[i].span), buffer);
    own_done_[k] = true;
  }
  return own_[k];
}

WordIndex::WordIndex(std::initializer_list<std::string_view> words) {
  for (std::string_view w : words) add(w, 0);
}

namespace {

std::size_t bucketOf(std::string_view w, std::size_t max_length) {
  if (w.empty() || w.size() >= max_length || w[0] < 'a' || w[0] > 'z') return std::string_view::npos;
  return static_cast<std::size_t>(w[0] - 'a') * max_length + w.size();
}

}  // namespace

void WordIndex::add(std::string_view word, std::uint32_t value) {
  const std::size_t b = bucketOf(word, kMaxLength);
  if (b != std::string_view::npos) buckets_[b].emplace_back(word, value);
}

std::uint32_t WordIndex::find(std::string_view word) const {
  const std::size_t b = bucketOf(word, kMaxLength);
  if (b == std::string_view::npos) return kNone;
  // A bucket's words have the word's length and first letter: compare the rest in place (a call to
  // memcmp per candidate cost more than the comparison).
  for (const auto& [w, value] : buckets_[b]) {
    std::size_t k = 1;
    while (k < word.size() && w[k] == word[k]) ++k;
    if (k == word.size()) return value;
  }
  return kNone;
}

const Block& blockOf(const Document& doc, const Sentence& sentence) { return doc.prose().blocks[sentence.block]; }

bool looksPlural(std::string_view w) {
  return w.size() > 3 && w.back() == 's' && !w.ends_with("ss") && !w.ends_with("us") && !w.ends_with("is") &&
         !w.ends_with("'s");
}

bool insideQuotes(const SentenceTokens& s, std::uint32_t token) {
  int straight = 0;
  int curly = 0;
  for (std::uint32_t i = s.begin(); i < token; ++i) {
    if (s.token(i).kind != TokenKind::Punctuation) continue;
    const std::string_view p = s.raw(i);
    if (p == "\"") ++straight;
    else if (p == "\xE2\x80\x9C") ++curly;
    else if (p == "\xE2\x80\x9D" && curly > 0) --curly;
  }
  if (straight % 2 == 0 && curly == 0) return false;
  // Only when the quote closes later in the sentence.
  for (std::uint32_t i = token + 1; i < s.end(); ++i) {
    if (s.token(i).kind != TokenKind::Punctuation) continue;
    const std::string_view p = s.raw(i);
    if ((straight % 2 == 1 && p == "\"") || (curly > 0 && p == "\xE2\x80\x9D")) return true;
  }
  return false;
}

std::string matchCase(std::string_view original, std::string replacement) {
  if (!original.empty() && original[0] >= 'A' && original[0] <= 'Z' && !replacement.empty() && replacement[0] >= 'a' &&
      replacement[0] <= 'z')
    replacement[0] = static_cast<char>(replacement[0] - 32);
  return replacement;
}

bool isYear(const SentenceTokens& s, std::uint32_t i, int& year) {
  if (i < s.begin() || i >= s.end() || s.token(i).kind != TokenKind::Number) return false;
  const std::string_view t = s.raw(i);
  if (t.size() != 4) return false;
  int y = 0;
  for (char c : t) {
    if (c < '0' || c > '9') return false;
    y = y * 10 + (c - '0');
  }
  if (y < 1900 || y > 2199) return false;
  year = y;
  return true;
}

ArticleKind articleKind(const Document& checked) {
  const Document& doc = checked.whole();  // also when checking a part
  std::string_view title = doc.prose().front_matter.get("title");
  if (title.empty()) {
    for (const Block& b : doc.prose().blocks) {
      if (b.kind == BlockKind::Heading) {
        title = doc.slice(b.span);
        break;
      }
    }
  }
  const std::string lower = asciiLowerCopy(title);
  ArticleKind kind;
  for (std::size_t i = 0; i + 2 < lower.size(); ++i)
    if (lower[i] >= '0' && lower[i] <= '9' && lower[i + 1] == '.' && lower[i + 2] >= '0' && lower[i + 2] <= '9')
      kind.release_or_update = true;
  for (std::string_view w :
       {"announcing", "released",   "release",       "launch",    "available",  " is out",  "introducing",
        "update",     "newsletter", "this week in",  "changelog", "what's new", "progress", "status",
        "recap",      "roundup",    "retrospective", "minutes",   "goals",      "report",   "changes to"})
    if (lower.find(w) != std::string::npos) kind.release_or_update = true;
  for (std::string_view w : {"survey", "results", "census", "benchmark"})
    if (lower.find(w) != std::string::npos) kind.survey_report = true;
  return kind;
}

bool writtenInFirstPerson(const Document& checked) {
  const Document& doc = checked.whole();  // also when checking a part
  int seen = 0;
  for (const Token& t : doc.tokens().tokens) {
    if (t.kind != TokenKind::Word || t.span.size() > 3) continue;
    const std::string_view w = doc.slice(t.span);
    // "I" in capitals only: a lower-case "i" is a variable or a list marker.
    if ((equalsNoCase(w, "we") || equalsNoCase(w, "our") || equalsNoCase(w, "us") || w == "I" ||
         equalsNoCase(w, "my") || equalsNoCase(w, "me")) &&
        ++seen == 3)
      return true;
  }
  return false;
}

bool hasCodeOrLink(const SentenceTokens& s) {
  for (std::uint32_t i = s.begin(); i < s.end(); ++i)
    if (s.token(i).kind == TokenKind::Opaque || s.token(i).kind == TokenKind::Url) return true;
  for (const Link& link : s.document().prose().blocks[s.sentence().block].links)
    if (s.sentence().span.contains(link.text.begin)) return true;
  return false;
}

namespace {

bool sourceHeading(std::string_view title) {
  if (title.size() > 15) return false;  // the longest: "further reading"
  for (std::string_view h : {"references", "reference", "bibliography", "sources", "notes", "footnotes", "citations",
                             "works cited", "further reading", "external links", "literature"})
    if (equalsNoCase(title, h)) return true;
  return false;
}

// Whether the section of offset `at` is source material by its heading, and up to which offset the
// answer holds for the offsets after `at` (`at` + 1 when it may not: `at` is in a heading).
struct SectionAt {
  bool source = false;
  std::uint32_t to = 0;
};

SectionAt sectionAt(const Document& doc, std::uint32_t at) {
  // The nearest heading before the sentence's block (blocks are in source order).
  const auto& blocks = doc.prose().blocks;
  const auto after = std::upper_bound(blocks.begin(), blocks.end(), at,
                                      [](std::uint32_t x, const Block& b) { return x < b.span.begin; });
  SectionAt out{false, at + 1};
  bool in_heading = false;  // `at` is inside a heading, which belongs to the section before it
  for (auto it = after; it != blocks.begin();) {
    --it;
    if (it->kind != BlockKind::Heading) continue;
    if (!it->span.contains(at)) {
      out.source = sourceHeading(doc.slice(it->span));
      break;
    }
    in_heading = true;
  }
  if (in_heading) return out;
  // Every offset before the next heading has the same nearest heading.
  auto next = after;
  while (next != blocks.end() && next->kind != BlockKind::Heading) ++next;
  out.to = next == blocks.end() ? ~std::uint32_t{0} : next->span.begin;
  return out;
}

}  // namespace

bool SourceMaterial::lookUp(const Sentence& sentence) {
  const Document& doc = doc_.whole();
  const std::uint32_t at = sentence.span.begin;
  // Footnote definitions come in the order of their starts: past the ones that end before `at`, the first
  // left holds `at` or starts after it (then so do all after it).
  const std::vector<FootnoteDefinition>& footnotes = doc.prose().footnotes;
  if (at < last_at_) footnote_ = 0;
  last_at_ = at;
  while (footnote_ < footnotes.size() && footnotes[footnote_].span.end <= at) ++footnote_;
  if (footnote_ < footnotes.size() && footnotes[footnote_].span.contains(at)) return true;
  if (at < section_from_ || at >= section_to_) {
    const SectionAt section = sectionAt(doc, at);
    section_from_ = at;
    section_to_ = section.to;
    section_source_ = section.source;
  }
  return section_source_;
}

std::uint64_t sourceSectionsHash(const Document& checked) {
  const Document& doc = checked.whole();
  const auto& blocks = doc.prose().blocks;
  const auto& keys = doc.blockKeys();
  // Which bytes of each block (from its start) lie in a footnote definition.
  std::vector<std::uint64_t> in_footnote(blocks.size(), 0);
  for (const FootnoteDefinition& f : doc.prose().footnotes) {
    auto it =
        std::partition_point(blocks.begin(), blocks.end(), [&](const Block& b) { return b.span.end <= f.span.begin; });
    for (; it != blocks.end() && it->span.begin < f.span.end; ++it) {
      const std::uint64_t from = std::max(f.span.begin, it->span.begin) - it->span.begin;
      const std::uint64_t to = std::min(f.span.end, it->span.end) - it->span.begin;
      std::uint64_t& part = in_footnote[static_cast<std::size_t>(it - blocks.begin())];
      part = part * 31 + (from << 32 | to) + 1;
    }
  }
  // Whether each block lies in a source section (a heading belongs to the section before it).
  std::vector<bool> in_source(blocks.size(), false);
  std::unordered_set<std::uint64_t> source_keys;
  bool source = false;
  for (std::size_t b = 0; b < blocks.size(); ++b) {
    in_source[b] = source;
    if (blocks[b].kind == BlockKind::Heading) source = sourceHeading(doc.slice(blocks[b].span));
    if (in_source[b] || in_footnote[b] != 0) source_keys.insert(keys[b]);
  }
  // The blocks read as source material, by key and in order, with no offsets:
  // an edit elsewhere, moving them, keeps every other block's findings. A
  // block with the key of one of them counts too (the paragraph cache finds
  // findings by key).
  std::uint64_t hash = 0;
  const auto mix = [&hash](std::uint64_t value) { hash = (hash ^ value) * 1099511628211ull + 0x9E3779B97F4A7C15ull; };
  for (std::size_t b = 0; b < blocks.size(); ++b) {
    if (!source_keys.contains(keys[b])) continue;
    mix(keys[b]);
    mix(in_source[b] ? 1 : 0);
    mix(in_footnote[b]);
  }
  return hash;
}

int monthNumber(std::string_view w) {
  static constexpr std::string_view kNames[] = {"january", "february", "march",     "april",   "may",      "june",
                                                "july",    "august",   "september", "october", "november", "december"};
  for (int m = 0; m < 12; ++m) {
    if (w == kNames[m]) return m + 1;
    if (w.size() == 3 && m != 4 && kNames[m].substr(0, 3) == w) return m + 1;
  }
  if (w == "sept") return 9;
  return 0;
}

}  // namespace copydesk::facts
