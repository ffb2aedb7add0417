// PhraseMatcher: longest match at each start token, later overlapping starts
// still reported, case-insensitive, never across an opaque token; the folded
// path (what Documents use) and the plain token path give the same matches.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "nlp/PhraseMatcher.h"
#include "nlp/Tokenizer.h"
#include "unit/OneParagraph.h"

namespace copydesk {
namespace {

struct Found {
  std::string text;
  std::uint32_t phrase;
  friend bool operator==(const Found&, const Found&) = default;
};

std::ostream& operator<<(std::ostream& os, const Found& f) { return os << "{" << f.text << ", " << f.phrase << "}"; }

TokenizedProse tokenized(std::string_view text) { return tokenize(text, oneParagraph(text)); }

std::vector<Found> found(std::string_view text, const TokenizedProse& prose,
                         const std::vector<PhraseMatcher::Match>& matches) {
  std::vector<Found> out;
  for (const PhraseMatcher::Match& m : matches) {
    const std::size_t begin = prose.tokens[m.first_token].span.begin;
    const std::size_t end = prose.tokens[m.end_token - 1].span.end;
    out.push_back({std::string(text.substr(begin, end - begin)), m.phrase});
  }
  return out;
}

// Matches over the whole text, checking that both paths agree.
std::vector<Found> matchAll(const PhraseMatcher& matcher, std::string_view text) {
  TokenizedProse prose = tokenized(text);
  const auto count = static_cast<std::uint32_t>(prose.tokens.size());
  std::vector<PhraseMatcher::Match> plain, folded;
  matcher.findAll(text, prose.tokens, 0, count, plain);
  foldTokens(text, prose);
  matcher.findAll(text, prose, 0, count, folded);
  EXPECT_EQ(found(text, prose, plain), found(text, prose, folded));
  return found(text, prose, folded);
}

PhraseMatcher sample() {
  PhraseMatcher matcher;
  matcher.add("in order to", 1);
  matcher.add("in order", 2);
  matcher.add("order to go", 3);
  matcher.add("game-changing", 4);
  matcher.add("it’s", 5);
  return matcher;
}

TEST(PhraseMatcher, LongestMatchAtEachStartAndLaterOverlaps) {
  EXPECT_EQ(matchAll(sample(), "We did it in order to go home."),
            (std::vector<Found>{{"in order to", 1}, {"order to go", 3}}));
  EXPECT_EQ(matchAll(sample(), "Put them in order, then go."), (std::vector<Found>{{"in order", 2}}));
}

TEST(PhraseMatcher, CaseAndApostrophesAreFolded) {
  EXPECT_EQ(matchAll(sample(), "In Order To win, IT'S Game-Changing."),
            (std::vector<Found>{{"In Order To", 1}, {"IT'S", 5}, {"Game-Changing", 4}}));
}

TEST(PhraseMatcher, WordsInNoPhraseAndPartialPhrasesMatchNothing) {
  EXPECT_TRUE(matchAll(sample(), "Order matters; to go is fine; gamechanging.").empty());
  EXPECT_TRUE(matchAll(PhraseMatcher(), "in order to").empty());
}

TEST(PhraseMatcher, NeverAcrossAnOpaqueToken) {
  EXPECT_EQ(matchAll(sample(), "in https://example.org order to go"), (std::vector<Found>{{"order to go", 3}}));
}

TEST(PhraseMatcher, OnlyInsideTheGivenTokens) {
  const std::string text = "in order to go";
  TokenizedProse prose = tokenized(text);
  foldTokens(text, prose);
  std::vector<PhraseMatcher::Match> matches;
  sample().findAll(text, prose, 0, 2, matches);  // "in order"
  EXPECT_EQ(found(text, prose, matches), (std::vector<Found>{{"in order", 2}}));
}

TEST(PhraseMatcher, FoldedWordsAreTheNormalizedWords) {
  // ASCII words fold in place, others (accents, curly apostrophes) through
  // normalizedWord(); a long text makes the folding buffer grow.
  std::string text = "Ünïcode IT’S Fine, `code` and WORDS ";
  for (int i = 0; i < 200; ++i) text += "Ärger ABC ";
  TokenizedProse prose = tokenized(text);
  foldTokens(text, prose);
  ASSERT_EQ(prose.folded_words.size(), prose.tokens.size());
  std::string buffer;
  for (std::size_t i = 0; i < prose.tokens.size(); ++i) {
    const Token& t = prose.tokens[i];
    if (opaqueForPhrases(t.kind)) continue;
    const std::string expected(normalizedWord(text.substr(t.span.begin, t.span.size()), buffer));
    const FoldedWord& w = prose.folded_words[i];
    EXPECT_EQ(prose.folded.substr(w.begin, w.length), expected);
    EXPECT_EQ(w.hash, phraseWordHash(expected)) << expected;
  }
}

}  // namespace
}  // namespace copydesk
