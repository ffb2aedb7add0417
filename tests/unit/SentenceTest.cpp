// Sentence splitting on top of the tokenizer.
#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "nlp/Tokenizer.h"
#include "unit/OneParagraph.h"

namespace copydesk {
namespace {

using Texts = std::vector<std::string>;

Texts sentences(std::string_view text) {
  const TokenizedProse p = tokenize(text, oneParagraph(text));
  Texts out;
  for (const Sentence& s : p.sentences) out.emplace_back(text.substr(s.span.begin, s.span.size()));
  return out;
}

TEST(SentenceSplit, Basic) {
  EXPECT_EQ(sentences("One two. Three four! Five six? Seven"),
            (Texts{"One two.", "Three four!", "Five six?", "Seven"}));
}

TEST(SentenceSplit, SpanCoversFirstToLastToken) {
  const std::string text = "  Hello there.   General Kenobi.  ";
  const TokenizedProse p = tokenize(text, oneParagraph(text));
  ASSERT_EQ(p.sentences.size(), 2u);
  EXPECT_EQ(p.sentences[0].span, (ByteSpan{2, 14}));
  EXPECT_EQ(p.sentences[1].span, (ByteSpan{17, 32}));
  EXPECT_EQ(p.sentences[0].first_token, 0u);
  EXPECT_EQ(p.sentences[0].end_token, 3u);
  EXPECT_EQ(p.sentences[1].first_token, 3u);
  EXPECT_EQ(p.sentences[1].end_token, 6u);
  EXPECT_EQ(p.sentences[1].block, 0u);
}

TEST(SentenceSplit, EndWithoutPunctuation) {
  EXPECT_EQ(sentences("No final stop here"), (Texts{"No final stop here"}));
  EXPECT_EQ(sentences("First. second"), (Texts{"First. second"}));
}

TEST(SentenceSplit, Abbreviations) {
  EXPECT_EQ(sentences("Fruit, e.g. Apples, is good. Next one."), (Texts{"Fruit, e.g. Apples, is good.", "Next one."}));
  EXPECT_EQ(sentences("Ask Dr. Smith. He knows."), (Texts{"Ask Dr. Smith.", "He knows."}));
  EXPECT_EQ(sentences("Mr. and Mrs. Jones vs. Prof. X met in the U.S. Today."),
            (Texts{"Mr. and Mrs. Jones vs. Prof. X met in the U.S. Today."}));
  EXPECT_EQ(sentences("We sell apples, pears, etc. They are fresh."),
            (Texts{"We sell apples, pears, etc. They are fresh."}));
  EXPECT_EQ(sentences("See Fig. 3 and No. 4. Then go."), (Texts{"See Fig. 3 and No. 4.", "Then go."}));
}

TEST(SentenceSplit, AbbreviationEndsTheParagraph) {
  const std::string text = "We sell apples, pears, etc.";
  const TokenizedProse p = tokenize(text, oneParagraph(text));
  ASSERT_EQ(p.sentences.size(), 1u);
  EXPECT_EQ(p.sentences[0].span, (ByteSpan{0, text.size()}));
}

TEST(SentenceSplit, DecimalsVersionsUrls) {
  EXPECT_EQ(sentences("It costs 3.50 dollars. Linux 6.12.1 ships. See https://x.y/z. Or LWN.net. Done"),
            (Texts{"It costs 3.50 dollars.", "Linux 6.12.1 ships.", "See https://x.y/z.", "Or LWN.net.", "Done"}));
  EXPECT_EQ(sentences("Version 2. 3 tests pass."), (Texts{"Version 2.", "3 tests pass."}));
}

TEST(SentenceSplit, MissingSpaceIsNotAnEnd) {
  EXPECT_EQ(sentences("It ended.Next it began."), (Texts{"It ended.Next it began."}));
}

TEST(SentenceSplit, Quotes) {
  EXPECT_EQ(sentences("He said “Stop.” Then he left."), (Texts{"He said “Stop.”", "Then he left."}));
  EXPECT_EQ(sentences("He said \"Stop.\" Then he left."), (Texts{"He said \"Stop.\"", "Then he left."}));
  EXPECT_EQ(sentences("It ended. “Really?” she asked."), (Texts{"It ended.", "“Really?” she asked."}));
  EXPECT_EQ(sentences("(It ended.) Then more."), (Texts{"(It ended.)", "Then more."}));
}

TEST(SentenceSplit, Ellipsis) {
  EXPECT_EQ(sentences("Wait... What now?"), (Texts{"Wait...", "What now?"}));
  EXPECT_EQ(sentences("Wait… What now?"), (Texts{"Wait…", "What now?"}));
  EXPECT_EQ(sentences("I thought… maybe not."), (Texts{"I thought… maybe not."}));
  EXPECT_EQ(sentences("I thought... maybe not."), (Texts{"I thought... maybe not."}));
}

TEST(SentenceSplit, QuestionAndExclamationRuns) {
  EXPECT_EQ(sentences("Really?! Yes!!! OK?"), (Texts{"Really?!", "Yes!!!", "OK?"}));
}

TEST(SentenceSplit, Initials) {
  EXPECT_EQ(sentences("J. R. R. Tolkien wrote it. It sold."), (Texts{"J. R. R. Tolkien wrote it.", "It sold."}));
  EXPECT_EQ(sentences("It is written in C. The rest is Rust."), (Texts{"It is written in C.", "The rest is Rust."}));
}

TEST(SentenceSplit, NextSentenceStartingWithNumberOrMixedCase) {
  EXPECT_EQ(sentences("It grew. 70% of users agree. iPhone sales rose. eBPF helps."),
            (Texts{"It grew.", "70% of users agree.", "iPhone sales rose.", "eBPF helps."}));
}

TEST(SentenceSplit, LineBreakAloneIsNotAnEnd) {
  EXPECT_EQ(sentences("This line\nContinues here. And\nends."), (Texts{"This line\nContinues here.", "And\nends."}));
}

TEST(SentenceSplit, LineBreakPieceAfterPeriod) {
  const std::string text = "One.\nTwo";
  ProseMap map;
  Block block;
  block.pieces = {{{0, 4}, PieceKind::Prose}, {{4, 5}, PieceKind::LineBreak}, {{5, 8}, PieceKind::Prose}};
  map.blocks.push_back(block);
  const TokenizedProse p = tokenize(text, map);
  ASSERT_EQ(p.sentences.size(), 2u);
  EXPECT_EQ(p.sentences[1].span, (ByteSpan{5, 8}));
}

TEST(SentenceSplit, FootnoteRefAndCodeAfterPeriod) {
  // "It works.[^1] `cargo` runs."
  const std::string text = "It works.[^1] `cargo` runs.";
  ProseMap map;
  Block block;
  block.pieces = {{{0, 9}, PieceKind::Prose},
                  {{9, 13}, PieceKind::FootnoteRef},
                  {{13, 14}, PieceKind::Prose},
                  {{14, 21}, PieceKind::Code},
                  {{21, 27}, PieceKind::Prose}};
  map.blocks.push_back(block);
  const TokenizedProse p = tokenize(text, map);
  ASSERT_EQ(p.sentences.size(), 2u);
  EXPECT_EQ(p.sentences[0].span, (ByteSpan{0, 13}));
  EXPECT_EQ(p.sentences[1].span, (ByteSpan{14, 27}));
}

TEST(SentenceSplit, NeverSpansBlocks) {
  const std::string text = "First block\nSecond block. More";
  ProseMap map;
  Block a;
  a.pieces = {{{0, 11}, PieceKind::Prose}};
  Block b;
  b.pieces = {{{12, text.size()}, PieceKind::Prose}};
  map.blocks = {a, b};
  const TokenizedProse p = tokenize(text, map);
  ASSERT_EQ(p.sentences.size(), 3u);
  EXPECT_EQ(p.sentences[0].block, 0u);
  EXPECT_EQ(p.sentences[1].block, 1u);
  EXPECT_EQ(p.sentences[2].block, 1u);
  EXPECT_EQ(p.sentences[0].span, (ByteSpan{0, 11}));
}

TEST(SentenceSplit, CjkFullWidthStops) { EXPECT_EQ(sentences("你好。世界！好"), (Texts{"你好。", "世界！", "好"})); }

TEST(SentenceSplit, SplitSentencesDirectly) {
  const std::string text = "A b. C d.";
  std::vector<Token> tokens;
  tokenizeRun(text, ByteSpan{0, text.size()}, tokens);
  std::vector<Sentence> out;
  splitSentences(text, tokens, 0, static_cast<std::uint32_t>(tokens.size()), 7, out);
  ASSERT_EQ(out.size(), 2u);
  EXPECT_EQ(out[1].block, 7u);
  EXPECT_EQ(out[1].span, (ByteSpan{5, 9}));
}

TEST(SentenceSplit, IsKnownAbbreviation) {
  EXPECT_TRUE(isKnownAbbreviation("etc", false));
  EXPECT_TRUE(isKnownAbbreviation("Dr", false));
  EXPECT_FALSE(isKnownAbbreviation("dr", false));
  EXPECT_FALSE(isKnownAbbreviation("No", false));
  EXPECT_TRUE(isKnownAbbreviation("No", true));
  EXPECT_FALSE(isKnownAbbreviation("end", true));
}

}  // namespace
}  // namespace copydesk
