#pragma once
// Helpers private to the grammar rules (rules/grammar/*): the part-of-speech
// lexicon (data/lexicon.txt from hunspell's affix classes, data/words.txt closed
// classes, data/irregular-verbs.txt), the token pattern language the rules are
// written in (data/patterns.txt) and the places no grammar rule looks (code,
// headings, block quotes, words quoted or emphasised as examples).
//
// Pattern language (one pattern a line in data/patterns.txt):
//   rule | elements | replacements | safe or unsafe | message
// Elements, separated by spaces, each matching one token:
//   word         the word, case-insensitive ("," matches a comma)
//   a/an/@modal  any of the alternatives; @name is a class of words.txt or a
//                tag: @V base verb, @V3 base verb that is not also a past form,
//                adjective or adverb, @nnss regular plural noun, @nns-noun plural
//                noun that is not also a verb in -s, @N noun, @A comparable adjective, @vbz verb
//                in -s, @vbd past form, @nns plural noun, @nn singular count
//                noun, @cmp comparative, @sup superlative, @ing -ing word,
//                @cap a capitalised word, @num a number
//   !x           not x: before the first positive element, the token before the
//                match is not x (or there is none); after the last, the token
//                after is not x (or there is none); elsewhere, one token that is not x
//   ^  $         the match starts the sentence / ends it (or meets . , ; : ! ?)
//   [ ]          the target: the finding's span, replaced by the fix
// Replacements, separated by ';': literal text, {n} (the n-th target token as
// written), %base (the base form of the target's verb), %part (its past
// participle), %s (its -s form), - (delete the target). The first is preferred; a fix is safe
// only when the pattern says safe and there is one replacement.
//
// Thread-safety: everything is built once (function-local statics) and const after.
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "engine/Rule.h"
#include "text/Utf.h"

namespace copydesk::grammar {

struct TransparentHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};
template <typename V>
using WordMap = std::unordered_map<std::string, V, TransparentHash, std::equal_to<>>;

class Lexicon {
 public:
  static const Lexicon& get();
  bool inClass(std::string_view cls, std::string_view word) const;
  bool hasClass(std::string_view cls) const { return classes_.find(cls) != classes_.end(); }
  const std::vector<std::string>& classWords(std::string_view cls) const;
  // Hunspell-derived classes (V, N, A).
  bool isVerb(std::string_view w) const;  // a base form
  bool isNoun(std::string_view w) const;
  bool isNounLike(std::string_view w) const;  // a noun, or a verb in -s that may be one
  bool isAdjective(std::string_view w) const;
  bool known(std::string_view w) const;  // in the open-class lexicon
  // The base of a verb form, or "" when `w` is not that form.
  std::string baseOfVbz(std::string_view w) const;
  std::string baseOfVbd(std::string_view w) const;
  std::string participle(std::string_view base) const;
  bool isPluralNoun(std::string_view w) const;
  bool isPastForm(std::string_view w) const;  // an irregular past or participle (went, gone, read)
  std::string thirdPerson(std::string_view base) const;
  bool isSingularCountNoun(std::string_view w) const;
  bool isComparative(std::string_view w) const;
  bool isSuperlative(std::string_view w) const;

 private:
  Lexicon();
  // Per word: part-of-speech bits and one bit per class of words.txt.
  WordMap<std::uint32_t> bits_;
  std::uint32_t bits(std::string_view w) const;
  WordMap<std::vector<std::string>> classes_;
  std::vector<std::string> class_names_;  // class i is bit kFirstClassBit + i
  WordMap<std::string> past_to_base_;
  WordMap<std::string> participle_of_;
  bool adjectiveStem(std::string_view w, std::string_view suffix) const;
};

using utf::capitalizeFirst;  // text/Utf.h
using utf::startsUpper;

// True when no grammar rule should look at `block` (headings, block quotes).
bool skipBlock(const Document& doc, const Sentence& sentence);
// True when tokens [first, end) are quoted or emphasised as an example of usage.
bool quotedOrEmphasised(const Document& doc, const Sentence& sentence, std::uint32_t first, std::uint32_t end);

enum class Tag : std::uint8_t { V, V3, N, Nonly, A, vbz, vbd, nns, nnss, nnsNoun, nn, cmp, sup, ing, cap, num };

struct PatternElement {
  std::vector<std::string> words;  // literal alternatives (lower case), classes expanded
  std::vector<Tag> tags;           // open tags (V, N, vbz, ...)
  bool negated = false;
};

struct Pattern {
  std::string rule;
  bool at_start = false;
  bool at_end = false;
  std::vector<PatternElement> before;  // negated look-behind, nearest last
  std::vector<PatternElement> body;
  std::vector<PatternElement> after;             // negated look-ahead, nearest first
  std::size_t target_begin = 0, target_end = 0;  // into body
  std::vector<std::string> replacements;
  bool safe = false;
  std::string message;
};

class PatternSet {
 public:
  // The patterns of data/patterns.txt whose rule is `rule` ("confused-words").
  static std::shared_ptr<const PatternSet> forRule(std::string_view rule);
  static std::vector<Pattern> parse(std::string_view data, std::string_view rule);
  explicit PatternSet(std::vector<Pattern> patterns);
  void check(const RuleContext& ctx, FindingSink& sink) const;
  std::size_t size() const { return patterns_.size(); }

 private:
  bool elementMatches(const PatternElement& e, const Document& doc, const Sentence& s, std::uint32_t index,
                      std::string_view word) const;
  std::vector<Pattern> patterns_;
  // Anchor word (by its phrase-matching hash, nlp/PhraseMatcher.h) -> (pattern, element) pairs; a
  // 16-bit filter of those hashes rejects most tokens with one bit test.
  std::unordered_map<std::uint64_t, std::vector<std::pair<std::uint32_t, std::uint32_t>>> anchors_;
  std::vector<std::uint64_t> filter_ = std::vector<std::uint64_t>(1 << 10);
};

Finding makeFinding(ByteSpan span, std::string message);

}  // namespace copydesk::grammar
