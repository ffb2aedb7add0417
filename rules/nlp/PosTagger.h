#pragma once
// A part-of-speech tagger for one sentence, in the spirit of a Brill tagger:
// each token starts with its likeliest tag out of context (PosLexicon), then a
// few contextual rules correct it from the tag before ("a meet" is a noun,
// "should meet" a verb, "be great" an adjective). Tags are Penn Treebank's;
// punctuation is tagged with itself ("," "." ":" "(" ")" "``" "''").
//
// Tokens are split as prose taggers split them (and Vale's sequence rules
// count them): at spaces, with leading and trailing punctuation as tokens of
// their own and a contraction's ending apart ("endpoint's" -> "endpoint" "'s",
// "don't" -> "do" "n't"). Thread-safe.
#include <string_view>
#include <vector>

#include "text/ByteSpan.h"

namespace copydesk {

struct TaggedToken {
  ByteSpan span;         // bytes of the sentence
  std::string_view tag;  // static storage
};

std::vector<TaggedToken> tagSentence(std::string_view sentence);

}  // namespace copydesk
