#include "nlp/PosLexicon.h"

#include <algorithm>
#include <initializer_list>
#include <string>
#include <unordered_map>
#include <utility>

#include "text/DataLines.h"
#include "text/EmbeddedData.h"

COPYDESK_EMBEDDED(nlp_pos_lexicon_txt)

namespace copydesk {

namespace {

// Closed-class words and the verbs "be", "have", "do": WordNet lists none of
// them (or not in these roles). Written here; the likeliest tag first.
constexpr std::pair<std::string_view, std::string_view> kClosedClass[] = {
    {"a", "DT"}, {"an", "DT"}, {"the", "DT"}, {"this", "DT"}, {"that", "IN DT WDT"}, {"these", "DT"},
    {"those", "DT"}, {"every", "DT"}, {"each", "DT"}, {"some", "DT"}, {"any", "DT"}, {"no", "DT"},
    {"another", "DT"}, {"all", "DT PDT"}, {"both", "DT"}, {"either", "DT"}, {"neither", "DT"},
    {"i", "PRP"}, {"you", "PRP"}, {"he", "PRP"}, {"she", "PRP"}, {"it", "PRP"}, {"we", "PRP"},
    {"they", "PRP"}, {"me", "PRP"}, {"him", "PRP"}, {"us", "PRP"}, {"them", "PRP"}, {"myself", "PRP"},
    {"yourself", "PRP"}, {"himself", "PRP"}, {"herself", "PRP"}, {"itself", "PRP"},
    {"ourselves", "PRP"}, {"themselves", "PRP"}, {"my", "PRP$"}, {"your", "PRP$"}, {"his", "PRP$"},
    {"her", "PRP$ PRP"}, {"its", "PRP$"}, {"our", "PRP$"}, {"their", "PRP$"},
    {"of", "IN"}, {"in", "IN"}, {"on", "IN"}, {"at", "IN"}, {"by", "IN"}, {"for", "IN"},
    {"with", "IN"}, {"from", "IN"}, {"about", "IN"}, {"into", "IN"}, {"over", "IN"},
    {"under", "IN"}, {"after", "IN"}, {"before", "IN"}, {"between", "IN"}, {"through", "IN"},
    {"during", "IN"}, {"without", "IN"}, {"within", "IN"}, {"against", "IN"}, {"among", "IN"},
    {"since", "IN"}, {"until", "IN"}, {"upon", "IN"}, {"as", "IN"}, {"than", "IN"},
    {"because", "IN"}, {"if", "IN"}, {"though", "IN"}, {"although", "IN"}, {"while", "IN"},
    {"whether", "IN"}, {"like", "IN VB"}, {"per", "IN"}, {"via", "IN"}, {"toward", "IN"},
    {"towards", "IN"}, {"across", "IN"}, {"behind", "IN"}, {"beyond", "IN"}, {"to", "TO"},
    {"and", "CC"}, {"or", "CC"}, {"but", "CC"}, {"nor", "CC"}, {"plus", "CC"},
    {"can", "MD"}, {"could", "MD"}, {"may", "MD"}, {"might", "MD"}, {"must", "MD"},
    {"shall", "MD"}, {"should", "MD"}, {"will", "MD"}, {"would", "MD"}, {"ought", "MD"},
    {"which", "WDT"}, {"who", "WP"}, {"whom", "WP"}, {"what", "WP"}, {"whose", "WP$"},
    {"when", "WRB"}, {"where", "WRB"}, {"why", "WRB"}, {"how", "WRB"}, {"there", "EX RB"},
    {"not", "RB"}, {"never", "RB"}, {"very", "RB"}, {"too", "RB"}, {"also", "RB"}, {"still", "RB"},
    {"just", "RB"}, {"only", "RB"}, {"even", "RB"}, {"already", "RB"}, {"often", "RB"}, {"always", "RB"},
    {"now", "RB"}, {"then", "RB"}, {"here", "RB"}, {"again", "RB"}, {"almost", "RB"}, {"quite", "RB"},
    {"rather", "RB"}, {"soon", "RB"}, {"up", "RB IN"}, {"out", "RB IN"}, {"down", "RB IN"},
    {"be", "VB"}, {"am", "VBP"}, {"are", "VBP"}, {"is", "VBZ"}, {"was", "VBD"}, {"were", "VBD"},
    {"been", "VBN"}, {"being", "VBG"}, {"have", "VBP VB"}, {"has", "VBZ"}, {"had", "VBD VBN"},
    {"having", "VBG"}, {"do", "VBP VB"}, {"does", "VBZ"}, {"did", "VBD"}, {"done", "VBN"},
    {"one", "CD"}, {"two", "CD"}, {"three", "CD"}, {"four", "CD"}, {"five", "CD"}, {"six", "CD"},
    {"seven", "CD"}, {"eight", "CD"}, {"nine", "CD"}, {"ten", "CD"}, {"hundred", "CD"},
    {"thousand", "CD"}, {"million", "CD"}, {"billion", "CD"},
    {"'s", "POS VBZ"}, {"n't", "RB"}, {"'re", "VBP"}, {"'ve", "VBP"}, {"'m", "VBP"},
    {"'ll", "MD"}, {"'d", "MD"},
};

void appendTags(std::string_view tags, std::vector<std::string_view>& out) {
  while (!tags.empty()) {
    const std::size_t space = tags.find(' ');
    const std::string_view tag = tags.substr(0, space);
    if (!tag.empty() && std::find(out.begin(), out.end(), tag) == out.end()) out.push_back(tag);
    tags = space == std::string_view::npos ? std::string_view{} : tags.substr(space + 1);
  }
}

const std::unordered_map<std::string_view, std::string_view>& lexicon() {
  static const auto words = [] {
    std::unordered_map<std::string_view, std::string_view> out;
    for (const std::string_view line : DataLines(data::nlp_pos_lexicon_txt)) {
      const std::size_t tab = line.find('\t');
      if (tab != std::string_view::npos) out.emplace(line.substr(0, tab), line.substr(tab + 1));
    }
    for (const auto& [word, tags] : kClosedClass) out[word] = tags;
    return out;
  }();
  return words;
}

std::string_view lexiconTags(std::string_view word) {
  const auto& words = lexicon();
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
      {"st", "JJ", "JJS"},  {"er", "JJ", "JJR"},     {"r", "JJ", "JJR"},    {"s", "NN", "NNS"},
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
  // A closed-class word is only what the table says.
  if (std::any_of(std::begin(kClosedClass), std::end(kClosedClass),
                  [&](const auto& entry) { return entry.first == lower; })) {
    appendTags(listed, out);
    return out;
  }
  appendInflections(lower, out);
  appendTags(listed, out);
  if (out.empty()) appendTags(guessFromEnding(lower), out);
  return out;
}

}  // namespace copydesk
