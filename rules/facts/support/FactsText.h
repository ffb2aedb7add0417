#pragma once
// Small token helpers shared by the facts/ rules: lower-cased words, the
// sentences of a document, capitalisation of replacement text.
// Thread-safety: pure functions.
#include <array>
#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

#include "document/Document.h"

namespace copydesk::facts {

// A token of a sentence, seen as a lower-case word ("" for non-word tokens
// other than numbers and punctuation, which keep their text).
class SentenceTokens {
 public:
  SentenceTokens(const Document& doc, const Sentence& sentence);

  std::uint32_t begin() const { return sentence_.first_token; }
  std::uint32_t end() const { return sentence_.end_token; }
  const Token& token(std::uint32_t i) const { return doc_.tokens().tokens[i]; }
  std::string_view raw(std::uint32_t i) const { return doc_.slice(token(i).span); }
  // Lower-cased text of token i (curly apostrophes made straight).
  // A view into the document's folded tokens (or into this object for opaque tokens).
  std::string_view lower(std::uint32_t i) const {
    const TokenizedProse& prose = doc_.tokens();
    if (folded_ && prose.folded_words[i].length > 0)
      return std::string_view(prose.folded).substr(prose.folded_words[i].begin, prose.folded_words[i].length);
    return ownLower(i);
  }
  // True when token i is a word equal to `word` (lower case).
  bool is(std::uint32_t i, std::string_view word) const { return i >= begin() && i < end() && lower(i) == word; }
  bool isWord(std::uint32_t i) const { return i >= begin() && i < end() && token(i).kind == TokenKind::Word; }
  bool isPunct(std::uint32_t i, std::string_view p) const {
    return i >= begin() && i < end() && token(i).kind == TokenKind::Punctuation && raw(i) == p;
  }
  const Sentence& sentence() const { return sentence_; }
  const Document& document() const { return doc_; }

 private:
  const Document& doc_;
  const Sentence& sentence_;
  // Token i lower-cased into own_, the first time it is asked for.
  std::string_view ownLower(std::uint32_t i) const;

  bool folded_ = false;  // the document has folded words
  // Lower case of the tokens without a folded word (opaque ones, rare; every
  // token when the document has none), by index from begin(); sized for the
  // whole sentence when the first is asked for (never again: views stay valid),
  // own_done_[k] set once own_[k] is written. Lazy because most rules read
  // only a few tokens of a sentence and looking for opaque tokens up front
  // cost a pass over every sentence per rule.
  mutable std::vector<std::string> own_;
  mutable std::vector<bool> own_done_;
};

// Lower-case words of a small fixed vocabulary with a value each, looked up
// without hashing: bucketed by first letter and length, so most words of a
// sentence cost one table read. Thread-safety: immutable once built.
class WordIndex {
 public:
  static constexpr std::uint32_t kNone = ~std::uint32_t{0};
  WordIndex() = default;
  // Every word of `words` with the value 0.
  WordIndex(std::initializer_list<std::string_view> words);
  // Adds `word` (its bytes must outlive the index) with `value`.
  void add(std::string_view word, std::uint32_t value);
  // The value of `word`, or kNone.
  std::uint32_t find(std::string_view word) const;
  bool contains(std::string_view word) const { return find(word) != kNone; }

 private:
  static constexpr std::size_t kMaxLength = 16;
  std::array<std::vector<std::pair<std::string_view, std::uint32_t>>, 26 * kMaxLength> buckets_;
};

// Index of the sentence's block kind.
const Block& blockOf(const Document& doc, const Sentence& sentence);

// True inside "..." or “...” quotes within the sentence (quoted titles and
// quoted speech are not the writer's claims).
bool insideQuotes(const SentenceTokens& s, std::uint32_t token);

// "Currently" -> replacement starts upper case when the original did.
std::string matchCase(std::string_view original, std::string replacement);

// A lower-case word that looks like an English plural ("residents", "problems"; not "class", "status",
// "analysis" or a possessive).
bool looksPlural(std::string_view w);

// A four-digit year 1900..2199 token.
bool isYear(const SentenceTokens& s, std::uint32_t i, int& year);

// What kind of article this is, from its title (front matter `title` or the
// first heading). First-party reports date and source their own content: in a
// release announcement or status update "now" means "with this release", and
// a survey report's percentages come from the survey itself.
struct ArticleKind {
  bool release_or_update = false;  // "Announcing Rust 1.80", "Project Goals Update", "This Week in ..."
  bool survey_report = false;      // "2024 State of Rust Survey Results"
};
// Of the whole document, also when `doc` is a part.
ArticleKind articleKind(const Document& doc);

// Whether the writers speak in the first person (at least three of "we", "our", "us", "I", "my", "me" in the
// whole document): their measurements are reported first-hand ("we shrank binaries by 5%", "I measured"), not
// quoted from someone else.
bool writtenInFirstPerson(const Document& doc);

// True when the sentence contains inline code or a link (a changelog entry).
bool hasCodeOrLink(const SentenceTokens& s);

// Whether a sentence is source material, not a claim: inside a footnote
// definition ("[^1]: Smith, 2021", a LaTeX \bibitem), or in a section headed
// References, Bibliography, Sources, Notes, Footnotes, Citations, Works cited,
// Further reading or External links. Reads the whole document when `doc` is a
// part. For the sentences of one document in order: worked out once per block,
// the footnote definitions passed once (not searched again for each block:
// a bibliography of thousands of entries stays linear), and the section's
// heading looked up once per section.
class SourceMaterial {
 public:
  explicit SourceMaterial(const Document& doc) : doc_(doc) {}
  bool contains(const Sentence& sentence) {
    if (sentence.block != block_) {
      block_ = sentence.block;
      inside_ = lookUp(sentence);
    }
    return inside_;
  }

 private:
  bool lookUp(const Sentence& sentence);

  const Document& doc_;
  std::uint32_t block_ = ~std::uint32_t{0};
  bool inside_ = false;
  std::size_t footnote_ = 0;  // the first footnote definition that may end after the block looked up
  std::uint32_t last_at_ = 0;
  // Offsets [from, to) of the whole document where the section's heading says `source`.
  std::uint32_t section_from_ = 0;
  std::uint32_t section_to_ = 0;
  bool section_source_ = false;
};

// A hash of what SourceMaterial reads, for the paragraph cache
// (document_input::kSourceSections): the blocks in source sections or
// footnote definitions, by key (no offsets: an edit before them keeps it).
std::uint64_t sourceSectionsHash(const Document& doc);

// Month name or three-letter abbreviation -> 1..12, else 0.
int monthNumber(std::string_view lower_word);

}  // namespace copydesk::facts
