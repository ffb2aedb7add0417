#include "facts/support/Sourcing.h"
#include "text/Ascii.h"

#include <algorithm>
#include <array>

namespace copydesk::facts {

namespace {

// Subjects that name nobody.
bool genericSubject(std::string_view w) {
  return oneOf(
      w, {"studies",  "study",   "research",   "experts",    "expert",      "critics",      "people",   "analysts",
          "reports",  "report",  "surveys",    "scientists", "observers",   "sources",      "many",     "some",
          "others",   "it",      "they",       "he",         "she",         "this",         "that",     "these",
          "those",    "someone", "somebody",   "one",        "most",        "several",      "a",        "an",
          "the",      "data",    "evidence",   "estimates",  "researchers", "commentators", "insiders", "pundits",
          "everyone", "users",   "developers", "engineers",  "which",       "who",          "what"});
}

bool attributionVerb(std::string_view w) {
  return oneOf(w, {"reported", "reports",  "reporting",   "found",     "finds",     "estimates", "estimated",
                   "measured", "measures", "published",   "concluded", "concludes", "observed",  "revealed",
                   "reveals",  "counted",  "calculated",  "recorded",  "tracked",   "says",      "said",
                   "states",   "stated",   "shows",       "showed",    "notes",     "noted",     "announced",
                   "saw",      "see",      "confirmed",   "puts",      "put",       "achieved",  "got",
                   "started",  "ran",      "benchmarked", "profiled",  "timed",     "sampled"});
}

bool sourceNoun(std::string_view w) {
  return oneOf(w, {"study",        "survey",     "report",        "analysis", "paper",      "audit",       "census",
                   "poll",         "benchmark",  "benchmarks",    "research", "whitepaper", "data",        "dataset",
                   "measurements", "experiment", "investigation", "review",   "statistics", "stats",       "figures",
                   "numbers",      "telemetry",  "metrics",       "tests",    "testing",    "measurement", "profiling",
                   "experiments",  "logs",       "dashboard"});
}

// "according to X" where X names someone.
bool namedAfter(const SentenceTokens& s, std::uint32_t i) {
  // Skip determiners and adjectives up to a noun; a capitalised word, a
  // possessive, a year or a source noun with a name counts.
  for (std::uint32_t j = i; j < s.end() && j < i + 5; ++j) {
    const Token& t = s.token(j);
    if (t.kind == TokenKind::Url || t.kind == TokenKind::Opaque) return true;
    if (t.kind != TokenKind::Word && t.kind != TokenKind::Number) return false;
    const std::string_view w = s.lower(j);
    int year = 0;
    if (isYear(s, j, year)) continue;
    if (t.has(token_flag::kCapitalized) || t.has(token_flag::kAllCaps) || t.has(token_flag::kMixedCase)) {
      if (!genericSubject(w)) return true;
      continue;
    }
    if (oneOf(w, {"our", "my",     "this",   "the",  "its",  "their",    "his",    "her",    "a",        "an",
                  "new", "recent", "latest", "same", "last", "official", "annual", "yearly", "internal", "public"}))
      continue;
    if (sourceNoun(w)) {
      // "the survey", "our data", "this report": the article's own source.
      if (j > i && oneOf(s.lower(j - 1), {"our", "this", "the", "its", "their", "my"})) return true;
      continue;  // "our telemetry data"
    }
    // "the triage team", "the Go maintainers": a named group.
    if (oneOf(w, {"team", "teams", "maintainers", "committee", "foundation", "authors", "group", "board", "council",
                  "docs", "documentation", "readme", "reference", "changelog", "specification", "spec"}))
      return j > i;
    if (t.kind == TokenKind::Word && j + 1 < s.end() && j < i + 3) continue;  // a modifier: "triage team"
    return false;
  }
  return false;
}

// A named subject before an attribution verb: "Microsoft reported", "a 2019
// Microsoft study found", "the CNCF survey shows", "we measured".
bool namedSubjectBefore(const SentenceTokens& s, std::uint32_t verb) {
  if (verb == s.begin()) return false;
  bool named = false;
  bool noun = false;
  for (std::uint32_t k = 1; k <= 5 && verb >= s.begin() + k; ++k) {
    const std::uint32_t j = verb - k;
    const Token& t = s.token(j);
    const std::string_view w = s.lower(j);
    if (t.kind == TokenKind::Punctuation && (s.raw(j) == "'" || s.raw(j) == "\xE2\x80\x99")) continue;
    if (t.kind != TokenKind::Word && t.kind != TokenKind::Number) break;
    if (k == 1 && oneOf(w, {"we", "i"})) return true;
    if (k == 1 && (w == "have" || w == "has" || w == "also" || w == "recently" || w == "had")) continue;
    int year = 0;
    if (isYear(s, j, year)) {
      named = true;
      continue;
    }
    if (sourceNoun(w)) {
      noun = true;
      continue;
    }
    if (oneOf(w, {"our", "my"}) && noun) return true;
    const bool capital =
        t.has(token_flag::kCapitalized) || t.has(token_flag::kAllCaps) || t.has(token_flag::kMixedCase);
    if (capital && !genericSubject(w)) {
      // A capitalised first word of the sentence is a name only before a verb or a source noun.
      named = true;
      continue;
    }
    if (w.size() > 2 && (w.ends_with("'s"))) {
      named = named || capital;
      continue;
    }
    if (oneOf(w, {"a", "an", "the", "this", "that", "its", "their", "team", "group", "foundation", "company",
                  "institute", "university", "project", "lab", "labs"}))
      continue;
    break;
  }
  return named;
}

bool bracketCitation(const SentenceTokens& s, std::uint32_t i) {
  // "[3]", "[12, 13]"
  if (!s.isPunct(i, "[")) return false;
  std::uint32_t j = i + 1;
  if (j >= s.end() || s.token(j).kind != TokenKind::Number) return false;
  while (j < s.end() && (s.token(j).kind == TokenKind::Number || s.isPunct(j, ",") || s.isPunct(j, "-"))) ++j;
  return s.isPunct(j, "]");
}

bool authorYearCitation(const SentenceTokens& s, std::uint32_t i) {
  // "(Smith, 2021)", "(Smith et al. 2021)", "(OWASP 2021)"
  if (!s.isPunct(i, "(")) return false;
  const std::uint32_t first = i + 1;
  if (!s.isWord(first)) return false;
  const Token& name = s.token(first);
  if (!name.has(token_flag::kCapitalized) && !name.has(token_flag::kAllCaps)) return false;
  for (std::uint32_t j = first + 1; j < s.end() && j < first + 8; ++j) {
    int year = 0;
    if (isYear(s, j, year)) return s.isPunct(j + 1, ")") || s.isPunct(j + 1, ",") || s.isPunct(j + 1, ";");
    if (s.isPunct(j, ")")) return false;
  }
  return false;
}

// A link whose text is a name ("[Prometheus](...)", "[npmjs.org](...)", "[Go Collective](...)") leads to
// the thing named, not to a source for what the sentence says about it. Figures and numbered documents
// ("[99.98%](...)", "[RFC#3919](...)") are sources.
bool nameWord(std::string_view word) {
  if (std::any_of(word.begin(), word.end(), [](char c) { return isAsciiDigit(c) || c == '#' || c == '%'; }))
    return false;
  const std::size_t dot = word.rfind('.');
  const bool domain = dot != std::string_view::npos && dot > 0 && word.size() - dot > 2 &&
                      std::all_of(word.begin() + static_cast<std::ptrdiff_t>(dot) + 1, word.end(), isAsciiLower);
  return isAsciiUpper(word.front()) || domain;
}

bool linksToTheNamed(std::string_view text) {
  int words = 0;
  std::size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && text[i] == ' ') ++i;
    if (i == text.size()) break;
    const std::size_t end = std::min(text.find(' ', i), text.size());
    if (!nameWord(text.substr(i, end - i))) return false;
    ++words;
    i = end;
  }
  return words >= 1 && words <= 3;
}

bool linkInside(const Document& doc, const Sentence& sentence) {
  for (const Link& link : doc.prose().blocks[sentence.block].links)
    if (sentence.span.contains(link.text.begin) && !linksToTheNamed(doc.slice(link.text))) return true;
  return false;
}

}  // namespace

bool hasCitation(const SentenceTokens& s) {
  if (linkInside(s.document(), s.sentence())) return true;
  for (std::uint32_t i = s.begin(); i < s.end(); ++i) {
    const Token& t = s.token(i);
    if (t.kind == TokenKind::Url || t.has(token_flag::kFootnoteRef)) return true;
    if (t.kind == TokenKind::Opaque && !t.has(token_flag::kCode)) return true;
    if (bracketCitation(s, i) || authorYearCitation(s, i)) return true;
  }
  return false;
}

bool sentenceIsSourced(const SentenceTokens& s) {
  if (hasCitation(s)) return true;
  for (std::uint32_t i = s.begin(); i < s.end(); ++i) {
    const std::string_view w = s.lower(i);
    if (w == "according" && s.is(i + 1, "to") && namedAfter(s, i + 2)) return true;
    if ((w == "data" || w == "figures" || w == "numbers" || w == "statistics") &&
        (s.is(i + 1, "from") || s.is(i + 1, "published")) && namedAfter(s, i + 2))
      return true;
    if ((w == "by" || w == "from") && i > s.begin() && sourceNoun(s.lower(i - 1)) && namedAfter(s, i + 1)) return true;
    if ((w == "source" || w == "sources") && s.isPunct(i + 1, ":")) return true;
    if (w == "per" && i + 1 < s.end() && (s.is(i + 1, "our") || s.is(i + 1, "the")) && namedAfter(s, i + 1))
      return true;
    if (attributionVerb(w) && namedSubjectBefore(s, i)) return true;
    // A survey's own results: "70% of respondents".
    if (oneOf(w, {"respondents", "respondent", "participants", "surveyed", "polled"})) return true;
    if ((w == "in" || w == "from") && (s.is(i + 1, "our") || s.is(i + 1, "this") || s.is(i + 1, "the")) &&
        i + 2 < s.end() && sourceNoun(s.lower(i + 2)))
      return true;
  }
  return false;
}

bool citedByClosingSentence(const Document& doc, std::uint32_t sentence_index) {
  const auto& sentences = doc.tokens().sentences;
  if (sentence_index + 1 >= sentences.size()) return false;
  const Sentence& next = sentences[sentence_index + 1];
  const bool closing = sentence_index + 2 >= sentences.size() || sentences[sentence_index + 2].block != next.block;
  if (next.block != sentences[sentence_index].block || !closing) return false;
  const SentenceTokens n(doc, next);
  if (!hasCitation(n)) return false;
  std::uint32_t first = n.begin();
  if (n.isPunct(first, "(")) ++first;
  if (n.is(first, "see") || (n.is(first, "check") && n.is(first + 1, "out"))) return true;
  for (std::uint32_t i = n.begin(); i < n.end(); ++i)
    if (n.is(i, "details") || (n.is(i, "read") && n.is(i + 1, "more")) || (n.is(i, "for") && n.is(i + 1, "more")))
      return true;
  return false;
}

}  // namespace copydesk::facts
