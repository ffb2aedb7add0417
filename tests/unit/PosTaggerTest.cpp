// The part-of-speech tagger on short sentences: each token as "word/TAG".
#include <gtest/gtest.h>

#include "nlp/PosLexicon.h"
#include "nlp/PosTagger.h"

namespace copydesk {
namespace {

std::string tagged(std::string_view sentence) {
  std::string out;
  for (const TaggedToken& token : tagSentence(sentence)) {
    if (!out.empty()) out += ' ';
    out += std::string(sentence.substr(token.span.begin, token.span.size())) + "/" + std::string(token.tag);
  }
  return out;
}

TEST(PosTagger, ClosedClassWordsAndPunctuation) {
  EXPECT_EQ(tagged("In my opinion, he is still the greatest."),
            "In/IN my/PRP$ opinion/NN ,/, he/PRP is/VBZ still/RB the/DT greatest/JJS ./.");
}

TEST(PosTagger, NounOrVerbFromTheWordBefore) {
  EXPECT_EQ(tagged("A meet up on Sunday."), "A/DT meet/NN up/RB on/IN Sunday/NNP ./.");
  EXPECT_EQ(tagged("We should meet up."), "We/PRP should/MD meet/VB up/RB ./.");
  EXPECT_EQ(tagged("Let's meet up."), "Let/VB 's/PRP meet/VB up/RB ./.");
  EXPECT_EQ(tagged("Meet them at noon."), "Meet/VB them/PRP at/IN noon/NN ./.");
  EXPECT_EQ(tagged("We improved the system using new algorithms."),
            "We/PRP improved/VBD the/DT system/NN using/VBG new/JJ algorithms/NNS ./.");
}

TEST(PosTagger, AdjectiveAfterBeAndVerbAfterModal) {
  EXPECT_EQ(tagged("It would be great write a story."), "It/PRP would/MD be/VB great/JJ write/VB a/DT story/NN ./.");
  EXPECT_EQ(tagged("The meetings are organized by members."),
            "The/DT meetings/NNS are/VBP organized/VBN by/IN members/NNS ./.");
}

TEST(PosTagger, ContractionsAndQuotesAreTokensOfTheirOwn) {
  EXPECT_EQ(tagged("The endpoint's are \"available\"."),
            "The/DT endpoint/NN 's/POS are/VBP \"/`` available/JJ \"/'' ./.");
  EXPECT_EQ(tagged("It's done, isn't it?"), "It/PRP 's/VBZ done/VBN ,/, is/VBZ n't/RB it/PRP ?/.");
  // An abbreviation keeps its full stops.
  EXPECT_EQ(tagged("It ends at 5 p.m. today."), "It/PRP ends/VBZ at/IN 5/CD p.m./NN today/NN ./.");
}

TEST(PosTagger, InflectionsOfLexiconWordsAndGuessesForTheRest) {
  EXPECT_EQ(candidateTags("stopped").front(), "VBD");
  EXPECT_EQ(candidateTags("tries").front(), "NNS");
  EXPECT_EQ(candidateTags("good").front(), "JJ");  // not "go" + "-od"
  EXPECT_EQ(candidateTags("larger").front(), "JJR");
  EXPECT_EQ(candidateTags("best").front(), "JJS");
  EXPECT_EQ(candidateTags("went").front(), "VBD");
  EXPECT_EQ(candidateTags("frobnicating").front(), "VBG");
  EXPECT_EQ(candidateTags("endpoints").front(), "NNS");
  EXPECT_EQ(candidateTags("frobnicus").front(), "NN");
  EXPECT_EQ(candidateTags("2026").front(), "CD");
}

}  // namespace
}  // namespace copydesk
