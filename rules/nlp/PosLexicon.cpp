#include "nlp/PosLexicon.h"

#include <algorithm>
#include <initializer_list>
#include <string>
#include <unordered_map>

#include "text/DataLines.h"
#include "text/EmbeddedData.h"

COPYDESK_EMBEDDED(nlp_pos_lexicon_txt)
COPYDESK_EMBEDDED(nlp_pos_closed_class_txt)

namespace copydesk {

namespace {

void appendTags(std::string_view tags, std::vector<std::string_view>& out) {
  while (!tags.empty()) {
    const std::size_t space = tags.find(' ');
    const std::string_view tag = tags.substr(0, space);
    if (!tag.empty() && std::find(out.begin(), out.end(), tag) == out.end()) out.push_back(tag);
    tags = space == std::string_view::npos ? std::string_view{} : tags.substr(space + 1);
  }
}

using WordTags = std::unordered_map<std::string_view, std::string_view>;

WordTags readWordTags(std::string_view data) {
  WordTags out;
  for (const std::string_view line : DataLines(data)) {
    const std::size_t tab = line.find('\t');
    if (tab != std::string_view::npos) out.emplace(line.substr(0, tab), line.substr(tab + 1));
  }
  return out;
}

const WordTags& closedClass() {
  static const WordTags words = readWordTags(data::nlp_pos_closed_class_txt);
  return words;
}

std::string_view lexiconTags(std::string_view word) {
  static const WordTags words = readWordTags(data::nlp_pos_lexicon_txt);
  if (const auto it = closedClass().find(word); it != closedClass().end()) return it->second;
  const auto it = words.find(word);
  return it == words.end() ? std::string_view{} : it->second;
}

bool hasTag(std::string_view tags, std::string_view tag) {
  std::vector<std::string_view> list;
  appendTags(tags, list);
  return std::find(list.begin(), list.end(), tag) != list.end();
}

// The lemmas `word` may inflect with `suffix`: the stem as is ("meets", "used"
// with "-d"), and before an ending that starts with a vowel also the stem with
// a final "e" ("using"), with a doubled consonant undone ("stopped") and with
// "i" back to "y" ("tries", "tried").
std::vector<std::string> lemmasWithout(std::string_view word, std::string_view suffix) {
  std::vector<std::string> out;
  if (word.size() < suffix.size() + 2 || !word.ends_with(suffix)) return out;
  const std::string stem(word.substr(0, word.size() - suffix.size()));
  out.push_back(stem);
  if (suffix.front() != 'e' && suffix.front() != 'i') return out;
  if (suffix != "es") out.push_back(stem + "e");
  const std::size_t n = stem.size();
  const bool consonant = std::string_view("aeiouy").find(stem.back()) == std::string_view::npos;
  if (n >= 3 && consonant && stem[n - 1] == stem[n - 2]) out.push_back(stem.substr(0, n - 1));
  if (stem.back() == 'i') out.push_back(stem.substr(0, n - 1) + "y");
  return out;
}

// Tags of `word` as a regular inflection of a lemma in the lexicon.
void appendInflections(std::string_view word, std::vector<std::string_view>& out) {
  struct Inflection {
    std::string_view suffix, lemma_tag, tag;
  };
  static constexpr Inflection kInflections[] = {
      {"ing", "VB", "VBG"}, {"ed", "VB", "VBD VBN"}, {"d", "VB", "VBD VBN"}, {"est", "JJ", "JJS"},
      {"st", "JJ", "JJS"},  {"er", "JJ", "JJR"},     {"r", "JJ", "JJR"},     {"s", "NN", "NNS"},
      {"es", "NN", "NNS"},  {"s", "VB", "VBZ"},      {"es", "VB", "VBZ"},
  };
  for (const Inflection& inflection : kInflections)
    for (const std::string& lemma : lemmasWithout(word, inflection.suffix))
      if (hasTag(lexiconTags(lemma), inflection.lemma_tag)) {
        appendTags(inflection.tag, out);
        break;
      }
}

// The part of speech an unknown word's ending suggests.
std::string_view guessFromEnding(std::string_view word) {
  if (std::any_of(word.begin(), word.end(), [](char c) { return c >= '0' && c <= '9'; })) return "CD";
  const auto ends = [&](std::initializer_list<std::string_view> endings) {
    return std::any_of(endings.begin(), endings.end(),
                       [&](std::string_view e) { return word.size() > e.size() + 2 && word.ends_with(e); });
  };
  if (ends({"ing"})) return "VBG NN";
  if (ends({"ed"})) return "VBD VBN JJ";
  if (ends({"ly"})) return "RB";
  if (ends({"est"})) return "JJS";
  if (ends({"able", "ible", "ous", "ive", "ful", "less", "ic", "al", "ish"})) return "JJ";
  if (ends({"s"}) && !ends({"ss", "us", "is"})) return "NNS VBZ";
  return "NN";
}

}  // namespace

bool isKnownWord(std::string_view lower) {
  if (!lexiconTags(lower).empty()) return true;
  std::vector<std::string_view> inflections;
  appendInflections(lower, inflections);
  return !inflections.empty();
}

std::vector<std::string_view> candidateTags(std::string_view lower) {
  std::vector<std::string_view> out;
  const std::string_view listed = lexiconTags(lower);
  // A closed-class word is only what its list says.
  if (closedClass().contains(lower)) {
    appendTags(listed, out);
    return out;
  }
  appendInflections(lower, out);
  appendTags(listed, out);
  if (out.empty()) appendTags(guessFromEnding(lower), out);
  return out;
}

}  // namespace copydesk
