#include "grammar/support/Grammar.h"

#include <algorithm>
#include <cstdio>

#include "nlp/PhraseMatcher.h"
#include "text/DataLines.h"
#include "text/EmbeddedData.h"
#include "text/Utf.h"

COPYDESK_EMBEDDED(grammar_lexicon_txt)
COPYDESK_EMBEDDED(grammar_words_txt)
COPYDESK_EMBEDDED(grammar_irregular_verbs_txt)
COPYDESK_EMBEDDED(grammar_patterns_txt)

namespace copydesk::grammar {

namespace {

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

std::vector<std::string_view> split(std::string_view s, char sep) {
  std::vector<std::string_view> parts;
  std::size_t pos = 0;
  while (true) {
    const std::size_t next = s.find(sep, pos);
    parts.push_back(s.substr(pos, next == std::string_view::npos ? std::string_view::npos : next - pos));
    if (next == std::string_view::npos) break;
    pos = next + 1;
  }
  return parts;
}

std::vector<std::string_view> words(std::string_view s) {
  std::vector<std::string_view> out;
  for (std::string_view w : split(s, ' ')) {
    w = trim(w);
    if (!w.empty()) out.push_back(w);
  }
  return out;
}

bool endsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

bool isVowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

}  // namespace

const Lexicon& Lexicon::get() {
  static const Lexicon lexicon;
  return lexicon;
}

namespace {
constexpr std::uint32_t kVerb = 1, kNoun = 2, kMaybeNoun = 4, kAdjective = 8, kIrregularBase = 16, kPastForm = 32;
constexpr std::uint32_t kPos = kVerb | kNoun | kMaybeNoun | kAdjective;
constexpr int kFirstClassBit = 6;
}  // namespace

Lexicon::Lexicon() {
  // One pass over the embedded list, no per-line allocation: "word CLASSES\n".
  bits_.reserve(40000);
  for (const std::string_view line : DataLines(data::grammar_lexicon_txt)) {
    const std::size_t space = line.find(' ');
    if (space == std::string_view::npos) continue;
    std::uint32_t b = 0;
    for (char c : line.substr(space + 1))
      b |= c == 'V' ? kVerb : c == 'N' ? kNoun : c == 'n' ? kMaybeNoun : c == 'A' ? kAdjective : 0;
    bits_.emplace(std::string(line.substr(0, space)), b);
  }
  for (const std::string_view line : DataLines(data::grammar_words_txt)) {
    const std::size_t colon = line.find(':');
    if (colon == std::string_view::npos) continue;
    const std::string name(trim(line.substr(0, colon)));
    auto& list = classes_[name];
    for (std::string_view w : words(line.substr(colon + 1))) list.emplace_back(w);
  }
  // Each class is a bit of its words' entry. Function words are never
  // open-class words here ("are" is also a unit, "she" a verb in hunspell).
  for (const auto& [name, list] : classes_) {
    const int bit = kFirstClassBit + static_cast<int>(class_names_.size());
    if (bit >= 32) break;
    class_names_.push_back(name);
    const bool function =
        !(name == "plural-irregular" || name == "s-singular" || name == "collective" || name == "after-these" ||
          name == "not-comparative" || name == "not-subject" || name == "past-only" || name == "past-not-participle");
    for (const std::string& w : list) {
      std::uint32_t& b = bits_[w];
      if (function) b &= ~kPos;
      b |= std::uint32_t{1} << bit;
    }
  }
  for (const std::string_view line : DataLines(data::grammar_irregular_verbs_txt)) {
    const auto w = words(line);
    if (w.size() != 3) continue;
    for (std::string_view past : split(w[1], '/'))
      if (past != w[0]) {
        past_to_base_.emplace(std::string(past), std::string(w[0]));
        bits_[std::string(past)] |= kPastForm;
      }
    for (std::string_view part : split(w[2], '/')) bits_[std::string(part)] |= kPastForm;
    participle_of_.emplace(std::string(w[0]), std::string(split(w[2], '/').front()));
    bits_[std::string(w[0])] |= kIrregularBase;
  }
}

std::uint32_t Lexicon::bits(std::string_view w) const {
  const auto it = bits_.find(w);
  return it == bits_.end() ? 0 : it->second;
}

bool Lexicon::known(std::string_view w) const { return (bits(w) & kPos) != 0; }

bool Lexicon::inClass(std::string_view cls, std::string_view word) const {
  for (std::size_t i = 0; i < class_names_.size(); ++i)
    if (class_names_[i] == cls) return (bits(word) >> (kFirstClassBit + i)) & 1;
  return false;
}

const std::vector<std::string>& Lexicon::classWords(std::string_view cls) const {
  static const std::vector<std::string> kNone;
  const auto it = classes_.find(cls);
  return it == classes_.end() ? kNone : it->second;
}

bool Lexicon::isVerb(std::string_view w) const { return (bits(w) & (kVerb | kIrregularBase)) != 0; }
bool Lexicon::isNoun(std::string_view w) const { return (bits(w) & kNoun) != 0; }
bool Lexicon::isNounLike(std::string_view w) const { return (bits(w) & (kNoun | kMaybeNoun)) != 0; }
bool Lexicon::isAdjective(std::string_view w) const { return (bits(w) & kAdjective) != 0; }

std::string Lexicon::baseOfVbz(std::string_view w) const {
  if (w == "has") return "have";
  if (w == "does") return "do";
  if (w == "goes") return "go";
  if (w.size() < 3 || inClass("s-singular", w) || isVerb(w) || !endsWith(w, "s") || endsWith(w, "ss")) return {};
  if (endsWith(w, "ies") && w.size() > 4) {
    std::string base = std::string(w.substr(0, w.size() - 3)) + "y";
    if (isVerb(base)) return base;
  }
  if (endsWith(w, "es")) {
    std::string base(w.substr(0, w.size() - 2));
    if ((endsWith(base, "s") || endsWith(base, "x") || endsWith(base, "z") || endsWith(base, "ch") ||
         endsWith(base, "sh") || endsWith(base, "o")) &&
        isVerb(base))
      return base;
  }
  std::string base(w.substr(0, w.size() - 1));
  if (isVerb(base)) return base;
  return {};
}

std::string Lexicon::baseOfVbd(std::string_view w) const {
  if (w.size() < 3 || isVerb(w)) return {};
  if (const auto it = past_to_base_.find(w); it != past_to_base_.end()) return it->second;
  if (!endsWith(w, "ed") || w.size() < 4) return {};
  std::string e(w.substr(0, w.size() - 1));
  std::string plain(w.substr(0, w.size() - 2));
  if (endsWith(w, "ied")) {
    std::string y = std::string(w.substr(0, w.size() - 3)) + "y";
    if (isVerb(y)) return y;
  }
  if (isVerb(plain)) return plain;
  if (isVerb(e)) return e;
  if (plain.size() >= 3 && plain[plain.size() - 1] == plain[plain.size() - 2]) {
    std::string undoubled = plain.substr(0, plain.size() - 1);
    if (isVerb(undoubled)) return undoubled;
  }
  return {};
}

std::string Lexicon::participle(std::string_view base) const {
  const auto it = participle_of_.find(base);
  return it == participle_of_.end() ? std::string() : it->second;
}

bool Lexicon::isPastForm(std::string_view w) const { return (bits(w) & kPastForm) != 0; }

std::string Lexicon::thirdPerson(std::string_view base) const {
  if (base == "have") return "has";
  if (base == "do") return "does";
  if (base == "go") return "goes";
  if (base == "be") return "is";
  std::string b(base);
  if (endsWith(b, "s") || endsWith(b, "x") || endsWith(b, "z") || endsWith(b, "ch") || endsWith(b, "sh") ||
      endsWith(b, "o"))
    return b + "es";
  if (b.size() >= 2 && b.back() == 'y' && !isVowel(b[b.size() - 2])) return b.substr(0, b.size() - 1) + "ies";
  return b + "s";
}

bool Lexicon::isPluralNoun(std::string_view w) const {
  if (inClass("plural-irregular", w)) return true;
  if (inClass("s-singular", w) || w.size() < 3 || !endsWith(w, "s") || endsWith(w, "ss") || endsWith(w, "us") ||
      endsWith(w, "is") || known(w))
    return false;
  if (endsWith(w, "ies") && w.size() > 4 && isNounLike(std::string(w.substr(0, w.size() - 3)) + "y")) return true;
  if (endsWith(w, "es")) {
    std::string base(w.substr(0, w.size() - 2));
    if ((endsWith(base, "s") || endsWith(base, "x") || endsWith(base, "z") || endsWith(base, "ch") ||
         endsWith(base, "sh")) &&
        isNounLike(base))
      return true;
  }
  return isNounLike(w.substr(0, w.size() - 1));
}

bool Lexicon::isSingularCountNoun(std::string_view w) const {
  return isNounLike(w) && !endsWith(w, "s") && !inClass("plural-irregular", w) && !inClass("collective", w) &&
         !inClass("after-these", w) && !isAdjective(w) && !endsWith(w, "ing");
}

bool Lexicon::adjectiveStem(std::string_view w, std::string_view suffix) const {
  if (!endsWith(w, suffix) || w.size() < suffix.size() + 2) return false;
  const std::string_view stem = w.substr(0, w.size() - suffix.size());
  if (isAdjective(stem)) return true;                                                                      // faster
  if (isAdjective(std::string(stem) + "e")) return true;                                                   // larger
  if (stem.back() == 'i' && isAdjective(std::string(stem.substr(0, stem.size() - 1)) + "y")) return true;  // easier
  if (stem.size() >= 3 && stem[stem.size() - 1] == stem[stem.size() - 2] && !isVowel(stem.back()) &&
      isAdjective(stem.substr(0, stem.size() - 1)))
    return true;  // bigger
  return false;
}

bool Lexicon::isComparative(std::string_view w) const {
  if (w == "better" || w == "worse") return true;
  if (inClass("not-comparative", w) || isNoun(w)) return false;
  return adjectiveStem(w, "er");
}

bool Lexicon::isSuperlative(std::string_view w) const {
  if (w == "best" || w == "worst") return true;
  if (inClass("not-comparative", w) || isNoun(w) || isVerb(w)) return false;
  return adjectiveStem(w, "est");
}

bool skipBlock(const Document& doc, const Sentence& sentence) {
  const auto& blocks = doc.prose().blocks;
  if (sentence.block >= blocks.size()) return true;
  const Block& block = blocks[sentence.block];
  return block.kind == BlockKind::Heading || block.in_blockquote || block.kind == BlockKind::BlockQuote ||
         block.kind == BlockKind::TableCell || block.kind == BlockKind::Caption;
}

namespace {
bool alnum(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
         static_cast<unsigned char>(c) >= 0x80;
}
}  // namespace

bool quotedOrEmphasised(const Document& doc, const Sentence& sentence, std::uint32_t first, std::uint32_t end) {
  const auto& tokens = doc.tokens().tokens;
  const std::string_view text = doc.text();
  const auto& blocks = doc.prose().blocks;
  const std::size_t from = sentence.block < blocks.size() ? blocks[sentence.block].span.begin : sentence.span.begin;
  const std::size_t begin = tokens[first].span.begin;
  const std::size_t stop = tokens[end - 1].span.end;
  // Immediately wrapped in single quotes: 'could of'.
  if (begin > 0 && stop < text.size()) {
    const char before = text[begin - 1];
    const char after = text[stop];
    if (before == '\'' && after == '\'') return true;
    if (begin >= 3 && text.substr(begin - 3, 3) == "\xE2\x80\x98") return true;  // ‘
  }
  int straight = 0, curly = 0, star_runs = 0, underscore_runs = 0;
  for (std::size_t i = from; i < begin && i < text.size(); ++i) {
    const char c = text[i];
    if (c == '"') {
      ++straight;
    } else if (c == '*') {
      ++star_runs;
      while (i + 1 < begin && text[i + 1] == '*') ++i;
    } else if (c == '_') {
      const bool left = i == from || !alnum(text[i - 1]);
      std::size_t j = i;
      while (j + 1 < begin && text[j + 1] == '_') ++j;
      const bool right = j + 1 >= text.size() || !alnum(text[j + 1]);
      if (left || right) ++underscore_runs;
      i = j;
    } else if (c == '\xE2' && i + 2 < text.size() && text[i + 1] == '\x80') {
      if (text[i + 2] == '\x9C') ++curly;
      if (text[i + 2] == '\x9D') --curly;
    }
  }
  return straight % 2 == 1 || curly > 0 || star_runs % 2 == 1 || underscore_runs % 2 == 1;
}

Finding makeFinding(ByteSpan span, std::string message) {
  Finding f;
  f.span = span;
  f.message = std::move(message);
  return f;
}

// ---------------------------------------------------------------- patterns

std::vector<Pattern> PatternSet::parse(std::string_view data, std::string_view rule) {
  const Lexicon& lex = Lexicon::get();
  std::vector<Pattern> out;
  for (const std::string_view line : DataLines(data)) {
    const auto fields = split(line, '|');
    if (fields.size() != 5 || trim(fields[0]) != rule) continue;
    Pattern p;
    p.rule = std::string(trim(fields[0]));
    struct Raw {
      PatternElement e;
    };
    std::vector<PatternElement> all;
    std::size_t target_begin = std::string::npos, target_end = std::string::npos;
    for (std::string_view item : words(fields[1])) {
      if (item == "^") {
        p.at_start = true;
        continue;
      }
      if (item == "$") {
        p.at_end = true;
        continue;
      }
      if (item == "[") {
        target_begin = all.size();
        continue;
      }
      if (item == "]") {
        target_end = all.size();
        continue;
      }
      PatternElement e;
      if (item.size() > 1 && item[0] == '!') {
        e.negated = true;
        item.remove_prefix(1);
      }
      for (std::string_view alt : (item == "/" ? std::vector<std::string_view>{item} : split(item, '/'))) {
        if (alt.size() > 1 && alt[0] == '@') {
          const std::string_view name = alt.substr(1);
          if (lex.hasClass(name)) {
            for (const std::string& w : lex.classWords(name)) e.words.push_back(w);
          } else {
            static const std::pair<std::string_view, Tag> kTags[] = {{"V", Tag::V},       {"V3", Tag::V3},
                                                                     {"N", Tag::N},       {"Nonly", Tag::Nonly},
                                                                     {"A", Tag::A},       {"vbz", Tag::vbz},
                                                                     {"vbd", Tag::vbd},   {"nns", Tag::nns},
                                                                     {"nnss", Tag::nnss}, {"nns-noun", Tag::nnsNoun},
                                                                     {"nn", Tag::nn},     {"cmp", Tag::cmp},
                                                                     {"sup", Tag::sup},   {"ing", Tag::ing},
                                                                     {"cap", Tag::cap},   {"num", Tag::num}};
            bool found = false;
            for (const auto& [tag_name, tag] : kTags)
              if (tag_name == name) {
                e.tags.push_back(tag);
                found = true;
              }
            if (!found)
              std::fprintf(stderr, "copydesk: grammar pattern: unknown tag @%.*s\n", static_cast<int>(name.size()),
                           name.data());
          }
        } else {
          std::string w(alt);
          for (char& c : w)
            if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
          e.words.push_back(std::move(w));
        }
      }
      all.push_back(std::move(e));
    }
    std::size_t first_positive = all.size(), last_positive = 0;
    for (std::size_t i = 0; i < all.size(); ++i)
      if (!all[i].negated) {
        first_positive = std::min(first_positive, i);
        last_positive = i;
      }
    if (first_positive == all.size()) continue;
    for (std::size_t i = 0; i < all.size(); ++i) {
      if (i < first_positive) p.before.push_back(all[i]);
      else if (i > last_positive) p.after.push_back(all[i]);
      else p.body.push_back(all[i]);
    }
    p.target_begin = target_begin == std::string::npos ? 0 : target_begin - first_positive;
    p.target_end = target_end == std::string::npos ? p.body.size() : target_end - first_positive;
    for (std::string_view r : split(fields[2], ';')) p.replacements.emplace_back(trim(r));
    p.replacements.erase(std::remove(p.replacements.begin(), p.replacements.end(), std::string()),
                         p.replacements.end());
    p.safe = trim(fields[3]) == "safe";
    p.message = std::string(trim(fields[4]));
    out.push_back(std::move(p));
  }
  return out;
}

std::shared_ptr<const PatternSet> PatternSet::forRule(std::string_view rule) {
  return std::make_shared<const PatternSet>(parse(data::grammar_patterns_txt, rule));
}

PatternSet::PatternSet(std::vector<Pattern> patterns) : patterns_(std::move(patterns)) {
  for (std::uint32_t p = 0; p < patterns_.size(); ++p) {
    // Anchor each pattern on its literal element that occurs least in prose
    // (words of kCommon count 100, others 1), so common words like "the" or
    // "to" start few trials.
    static constexpr std::string_view kCommon[] = {"the",  "a",    "an",  "to",   "of",  "and", "in",   "is", "it",
                                                   "that", "for",  "on",  "with", "as",  "was", "this", "be", "are",
                                                   "by",   "at",   "or",  "from", "we",  "you", "they", "i",  "can",
                                                   "will", "have", "has", "not",  "but", "if",  "so"};
    const auto& body = patterns_[p].body;
    std::size_t best = body.size();
    std::size_t best_cost = ~std::size_t{0};
    for (std::uint32_t i = 0; i < body.size(); ++i) {
      if (body[i].negated || !body[i].tags.empty() || body[i].words.empty()) continue;
      std::size_t cost = 0;
      for (const std::string& w : body[i].words)
        cost += std::find(std::begin(kCommon), std::end(kCommon), w) != std::end(kCommon) ? 100 : 1;
      if (cost < best_cost) {
        best_cost = cost;
        best = i;
      }
    }
    if (best == body.size()) {
      std::fprintf(stderr, "copydesk: grammar pattern without a literal element (%s)\n", patterns_[p].rule.c_str());
      continue;
    }
    for (const std::string& w : body[best].words) {
      const std::uint64_t h = phraseWordHash(w);
      anchors_[h].push_back({p, static_cast<std::uint32_t>(best)});
      filter_[(h >> 48) / 64] |= std::uint64_t{1} << ((h >> 48) % 64);
    }
  }
}

namespace {

// Whether a word token (`word` lower-cased, `raw` as written) has `tag`.
bool wordHasTag(Tag tag, std::string_view word, std::string_view raw, const Lexicon& lex) {
  switch (tag) {
    case Tag::cap: return startsUpper(raw);
    case Tag::V: return lex.isVerb(word);
    case Tag::V3:
      return lex.isVerb(word) && !lex.isPastForm(word) && !lex.isAdjective(word) && !lex.inClass("adverb", word) &&
             word != "be" && word != "need" && word != "dare" && word != "used" && word != "had";
    case Tag::nnss: return lex.isPluralNoun(word) && !lex.inClass("plural-irregular", word) && !startsUpper(raw);
    case Tag::nnsNoun: return lex.isPluralNoun(word) && lex.baseOfVbz(word).empty() && !startsUpper(raw);
    case Tag::Nonly: return lex.isNoun(word) && !lex.isVerb(word) && !lex.isAdjective(word) && !endsWith(word, "ing");
    case Tag::N: return lex.isNoun(word);
    case Tag::A: return lex.isAdjective(word);
    case Tag::vbz: return !lex.baseOfVbz(word).empty();
    case Tag::vbd: return !lex.baseOfVbd(word).empty();
    case Tag::nns: return lex.isPluralNoun(word) && !startsUpper(raw);
    case Tag::nn: return lex.isSingularCountNoun(word) && !startsUpper(raw);
    case Tag::cmp: return lex.isComparative(word);
    case Tag::sup: return lex.isSuperlative(word);
    case Tag::ing: return word.size() > 5 && endsWith(word, "ing");
    case Tag::num: return false;  // numbers are not words (checked before)
  }
  return false;
}

// Whether only punctuation stands before token `index` in sentence `s`.
bool opensSentence(const Document& doc, const Sentence& s, std::uint32_t index) {
  for (std::uint32_t i = s.first_token; i < index; ++i)
    if (doc.tokens().tokens[i].kind != TokenKind::Punctuation) return false;
  return true;
}

}  // namespace

bool PatternSet::elementMatches(const PatternElement& e, const Document& doc, const Sentence& s, std::uint32_t index,
                                std::string_view word) const {
  const Token& t = doc.tokens().tokens[index];
  if (opaqueForPhrases(t.kind)) return false;
  const std::string_view raw = doc.slice(t.span);
  for (const std::string& w : e.words) {
    if (w != word) continue;
    // A capitalised word inside a sentence is a name (Than McIntosh, May), not the function word.
    if (startsUpper(raw) && raw != "I" && index != s.first_token && !opensSentence(doc, s, index)) continue;
    // An all-caps word inside a sentence is an abbreviation (HE, IT), not the function word.
    if (t.has(token_flag::kAllCaps) && raw.size() <= 3 && index != s.first_token && w.size() > 1 &&
        !opensSentence(doc, s, index))
      continue;
    // A capital "A" inside a sentence is a letter (plan A), not the article.
    if ((raw == "A" || raw == "An") && index != s.first_token && !opensSentence(doc, s, index)) continue;
    return true;
  }
  if (e.tags.empty()) return false;
  const Lexicon& lex = Lexicon::get();
  for (const Tag tag : e.tags) {
    if (tag == Tag::num) {
      if (t.kind == TokenKind::Number) return true;
      continue;
    }
    if (t.kind != TokenKind::Word) continue;
    if (wordHasTag(tag, word, raw, lex)) return true;
  }
  return false;
}

void PatternSet::check(const RuleContext& ctx, FindingSink& sink) const {
  const Document& doc = ctx.document;
  const TokenizedProse& prose = doc.tokens();
  const auto& tokens = prose.tokens;
  std::string buffer;
  std::vector<std::string> fold_buffers(16);
  const Lexicon& lex = Lexicon::get();
  const bool folded = prose.folded_words.size() == tokens.size();
  for (const Sentence& s : prose.sentences) {
    if (skipBlock(doc, s)) continue;
    std::uint32_t first_word = s.first_token;
    while (first_word < s.end_token && tokens[first_word].kind == TokenKind::Punctuation) ++first_word;
    std::uint32_t next_free = s.first_token;  // no overlapping findings
    for (std::uint32_t k = s.first_token; k < s.end_token; ++k) {
      const std::uint64_t h =
          folded ? prose.folded_words[k].hash : phraseWordHash(foldedWord(doc.text(), prose, k, buffer));
      if (!((filter_[(h >> 48) / 64] >> ((h >> 48) % 64)) & 1)) continue;
      if (tokens[k].kind != TokenKind::Word) continue;
      const auto hit = anchors_.find(h);
      if (hit == anchors_.end()) continue;
      for (const auto& [pi, anchor] : hit->second) {
        const Pattern& p = patterns_[pi];
        if (k < s.first_token + anchor) continue;
        const std::uint32_t start = k - anchor;
        const std::uint32_t stop = start + static_cast<std::uint32_t>(p.body.size());
        if (stop > s.end_token || start < next_free) continue;
        if (p.at_start && start != first_word) continue;
        std::string scratch;
        const auto wordAt = [&](std::uint32_t i) { return foldedWord(doc.text(), prose, i, scratch); };
        bool ok = true;
        for (std::uint32_t i = 0; ok && i < p.body.size(); ++i) {
          const PatternElement& e = p.body[i];
          const bool m = elementMatches(e, doc, s, start + i, wordAt(start + i));
          ok = e.negated ? (!m && !opaqueForPhrases(tokens[start + i].kind)) : m;
        }
        for (std::uint32_t i = start; ok && i + 1 < stop; ++i) {
          const Token& a = tokens[i];
          const Token& b = tokens[i + 1];
          if (a.kind == TokenKind::Punctuation || b.kind == TokenKind::Punctuation) continue;
          const std::string_view gap = doc.text().substr(a.span.end, b.span.begin - a.span.end);
          bool spaced = false;
          for (char c : gap) {
            if (c == ' ' || c == '\n' || c == '\t' || c == '\r') spaced = true;
            else if (c != '*' && c != '_') ok = false;
          }
          ok = ok && spaced;
        }
        if (!ok) continue;
        for (std::size_t j = 0; ok && j < p.before.size(); ++j) {
          const std::size_t back = p.before.size() - j;  // 1 = the token right before
          if (start < s.first_token + back) break;
          const std::uint32_t idx = static_cast<std::uint32_t>(start - back);
          if (elementMatches(p.before[j], doc, s, idx, wordAt(idx))) ok = false;
        }
        for (std::size_t j = 0; ok && j < p.after.size(); ++j) {
          const std::uint32_t idx = stop + static_cast<std::uint32_t>(j);
          if (idx >= s.end_token) break;
          if (elementMatches(p.after[j], doc, s, idx, wordAt(idx))) ok = false;
        }
        if (!ok) continue;
        if (p.at_end && stop < s.end_token) {
          const Token& t = tokens[stop];
          const std::string_view punct = doc.slice(t.span);
          if (t.kind != TokenKind::Punctuation || punct.size() != 1 ||
              std::string_view(".,;:!?").find(punct[0]) == std::string_view::npos)
            continue;
        }
        if (quotedOrEmphasised(doc, s, start, stop)) continue;
        const std::uint32_t tb = start + static_cast<std::uint32_t>(p.target_begin);
        const std::uint32_t te = start + static_cast<std::uint32_t>(p.target_end);
        const ByteSpan span{tokens[tb].span.begin, tokens[te - 1].span.end};
        const std::string_view target_text = doc.slice(span);
        std::string message = p.message;
        if (const auto at = message.find("{}"); at != std::string::npos) message.replace(at, 2, target_text);
        Finding finding = makeFinding(span, std::move(message));
        bool first_fix = true;
        for (const std::string& r : p.replacements) {
          std::string replacement;
          ByteSpan edit_span = span;
          if (r == "-") {
            // Delete the target and the space after it.
            std::size_t e = span.end;
            while (e < doc.text().size() && doc.text()[e] == ' ') ++e;
            edit_span.end = static_cast<std::uint32_t>(e);
          } else {
            bool failed = false;
            for (std::string_view part : words(r)) {
              std::string piece;
              if (part.size() == 3 && part[0] == '{' && part[2] == '}') {
                const std::uint32_t n = static_cast<std::uint32_t>(part[1] - '1');
                if (tb + n < te) piece = std::string(doc.slice(tokens[tb + n].span));
              } else if (part == "%s") {
                piece = lex.thirdPerson(wordAt(tb));
              } else if (part == "%base" || part == "%part") {
                const std::string tw(wordAt(tb));
                std::string base = lex.baseOfVbz(tw);
                if (base.empty()) base = lex.baseOfVbd(tw);
                if (base.empty() && lex.isVerb(tw)) base = tw;
                piece = part == "%base" ? base : lex.participle(base);
              } else {
                piece = std::string(part);
              }
              if (piece.empty()) failed = true;
              if (!replacement.empty()) replacement += ' ';
              replacement += piece;
            }
            if (failed) continue;
            if (startsUpper(target_text) && !startsUpper(replacement)) replacement = capitalizeFirst(replacement);
          }
          Fix fix;
          fix.title = r == "-" ? "Delete '" + std::string(target_text) + "'" : "Replace with '" + replacement + "'";
          fix.edits.push_back({edit_span, replacement});
          fix.safe = p.safe && p.replacements.size() == 1;
          fix.preferred = first_fix;
          first_fix = false;
          finding.fixes.push_back(std::move(fix));
        }
        sink.add(std::move(finding));
        next_free = stop;
        break;
      }
    }
  }
}

}  // namespace copydesk::grammar
