#pragma once
// The part-of-speech tags a word can take (Penn Treebank: NN, NNS, VB, VBD,
// VBN, VBG, VBZ, JJ, JJR, JJS, RB, DT, IN, PRP, MD, ...), the likeliest first,
// out of context: closed-class words from data/pos-closed-class.txt (written
// here), open-class words from data/pos-lexicon.txt (WordNet 3.0, see
// scripts/refresh-pos-lexicon), regular inflections (-s, -ed, -ing, -er, -est)
// from the lemma they inflect, and a guess from the ending for the rest. PosTagger picks one in context.
// Thread-safe; the lexicon is read once.
#include <string_view>
#include <vector>

namespace copydesk {

// `lower` is the word folded to lower case, straight apostrophes. Never empty.
std::vector<std::string_view> candidateTags(std::string_view lower);

// Whether `lower` is in the lexicon or a regular inflection of a word in it
// (its tags are not a guess from its ending).
bool isKnownWord(std::string_view lower);

}  // namespace copydesk
